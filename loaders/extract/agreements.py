"""Agreements that no list holds: a treaty, accord, pact, deal or memorandum named by a noun phrase ("the 1992
ceasefire agreement between X and Y", "its security pact with Y", "the X-Y defence treaty", "the Collective
Security Treaty"), with the parties the phrase itself names.

An agreement whose phrase names its parties is named by them, its kind and its year ("Armenia–Russia defence
treaty of 1995"), so that two articles that give the same ones make one node; a capitalised name is its own
name; any other is the article's own. Every way the article words it is an alias. A definite phrase that names
nothing new ("the bilateral agreements") is the agreement named before it in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.agreement_names import merged_aliases, singular_kind, spelled, unique_entities
from loaders.extract.agreement_words import (
    PARTY_TYPES,
    after_mentions,
    compound_parties,
    joint_possessors,
    listed_parties,
    opens_sentence,
    phrase_modifiers,
)
from loaders.extract.bodies import is_place_in_name
from loaders.extract.records import Records, slug
from loaders.gazetteer import GazEntity, Gazetteer, Mention
from loaders.lexicon import (
    AGREEMENT_HEAD,
    AGREEMENT_KINDS,
    AGREEMENT_NAME_HEADS,
    AGREEMENT_PASSING,
    AGREEMENT_WEAK_HEADS,
    AGREEMENT_WORDS,
)
from loaders.patterns import PARTY
from schema.records import Entity

_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE = r"(?:(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)"
_OF_DATE = re.compile(r"\s+of\s+(?P<date>" + _DATE + r")\b")
_SIGNED = re.compile(
    r",?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:first|originally|jointly)\s+)?"
    r"(?:signed|concluded|reached|agreed|inked|sealed|struck)(?:\s+(?:on|in)\s+(?P<date>"
    + _DATE
    + r"))?,?\s+(?:by|between)\s+"  # "signed by X and Y", "was signed between X and Y"
)
_UNITES = re.compile(r",?\s+(?:which|that)\s+(?:unites|united|binds|bound|links|linked|ties|tied)\s+")
_PROPER_OF = re.compile(
    r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|for|of|the|on)\s+)?[A-Z][\w’'-]*)*"
)
_ACRONYM = re.compile(r"\s+\((?P<acronym>[A-Z][A-Za-z]{1,6})\)")
_PURPOSE = re.compile(
    r"\s+(?:on|to|for|over)\s+(?!(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d)\b)(?:[\w’'-]+\s+){0,7}?[\w’'-]+"
    r"(?=\s*[,.;:)“”\"—–]|\s+(?:which|that|and|but|with|between|signed|in|by)\b|$)"
)
# "an agreement signed in Minsk in 2015": the participle is part of the agreement's mention, not a signing
_PLACE_SIGNED = re.compile(
    r",?\s+(?:(?:first|originally|jointly)\s+)?(?:signed|agreed|reached|concluded)(?:\s+(?:in|on)\s+(?:(?P<place>[A-Z][a-z]+)"
    r"(?:,\s+[A-Z][a-z]+)?|" + _DATE + r"))+(?:,?\s+in\s+(?:19|20)\d\d)?"
)
_ADJECTIVAL = ("demonym", "place-adjective")  # "the Russian declaration": Russia's own, no agreement
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "their", "its"})
_ANTECEDENT_REACH = 1500  # characters: a few sentences


@dataclass(frozen=True)
class Agreement:
    """An agreement phrase: its mention, and the parties it names. ``parties`` are named by the phrase itself
    (a compound, "between", "signed by"); ``with_parties`` after "with", whose other party is its owner (a
    possessor, or the subject of "its"/"their"). ``owned`` says that a possessive word opens it."""

    mention: Mention
    parties: tuple[Mention, ...] = ()
    with_parties: tuple[Mention, ...] = ()
    possessor: Mention | None = None
    owned: bool = False
    date: str | None = None
    kind: str = "agreement"  # its kind, in one spelling ("defence pact")
    year: str | None = None
    local: bool = False  # named by no parties nor name of its own: the article's own, until its parties are read
    places: tuple[Mention, ...] = ()  # places its name holds ("the Sahel Alliance Treaty"): no mentions of their own
    acronym: str | None = None  # given after its name ("(EDCA)"): later, the acronym alone names it
    # a city or another capitalised word, not a state's name, names it ("the Istanbul declaration", "the Paris
    # accord"; not "the Kenya deal"): the parties read later do not rename it
    named: bool = False


def find_agreements(
    doc_id: str, text: str, lowered: str, gazetteer: Gazetteer, mentions: list[Mention]
) -> list[Agreement]:
    """The agreement phrases of the text, in order; those that name the same agreement share one entity."""
    if not any(word in lowered for word in AGREEMENT_WORDS):
        return []
    found: list[Agreement] = []
    for head in AGREEMENT_HEAD.finditer(text):
        phrase = _phrase(doc_id, text, head, gazetteer, mentions, found)
        if phrase is not None:
            found.append(phrase)
    found = _combined(found)
    return sorted(found + _acronyms(text, found, mentions), key=lambda a: a.mention.start)


def _acronyms(text: str, found: list[Agreement], mentions: list[Mention]) -> list[Agreement]:
    """ "the Enhanced Defense Cooperation Agreement (EDCA) ... the expanded EDCA": each later use of the acronym an
    agreement was given is a mention of it."""
    taken = [(m.start, m.end) for m in mentions] + [(a.mention.start, a.mention.end) for a in found]
    out: list[Agreement] = []
    for agreement in (a for a in found if a.acronym):
        for m in re.finditer(rf"(?<![\w(-]){re.escape(agreement.acronym)}(?![\w)-])", text[agreement.mention.end :]):
            start, end = agreement.mention.end + m.start(), agreement.mention.end + m.end()
            if not any(s < end and start < e for s, e in taken):
                out.append(Agreement(Mention(start, end, agreement.mention.entity, "created")))
                taken.append((start, end))
    return out


def _phrase(
    doc_id: str,
    text: str,
    head: re.Match[str],
    gazetteer: Gazetteer,
    mentions: list[Mention],
    earlier: list[Agreement],
) -> Agreement | None:
    h_start, h_end = head.span()
    if any(m.start < h_end and h_start < m.end for m in mentions):
        return None  # a listed agreement, or a body's name ("Collective Security Treaty Organization")
    if re.match(r"\s+Organi[sz]ation", text[h_end:]):
        return None
    words, det, possessor_at = phrase_modifiers(text, h_start)
    if det is None and possessor_at is None and not (words and all(w[1][:1].isupper() for w in words)):
        return None
    head_word = head.group()
    proper_head = head_word[:1].isupper() and not opens_sentence(text, h_start, words)
    mod_words = [w for _, w in words]
    proper = proper_head and all(w[:1].isupper() or _YEAR.fullmatch(w) for w in mod_words)
    end = h_end
    proper_of = _PROPER_OF.match(text, end) if proper_head else None
    # a place in a capitalised name is part of it ("the Sahel Alliance Treaty", "the Treaty of Kampala")
    of_places = [m for m in mentions if proper_of and m.start < proper_of.end() and end < m.end]
    if proper_of and all(is_place_in_name(text, m) for m in of_places):
        end = proper_of.end()
        proper = True
    else:
        of_places = []
    if proper and not mod_words and not proper_of:
        proper = False  # "Agreement" alone, capitalised: no name
    if head_word in AGREEMENT_NAME_HEADS and not proper:
        return None  # a declaration is an agreement only by its name ("the Declaration of Argyle")
    # parties the phrase names: a compound before the head, "between" or "signed by" after it
    parties: list[Mention] = list(joint_possessors(text, possessor_at, mentions))  # "X and Y's ceasefire"
    years = [w for w in mod_words if _YEAR.fullmatch(w)]
    kind_words: list[str] = []
    start = words[0][0] if words else h_start
    places = [m for m in mentions if proper and words and words[0][0] < m.end and m.start < h_start]
    places = (places if all(is_place_in_name(text, m) for m in places) else []) + of_places
    for at, word in words:
        named = compound_parties(word, at, gazetteer)
        if named:
            parties += named
            start = at + len(word) + 1
        elif _YEAR.fullmatch(word) or word.lower() in AGREEMENT_PASSING:
            continue
        elif any(m.start <= at < m.end for m in mentions if m not in places):
            start = max(start, next(m.end for m in mentions if m.start <= at < m.end) + 1)
        else:
            kind_words.append(word.lower())
    start = after_mentions(text, start, h_start, [m for m in mentions if m not in places])
    date = None
    of_date = _OF_DATE.match(text, end)
    surface_end = end
    if of_date:
        date = of_date.group("date")
        years.append(date[-4:])
        surface_end = of_date.end()
    after = surface_end
    between = re.match(r"\s+between\s+", text[after:])
    listed = listed_parties(text, after + between.end(), mentions) if between else []
    if between and len(listed) >= 2:
        parties += listed
        after = listed[-1].end
    unites = _UNITES.match(text, end)
    if unites:  # "the treaty which binds X and Y"
        parties += listed_parties(text, unites.end(), mentions)
    signed = _SIGNED.match(text, after)
    if signed:
        by = listed_parties(text, signed.end(), mentions)
        if by:
            parties += by
            date = date or signed.group("date")
            if signed.group("date"):
                years.append(signed.group("date")[-4:])
    with_match = re.match(r"\s+with\s+", text[after:])
    with_parties = listed_parties(text, after + with_match.end(), mentions) if with_match else []
    purpose = _PURPOSE.match(text, after) if not (between or with_match) else None
    lower_head = head_word.lower()
    kinded = bool(kind_words and kind_words[-1] in AGREEMENT_KINDS)
    if lower_head.startswith("deal") and not (kinded or parties or with_parties):
        return None  # "a deal" is an agreement only as "a security deal", "the X-Y deal", "a deal with X"
    # "the Russian declaration": a demonym (a state's word no mention holds: "Russian" before no actor noun)
    covering = {at: next((m for m in mentions if m.start <= at < m.end), None) for at, _ in words}
    adjectival = {
        at
        for at, w in words
        if (m := covering[at]) is not None
        and m.kind in _ADJECTIVAL
        or m is None
        and gazetteer.lookup(w, "State") is not None
    }
    capitalised = [at for at, w in words if w[:1].isupper() and at not in adjectival]  # "Lusaka", "Kenya"
    weak = lower_head.rstrip("s") in AGREEMENT_WEAK_HEADS
    if weak and not (proper or parties or with_parties or kinded or capitalised or (purpose and not adjectival)):
        # "a declaration of war", "the Russian declaration on X" are none; "a peace declaration", "the Lusaka
        # protocol", "a protocol on X", "a protocol with X" are
        return None
    if not (mod_words or parties or with_parties or purpose or of_date or det in ("a", "an")) and not proper:
        return None  # "the agreement": an anaphor (coreference), not a new agreement
    if det == "the" and not proper and not parties and re.match(r"\s+of\s+(?!(?:19|20)\d\d)", text[end:]):
        return None  # "with the agreement of Moscow": consent, not a treaty
    party_entities = unique_entities([p.entity for p in parties if p.entity.type in PARTY_TYPES])
    year = max(years) if years else None
    kind = " ".join([*kind_words, singular_kind(lower_head)])
    kind = spelled(kind)
    surface = re.sub(r"\s+", " ", text[words[0][0] if words else h_start : surface_end])
    written = re.sub(r"\s+", " ", text[words[0][0] if words else h_start : end])
    aliases = [surface, written, kind if kind_words else None]  # not the bare noun: it names no agreement
    if purpose:
        aliases.append(re.sub(r"\s+", " ", text[words[0][0] if words else h_start : purpose.end()]))
    if between and len(listed) >= 2:
        aliases.append(re.sub(r"\s+", " ", text[words[0][0] if words else h_start : listed[-1].end]))
    acronym = _ACRONYM.match(text, end)
    if acronym:
        aliases.append(acronym.group("acronym"))
    if proper:
        name = re.sub(r"\s+", " ", text[start:end])
        key = spelled(name.lower())
        local = False
    elif len(party_entities) >= 2:
        named = "–".join(sorted(e.entity.name for e in party_entities)) + " " + kind
        aliases.append(named)
        name = f"{named} of {year}" if year else named
        key = spelled(name.lower())
        local = False
    else:
        name = re.sub(r"\s+", " ", text[words[0][0] if words else h_start : purpose.end()]) if purpose else surface
        key = f"{spelled(name.lower())} {doc_id}"
        local = True
        if purpose and not any(purpose.start() <= m.start < purpose.end() for m in mentions):
            end = purpose.end()  # "a treaty on mutual assistance with X": the mention holds what it is on
    place = _PLACE_SIGNED.match(text, after)
    if place:  # up to a place it names, which keeps its own mention
        inside = [m.start for m in mentions if place.start() <= m.start < place.end()]
        end = max(end, len(text[: min(inside, default=place.end())].rstrip(" ,")))
    place_name = place.group("place") if place else None
    names = [name, *((f"{place_name} {kind}", f"{place_name} agreement") if place_name else ())]
    known = next((g for n in names if (g := gazetteer.lookup(n, "Agreement")) is not None), None)
    if known is not None:
        entity = known
    else:
        props = {"kind": singular_kind(lower_head).replace("memoranda", "memorandum"), "date": year}
        entity = GazEntity(
            Entity(
                slug(f"agreement {key}"),
                "Agreement",
                name,
                tuple(dict.fromkeys(a for a in aliases if a and a != name and a.lower() != lower_head)),
                None,
                {k: v for k, v in props.items() if v},
            )
        )
    if not proper and det in _DEFINITE and not of_date and not (local and not mod_words and not parties):
        # "the bilateral agreements": the agreement the article named just before, if it is of no other parties
        before = _antecedent(earlier, party_entities, h_start)
        if before is not None:
            entity = before.mention.entity
            aliases.append(name)
            entity = GazEntity(replace(entity.entity, aliases=merged_aliases(entity.entity, aliases)))
    possessor = next((m for m in mentions if possessor_at is not None and m.start <= possessor_at < m.end), None)
    mention = Mention(start, end, entity, "created")
    return Agreement(
        mention,
        tuple(parties),
        tuple(with_parties),
        possessor,
        det in ("its", "their") or possessor is not None,
        date,
        kind,
        year,
        local and entity.entity.id.endswith(slug(doc_id)),
        tuple(places),
        acronym.group("acronym") if acronym else None,
        any(not any(m.start <= at < m.end and m.kind == "name" for m in mentions) for at in capitalised),
    )


def _antecedent(earlier: list[Agreement], parties: list[GazEntity], at: int) -> Agreement | None:
    """The agreement named last, not long before ``at``, if a phrase of ``parties`` can be it: one the text
    found, of no other parties."""
    for agreement in reversed(earlier):
        if at - agreement.mention.end > _ANTECEDENT_REACH:
            return None
        theirs = {p.entity.id for p in agreement.parties}
        if parties and theirs and theirs != {p.id for p in parties}:
            return None
        return agreement
    return None


def _combined(found: list[Agreement]) -> list[Agreement]:
    """Phrases of one agreement share one entity, with every alias any of them gave."""
    entities: dict[str, Entity] = {}
    for agreement in found:
        entity = agreement.mention.entity.entity
        if entity.id in entities:
            entities[entity.id] = replace(
                entities[entity.id], aliases=merged_aliases(entities[entity.id], (entity.name, *entity.aliases))
            )
        else:
            entities[entity.id] = entity
    out = []
    for agreement in found:
        gaz = agreement.mention.entity
        if entities[gaz.id] is not gaz.entity:
            gaz = replace(gaz, entity=entities[gaz.id])
            agreement = replace(agreement, mention=replace(agreement.mention, entity=gaz))
        out.append(agreement)
    return out


def name_by_parties(records: Records, agreements: list[Agreement]) -> None:
    """An agreement the article's own phrase did not name, whose parties the article then gave ("X and Y signed
    a defence pact"), is named by them, its kind and its year, as one named so by its phrase is."""
    first: dict[str, Agreement] = {}
    for a in agreements:
        first.setdefault(a.mention.entity.id, a)
    for agreement in (a for a in first.values() if a.local and not a.named):
        entity = records.entities.get(agreement.mention.entity.id)
        if entity is None:
            continue
        parties = sorted(
            {
                records.entities[r.subject_id].name
                for r in records.relations.values()
                if r.object_id == entity.id
                and r.predicate == PARTY.predicate
                and r.is_fact
                and r.subject_type in PARTY_TYPES
            }
        )
        if len(parties) < 2:
            continue
        named = "–".join(parties) + " " + agreement.kind
        name = f"{named} of {agreement.year}" if agreement.year else named
        aliases = tuple(dict.fromkeys(a for a in (named, entity.name, *entity.aliases) if a != name))
        records.rename(
            entity.id, replace(entity, id=slug(f"agreement {spelled(name.lower())}"), name=name, aliases=aliases)
        )
