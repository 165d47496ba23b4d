// An actor's deployments and occupations in places whose sovereign, a UN body or anyone else asked it
// to withdraw from them, or where it was condemned over them; a page of those in scope, each with its reasons.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity {id: $actor})-[r:DEPLOYED_IN|OCCUPIES]->(o:Entity)
WHERE r.polarity = 'affirmed' AND r.modality = 'asserted'
//+ in_territory DEPLOYED_IN OCCUPIES
//+ in_period DEPLOYED_IN OCCUPIES
MATCH (x:Entity)-[w:REQUESTED_WITHDRAWAL|CONDEMNED]->(s)
WHERE w.polarity = 'affirmed' AND w.modality = 'asserted'
  AND (w.territory = o.id OR w.territory = o.part_of)
WITH s, r, o, collect({subject_id: x.id, subject_name: x.name, subject_type: x.type, predicate: type(w),
                       relation: properties(w)}) AS reasons
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, reasons
ORDER BY object_name, r.fact_id
SKIP $skip LIMIT $limit
