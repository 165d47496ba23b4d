// An actor's deployments and occupations in places whose sovereign, a UN body or anyone else asked it
// to withdraw from them, or where it was condemned over them: a page of those in scope, one row per
// (presence, reason).
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.id = $actor AND type(r) IN ['DEPLOYED_IN', 'OCCUPIES']
  AND r.polarity = 'affirmed' AND r.modality = 'asserted'
//+ in_territory
//+ in_period
  AND EXISTS { MATCH (x:Entity)-[w]->(s) WHERE type(w) IN ['REQUESTED_WITHDRAWAL', 'CONDEMNED']
    AND w.polarity = 'affirmed' AND w.modality = 'asserted' AND (w.territory = o.id OR w.territory = o.part_of) }
WITH s, r, o
ORDER BY o.name, r.fact_id
SKIP $skip LIMIT $limit
MATCH (x:Entity)-[w]->(s)
WHERE type(w) IN ['REQUESTED_WITHDRAWAL', 'CONDEMNED']
  AND w.polarity = 'affirmed' AND w.modality = 'asserted' AND (w.territory = o.id OR w.territory = o.part_of)
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, x.id AS reason_by_id, x.name AS reason_by_name, x.type AS reason_by_type,
       type(w) AS reason_predicate, properties(w) AS reason_relation
ORDER BY o.name, r.fact_id
