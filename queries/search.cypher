// Entities whose name or an alias contains $q (lower case; '' matches all), those whose name starts with it
// first, of $type ('' for any), and
// one of $territories (a territory and its parts, kg/scope.py) when $territory is given.
MATCH (n:Entity)
WHERE ($q = '' OR n.search CONTAINS $q) AND ($type = '' OR n.type = $type)
  AND ($territory = '' OR n.id IN $territories)
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata
ORDER BY CASE WHEN n.search STARTS WITH $q THEN 0 ELSE 1 END, n.name, n.id
SKIP $skip LIMIT $limit
