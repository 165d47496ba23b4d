// The shortest chain of relations between two entities (up to 6 steps), either direction, whose every step is
// in scope (its start `s`, relation `r` and end `o` bound for the conditions); `page`: the fact ids of a page
// of its steps, in order.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE any(s IN [startNode(r)] WHERE any(o IN [endNode(r)] WHERE true
//+ in_territory
//+ in_period
)))
WITH [n IN nodes(p) | n.id] AS node_ids, [n IN nodes(p) | n.name] AS node_names,
     [r IN relationships(p) | type(r)] AS predicates, [r IN relationships(p) | r.fact_id] AS fact_ids
RETURN node_ids, node_names, predicates, fact_ids, fact_ids[$skip..$skip + $limit] AS page
