-- Every document with an edge to $1 ($2 = 'in') or from it ('out'), with the edges' types.
SELECT r.from_id AS id, array_agg(r.type) AS relations
FROM vncite_relations r WHERE r.to_id = $1 AND $2::text = 'in' GROUP BY r.from_id
UNION ALL
SELECT r.to_id, array_agg(r.type)
FROM vncite_relations r WHERE r.from_id = $1 AND $2::text = 'out' GROUP BY r.to_id
