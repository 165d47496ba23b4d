"""A real `kg serve` on a free port: without KG_BASE_IRI, the IRIs it publishes are its own address, and they
dereference there; with KG_BASE_IRI, they start there. Its start-up line says which."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import rdflib

from core.settings import Settings
from graph import open_store
from tests.graph.test_store import load_sample

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


@contextmanager
def kg_serve(data_dir: Path, **variables: str) -> Iterator[tuple[str, str]]:
    """`kg serve` on a free loopback port with the sample graph: its address and its first start-up line."""
    if not data_dir.exists():
        with open_store(Settings(store="embedded", data_dir=data_dir)) as store:
            store.init_schema()
            load_sample(store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "NEO4J_"))}
    env |= {"KG_STORE": "embedded", "KG_DATA_DIR": str(data_dir), **variables}
    log = data_dir.parent / f"serve-{port}.log"
    command = [sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a generous start-up deadline: a hang is the failure here
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if httpx.get(f"{address}/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        assert process.poll() is None, log.read_text()
        yield address, log.read_text().splitlines()[0]
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_without_kg_base_iri_the_iris_are_the_address_served(tmp_path: Path) -> None:
    with kg_serve(tmp_path / "data") as (address, line):
        base = f"{address}/"
        assert line == f"kg: IRIs start at {base}, the address served; set KG_BASE_IRI to publish them under another"
        void = rdflib.Graph().parse(data=httpx.get(f"{address}/.well-known/void", timeout=60).text, format="turtle")
        assert rdflib.URIRef(f"{base}sparql") in set(void.objects(None, VOID.sparqlEndpoint))
        assert {str(o) for o in void.objects(None, VOID.uriSpace)} == {f"{base}entities/"}
        query = "SELECT ?s WHERE { ?s a kg:Territory }"
        answer = httpx.get(f"{address}/sparql", params={"query": query}, timeout=60).json()  # workers start
        [territory] = [b["s"]["value"] for b in answer["results"]["bindings"]]
        assert territory == f"{base}entities/transnistria"
        described = httpx.get(territory, headers={"accept": "text/turtle"})  # the IRI itself, at its own address
        graph = rdflib.Graph().parse(data=described.text, format="turtle")
        assert (rdflib.URIRef(territory), rdflib.RDF.type, rdflib.URIRef(f"{base}ontology#Territory")) in graph
        dump = httpx.get(f"{address}/export", params={"format": "ntriples"}).text
        assert dump and all(line.startswith(f"<{base}") for line in dump.splitlines())


def test_kg_base_iri_is_kept_and_said(tmp_path: Path) -> None:
    with kg_serve(tmp_path / "data", KG_BASE_IRI="https://kg.example.org/graph") as (address, line):
        assert line == "kg: IRIs start at https://kg.example.org/graph/ (from KG_BASE_IRI)"
        void = httpx.get(f"{address}/.well-known/void", headers={"accept": "application/n-triples"}, timeout=60).text
        assert "<https://kg.example.org/graph/sparql>" in void and "127.0.0.1" not in void
