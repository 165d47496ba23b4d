// The claims an actor made, or its officials made, with their verdicts, each claimant's reviewed claims first.
// $actor: entity id; in scope.
// The officials are found from the actor first: a condition on each claimant (EXISTS) made LadybugDB read every
// HOLDS_POSITION link of the store's actors (8 ms of PROFILE time at 1M relations), even with no claim stored.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (a:Entity {id: $actor})
OPTIONAL MATCH (p:Entity)-[:HOLDS_POSITION]->(a)
WITH since_year, until_year, a.id AS actor, collect(p.id) AS officials
MATCH (s:Entity)-[r:MADE_CLAIM]->(o:Claim)
WHERE (s.id = actor OR s.id IN officials)
//+ in_territory MADE_CLAIM
//+ in_period MADE_CLAIM
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation, o.text AS claim_text, o.verdict AS verdict, o.reviewed_by AS reviewed_by
ORDER BY s.name, CASE WHEN o.verdict IS NULL THEN 1 ELSE 0 END, r.fact_id
SKIP $skip LIMIT $limit
