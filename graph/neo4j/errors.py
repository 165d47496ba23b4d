"""Neo4j driver exceptions mapped onto the project's own, at the boundary."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j import exceptions as neo4j_errors

from core.errors import KeyConflict, QueryFailed, QueryTimeout, StoreUnavailable


@contextmanager
def translated_errors(uri: str) -> Iterator[None]:
    """Map driver exceptions onto the project's own at the boundary."""
    try:
        yield
    except neo4j_errors.ResultFailedError as exc:
        # Cleaning up a failed transaction, the driver can raise this in place of the server's error
        # (seen as a key conflict after a retry): the server's error is the one that says what happened.
        if not isinstance(exc.__cause__, neo4j_errors.Neo4jError):
            raise StoreUnavailable(f"Neo4j at {uri}: {exc}") from None
        with translated_errors(uri):
            raise exc.__cause__ from None
    except neo4j_errors.AuthError as exc:
        raise StoreUnavailable(f"Neo4j at {uri} refused the credentials: {exc.message}") from None
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as exc:
        raise StoreUnavailable(f"Neo4j at {uri} is unavailable: {exc}") from None
    except neo4j_errors.ConstraintError as exc:
        raise KeyConflict(f"{exc.code}: {exc.message}") from None
    except neo4j_errors.Neo4jError as exc:
        raise QueryFailed(f"{exc.code}: {exc.message}") from None
    except (ValueError, TypeError) as exc:  # parameters the driver cannot send
        raise QueryFailed(f"cannot pass these parameters to the store: {str(exc).splitlines()[0]}") from None
    except (neo4j_errors.DriverError, OSError) as exc:
        raise StoreUnavailable(f"Neo4j at {uri}: {exc}") from None


@contextmanager
def time_limit(timeout: float | None) -> Iterator[None]:
    """A transaction begun with ``timeout`` (``neo4j.unit_of_work``) that the server stopped, as QueryTimeout."""
    try:
        yield
    except QueryFailed as exc:
        message = str(exc)
        stopped = "Timeout" in message or "timed out" in message.lower() or "terminated" in message.lower()
        if timeout is None or not stopped:
            raise
        raise QueryTimeout(f"the query ran past {timeout:g} s") from None
