"""The seed articles, scored with the shared scorer against the shared gold file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT, SEEDS

SCORER = PROJECT.parent / "shared" / "tools" / "score_facts.py"
GOLD = PROJECT.parent / "shared" / "gold" / "seeds.yaml"


def test_seed_extraction_meets_the_bars(tmp_path: Path) -> None:
    kg = Path(sys.executable).parent / "kg"
    facts = tmp_path / "facts.jsonl"
    with facts.open("w") as out:
        done = subprocess.run(
            [str(kg), "extract", *sorted(map(str, SEEDS.glob("*.txt"))), "--format", "jsonl"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(facts), "--json"], capture_output=True, text=True, check=True
    )
    result = json.loads(scored.stdout)
    print(result)
    assert result["precision"] >= 0.90
    assert result["recall"] >= 0.85
    assert result["forbidden_hits"] == 0
    assert result["qualifier_agreement"] >= 0.8
