// One relation by its fact id.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.fact_id = $fact_id
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
