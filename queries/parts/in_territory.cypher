  // (s)-[r]->(o) concerns one of $territories (kg/scope.py): one of its ends, or its `territory` or `where`.
  AND ($territory = '' OR s.id IN $territories OR o.id IN $territories OR r.territory IN $territories
       OR r.`where` IN $territories)
