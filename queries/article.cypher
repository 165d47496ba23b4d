// One article with the number of sentences it contributes as evidence.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Evidence)-[:CITED_IN]->(a)
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url,
       a.sha256 AS sha256, count(e) AS evidence
