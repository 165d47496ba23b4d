// How many entities the store holds (the question reader's names are rebuilt when it changes).
MATCH (n:Entity)
RETURN count(n) AS n
