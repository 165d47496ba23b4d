"""The FastAPI application: answers with citations over the configured store.

uvicorn --factory api.app:create_app      (or `kg serve`)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api import openapi, problems
from api.headers import SecurityHeaders
from api.negotiation import HeadAndVary
from api.routers import (
    articles,
    cypher,
    docs,
    entities,
    evidence,
    facts,
    linked,
    page,
    publishers,
    questions,
    relations,
    system,
    writes,
)
from core.settings import Settings, get_settings
from graph import GraphStore, open_store
from rdf.sparql import SparqlEndpoint
from rdf.vocab import Vocabulary


def _serving_store(config: Settings) -> GraphStore:
    """The configured store with its schema; opened read-only when no key may write (LadybugDB then
    refuses every write in the database itself, whatever reaches it)."""
    if config.api_keys:
        store = open_store(config)
        store.init_schema()
        return store
    with open_store(config) as writable:
        writable.init_schema()
    return open_store(config, read_only=True)


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app over ``store``, or over the store ``settings`` select (opened on start-up, closed on shutdown)."""

    config = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        opened = store or _serving_store(config)
        app.state.store = opened
        app.state.settings = config
        app.state.vocab = Vocabulary(config.base_iri)
        app.state.sparql = SparqlEndpoint(
            opened, app.state.vocab, timeout=config.sparql_timeout_s, max_results=config.sparql_max_results
        )
        try:
            yield
        finally:
            app.state.sparql.close()
            if store is None:
                opened.close()

    app = FastAPI(
        title="kg: actors, territories and deployments",
        version="0.1.0",
        description="Answers about who occupies, deploys, recognizes, condemns and asks whom to leave, "
        "each cited to the sentences that support it. Errors are RFC 9457 problem+json.",
        lifespan=lifespan,
        docs_url=None,  # served from vendored files by api.routers.docs
        redoc_url=None,
        generate_unique_id_function=openapi.operation_id,
    )
    problems.install(app)
    openapi.install(app)
    for module in (
        page,
        docs,
        questions,
        entities,
        relations,
        facts,
        evidence,
        articles,
        publishers,
        writes,
        cypher,
        linked,
        system,
    ):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=page.STATIC), name="static")
    app.add_middleware(problems.BodySizeLimit, max_bytes=config.max_body_bytes)
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "Accept"],
        )
    app.add_middleware(HeadAndVary)
    # Last added, so outermost: every answer carries them, a 413 or a CORS preflight too.
    app.add_middleware(SecurityHeaders, docs_paths=docs.DOCS_PATHS)
    return app
