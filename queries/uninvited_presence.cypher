// An actor's deployments and occupations in places whose sovereign, a UN body or anyone else asked it
// to withdraw from them, or where it was condemned over them; those in scope. One row per (presence, reason).
// Not paged here: an EXISTS or a DISTINCT over the reasons before SKIP made LadybugDB 10x slower.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity {id: $actor})-[r:DEPLOYED_IN|OCCUPIES]->(o:Entity)
WHERE r.polarity = 'affirmed' AND r.modality = 'asserted'
//+ in_territory DEPLOYED_IN OCCUPIES
//+ in_period DEPLOYED_IN OCCUPIES
MATCH (x:Entity)-[w:REQUESTED_WITHDRAWAL|CONDEMNED]->(s)
WHERE w.polarity = 'affirmed' AND w.modality = 'asserted'
  AND (w.territory = o.id OR w.territory = o.part_of)
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, x.id AS reason_by_id, x.name AS reason_by_name, x.type AS reason_by_type,
       type(w) AS reason_predicate, properties(w) AS reason_relation
ORDER BY o.name, r.fact_id
