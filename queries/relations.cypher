// Relations filtered by predicate, subject, object and date ('' means any). Dates compare as ISO text.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($predicate = '' OR type(r) = $predicate)
  AND ($subject = '' OR s.id = $subject)
  AND ($object = '' OR o.id = $object)
  AND ($since = '' OR coalesce(r.date, r.since, '') >= $since)
  AND ($until = '' OR (coalesce(r.date, r.since, '') <> '' AND coalesce(r.date, r.since, '') <= $until))
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation
ORDER BY r.fact_id
SKIP $skip LIMIT $limit
