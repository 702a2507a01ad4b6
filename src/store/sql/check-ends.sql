-- An edge whose end is not among the staged documents.
(SELECT r.from_id, r.type, r.to_id, r.from_id AS missing FROM stage_relations r
 WHERE NOT EXISTS (SELECT 1 FROM stage_documents d WHERE d.id = r.from_id) LIMIT 1)
UNION ALL
(SELECT r.from_id, r.type, r.to_id, r.to_id FROM stage_relations r
 WHERE NOT EXISTS (SELECT 1 FROM stage_documents d WHERE d.id = r.to_id) LIMIT 1)
LIMIT 1
