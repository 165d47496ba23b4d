"""The server backend: Neo4j (driver, transactions, error mapping, constraints)."""

import sys

# The driver imports numpy, pandas and pyarrow whenever they are installed (about 85 MB), only to take their values
# as parameters, which we never pass. It is imported with those not yet loaded hidden, so it treats them as absent.
_UNUSED = ("numpy", "pandas", "pyarrow")
_hidden = [name for name in _UNUSED if name not in sys.modules]
sys.modules.update(dict.fromkeys(_hidden))
try:
    import neo4j  # noqa: F401
finally:
    for _name in _hidden:
        del sys.modules[_name]

from graph.neo4j.store import Neo4jStore  # noqa: E402

__all__ = ["Neo4jStore"]
