// The steps in scope from each entity of $frontier, either direction, for kg/paths.py's search (one hop a
// query): `s` is the entity left and `o` the one reached, whichever is the relation's subject (the
// territory's condition reads both ends alike).
WITH $since_year AS since_year, $until_year AS until_year
MATCH (s:Entity)-[r]-(o:Entity)
WHERE s.id IN $frontier
//+ in_territory
//+ in_period
RETURN s.id AS here, s.name AS here_name, o.id AS there, o.name AS there_name, type(r) AS predicate,
       r.fact_id AS fact_id
