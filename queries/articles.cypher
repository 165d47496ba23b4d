// Articles, newest first: published in [$since, $until] (ISO prefixes, at the shorter one's precision), and
// citing one of the facts $facts when $territory is given (those of queries/facts_in_territory.cypher).
MATCH (a:Article)
WHERE ($since = '' OR (a.published IS NOT NULL AND a.published >= left($since, size(a.published))))
  AND ($until = '' OR (a.published IS NOT NULL
       AND left(a.published, size($until)) <= left($until, size(a.published))))
  AND ($territory = '' OR EXISTS { MATCH (e:Evidence)-[:CITED_IN]->(a) WHERE e.fact_id IN $facts })
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url,
       a.sha256 AS sha256
ORDER BY a.published DESC, a.id
SKIP $skip LIMIT $limit
