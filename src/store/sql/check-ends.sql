-- An edge whose end is not among the staged documents.
SELECT r.from_id, r.type, r.to_id, CASE WHEN f.id IS NULL THEN r.from_id ELSE r.to_id END AS missing
FROM stage_relations r
LEFT JOIN stage_documents f ON f.id = r.from_id
LEFT JOIN stage_documents t ON t.id = r.to_id
WHERE f.id IS NULL OR t.id IS NULL
LIMIT 1
