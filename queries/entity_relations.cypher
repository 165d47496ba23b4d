// Every relation of an entity, out and in, asserted or not: by predicate, direction and fact id; or, with
// $dated, only those whose qualifiers give a date, year or start, by the earliest of them. $id: entity id.
MATCH (e:Entity {id: $id})-[r]-(x:Entity)
WITH e, r, x, startNode(r) = e AS out,
     [d IN [r.date, r.since] + [y IN coalesce(r.years, []) | toString(y)] WHERE d IS NOT NULL] AS dates
WHERE NOT $dated OR size(dates) > 0
RETURN CASE WHEN out THEN 'out' ELSE 'in' END AS direction, type(r) AS predicate, properties(r) AS relation,
       CASE WHEN out THEN e.id ELSE x.id END AS subject_id, CASE WHEN out THEN e.name ELSE x.name END AS subject_name,
       CASE WHEN out THEN e.type ELSE x.type END AS subject_type, CASE WHEN out THEN x.id ELSE e.id END AS object_id,
       CASE WHEN out THEN x.name ELSE e.name END AS object_name, CASE WHEN out THEN x.type ELSE e.type END AS object_type,
       CASE WHEN size(dates) > 0 THEN reduce(m = dates[0], d IN dates | CASE WHEN d < m THEN d ELSE m END) END AS event_date
ORDER BY CASE WHEN $dated THEN event_date ELSE predicate END, CASE WHEN $dated THEN '' ELSE direction END, r.fact_id
SKIP $skip LIMIT $limit
