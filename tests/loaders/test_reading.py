"""Reading text, HTML and JSON articles, and the one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import BadInput
from loaders.article_files import MAX_BYTES, read_bytes, read_file
from loaders.extract import extract_document

HTML = """<html><head><title>Troops stay on the Dniester</title>
<meta property="article:published_time" content="2023-04-05T10:00:00Z">
<script>var nav = "Russia invaded Poland";</script></head>
<body><nav>Skip to content | Home</nav>
<h1>Troops stay on the Dniester</h1>
<p>Russian troops occupy parts of Moldova &amp; remain there.</p>
<footer>Related Articles</footer></body></html>"""


def test_html_drops_scripts_and_furniture_and_keeps_offsets() -> None:
    [doc] = read_bytes("h1", HTML.encode(), "html")
    assert "invaded Poland" not in doc.text and "Skip to content" not in doc.text
    assert doc.title == "Troops stay on the Dniester" and doc.published.startswith("2023-04-05")
    [rel] = [r for r in extract_document(doc).relations if r.predicate == "OCCUPIES"]
    ev = rel.evidence[0]
    assert HTML[ev.start : ev.end] == "Russian troops occupy parts of Moldova &amp; remain there."


def test_jsonl_gives_one_document_per_line() -> None:
    lines = [
        json.dumps({"id": "j1", "title": "One", "text": "Russia invaded Georgia in August 2008."}),
        json.dumps({"title": "Two", "body": "Russian troops occupy parts of Moldova.", "date": "2021-01-02"}),
    ]
    docs = read_bytes("feed", "\n".join(lines).encode(), "jsonl")
    assert [d.id for d in docs] == ["j1", "feed-2"] and docs[1].published == "2021-01-02"


def test_dateline_gives_publisher_and_date() -> None:
    text = "Headline About Troops In Moldova Today\nCHISINAU, March 3, 2023 (Reuters) - Russia refused to talk.\n"
    [doc] = read_bytes("d", text.encode())
    result = extract_document(doc)
    assert result.article.publisher == "Reuters" and result.article.published == "2023-03-03"


def test_a_byline_gives_the_date_and_is_not_the_title() -> None:
    text = "Fact check: did troops cross the border?\nBy A. Writer | June 4, 2024\nSoldiers were seen on Monday.\n"
    [doc] = read_bytes("b", text.encode())
    assert doc.title == "Fact check: did troops cross the border?" and doc.published == "2024-06-04"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"  \n", "empty file"),
        ("binary.txt", b"\x00\x01\x02" * 10, "binary file"),
        ("latin1.txt", "Transnistria caf\xe9".encode("latin-1"), "not valid UTF-8"),
        ("broken.json", b'{"text": "x"', "malformed JSON"),
        ("nobody.json", b'{"title": "no text"}', "no article text"),
    ],
)
def test_bad_input_is_a_bad_input_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInput, match=message):
        read_file(path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(BadInput, match="too large"):
        read_file(path)


def test_cli_reports_each_bad_file_in_one_line_and_extracts_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Russian troops occupy parts of Moldova.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 50)
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run([str(kg), "extract", str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("kg: ") for line in errors)
    assert "Traceback" not in done.stderr
    facts = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(f["predicate"], f["object"]["id"]) for f in facts] == [("OCCUPIES", "moldova")]


def test_a_failing_article_is_reported_and_the_rest_extracted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.facts as facts
    import loaders.extract.pipeline as pipeline
    from core.errors import ExtractionFailed

    (tmp_path / "a.txt").write_text("Russian troops occupy parts of Moldova.\n")
    (tmp_path / "b.txt").write_text("Russia invaded Georgia in August 2008.\n")
    real = pipeline.read_article

    def flaky(doc, *args, **kwargs):  # the first article fails inside the extractor, in the same batch as the second
        if doc.id == "a":
            raise ValueError("boom")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "read_article", flaky)
    items = list(facts.extract_paths([tmp_path]))
    assert isinstance(items[0], ExtractionFailed) and "a.txt" in str(items[0]) and "boom" in str(items[0])
    assert [r.predicate for r in items[1].relations] == ["INVADED"]
