// Relations of some predicates, asserted or not. $predicates: names.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $predicates
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
ORDER BY r.fact_id
LIMIT $limit
