-- A document staged twice (given twice in the loaded graph).
SELECT id FROM stage_documents GROUP BY id HAVING count(*) > 1 ORDER BY id COLLATE "C" LIMIT 1
