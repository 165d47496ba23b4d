// Ladybug names a relation's table with label(r).
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.fact_id = $fact_id
RETURN label(r) AS predicate, s.id AS subject, o.id AS object, r AS relation
