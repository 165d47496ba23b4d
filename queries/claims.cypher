// The claims an actor made, or its officials made, with their verdicts. $actor: entity id; in scope.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r:MADE_CLAIM]->(o:Claim)
WHERE (s.id = $actor OR EXISTS { MATCH (s)-[:HOLDS_POSITION]->(a:Entity {id: $actor}) })
//+ in_territory MADE_CLAIM
//+ in_period MADE_CLAIM
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, o.text AS claim_text, o.verdict AS verdict, o.reviewed_by AS reviewed_by
ORDER BY s.name, r.fact_id
SKIP $skip LIMIT $limit
