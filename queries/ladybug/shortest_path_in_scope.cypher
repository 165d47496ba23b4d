// LadybugDB's walk takes no condition on a step's ends: the period prunes it, and each path's steps are checked after.
WITH $since_year AS since_year, $until_year AS until_year
MATCH (a:Entity {id: $from})
MATCH p = (a)-[* ACYCLIC 1..6 (r, n | WHERE true
//+ may_be_in_period
)]-(b:Entity {id: $to})
// Projected before the UNWIND: an UNWIND straight after the MATCH re-plans the walk (130 s on 2,000 relations).
WITH properties(nodes(p), 'id') AS node_ids, properties(nodes(p), 'name') AS node_names,
     properties(rels(p), '_LABEL') AS predicates, properties(rels(p), 'fact_id') AS fact_ids,
     nodes(p) AS stops, rels(p) AS steps, since_year, until_year
UNWIND range(1, size(steps)) AS i
WITH node_ids, node_names, predicates, fact_ids, since_year, until_year,
     stops[i] AS s, steps[i] AS r, stops[i + 1] AS o
WHERE true
//+ in_territory
//+ in_period
WITH node_ids, node_names, predicates, fact_ids, count(*) AS kept
WHERE kept = size(fact_ids)
RETURN node_ids, node_names, predicates, fact_ids, fact_ids[$skip + 1:$skip + $limit] AS page
ORDER BY size(fact_ids), list_to_string(" ", fact_ids) LIMIT 1
