// The people who hold a position in a state or organization. $id: entity id.
MATCH (p:Person)-[:HOLDS_POSITION]->(n:Entity {id: $id})
RETURN DISTINCT p.id AS id
