// Ladybug writes shortest paths as [* SHORTEST] and reads path properties with properties(list, key).
MATCH p = (a:Entity {id: $from})-[* SHORTEST 1..6]-(b:Entity {id: $to})
RETURN properties(nodes(p), 'id') AS node_ids, properties(nodes(p), 'name') AS node_names,
       properties(rels(p), '_LABEL') AS predicates, properties(rels(p), 'fact_id') AS fact_ids
