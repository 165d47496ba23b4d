"""Statement builders, derived from the ontology in schema/.

Labels and property names come from schema/, never from user input; every value travels as a
parameter (``$rows`` for writes, ``$keys``/``$ids`` for lookups). What differs between the stores is
passed in as a capability of the adapter (``typed``, ``lock``), never patched into a statement after.

>>> print(merge_relation("OCCUPIES", "State", "Territory"))  # doctest: +ELLIPSIS
UNWIND $rows AS row
MATCH (s:State {id: row.subject_id})
...
"""

from __future__ import annotations

from collections.abc import Callable

from schema import ONTOLOGY, RELATION_PROPERTIES, NodeType, PropertySpec

#: ``expression`` as a value of the property's kind, for stores that infer a parameter's type.
Typed = Callable[[str, PropertySpec], str]


def untyped(expression: str, spec: PropertySpec) -> str:
    return expression


def quoted(name: str) -> str:
    """A property or label name escaped for Cypher (qualifiers such as ``where`` are keywords)."""
    return f"`{name}`"


def relation_properties(predicate: str) -> tuple[PropertySpec, ...]:
    """Every property a relation of ``predicate`` carries in the stores."""
    return RELATION_PROPERTIES + ONTOLOGY.predicate(predicate).qualifiers


# -- lookups (run for each ``key`` of ``$keys``) ------------------------------------------


def id_match(node_type: str) -> str:
    """A match of the node of ``node_type`` whose id is ``key``, returning its id."""
    return f"MATCH (n:{node_type} {{id: key}}) RETURN n.id"


def fact_match(predicate: str) -> str:
    """A match of the ``predicate`` relation whose fact id is ``key``, returning it."""
    return f"MATCH ()-[r:{predicate}]->() WHERE r.fact_id = key RETURN r.fact_id"


def for_each_key(match: str) -> str:
    """``match`` run for each ``key`` of the list ``$keys``."""
    return f"UNWIND $keys AS key {match}"


PUBLISHED = "MATCH (a:Article {id: key}) RETURN a.id AS id, a.published AS published"


def stored_properties(node_type: str, lock: str) -> str:
    """The stored properties of each node of ``$ids``, taking their write locks first (``lock``)."""
    return f"UNWIND $ids AS key MATCH (n:{node_type} {{id: key}}) {lock} RETURN properties(n) AS properties"


# -- writes ---------------------------------------------------------------------------------


def merge_node(node: NodeType, labels: str, typed: Typed = untyped) -> str:
    """Each row's node, created if missing; a given property replaces the stored one."""
    sets = ", ".join(
        f"n.{quoted(p.name)} = coalesce({typed(f'row.{quoted(p.name)}', p)}, n.{quoted(p.name)})"
        for p in node.properties
        if p.name != "id"
    )
    return f"UNWIND $rows AS row\nMERGE (n:{labels} {{id: row.id}})\nSET {sets}"


def merge_evidence(typed: Typed = untyped) -> str:
    """Each row's evidence node, created if missing, cited in its article."""
    return (
        merge_node(ONTOLOGY.node_type("Evidence"), "Evidence", typed)
        + "\nWITH n, row\nMATCH (a:Article {id: row.article_id})\nMERGE (n)-[:CITED_IN]->(a)"
    )


def merge_relation(predicate: str, subject_type: str, object_type: str) -> str:
    """The relation of each row, created if missing; a summary (:func:`summarize`) then sets what it sums up."""
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (s:{subject_type} {{id: row.subject_id}})\n"
        f"MATCH (o:{object_type} {{id: row.object_id}})\n"
        f"MERGE (s)-[r:{predicate} {{fact_id: row.fact_id}}]->(o)\n"
        "ON CREATE SET r.`polarity` = row.`polarity`, r.`modality` = row.`modality`, "
        "r.`evidence_ids` = row.`evidence_ids`"
    )


def insert_nodes(labels: str) -> str:
    """Create each row's node (the store lacks it)."""
    return f"UNWIND $rows AS row\nCREATE (n:{labels})\nSET n = row"


def insert_relations(predicate: str, subject_type: str, object_type: str) -> str:
    """Create each row's relation (the store lacks it); a row whose ends are not stored is dropped, as with MERGE."""
    columns = ", ".join(f".{quoted(p.name)}" for p in relation_properties(predicate))
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (s:{subject_type} {{id: row.subject_id}})\n"
        f"MATCH (o:{object_type} {{id: row.object_id}})\n"
        f"CREATE (s)-[r:{predicate}]->(o)\n"
        f"SET r = row {{{columns}}}"
    )


def insert_evidence() -> str:
    """Create each row's evidence node (the store lacks it), cited in its article."""
    columns = ", ".join(f".{quoted(p.name)}" for p in ONTOLOGY.node_type("Evidence").properties)
    return (
        "UNWIND $rows AS row\n"
        "MATCH (a:Article {id: row.article_id})\n"
        "CREATE (n:Evidence)-[:CITED_IN]->(a)\n"
        f"SET n = row {{{columns}}}"
    )


# -- summaries of facts -----------------------------------------------------------------------


