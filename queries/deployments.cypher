// Where an actor deploys forces or occupies territory, and since when. $actor: entity id; in scope.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity {id: $actor})-[r:DEPLOYED_IN|OCCUPIES]->(o:Entity)
WHERE r.polarity = 'affirmed' AND r.modality = 'asserted'
//+ in_territory DEPLOYED_IN OCCUPIES
//+ in_period DEPLOYED_IN OCCUPIES
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
ORDER BY o.name, type(r), r.fact_id
SKIP $skip LIMIT $limit
