"""Bad files beside good ones: each problem is one line naming its file (and line), and the good ones load."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import BadInput
from core.settings import Settings
from graph import GraphStore, open_store
from loaders.article_files import read_bytes, read_file
from loaders.load import load_paths
from tests.conftest import KG

OCCUPATION = "Troops Stay Near The Dniester\nRussian troops occupy parts of Moldova.\n"
INVASION = {"id": "georgia-note", "title": "A Note On Georgia", "text": "Russia invaded Georgia in August 2008."}


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[GraphStore]:
    """An empty embedded store (reading does not depend on the backend)."""
    with open_store(Settings(store="embedded", data_dir=tmp_path / "data")) as store:
        store.init_schema()
        yield store


def good_files(corpus: Path) -> None:
    corpus.mkdir(exist_ok=True)
    (corpus / "occupation.txt").write_text(OCCUPATION)
    (corpus / "invasion.json").write_text(json.dumps(INVASION))


def run_load(corpus: Path, data_dir: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(data_dir)}
    return subprocess.run([KG, "load", str(corpus), *flags], capture_output=True, text=True, env=env, check=False)


@pytest.mark.parametrize("workers", [1, 2])
def test_deeply_nested_json_is_one_line_and_the_good_files_load(tmp_path: Path, workers: int) -> None:
    corpus = tmp_path / "corpus"
    good_files(corpus)
    (corpus / "deep.json").write_text("[" * 100_000)
    (corpus / "deep-object.json").write_text('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}")
    done = run_load(corpus, tmp_path / "data", "--workers", str(workers))
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr, done.stderr
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2, errors
    assert all(line.startswith("kg: ") and "nested too deeply" in line for line in errors)
    assert {Path(line.split(": ")[1]).name for line in errors} == {"deep.json", "deep-object.json"}
    assert "2 articles written" in done.stdout, done.stdout


def test_a_jsonl_file_loads_its_good_lines_and_names_each_bad_one(embedded: GraphStore, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "first", "title": "Troops Stay Near The Dniester", "text": OCCUPATION}),
        '{"text": "Russian troops',
        json.dumps(INVASION),
        "[" * 100_000,
        json.dumps({"title": "A record without its text"}),
        "",
        json.dumps([1, 2]),
    ]
    feed.write_text("\n".join(lines) + "\n")
    summary = load_paths(embedded, [feed])
    assert summary.articles == 2
    assert {row["key"] for rows in embedded.iter_nodes("Article") for row in rows} == {"first", "georgia-note"}
    assert summary.failures == [
        f"{feed}:2: malformed JSON (Unterminated string starting at: column 10)",
        f"{feed}:4: JSON nested too deeply",
        f"{feed}:5: no article text (text, body, content, articleBody, article, full_text)",
        f"{feed}:7: not a JSON object",
    ]


def test_a_nul_byte_anywhere_makes_the_file_binary(embedded: GraphStore, tmp_path: Path) -> None:
    late = tmp_path / "late-nul.txt"
    late.write_bytes(OCCUPATION.encode() + b"Filler line about the weather.\n" * 400 + b"\x00tail\n")
    assert late.stat().st_size > 8192
    with pytest.raises(BadInput, match=r"late-nul.txt: binary file, not an article \(a NUL byte at offset \d+\)"):
        read_file(late)
    summary = load_paths(embedded, [late])
    assert summary.articles == 0 and len(summary.failures) == 1 and "binary file" in summary.failures[0]
    assert embedded.counts()["Evidence"] == 0
    # A NUL escaped in JSON text is no article text either (the API's posted articles go this way).
    posted = json.dumps({"id": "p", "text": OCCUPATION + "\x00"}).encode()
    with pytest.raises(BadInput, match="article p: binary"):
        read_bytes("p", posted, "json", "article p")


def test_a_symlink_loop_is_reported_and_the_rest_loads(embedded: GraphStore, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    good_files(corpus)
    (corpus / "self.txt").symlink_to("self.txt")  # a link to itself
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to("..")  # a directory that leads back to an ancestor
    (corpus / "gone.txt").symlink_to("missing.txt")
    (corpus / "notes.pdf").symlink_to("missing.pdf")  # not an article file: not looked at
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text(OCCUPATION.replace("Moldova", "Georgia"))
    (corpus / "linked").symlink_to(elsewhere)  # a linked directory is read
    summary = load_paths(embedded, [corpus])
    assert summary.articles == 3
    assert summary.failures == [
        f"{corpus / 'gone.txt'}: a broken symlink (to missing.txt)",
        f"{corpus / 'self.txt'}: a symlink loop; skipped",
        f"{corpus / 'sub' / 'up'}: a symlink loop (back to {corpus}); skipped",
    ]
