"""The `kg` command."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from core.errors import KGError
from core.settings import get_settings
from graph import open_store

app = typer.Typer(
    help="A knowledge graph of actors, territories and military deployments, cited to the news.\n\n"
    "The store is embedded (KG_DATA_DIR) unless KG_STORE=neo4j with NEO4J_URI, NEO4J_USER, "
    "NEO4J_PASSWORD and NEO4J_DATABASE.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _console(*, stderr: bool = False) -> Console:
    """Rich's console; written to a pipe or a file, lines are kept whole rather than wrapped at 80 columns."""
    piped = not (sys.stderr if stderr else sys.stdout).isatty()
    return Console(stderr=stderr, width=_PIPED_WIDTH if piped else None, soft_wrap=piped)


_PIPED_WIDTH = 10_000
console = _console()
err_console = _console(stderr=True)


def warn(message: str) -> None:
    """Print one line to stderr."""
    err_console.print(f"kg: {message}", markup=False, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> None:
    """Print one line to stderr and exit."""
    warn(message)
    raise typer.Exit(code)


def one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the project's errors into one line on stderr and a non-zero exit."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KGError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper


@app.command()
@one_line_errors
def init(
    reset: Annotated[bool, typer.Option(help="Delete everything in the store first.")] = False,
) -> None:
    """Create the store's schema (node and relation types, constraints, indexes) from schema/."""
    settings = get_settings()
    with open_store(settings) as store:
        if reset:
            store.clear()
        store.init_schema()
        declared = store.existing_schema()
        console.print(
            f"{store.server_version()}: {len(declared.node_types)} node types, "
            f"{len(declared.relation_types)} relation types ready"
        )


@app.command()
@one_line_errors
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Count nodes per type and relations per predicate in the store."""
    settings = get_settings()
    with open_store(settings, read_only=True) as store:
        counts = store.counts()
        version = store.server_version()
    if as_json:
        import json

        sys.stdout.write(json.dumps(counts, indent=2) + "\n")
        return
    table = Table(title=f"{version} ({settings.store})")
    table.add_column("type or predicate")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    console.print(table)


@app.command()
@one_line_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .json, .jsonl) or directories.")],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl: one fact per line (the facts interface); table: for people.")
    ] = "jsonl",
    facts_only: Annotated[bool, typer.Option("--facts-only", help="Only affirmed, asserted relations.")] = False,
) -> None:
    """Extract relations from articles and print them, with no database needed."""
    import json

    from kg.facts import extract_paths, fact_json

    if output_format not in ("jsonl", "table"):
        fail(f"unknown format {output_format!r}; use jsonl or table", 2)
    failures = 0
    rows = []
    for item in extract_paths(paths):
        if isinstance(item, KGError):
            failures += 1
            warn(str(item))
            continue
        for relation in item.relations:
            if facts_only and not relation.is_fact:
                continue
            fact = fact_json(item, relation)
            if output_format == "jsonl":
                sys.stdout.write(json.dumps(fact, ensure_ascii=False) + "\n")
            else:
                rows.append(fact)
    if output_format == "table":
        table = Table(show_lines=False)
        for column in ("article", "subject", "predicate", "object", "qualifiers", "status", "evidence"):
            table.add_column(column, overflow="fold")
        for fact in rows:
            status = (
                ""
                if fact["polarity"] == "affirmed" and fact["modality"] == "asserted"
                else (f"{fact['polarity']}, {fact['modality']}")
            )
            table.add_row(
                fact["article"][:12],
                fact["subject"]["name"],
                fact["predicate"],
                fact["object"]["name"],
                json.dumps(fact["qualifiers"], ensure_ascii=False),
                status,
                fact["evidence"]["text"][:90],
            )
        console.print(table)
    if failures:
        raise typer.Exit(1)


@app.command()
@one_line_errors
def load(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or directories; without any, the example corpus the project ships."),
    ] = None,
    batch: Annotated[int, typer.Option(min=1, help="Articles written per batch.")] = 50,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes that read and extract; this one writes, in file order.")
    ] = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print a line as each batch is committed.")] = False,
) -> None:
    """Extract articles and write them to the store. Idempotent; a changed article replaces its evidence."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from loaders.article_files import iter_article_files
    from loaders.load import LoadSummary, example_corpus, load_paths

    targets = paths or [example_corpus()]
    total = sum(1 for _ in iter_article_files(targets))
    base = get_settings()
    settings = base.model_copy(update={"neo4j_retry_s": base.neo4j_load_retry_s})

    def committed(done: LoadSummary) -> None:
        console.print(f"committed {done.articles} articles, {done.files} of {total} files read")

    with open_store(settings) as store:
        store.init_schema()
        columns = (TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err_console, transient=True) as progress:
            task = progress.add_task("load", total=total)
            summary = load_paths(
                store,
                targets,
                batch_articles=batch,
                workers=workers,
                on_file=lambda _: progress.advance(task),
                on_batch=committed if verbose else None,
            )
    for line in summary.failures + summary.empty:
        warn(line)
    console.print(
        f"{summary.files} files: {summary.articles} articles written ({summary.replaced} replaced, "
        f"{summary.unchanged} unchanged), {summary.entities} entities, {summary.relations} relations, "
        f"{summary.evidence} evidence, {len(summary.failures)} failures"
    )
    if summary.failures:
        raise typer.Exit(1)


@app.command("bulk-import")
@one_line_errors
def bulk_import(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories.")],
    csv_dir: Annotated[
        Path | None,
        typer.Option(help="Neo4j: where the CSV files for neo4j-admin go (a temporary directory if not given)."),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes that read and extract.")] = 1,
    csv_only: Annotated[
        bool,
        typer.Option("--csv-only", help="Neo4j: write the CSV files and print the import command; do not run it."),
    ] = False,
    replace: Annotated[
        bool,
        typer.Option("--replace", help="Replace the store whole if it holds a graph (else such a store is refused)."),
    ] = False,
) -> None:
    """Load a large archive into a NEW or empty store, by the store's bulk path.

    Embedded store: COPY into its empty tables, in one transaction. Neo4j: `neo4j-admin database import full`;
    the server must be stopped; start it and run `kg init` after, which builds the constraints and indexes.
    A store that holds a graph is refused unless --replace is given. For new articles into a store in use,
    use `kg load`.
    """
    from graph import archive_importer
    from graph.archive import plan_archive
    from loaders.article_files import iter_article_files
    from loaders.load import extraction_pool

    extractions = []
    failures: list[str] = []
    importer = archive_importer(get_settings(), csv_dir)
    if csv_only:
        importer.check_prepare()  # before reading the articles
    with extraction_pool(workers) as extract_files:
        for result in extract_files(list(iter_article_files(paths))):
            failures += result.failures
            extractions += result.extractions
    for line in failures:
        warn(line)
    if not extractions:  # a mistyped path must not replace a store with nothing
        fail("no article was read: nothing imported")
    plan = plan_archive(
        [e.article for e in extractions],
        [entity for e in extractions for entity in e.entities.values()],
        [r for e in extractions for r in e.relations],
    )
    if csv_only:
        command = importer.prepare(plan, replace=replace)
        console.print(f"{plan.describe()} written to {csv_dir}; import with:", markup=False)
        console.print(command, markup=False, soft_wrap=True)
        return
    console.print(importer.run(plan, replace=replace), markup=False)
    if failures:
        raise typer.Exit(1)


@app.command()
@one_line_errors
def forget(article_id: Annotated[str, typer.Argument(help="The id of a loaded article (its file name stem).")]) -> None:
    """Retract an article: its evidence goes, and so does every relation no other article supports."""
    with open_store(get_settings()) as store:
        summary = store.retract_article(article_id)
    console.print(f"forgot {article_id}: {summary.evidence} evidence, {summary.relations} relations removed")


@app.command()
@one_line_errors
def ask(
    question: Annotated[str, typer.Argument(help='A question, e.g. "Who asked Russia to leave?", or a name.')],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
) -> None:
    """Answer a plain-English question from the store, with citations. Asserted facts come first; what was
    only denied, planned, conditional or claimed is listed apart."""
    from kg import answers, index

    with open_store(get_settings(), read_only=True) as store:
        try:
            answer = answers.ask(store, question)
        except (answers.NotUnderstood, answers.NoSuchName) as exc:
            _print_unanswerable(str(exc), exc.suggestions)
            raise typer.Exit(1) from None
        names = {i: e.name for i, e in index.names(store).entities.items()}
    if as_json:
        sys.stdout.write(answer.model_dump_json(indent=2, exclude_none=True) + "\n")
        return
    _print_answer(answer, names)


def _say(text: str = "", style: str | None = None) -> None:
    console.print(text, style=style, markup=False, highlight=False)


def _print_unanswerable(message: str, suggestions: list[str]) -> None:
    _say(message)
    if suggestions:
        _say("Questions the graph can answer:")
        for suggestion in suggestions:
            _say(f"  {suggestion}")


def _print_answer(answer: Any, names: dict[str, str]) -> None:
    from kg.views import STATUS_LABELS

    _say(answer.asked or answer.question, "bold")
    _say(f"Read as: {answer.description}")
    if answer.entity is not None:
        ent = answer.entity
        extra = [f"also {', '.join(ent.aliases)}" if ent.aliases else ""]
        extra += [f"Wikidata {ent.wikidata}" if ent.wikidata else ""]
        extra += [f"{k}: {names.get(v, v) if isinstance(v, str) else v}" for k, v in ent.properties.items() if v]
        _say(f"{ent.name} ({ent.type})" + "".join(f"; {x}" for x in extra if x))
    if answer.summary:
        _say(f"Answer: {answer.summary}", "bold")
    if answer.message:
        _say(answer.message)
    for row in answer.rows + (answer.claims or []):
        _print_fact(row, names)
    if answer.unconfirmed:
        _say()
        _say(f"{answer.apart_title}:", "bold")
        for row in answer.unconfirmed:
            _print_fact(row, names, f"[{STATUS_LABELS[row.status]}] ")
    if answer.suggestions:
        _say("Questions the graph can answer:")
        for suggestion in answer.suggestions:
            _say(f"  {suggestion}")
    if answer.follow_up is not None:
        _say()
        _print_answer(answer.follow_up, names)


def _print_fact(fact: Any, names: dict[str, str], label: str = "", indent: str = "") -> None:
    qualifiers = fact.qualifiers.model_dump()
    shown = ", ".join(f"{k}={names.get(v, v) if isinstance(v, str) else v}" for k, v in qualifiers.items())
    verdict = f" [verdict: {fact.claim.verdict}]" if fact.claim and fact.claim.verdict else ""
    _say(
        f"{indent}• {label}{fact.subject.name} {fact.predicate} {fact.object.name}"
        + (f" ({shown})" if shown else "")
        + verdict
    )
    for ev in fact.evidence:
        published = f"published {ev.published}" if ev.published else "publication date unknown"
        source = ", ".join(x for x in (ev.publisher, published, ev.title) if x)
        # A sentence's own qualifiers, where they are not the fact's.
        own = ev.qualifiers or {}
        read = f" ({', '.join(f'{k}={v}' for k, v in own.items())})" if own and own != qualifiers else ""
        _say(f"{indent}    “{ev.text}”{read}")
        _say(f"{indent}    — {source} ({ev.article})" + (f" {ev.url}" if ev.url else ""))
    for reason in fact.reasons or []:
        _print_fact(reason, names, indent=indent + "    ")


@app.command()
@one_line_errors
def export(
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="turtle, ntriples, jsonld or trig (one named graph per article).")
    ] = "turtle",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write; standard output if none.")
    ] = None,
) -> None:
    """Write the whole graph as RDF, streamed from the store (memory stays bounded)."""
    from rdf.export import write_dump
    from rdf.vocab import Vocabulary

    settings = get_settings()
    with open_store(settings, read_only=True) as store:
        vocab = Vocabulary(settings.base_iri)
        if output is None:
            write_dump(store, vocab, output_format, sys.stdout.buffer)
            return
        with output.open("wb") as out:
            write_dump(store, vocab, output_format, out)


@app.command()
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) over the configured store."""
    import uvicorn

    from api.app import create_app

    settings = get_settings()  # a bad setting is one line here rather than a traceback from the server
    if "base_iri" in settings.model_fields_set:
        warn(f"IRIs start at {settings.base_iri} (from KG_BASE_IRI)")
    else:
        settings = settings.model_copy(update={"base_iri": served_base_iri(host, port)})
        warn(f"IRIs start at {settings.base_iri}, the address served; set KG_BASE_IRI to publish them under another")
    uvicorn.run(create_app(settings), host=host, port=port)


def served_base_iri(host: str, port: int) -> str:
    """The base of the address ``kg serve`` listens on (loopback when it listens on every interface)."""
    host = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, host)
    return f"http://{f'[{host}]' if ':' in host and not host.startswith('[') else host}:{port}/"


def main() -> None:
    app()


if __name__ == "__main__":
    main()
