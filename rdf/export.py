"""Streaming RDF dumps of the graph: N-Triples, Turtle, JSON-LD and TriG (one named graph per article).

The RDF model is written once, as N-Triples/N-Quads lines built from the store's rows page by page.
An N-Triples dump is those lines as they are made; the other formats parse them back with pyoxigraph
and serialize as they go, so memory stays bounded whatever the size of the graph. The lines are in
lines.py, the walk over the store in walk.py; here the formats.

>>> with open("dump.nt", "wb") as out:                                  # doctest: +SKIP
...     write_dump(store, Vocabulary("http://127.0.0.1:8000/"), "ntriples", out)
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from pyoxigraph import QuadParser, RdfFormat, Triple, parse, serialize

from core.errors import BadInput
from graph import GraphStore
from rdf.jsonld import jsonld_chunks
from rdf.threads import produced_in_thread
from rdf.vocab import Vocabulary
from rdf.walk import dump_text

FORMATS: dict[str, tuple[RdfFormat, str, bool]] = {
    # name: (format, media type, has named graphs)
    "turtle": (RdfFormat.TURTLE, "text/turtle", False),
    "ntriples": (RdfFormat.N_TRIPLES, "application/n-triples", False),
    "jsonld": (RdfFormat.JSON_LD, "application/ld+json", False),
    "trig": (RdfFormat.TRIG, "application/trig", True),
}


class _TextReader(io.RawIOBase):
    """A binary file over text chunks as they are made, for pyoxigraph's parser."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = (chunk.encode() for chunk in chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def dump_statements(store: GraphStore, vocab: Vocabulary, *, named_graphs: bool) -> QuadParser:
    """The dump as pyoxigraph quads, parsed as it is made (for serializers and stores that take terms)."""
    chunks = dump_text(store, vocab, named_graphs=named_graphs)
    return parse(_TextReader(chunks), RdfFormat.N_QUADS if named_graphs else RdfFormat.N_TRIPLES)


def dump_format(fmt: str) -> tuple[RdfFormat, str, bool]:
    """(pyoxigraph format, media type, has named graphs) of a dump format; BadInput for an unknown one."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[fmt]


def write_dump(store: GraphStore, vocab: Vocabulary, fmt: str, output: IO[bytes]) -> None:
    """Serialize the whole graph to ``output`` as it is read from the store."""
    rdf_format, _, named_graphs = dump_format(fmt)
    if rdf_format is RdfFormat.JSON_LD:  # with the ontology's @context
        statements = dump_statements(store, vocab, named_graphs=False)
        for chunk in jsonld_chunks((quad.triple for quad in statements), vocab):
            output.write(chunk.encode())
        return
    if rdf_format is RdfFormat.N_TRIPLES:
        for chunk in dump_text(store, vocab, named_graphs=False):
            output.write(chunk.encode())
        return
    serialize(dump_statements(store, vocab, named_graphs=named_graphs), output, rdf_format, prefixes=vocab.prefixes)


class _CallbackWriter:
    """A binary file the serializer writes to; its chunks go to a callback."""

    def __init__(self, put: Callable[[bytes], None]) -> None:
        self.put = put

    def write(self, data: bytes) -> int:
        self.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def stream_dump(store: GraphStore, vocab: Vocabulary, fmt: str) -> Iterator[bytes]:
    """The dump as chunks of bytes, for a streaming HTTP response (the serializer runs in a thread)."""
    dump_format(fmt)  # fail fast on a bad format
    return produced_in_thread(lambda put: write_dump(store, vocab, fmt, _CallbackWriter(put)), ahead=64)  # type: ignore[arg-type]


def serialize_triples(triples: Iterable[Triple], fmt: str, vocab: Vocabulary) -> bytes:
    if FORMATS[fmt][0] is RdfFormat.JSON_LD:  # with the ontology's @context, a node object per subject
        return "".join(jsonld_chunks(sorted(triples, key=lambda t: str(t.subject)), vocab)).encode()
    return serialize(triples, format=FORMATS[fmt][0], prefixes=vocab.prefixes)