def facts_by_row(predicate: str) -> str:
    """The ``predicate`` relation of each ``$rows`` fact id."""
    return f"UNWIND $rows AS row MATCH ()-[r:{predicate}]->() WHERE r.fact_id = row.fact_id"


def summed_facts(predicate: str, lock: str) -> str:
    """Each fact's evidence ids, taking its write lock first (``lock``)."""
    return f"{facts_by_row(predicate)} {lock} RETURN r.fact_id AS fact_id, r.evidence_ids AS ids"


def set_summaries(predicate: str, typed: Typed = untyped) -> str:
    """Set what each fact sums up from its evidence."""
    sets = ", ".join(
        f"r.{quoted(p.name)} = {typed(f'row.{quoted(p.name)}', p)}"
        for p in relation_properties(predicate)
        if p.name not in ("fact_id", "polarity", "modality")
    )
    return f"{facts_by_row(predicate)} SET {sets}"


def delete_facts(predicate: str) -> str:
    return f"{facts_by_row(predicate)} DELETE r"


def evidence_sources(predicate: str) -> str:
    """Evidence by id (``$ids``), with what a summary of a ``predicate`` fact reads: confidence, qualifiers and
    the position of the sentence among the sources."""
    qualifiers = "".join(f", e.{quoted(q.name)} AS {quoted(q.name)}" for q in ONTOLOGY.predicate(predicate).qualifiers)
    return (
        "UNWIND $ids AS eid MATCH (e:Evidence {id: eid}) WITH e MATCH (a:Article {id: e.article_id}) "
        "RETURN e.id AS id, e.fact_id AS fact_id, e.article_id AS article_id, e.start_char AS start_char, "
        f"e.confidence AS confidence, a.published AS published{qualifiers}"
    )


# -- articles ------------------------------------------------------------------------------------

MARK_LOADED = "UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.sha256 = row.sha256"
ARTICLE_SHA256 = "MATCH (a:Article {id: $id}) RETURN coalesce(a.sha256, '') AS sha256"
CITED = "MATCH (e:Evidence)-[:CITED_IN]->(a:Article {id: $id}) RETURN e.id AS id, e.fact_id AS fact_id"
DELETE_CITED = "UNWIND $rows AS row MATCH (e:Evidence)-[:CITED_IN]->(a:Article {id: row.id}) DETACH DELETE e"
DELETE_ARTICLE = "UNWIND $rows AS row MATCH (a:Article {id: row.id}) DETACH DELETE a"


def facts_among(predicate: str) -> str:
    """The ``predicate`` facts of ``$fact_ids`` with their ends."""
    return (
        f"MATCH (s)-[r:{predicate}]->(o) WHERE r.fact_id IN $fact_ids "
        "RETURN r.fact_id AS fact_id, s.id AS subject, o.id AS object"
    )


def delete_unrelated(entity_label: str) -> str:
    """Delete each entity of ``$rows`` that no relation touches."""
    return (
        f"UNWIND $rows AS row MATCH (n:{entity_label} {{id: row.id}}) WHERE NOT EXISTS {{ MATCH (n)-[]-() }} DELETE n"
    )


# -- whole-store reads -------------------------------------------------------------------------


def count_nodes(node_type: str) -> str:
    return f"MATCH (n:{node_type}) RETURN count(n) AS n"


def count_relations(predicate: str) -> str:
    return f"MATCH ()-[r:{predicate}]->() RETURN count(r) AS n"


def delete_nodes(node_type: str) -> str:
    return f"MATCH (n:{node_type}) DETACH DELETE n"


def facts_page(predicate: str, entity_label: str) -> str:
    """A page of ``predicate`` facts after fact id ``$after``, each flat: its ends and stored properties."""
    columns = "".join(f", r.{quoted(p.name)} AS {quoted(p.name)}" for p in relation_properties(predicate))
    return (
        f"MATCH (s:{entity_label})-[r:{predicate}]->(o:{entity_label}) WHERE r.fact_id > $after "
        f"RETURN '{predicate}' AS predicate, s.id AS subject_id, o.id AS object_id{columns} "
        "ORDER BY r.fact_id LIMIT $limit"
    )


def nodes_page(node_type: str) -> str:
    """A page of ``node_type`` nodes after id ``$after``, with their properties."""
    return (
        f"MATCH (n:{node_type}) WHERE n.id > $after RETURN n.id AS key, properties(n) AS properties "
        "ORDER BY n.id LIMIT $limit"
    )


def evidence_columns() -> str:
    """The columns of an evidence row, as every evidence read returns them."""
    qualifiers = "".join(f", e.{quoted(name)} AS {quoted(name)}" for name in ONTOLOGY.qualifiers)
    return (
        "e.id AS id, e.fact_id AS fact_id, e.article_id AS article, e.text AS text, e.start_char AS start, "
        f"e.end_char AS `end`{qualifiers}"
    )


def evidence_page() -> str:
    """A page of evidence after id ``$after``: id, fact_id, article, text, start, end and its qualifiers."""
    return f"MATCH (e:Evidence) WHERE e.id > $after RETURN {evidence_columns()} ORDER BY e.id LIMIT $limit"
