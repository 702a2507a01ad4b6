-- A breadth-first walk from $1 over edges of the types $2 (first listed wins between two edges of
-- one pair), against the edges' direction when $3 is 'in' ("who implements X"), along them when
-- 'out'; $4: beyond the first step; $5: do not walk on from central-level documents.
-- Each document is found once, at its shortest distance, through the parent with the smallest
-- id (compared in code-point order): the in-memory walk's answer, row for row.
WITH RECURSIVE step (depth, found, parents, types, seen) AS (
  SELECT 0, ARRAY[$1::text], ARRAY[NULL::text], ARRAY[NULL::text], ARRAY[$1::text]
  UNION ALL
  SELECT s.depth + 1, n.found, n.parents, n.types, s.seen || n.found
  FROM step s
  CROSS JOIN LATERAL (
    SELECT array_agg(c.other ORDER BY c.other COLLATE "C") AS found,
           array_agg(c.parent ORDER BY c.other COLLATE "C") AS parents,
           array_agg(c.type ORDER BY c.other COLLATE "C") AS types
    FROM (
      SELECT DISTINCT ON (e.other) e.other, e.parent, e.type
      FROM (
        SELECT f.id AS parent, r.from_id AS other, r.type
        FROM unnest(s.found) AS f (id)
        JOIN vncite_relations r ON r.to_id = f.id AND r.type = ANY ($2::text[])
        WHERE $3::text = 'in'
        UNION ALL
        SELECT f.id, r.to_id, r.type
        FROM unnest(s.found) AS f (id)
        JOIN vncite_relations r ON r.from_id = f.id AND r.type = ANY ($2::text[])
        WHERE $3::text = 'out'
      ) e
      LEFT JOIN unnest(s.seen) AS seen (id) ON seen.id = e.other
      WHERE seen.id IS NULL
        AND (s.depth = 0 OR NOT $5::boolean OR NOT EXISTS (
          SELECT 1 FROM vncite_documents d WHERE d.id = e.parent AND d.level = 'central'))
      ORDER BY e.other, e.parent COLLATE "C", array_position($2::text[], e.type)
    ) c
  ) n
  WHERE n.found IS NOT NULL AND (s.depth = 0 OR $4::boolean)
),
hit AS (
  SELECT s.depth, h.id, h.parent, h.type
  FROM step s, unnest(s.found, s.parents, s.types) AS h (id, parent, type)
  WHERE s.depth > 0
),
-- The path of each hit, from the parent pointers; written along the edges' direction.
path (id, ids) AS (
  SELECT $1::text, ARRAY[$1::text]
  UNION ALL
  SELECT h.id, CASE WHEN $3::text = 'in' THEN h.id || p.ids ELSE p.ids || h.id END
  FROM path p JOIN hit h ON h.parent = p.id
)
SELECT h.id, p.ids AS path, h.type AS relation
FROM hit h JOIN path p USING (id)
ORDER BY h.depth, h.id COLLATE "C"
