"""The names the question reader knows, per store: the store's entities and the gazetteer's."""

from __future__ import annotations

import threading
import weakref

from graph import GraphStore
from kg.names import NameIndex, build_index
from loaders.gazetteer import default_gazetteer

_INDEXES: weakref.WeakKeyDictionary[GraphStore, tuple[int, NameIndex]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def names(store: GraphStore) -> NameIndex:
    """The names of the store's entities and the gazetteer's, rebuilt when the store's entities change."""
    count = int(store.query("entity_count")[0]["n"])
    with _LOCK:
        cached = _INDEXES.get(store)
        if cached is None or cached[0] != count:
            cached = (count, build_index(store.query("entity_names"), default_gazetteer()))
            _INDEXES[store] = cached
        return cached[1]
