"""Publishers: the organizations whose IRIs the RDF names as an article's publisher or a claim's reviewer."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import StoreDep
from api.models import Publisher
from api.negotiation import NEGOTIATED, RESOURCE_TYPES, FormatQuery, choose, negotiated_responses, rdf_or_json
from core.errors import NotFound
from graph import GraphStore
from rdf.describe import describe_organization
from rdf.vocab import organization_key

router = APIRouter(prefix="/publishers", tags=["articles"])


def publisher(store: GraphStore, publisher_id: str) -> Publisher:
    """The organization whose IRI ends in ``publisher_id``, with how many articles and reviews it has."""
    named = [row for row in store.query("organizations") if organization_key(row["name"]) == publisher_id]
    if not named:
        raise NotFound(f"no publisher {publisher_id!r}")
    return Publisher(
        id=publisher_id,
        name=min(row["name"] for row in named),
        articles=sum(row["articles"] for row in named),
        reviews=sum(row["reviews"] for row in named),
    )


@router.get(
    "/{publisher_id}",
    response_model=Publisher,
    summary="An organization that published articles or reviewed claims; its IRI: JSON, or Turtle, JSON-LD or "
    "N-Triples",
    responses=negotiated_responses(RESOURCE_TYPES, 404),
    dependencies=[NEGOTIATED],
)
def get_publisher(
    request: Request, store: StoreDep, publisher_id: str, format: FormatQuery = None
) -> Publisher | Response:
    found = publisher(store, publisher_id)
    return rdf_or_json(
        request,
        choose(request, RESOURCE_TYPES, format),
        lambda: found,
        lambda vocab: describe_organization(vocab, found.name),
    )
