// Articles, newest first.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.published AS published, a.url AS url,
       a.sha256 AS sha256
ORDER BY a.published DESC, a.id
SKIP $skip LIMIT $limit
