// One entity by id, with its type.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name,
       n.aliases AS aliases, n.wikidata AS wikidata
