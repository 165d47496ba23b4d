// Every organization named as an article's publisher or a claim's reviewer, with how many it published or
// reviewed (the IRI of one is rdf/vocab.py's publisher()).
MATCH (a:Article)
WHERE a.publisher IS NOT NULL
RETURN a.publisher AS name, count(a) AS articles, 0 AS reviews
UNION ALL
MATCH (c:Claim)
WHERE c.reviewed_by IS NOT NULL
RETURN c.reviewed_by AS name, 0 AS articles, count(c) AS reviews
