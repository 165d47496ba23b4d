// Every claim with who made it and its verdict, for questions about what a claim said.
MATCH (s:Entity)-[r:MADE_CLAIM]->(o:Claim)
RETURN s.id AS subject_id, s.name AS subject_name, s.type AS subject_type, type(r) AS predicate,
       o.id AS object_id, o.name AS object_name, o.type AS object_type, properties(r) AS relation,
       o.text AS claim_text, o.verdict AS verdict, o.reviewed_by AS reviewed_by
ORDER BY r.fact_id
LIMIT $limit
