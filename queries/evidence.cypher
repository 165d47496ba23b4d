// Evidence by id, with its article (joined by key, which both stores look up by index), and its own
// properties (the qualifiers read from the sentence among them).
UNWIND $ids AS eid
MATCH (e:Evidence {id: eid})
WITH e
MATCH (a:Article {id: e.article_id})
RETURN e.id AS id, e.fact_id AS fact_id, e.text AS text, e.start_char AS start, e.end_char AS `end`,
       a.id AS article, a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url,
       properties(e) AS properties
