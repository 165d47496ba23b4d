"""How fact-checks frame what they review: an accusation, a source's label for what it shows, a picture that does not
show it, or a statement found false is not asserted; what a source shows or an official body says stays asserted.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_continuing_states import statuses
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        # accusations, charges and assertions that something is so
        (
            "Accusations that Eritrea keeps soldiers in Tigray were denied by Asmara.",
            "DEPLOYED_IN",
            ("eritrea", "tigray"),
        ),
        ("The charges that Rwanda has soldiers in Congo were rejected by Kigali.", "DEPLOYED_IN", ("rwanda", None)),
        ("Assertions that Serbia recognised Kosovo are wrong.", "RECOGNIZED", ("serbia", "kosovo")),
        # a source's own label for what it shows
        (
            "Pro-government channels shared a video of what they said were Polish soldiers in Ukraine.",
            "DEPLOYED_IN",
            ("poland", "ukraine"),
        ),
        ("State media presented the men as NATO instructors in Ukraine.", "DEPLOYED_IN", ("nato", "ukraine")),
        (
            "The caption claims the soldiers are Russian troops in Mali, but they are Malian soldiers.",
            "DEPLOYED_IN",
            ("russia", "mali"),
        ),
        ("Kremlin propaganda says NATO occupies Kosovo.", "OCCUPIES", ("nato", "kosovo")),
        ("According to unverified reports, Iran has troops in Iraq.", "DEPLOYED_IN", ("iran", "iraq")),
        ("Reports of a Russian base in Sudan turned out to be premature.", "DEPLOYED_IN", ("russia", "sudan")),
        # a fact-check's label for the claim it reviews
        ("Claim: Polish troops are fighting in Belarus. Verdict: False.", "DEPLOYED_IN", ("poland", "belarus")),
        ("CLAIM: Turkey has recognised Somaliland. RATING: Misleading.", "RECOGNIZED", ("turkey", "somaliland")),
        ("Viral claim: German soldiers arrived in Lithuania to fight Russia.", "DEPLOYED_IN", ("germany", "lithuania")),
        ("False claim: Britain deployed troops to Greenland.", "DEPLOYED_IN", ("united-kingdom", "greenland")),
        # a picture that does not show it is no evidence of it
        ("The footage does not show Ukrainian troops in Russia.", "DEPLOYED_IN", ("ukraine", "russia")),
        ("The picture doesn't depict Chinese soldiers in Nepal.", "DEPLOYED_IN", ("china", "nepal")),
        ("None of the photos show French troops in Niger.", "DEPLOYED_IN", ("france", "niger")),
        ("The image does not show Russian soldiers in Mali; it was taken in Syria.", "DEPLOYED_IN", ("russia", "mali")),
        # a statement the sentence itself finds untrue
        ("Users identified the troops as French soldiers in Odesa, which is false.", "DEPLOYED_IN", ("france", None)),
        (
            "Bloggers wrote that Greek troops were in Libya, which has since been debunked.",
            "DEPLOYED_IN",
            ("greece", "libya"),
        ),
    ],
)
def test_what_a_fact_check_reviews_is_not_asserted(text: str, predicate: str, pair: tuple[str, str | None]) -> None:
    subject, place = pair
    assert not {f for f in facts(text, predicate) if f[1] == subject and place in (None, f[2])}
    assert any(s == subject for s, _o, _p, _m in statuses(text, predicate))  # read, but not asserted


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The photos show Russian soldiers in Mali.", ("DEPLOYED_IN", "russia", "mali")),
        ("According to the defence ministry, 300 French troops are in Chad.", ("DEPLOYED_IN", "france", "chad")),
        ("Satellite images confirm that Chinese troops are in Doklam.", ("DEPLOYED_IN", "china", "doklam")),
        ("He described the Russian troops in Syria as a stabilising force.", ("DEPLOYED_IN", "russia", "syria")),
        ("The report, which is not public, said Turkey has troops in Iraq.", ("DEPLOYED_IN", "turkey", "iraq")),
        (
            "What Moscow calls its peacekeepers in Transnistria number about 1,500.",
            ("DEPLOYED_IN", "russia", "transnistria"),
        ),
        (
            "The charges against the officers were dropped, and Rwanda keeps troops in Congo.",
            ("DEPLOYED_IN", "rwanda", "democratic-republic-of-the-congo"),
        ),
    ],
)
def test_what_a_source_shows_or_an_official_says_stays_asserted(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)
