// Ladybug writes paths as [* ACYCLIC], reads path properties with properties(list, key), and slices lists
// from 1, both ends included. Its path search takes no condition on a step's ends, nor a parameter inside a
// list predicate: the path is the shortest acyclic one whose steps all are in the scope (each step checked on
// its own row, the path kept when every row is). It lists every such path of up to 6 steps, so it is kept
// apart from the unscoped question, whose [* SHORTEST] search stays fast.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (a:Entity {id: $from})
MATCH p = (a)-[* ACYCLIC 1..6]-(b:Entity {id: $to})
UNWIND range(1, length(p)) AS i
WITH properties(nodes(p), 'id') AS node_ids, properties(nodes(p), 'name') AS node_names,
     properties(rels(p), '_LABEL') AS predicates, properties(rels(p), 'fact_id') AS fact_ids,
     since_year, until_year, nodes(p)[i] AS s, rels(p)[i] AS r, nodes(p)[i + 1] AS o
WHERE true
//+ in_territory
//+ in_period
WITH node_ids, node_names, predicates, fact_ids, count(*) AS kept
WHERE kept = size(fact_ids)
RETURN node_ids, node_names, predicates, fact_ids, fact_ids[$skip + 1:$skip + $limit] AS page
ORDER BY size(fact_ids), list_to_string(" ", fact_ids) LIMIT 1
