// The claims an actor made, or its officials made, with their verdicts. $actor: entity id; in scope.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r]->(o)
WHERE type(r) = 'MADE_CLAIM'
  AND (s.id = $actor OR EXISTS { MATCH (s)-[h]->(a:Entity) WHERE type(h) = 'HOLDS_POSITION' AND a.id = $actor })
//+ in_territory
//+ in_period
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, o.text AS claim_text, o.verdict AS verdict, o.reviewed_by AS reviewed_by
ORDER BY s.name, r.fact_id
SKIP $skip LIMIT $limit
