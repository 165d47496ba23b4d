// Every sentence that supports a fact, with its article.
MATCH (e:Evidence {fact_id: $fact_id})-[:CITED_IN]->(a:Article)
RETURN e.fact_id AS fact_id, e.text AS text, e.start_char AS start, e.end_char AS `end`,
       a.id AS article, a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url
ORDER BY a.published, a.id, e.start_char
