// Ladybug has no startNode() (a relation's source is its _SRC), no list comprehension and no reduce; it
// evaluates both branches of a CASE, so the first date of an empty list is read from a list never empty.
MATCH (e:Entity {id: $id})-[r]-(x:Entity)
WITH e, r, x, struct_extract(r, '_SRC') = id(e) AS out,
     list_sort(list_filter(list_concat([r.date, r.since], list_transform(coalesce(r.years, []), y -> cast(y, 'STRING'))), d -> d IS NOT NULL)) AS dates
WHERE NOT $dated OR size(dates) > 0
RETURN CASE WHEN out THEN 'out' ELSE 'in' END AS direction, type(r) AS predicate, properties(r) AS relation,
       CASE WHEN out THEN e.id ELSE x.id END AS subject_id, CASE WHEN out THEN e.name ELSE x.name END AS subject_name,
       CASE WHEN out THEN e.type ELSE x.type END AS subject_type, CASE WHEN out THEN x.id ELSE e.id END AS object_id,
       CASE WHEN out THEN x.name ELSE e.name END AS object_name, CASE WHEN out THEN x.type ELSE e.type END AS object_type,
       CASE WHEN size(dates) > 0 THEN list_concat(dates, [''])[1] END AS event_date
ORDER BY CASE WHEN $dated THEN event_date ELSE predicate END, CASE WHEN $dated THEN '' ELSE direction END, r.fact_id
SKIP $skip LIMIT $limit
