"""Documents: resolutions named so that the same one read from two articles is one node; dates from the dateline."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def resolutions(text: str, article: str = "t", published: str | None = "2024-05-10") -> dict[str, tuple]:
    doc = read_text(article, text)
    doc.published = published
    result = extract_document(doc)
    return {e.id: (e.name, e.aliases) for e in result.entities.values() if e.type == "Resolution"}


def test_a_numbered_resolution_is_named_by_its_body_and_number() -> None:
    found = resolutions("The UN Security Council adopted resolution 2417 on Tuesday, with 13 votes in favour.")
    ((name, aliases),) = found.values()
    assert name == "UN Security Council resolution 2417"
    assert "undated" not in name


def test_a_number_given_in_the_next_sentence_names_it() -> None:
    text = "The Security Council adopted a resolution on Friday extending the mission.\nResolution 2388 passed 12-0."
    ((name, _),) = resolutions(text).values()
    assert name.endswith("resolution 2388")


def test_the_same_numbered_resolution_from_two_articles_is_one_node() -> None:
    first = resolutions("The UN General Assembly adopted resolution 71/205 in December 2016.", "a", "2016-12-20")
    second = resolutions(
        "Last year the UN General Assembly adopted resolution 71/205 on the peninsula.", "b", "2017-06-01"
    )
    assert first.keys() == second.keys()


def test_an_unnumbered_resolution_is_named_by_its_day_and_never_undated() -> None:
    dated = resolutions("On 4 March 2019 the UN General Assembly adopted a resolution calling for talks.")
    ((name, _),) = dated.values()
    assert name == "UN General Assembly resolution (2019-03-04)"
    undated = resolutions("The UN General Assembly adopted a resolution calling for talks over the strait.")
    ((name, aliases),) = undated.values()
    assert "undated" not in name and "UN General Assembly resolution" in (name, *aliases)


def test_undated_resolutions_of_two_articles_are_not_merged() -> None:
    text = "The UN Security Council adopted a resolution urging restraint."
    assert resolutions(text, "a").keys().isdisjoint(resolutions(text, "b").keys())


def test_an_archive_date_line_dates_the_article() -> None:
    doc = read_text("t", "date 2019-07-02 Troops leave the border\nThe withdrawal began on June 30.")
    assert doc.published == "2019-07-02"


def adoptions(text: str, published: str | None = "2024-05-10") -> set[tuple[str, str, str, str]]:
    """(body name, resolution name, polarity, modality) of each adoption."""
    doc = read_text("t", text)
    doc.published = published
    result = extract_document(doc)
    names = {e.id: e for e in result.entities.values()}
    return {
        (names[r.subject_id].name, names[r.object_id].name, r.polarity, r.modality)
        for r in result.relations
        if r.predicate == "ADOPTED"
    }


def test_a_national_parliament_passing_a_resolution_adopts_it() -> None:
    found = adoptions("Kenya's parliament voted on Tuesday in favour of a nonbinding resolution urging talks.")
    ((body, resolution, polarity, modality),) = found
    assert body == "Parliament of Kenya" and resolution == "Parliament of Kenya resolution (2024-05-07)"
    assert (polarity, modality) == ("affirmed", "asserted")


def test_a_parliaments_motion_is_adopted_and_named_as_written() -> None:
    doc = read_text(
        "t", "The Chilean parliament has approved a motion extending the naval mission in Haiti for another year."
    )
    doc.published = "2024-05-10"
    result = extract_document(doc)
    adopted = next(r for r in result.relations if r.predicate == "ADOPTED")
    body, motion = result.entities[adopted.subject_id], result.entities[adopted.object_id]
    assert "Chilean parliament" in body.aliases
    assert "motion extending the naval mission in Haiti" in motion.aliases


def test_a_phrase_between_the_verb_and_the_resolution() -> None:
    found = adoptions("The UN General Assembly adopted, for the third year running, a resolution titled “Safe Seas”.")
    assert {(b, r) for b, r, _, _ in found} == {("United Nations General Assembly", "Safe Seas")}


def test_a_council_voting_to_extend_a_mandate_adopts_a_resolution() -> None:
    found = adoptions("The UN Security Council voted on Thursday to extend the mandate of the mission in Mali.")
    assert found == {
        ("United Nations Security Council", "UN Security Council resolution (2024-05-09)", "affirmed", "asserted")
    }
    found = adoptions("The UN Security Council extended the mandate of its force in Lebanon on Friday.")
    assert {(b, p, m) for b, _, p, m in found} == {("United Nations Security Council", "affirmed", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council is expected to vote to extend the mandate of the mission in Mali.",
        "Kenya voted for the resolution at the UN Security Council on Monday.",
        "The UN Security Council failed to adopt a resolution on the mission in Mali.",
    ],
)
def test_no_adoption_planned_failed_or_by_a_state_that_voted(text: str) -> None:
    assert not {a for a in adoptions(text) if a[2:] == ("affirmed", "asserted")}


def test_a_datelines_year_dates_the_days_named_without_one() -> None:
    doc = read_text("t", "NAIROBI, June 4, 2022 (Reuters) - Kenya invaded Somalia on March 3, officials said.")
    result = extract_document(doc)
    invaded = next(r for r in result.relations if r.predicate == "INVADED")
    assert doc.published == "2022-06-04"
    assert invaded.qualifiers["date"] == "2022-03-03"
