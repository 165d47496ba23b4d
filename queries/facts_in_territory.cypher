// The ids of the facts about one of $territories (kg/scope.py), asserted or not.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE $territory <> ''
//+ in_territory
RETURN r.fact_id AS fact_id
