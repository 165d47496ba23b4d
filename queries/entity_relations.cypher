// Every relation of an entity, out and in, asserted or not. $id: entity id.
MATCH (s:Entity {id: $id})-[r]->(o:Entity)
RETURN 'out' AS direction, s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
UNION ALL
MATCH (s:Entity)-[r]->(o:Entity {id: $id})
RETURN 'in' AS direction, s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
