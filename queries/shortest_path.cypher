// The shortest chain of relations between two entities (up to 6 steps), either direction; `page`: the fact
// ids of a page of its steps, in order.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WITH [n IN nodes(p) | n.id] AS node_ids, [n IN nodes(p) | n.name] AS node_names,
     [r IN relationships(p) | type(r)] AS predicates, [r IN relationships(p) | r.fact_id] AS fact_ids
RETURN node_ids, node_names, predicates, fact_ids, fact_ids[$skip..$skip + $limit] AS page
