"""LadybugDB's exceptions mapped onto the project's own, at the boundary."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import ladybug

from core.errors import QueryFailed, QueryTimeout, ReadOnlyViolation, StoreLocked, StoreUnavailable


@contextmanager
def opening(path: Path) -> Iterator[None]:
    """Errors opening the database at ``path``: held by another process, or not a store."""
    try:
        yield
    except (RuntimeError, OSError) as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise StoreLocked(
                f"the embedded store at {path} is held by another process (a running `kg serve`?): "
                "stop it first, or POST the articles to its /articles API (with a KG_API_KEYS key)"
            ) from None
        raise StoreUnavailable(f"cannot open the embedded store at {path}: {message}") from None


@contextmanager
def running() -> Iterator[None]:
    """Errors running a statement: its first line, or what the binding could not pass."""
    try:
        yield
    except RuntimeError as exc:
        message = str(exc).splitlines()[0]
        if not message.startswith("Unable to cast Python instance"):
            raise QueryFailed(message) from None
        raise QueryFailed("cannot pass these parameters to the store: a value is out of range") from None
    except (ValueError, TypeError) as exc:  # parameters the binding cannot convert
        raise QueryFailed(f"cannot pass these parameters to the store: {str(exc).splitlines()[0]}") from None


@contextmanager
def read_only() -> Iterator[None]:
    """Errors of a caller's query in a READ ONLY transaction: a write, or several statements."""
    try:
        yield
    except QueryFailed as exc:
        message = str(exc)
        if "multiple statements" in message:
            raise ReadOnlyViolation("one statement per query: this endpoint refuses several") from None
        if "read-only transaction" in message or "read-only database" in message:
            raise ReadOnlyViolation(f"the query writes, and this endpoint is read-only: {message}") from None
        raise


@contextmanager
def time_limit(conn: ladybug.Connection, timeout: float | None) -> Iterator[None]:
    """The statements run on ``conn`` meanwhile stopped past ``timeout`` seconds (None: no limit), as
    QueryTimeout; the connection has no limit after."""
    if timeout is None:
        yield
        return
    conn.set_query_timeout(max(1, math.ceil(timeout * 1000)))  # 0 would be no limit
    try:
        yield
    except QueryFailed as exc:
        if "Interrupted" not in str(exc):
            raise
        raise QueryTimeout(f"the query ran past {timeout:g} s") from None
    finally:
        conn.set_query_timeout(0)
