// One entity by id.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata,
       properties(n) AS properties
