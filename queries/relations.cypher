// Relations filtered by predicate, subject and object ('' means any), in scope.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($predicate = '' OR type(r) = $predicate)
  AND ($subject = '' OR s.id = $subject)
  AND ($object = '' OR o.id = $object)
//+ in_territory
//+ in_period
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
ORDER BY r.fact_id
SKIP $skip LIMIT $limit
