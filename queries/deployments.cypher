// Where an actor deploys forces or occupies territory, and since when. $actor: entity id; in scope.
// The relation is matched untyped and filtered by type, so that every qualifier the scope reads is bound.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.id = $actor AND type(r) IN ['DEPLOYED_IN', 'OCCUPIES']
  AND r.polarity = 'affirmed' AND r.modality = 'asserted'
//+ in_territory
//+ in_period
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
ORDER BY o.name, type(r), r.fact_id
SKIP $skip LIMIT $limit
