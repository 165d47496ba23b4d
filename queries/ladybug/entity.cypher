// Ladybug names a node's table with label(n).
MATCH (n:Entity {id: $id})
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata
