"""The CLI's output written to a pipe keeps each line whole (no wrapping at 80 columns)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import KG

ARTICLE = (
    "Moldova's president asked Russia to withdraw its approximately 1,500 troops from the breakaway region of "
    "Transnistria, a demand her government has repeated at every meeting with Moscow since the last election.\n"
)


def test_extract_table_piped_keeps_lines_whole(tmp_path: Path) -> None:
    article = tmp_path / "piped.txt"
    article.write_text(ARTICLE)
    done = subprocess.run(
        [KG, "extract", str(article), "--format", "table"], capture_output=True, text=True, check=True
    )
    rows = [line for line in done.stdout.splitlines() if "REQUESTED_WITHDRAWAL" in line]
    assert rows, done.stdout
    # the whole row is one line: its subject, object and the start of its quoted sentence
    assert "Russia" in rows[0] and ARTICLE[:60] in rows[0]
