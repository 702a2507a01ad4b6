-- Applies the staged edges and evidence, after apply.sql.
INSERT INTO vncite_relations SELECT DISTINCT * FROM stage_relations ON CONFLICT DO NOTHING;
-- Evidence already there stays as it is, as the in-memory graph keeps the first of equal records.
INSERT INTO vncite_evidence SELECT * FROM stage_evidence ON CONFLICT DO NOTHING;
