// Ladybug writes shortest paths as [* SHORTEST], reads path properties with properties(list, key), and
// slices lists from 1, both ends included.
MATCH p = (a:Entity {id: $from})-[* SHORTEST 1..6]-(b:Entity {id: $to})
WITH properties(nodes(p), 'id') AS node_ids, properties(nodes(p), 'name') AS node_names,
     properties(rels(p), '_LABEL') AS predicates, properties(rels(p), 'fact_id') AS fact_ids
RETURN node_ids, node_names, predicates, fact_ids, fact_ids[$skip + 1:$skip + $limit] AS page
