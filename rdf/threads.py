"""Producing in a thread what the caller reads: a store's pages, a serializer's chunks."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class _Abandoned(Exception):
    """The consumer of a producing thread has stopped reading."""


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


_DONE = object()


def produced_in_thread(produce: Callable[[Callable[[T], None]], None], *, ahead: int) -> Iterator[T]:
    """What ``produce`` hands to its callback, run in a thread and read here; at most ``ahead`` items wait.

    An error in the thread is raised here; when the reader stops early, the thread stops at its next item.
    """
    items: queue.Queue[Any] = queue.Queue(maxsize=ahead)
    abandoned = threading.Event()

    def put(item: Any) -> None:
        while not abandoned.is_set():
            with contextlib.suppress(queue.Full):
                items.put(item, timeout=0.5)
                return
        raise _Abandoned

    def run() -> None:
        try:
            produce(put)
            put(_DONE)
        except _Abandoned:
            pass
        except BaseException as exc:  # handed to the reader, which raises it
            with contextlib.suppress(_Abandoned):
                put(_Failed(exc))

    def read() -> Iterator[T]:
        threading.Thread(target=run, daemon=True).start()
        try:
            while (item := items.get()) is not _DONE:
                if isinstance(item, _Failed):
                    raise item.error
                yield item
        finally:
            abandoned.set()

    return read()


def read_ahead(items: Callable[[], Iterable[T]]) -> Iterator[T]:
    """The items of an iterable made and run in a thread, one item ahead of the reader."""

    def produce(put: Callable[[T], None]) -> None:
        for item in items():
            put(item)

    return produced_in_thread(produce, ahead=1)
