"""A deterministic generator of articles in the project's own templates, with the facts each states."""

from __future__ import annotations

import random
from collections.abc import Iterator

ACTORS = [("Russia", "Russian"), ("Belarus", "Belarusian"), ("Turkey", "Turkish"), ("France", "French")]
PLACES = ["Transnistria", "Abkhazia", "South Ossetia", "Crimea", "Moldova", "Georgia", "Ukraine"]
ASKERS = ["Maia Sandu", "Salome Zourabichvili", "Volodymyr Zelenskyy", "Antony Blinken"]
FILLER = (
    "Officials met again this week to discuss the schedule of further talks. Observers said the "
    "meeting was calm and that both delegations agreed to publish a short summary afterwards. "
    "Local media covered the session at length, with interviews of residents near the border. "
)
TEMPLATES = [
    ("{demonym} troops occupy parts of {place}.", "OCCUPIES"),
    ("{actor} keeps about {troops:,} soldiers in {place}.", "DEPLOYED_IN"),
    ("{asker} asked {actor} to withdraw its {troops:,} troops in {year}.", "REQUESTED_WITHDRAWAL"),
    ("{actor} does not plan to deploy troops in {place}.", None),
    ("{place} was invaded by {actor} in {year}.", "INVADED"),
]


def generate(count: int, seed: int = 7, size: int = 5000) -> Iterator[tuple[str, str, list[tuple[str, str, str]]]]:
    """Yield (article id, text of about ``size`` characters, facts it states as (predicate, subject, object))."""
    rng = random.Random(seed)
    for n in range(count):
        parts = [f"Generated Report Number {n} On Troops And Territories\n"]
        facts: list[tuple[str, str, str]] = []
        while sum(map(len, parts)) < size:
            template, predicate = rng.choice(TEMPLATES)
            actor, demonym = rng.choice(ACTORS)
            values = {
                "actor": actor,
                "demonym": demonym,
                "place": rng.choice(PLACES),
                "asker": rng.choice(ASKERS),
                "troops": rng.randrange(200, 20000),
                "year": rng.randrange(1992, 2025),
            }
            parts.append(template.format(**values) + " " + FILLER + "\n")
            if predicate:
                subject = values["asker"] if predicate == "REQUESTED_WITHDRAWAL" else actor
                obj = actor if predicate == "REQUESTED_WITHDRAWAL" else values["place"]
                facts.append((predicate, subject, obj))
        yield f"gen-{seed}-{n:06d}", "".join(parts), facts
