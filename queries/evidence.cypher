// Evidence by id, with its article.
UNWIND $ids AS eid
MATCH (e:Evidence {id: eid})-[:CITED_IN]->(a:Article)
RETURN e.id AS id, e.fact_id AS fact_id, e.text AS text, e.start_char AS start, e.end_char AS `end`,
       a.id AS article, a.title AS title, a.publisher AS publisher, a.published AS published
