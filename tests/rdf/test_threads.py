"""The dump's producing thread: its items, its errors and its end when the reader stops early."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from rdf.threads import produced_in_thread, read_ahead


def test_items_arrive_in_order_from_another_thread() -> None:
    threads: set[int] = set()

    def pages() -> list[int]:
        threads.add(threading.get_ident())
        return list(range(50))

    assert list(read_ahead(pages)) == list(range(50))
    assert threading.get_ident() not in threads


def test_an_error_in_the_thread_is_raised_to_the_reader_after_the_items_before_it() -> None:
    def produce(put: Callable[[int], None]) -> None:
        put(1)
        raise ValueError("bad page")

    seen = []
    with pytest.raises(ValueError, match="bad page"):
        for item in produced_in_thread(produce, ahead=4):
            seen.append(item)
    assert seen == [1]


def test_the_thread_stops_when_the_reader_stops_early() -> None:
    ended = threading.Event()
    made = []

    def produce(put: Callable[[int], None]) -> None:
        try:
            for n in range(1_000_000):
                made.append(n)
                put(n)
        finally:
            ended.set()

    items = produced_in_thread(produce, ahead=2)
    assert next(items) == 0
    items.close()
    assert ended.wait(5)
    assert len(made) < 10
