// The claims an actor made, or its officials made, with their verdicts. $actor: entity id.
MATCH (s:Entity {id: $actor})-[r:MADE_CLAIM]->(o:Claim)
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, o.text AS claim_text, o.verdict AS verdict, o.reviewed_by AS reviewed_by
UNION ALL
MATCH (s:Person)-[h:HOLDS_POSITION]->(:Entity {id: $actor})
MATCH (s)-[r:MADE_CLAIM]->(o:Claim)
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, o.text AS claim_text, o.verdict AS verdict, o.reviewed_by AS reviewed_by
