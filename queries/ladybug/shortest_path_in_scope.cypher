// Ladybug's path search takes a condition on a step's relation alone (no parameter in a list predicate), so
// the period prunes the walk, any year passing, and each step of a path is then checked whole on its own row.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (a:Entity {id: $from})
MATCH p = (a)-[* ACYCLIC 1..6 (r, n | WHERE true
//+ may_be_in_period
)]-(b:Entity {id: $to})
WITH properties(nodes(p), 'id') AS node_ids, properties(nodes(p), 'name') AS node_names,
     properties(rels(p), '_LABEL') AS predicates, properties(rels(p), 'fact_id') AS fact_ids,
     nodes(p) AS steps_from, rels(p) AS steps, since_year, until_year
UNWIND range(1, size(steps)) AS i
WITH node_ids, node_names, predicates, fact_ids, since_year, until_year,
     steps_from[i] AS s, steps[i] AS r, steps_from[i + 1] AS o
WHERE true
//+ in_territory
//+ in_period
WITH node_ids, node_names, predicates, fact_ids, count(*) AS kept
WHERE kept = size(fact_ids)
RETURN node_ids, node_names, predicates, fact_ids, fact_ids[$skip + 1:$skip + $limit] AS page
ORDER BY size(fact_ids), list_to_string(" ", fact_ids) LIMIT 1
