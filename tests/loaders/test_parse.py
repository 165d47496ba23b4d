"""The parser stage on real parses of sentences written for these tests, and the model's provenance guard.

Each structure asserted here is one the small model gets right; a family it parses wrongly is tested
with another sentence of that family.
"""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from core.errors import ModelRefused
from loaders.parse import (
    appositions,
    arguments,
    char_range,
    clause,
    complement,
    conjuncts,
    embedding,
    governor,
    is_passive,
    modality,
    negation,
    parse,
    phrase,
    possessor,
    same_clause,
    span_at,
    token_at,
)
from loaders.spacy_model import (
    InstalledModel,
    ModelRecord,
    find_model,
    model_record,
    verified_model,
    verify,
)


@cache
def doc(text: str) -> Doc:
    return parse([text])[0]


def word(text: str, form: str, nth: int = 0) -> Token:
    return [t for t in doc(text) if t.text == form][nth]


def roles(trigger: Token) -> set[tuple[str, str]]:
    return {(a.role, a.token.text) for a in arguments(trigger)}


def via(trigger: Token, role: str) -> dict[str, str]:
    return {a.token.text: a.via for a in arguments(trigger) if a.role == role}


# -- parse and offsets ------------------------------------------------------------------------------------


def test_parse_keeps_order_and_text():
    texts = ["Russia invaded Georgia in 2008.", "Poland sent tanks to Ukraine.", "Troops left."]
    docs = parse(texts)
    assert [d.text for d in docs] == texts
    assert all(d.has_annotation("DEP") for d in docs)
    assert not docs[0].has_annotation("ENT_IOB")  # ner is left out unless asked for


def test_ner_when_asked_finds_a_person_no_list_holds():
    text = "Ali Musa, Chad's defence minister, visited the northern garrison."
    people = [e.text for e in parse([text], ner=True)[0].ents if e.label_ == "PERSON"]
    assert "Ali Musa" in people


def test_offsets_map_to_tokens_and_back():
    text = "Moldova's president met Russian envoys."
    d = doc(text)
    mention = span_at(d, 0, 7)
    assert mention.text == "Moldova" and char_range(mention) == (0, 7)
    assert span_at(d, 2, 5).text == "Moldova"  # widened to whole tokens
    start = text.index("Russian")
    assert token_at(d, start + 3).text == "Russian"
    assert char_range(token_at(d, start)) == (start, start + len("Russian"))
    assert token_at(d, text.index(" met")) is None  # whitespace
    assert token_at(d, len(text)) is None


# -- arguments --------------------------------------------------------------------------------------------

ASK = "The United States asked Russia to withdraw its troops from Moldova."


def test_control_gives_the_asked_party_as_agent_of_the_complement():
    asked, withdraw = word(ASK, "asked"), word(ASK, "withdraw")
    assert roles(asked) == {("agent", "States"), ("patient", "Russia")}
    assert phrase(word(ASK, "States")).text == "The United States"
    assert complement(asked) == withdraw
    assert roles(withdraw) == {("agent", "Russia"), ("patient", "troops"), ("from", "Moldova")}
    assert via(withdraw, "agent") == {"Russia": "control"}


def test_called_on_and_a_preposition_chain():
    text = "Moldova called on Russia to pull its troops out of Transnistria."
    assert roles(word(text, "pull")) == {("agent", "Russia"), ("patient", "troops"), ("out of", "Transnistria")}


def test_subject_control_without_an_object():
    text = "Russia threatened to send more soldiers to the border."
    assert roles(word(text, "send")) == {("agent", "Russia"), ("patient", "soldiers"), ("to", "border")}


def test_a_purpose_clause_takes_its_governor_s_subject():
    # "to invade" says what the waiting was for: the one who waited invades, not the first verb's object
    text = "Turkey entered Syria and waited a year to invade Iraq."
    assert via(word(text, "invade"), "agent") == {"Turkey": "advcl"}


def test_control_through_an_adjective():
    text = "Serbia was willing to send observers to the region."
    assert roles(word(text, "send")) == {("agent", "Serbia"), ("patient", "observers"), ("to", "region")}
    assert modality(word(text, "send")) == ("hypothetical", word(text, "willing"))


def test_a_recipient():
    text = "Moldova gave Russia a deadline for the withdrawal."
    assert roles(word(text, "gave")) >= {("agent", "Moldova"), ("recipient", "Russia"), ("patient", "deadline")}


def test_passive_with_a_by_agent():
    text = "Troops were deployed in Poland by the United States."
    deployed = word(text, "deployed")
    assert is_passive(deployed)
    assert roles(deployed) == {("patient", "Troops"), ("agent", "States"), ("in", "Poland")}
    assert not is_passive(word(ASK, "asked"))


def test_passive_agent_lists_its_members():
    text = "Abkhazia is recognised as independent by only a few states, including Russia and Nicaragua."
    recognised = word(text, "recognised")
    assert {t for r, t in roles(recognised) if r == "agent"} == {"states", "Russia", "Nicaragua"}
    assert ("patient", "Abkhazia") in roles(recognised)


