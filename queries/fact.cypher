// One relation by its fact id: predicate, endpoints and all stored properties.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.fact_id = $fact_id
RETURN type(r) AS predicate, s.id AS subject, o.id AS object, properties(r) AS relation
