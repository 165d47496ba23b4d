// Every entity's names, type and sovereign, for reading questions.
MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.part_of AS part_of
