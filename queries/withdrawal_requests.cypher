// Who asked an actor to withdraw its forces, from where and when. $actor: entity id; in scope.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r:REQUESTED_WITHDRAWAL]->(o:Entity {id: $actor})
WHERE r.polarity = 'affirmed' AND r.modality = 'asserted'
//+ in_territory REQUESTED_WITHDRAWAL
//+ in_period REQUESTED_WITHDRAWAL
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
ORDER BY s.name, r.fact_id
SKIP $skip LIMIT $limit
