  // The event of (s)-[r]->(o) falls in [$since, $until] (kg/scope.py): a date or year in it, or a state begun
  // (`since`) by $until. Dates are ISO prefixes compared at the shorter one's precision. Needs `since_year`
  // and `until_year` bound (LadybugDB takes no parameter inside a list predicate).
  AND (($since = '' AND $until = '')
       OR (r.date IS NOT NULL AND r.date >= left($since, size(r.date))
           AND left(r.date, size($until)) <= left($until, size(r.date)))
       OR any(y IN r.years WHERE y >= since_year AND y <= until_year)
       OR (r.since IS NOT NULL AND left(r.since, size($until)) <= left($until, size(r.since))
           AND ($since = '' OR (r.date IS NULL AND (r.years IS NULL OR size(r.years) = 0)))))
