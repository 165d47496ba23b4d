// The shortest chain of relations between two entities (up to 6 steps), either direction.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | n.id] AS node_ids, [n IN nodes(p) | n.name] AS node_names,
       [r IN relationships(p) | type(r)] AS predicates, [r IN relationships(p) | r.fact_id] AS fact_ids