def test_coordinated_modifiers_stay_in_the_phrase():
    text = "British and French forces occupied the port."
    assert roles(word(text, "occupied")) == {("agent", "forces"), ("patient", "port")}
    assert phrase(word(text, "forces")).text == "British and French forces"
    assert [t.text for t in conjuncts(word(text, "British"))] == ["British", "French"]


def test_coordinated_subjects_each_fill_the_role():
    text = "Poland and the Baltic states urged Belarus to expel the Wagner fighters."
    assert via(word(text, "urged"), "agent") == {"Poland": "nsubj", "states": "conj"}
    assert roles(word(text, "expel")) == {("agent", "Belarus"), ("patient", "fighters")}


def test_coordinated_verbs_share_subject_and_object():
    text = "Russia invaded and annexed the peninsula."
    assert roles(word(text, "invaded")) == {("agent", "Russia"), ("patient", "peninsula")}
    assert roles(word(text, "annexed")) == {("agent", "Russia"), ("patient", "peninsula")}


def test_apposition_and_possessives():
    text = "Maia Sandu, Moldova's president, condemned Russia's annexation of Crimea."
    sandu, president, annexation = word(text, "Sandu"), word(text, "president"), word(text, "annexation")
    assert appositions(sandu) == [president] and appositions(president) == [sandu]
    assert possessor(president).text == "Moldova"
    assert phrase(sandu).text == "Maia Sandu"
    assert roles(word(text, "condemned")) >= {("agent", "Sandu"), ("patient", "annexation")}
    assert roles(annexation) == {("agent", "Russia"), ("patient", "Crimea")}
    crimea = span_at(doc(text), text.index("Crimea"), text.index("Crimea") + len("Crimea"))
    assert governor(crimea, nominal={"annexation"}) == annexation
    assert governor(crimea) == word(text, "condemned")


def test_nominal_trigger_with_of_and_by():
    text = "The annexation of Crimea by Russia was condemned by the assembly."
    assert roles(word(text, "annexation")) == {("patient", "Crimea"), ("agent", "Russia")}
    assert roles(word(text, "condemned")) >= {("patient", "annexation"), ("agent", "assembly")}


def test_relative_pronouns_stand_for_their_nouns():
    as_object = "The region, which Russia annexed in 2014, remains under sanctions."
    assert roles(word(as_object, "annexed")) == {("agent", "Russia"), ("patient", "region"), ("in", "2014")}
    as_subject = "Russia, which invaded Ukraine in 2022, keeps troops in Belarus."
    assert roles(word(as_subject, "invaded")) == {("agent", "Russia"), ("patient", "Ukraine"), ("in", "2022")}


def test_participle_clause_modifies_its_noun():
    text = "Russian troops stationed in Abkhazia held drills last week."
    assert roles(word(text, "stationed")) == {("patient", "troops"), ("in", "Abkhazia")}
    assert phrase(word(text, "troops")).text == "Russian troops"


def test_a_place_on_the_object_noun_is_offered_as_a_noun_preposition():
    text = "Germany will station a brigade in Lithuania."
    assert via(word(text, "station"), "in") == {"Lithuania": "noun prep"}


def test_existential_there_names_what_is_there():
    text = "There are about 1,500 Russian soldiers in Transnistria."
    are = word(text, "are")
    assert roles(are) == {("agent", "soldiers"), ("in", "Transnistria")}
    assert same_clause(word(text, "1,500"), are)


# -- clauses ----------------------------------------------------------------------------------------------


def test_a_number_or_date_belongs_to_its_own_clause():
    text = "Russia annexed Crimea in 2014 and has kept about 20,000 soldiers there since 2016."
    annexed, kept = word(text, "annexed"), word(text, "kept")
    assert clause(word(text, "2014")) == annexed
    assert clause(word(text, "20,000")) == kept and clause(word(text, "2016")) == kept
    assert not same_clause(word(text, "20,000"), annexed)
    assert roles(kept) >= {("agent", "Russia"), ("patient", "soldiers")}


def test_relative_clause_is_a_clause_of_its_own():
    text = "Russia, which invaded Ukraine in 2022, keeps troops in Belarus."
    assert same_clause(word(text, "2022"), word(text, "invaded"))
    assert not same_clause(word(text, "2022"), word(text, "keeps"))


def test_an_open_complement_stays_in_its_governors_clause():
    assert clause(word(ASK, "Moldova")) == word(ASK, "asked")


def test_reported_speech_names_its_verb():
    text = "Russia violated the Minsk agreements, Kyiv said."
    assert embedding(word(text, "violated")) == word(text, "said")
    assert embedding(word(text, "said")) is None


# -- negation and modality --------------------------------------------------------------------------------

NEGATED = [
    ("Russia never recognised Kosovo.", "recognised", "never"),
    ("Russia does not plan to deploy troops in Armenia.", "deploy", "not"),
    ("No troops were sent to the island.", "sent", "No"),
    ("There are no Russian troops in Belarus.", "are", "no"),
    ("Russia refused to withdraw its soldiers from Georgia.", "withdraw", "refused"),
    ("The Kremlin again denies that Russian troops are in Belarus.", "are", "denies"),
    ("Officials denied reports that soldiers had crossed the border.", "crossed", "denied"),
]


@pytest.mark.parametrize(("text", "verb", "cue"), NEGATED)
def test_negation(text, verb, cue):
    found = negation(word(text, verb))
    assert found is not None and found.text == cue


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (ASK, "asked"),
        ("Russia recognised Abkhazia in 2008.", "recognised"),
        ("The Kremlin again denies it.", "denies"),
        ("Russia did not invade but annexed the region.", "annexed"),  # "but" does not share the negation
    ],
)
def test_no_negation(text, verb):
    assert negation(word(text, verb)) is None


def test_a_denial_embeds_the_denied_clause():
    text = "The Kremlin again denies that Russian troops are in Belarus."
    assert embedding(word(text, "are")) == word(text, "denies")


MODAL = [
    ("Germany will station a brigade in Lithuania.", "station", "planned", "will"),
    ("Russia does not plan to deploy troops in Armenia.", "deploy", "planned", "plan"),
    ("Russia threatened to send more soldiers to the border.", "send", "hypothetical", "threatened"),
    ("Russian troops could enter the region.", "enter", "hypothetical", "could"),
    ("If Russia attacks Lithuania, NATO will respond.", "attacks", "conditional", "If"),
    (ASK, "withdraw", "hypothetical", "asked"),
    ("Russia is going to send more troops to the border.", "send", "planned", "going"),
    ("Russia will invade and annex the region.", "annex", "planned", "will"),  # shared by coordination
]


@pytest.mark.parametrize(("text", "verb", "value", "cue"), MODAL)
def test_modality(text, verb, value, cue):
    found = modality(word(text, verb))
    assert found.value == value and found.token.text == cue


def test_asserted_when_nothing_qualifies():
    assert modality(word("Russia recognised Abkhazia in 2008.", "recognised")) == ("asserted", None)
    assert modality(word(ASK, "asked")).value == "asserted"


# -- the model's provenance -------------------------------------------------------------------------------


def test_the_installed_model_matches_the_record():
    model = verified_model()
    assert model.package in model_record().packages
    assert model.path.name.endswith(model_record().version)


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory) -> Path:
    """A copy of the installed model's data directory, to alter."""
    source = verified_model().path
    return Path(shutil.copytree(source, tmp_path_factory.mktemp("model") / source.name))


def refusal(model: InstalledModel) -> str:
    with pytest.raises(ModelRefused) as caught:
        verify(model)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_an_altered_weight_file_is_refused(model_copy):
    model = InstalledModel(verified_model().package, model_copy)
    verify(model)  # the copy itself is accepted
    weights = model_copy / "parser" / "model"
    original = weights.read_bytes()
    weights.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))
    try:
        assert "parser/model differs" in refusal(model)
    finally:
        weights.write_bytes(original)


def test_a_missing_or_added_file_is_refused(model_copy):
    model = InstalledModel(verified_model().package, model_copy)
    (model_copy / "tagger" / "extra.bin").write_bytes(b"\x00")
    try:
        assert "tagger/extra.bin is not part of the release" in refusal(model)
    finally:
        (model_copy / "tagger" / "extra.bin").unlink()
    moves = model_copy / "ner" / "moves"
    kept = moves.read_bytes()
    moves.unlink()
    try:
        assert "ner/moves is missing" in refusal(model)
    finally:
        moves.write_bytes(kept)


def test_the_official_package_is_preferred_and_checked_too(model_copy, tmp_path, monkeypatch):
    version = model_record().version
    package = tmp_path / "en_core_web_sm"
    package.mkdir()
    (package / "__init__.py").write_text("raise RuntimeError('a model package is never imported')\n")
    shutil.copytree(model_copy, package / f"en_core_web_sm-{version}")
    monkeypatch.syspath_prepend(str(tmp_path))
    model = find_model()
    assert model == InstalledModel("en_core_web_sm", package / f"en_core_web_sm-{version}")
    # Its weights are the release's, but its meta.json is the repackage's, not the official one.
    assert "meta.json differs" in refusal(model)


def test_another_version_of_the_official_package_is_refused(tmp_path, monkeypatch):
    (tmp_path / "en_core_web_sm" / "en_core_web_sm-3.7.1").mkdir(parents=True)
    (tmp_path / "en_core_web_sm" / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModelRefused, match="is not version 3.8.0"):
        find_model()


def test_no_model_installed_is_one_clear_line():
    record = ModelRecord("3.8.0", {"kg_absent_model_package": {}}, {}, frozenset())
    with pytest.raises(ModelRefused, match=r"no spaCy English model \(kg_absent_model_package\) is installed"):
        find_model(record)
