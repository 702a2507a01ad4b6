-- Applies the staged documents, counts and files; run in the load's one transaction with
-- stage_load holding its id, before apply-edges.sql (or bulk-edges.sql).
INSERT INTO vncite_documents SELECT * FROM stage_documents
ON CONFLICT (id) DO UPDATE SET
  kind = excluded.kind, number = excluded.number, year = excluded.year, symbol = excluded.symbol,
  style = excluded.style, date = excluded.date, title = excluded.title, issuer = excluded.issuer,
  jurisdiction = excluded.jurisdiction, level = excluded.level, label = excluded.label,
  files = excluded.files, lookup_number = excluded.lookup_number,
  lookup_symbol = excluded.lookup_symbol, undated_key = excluded.undated_key,
  named_key = excluded.named_key, name_key = excluded.name_key;

-- A reload replaces the counts of its files.
DELETE FROM vncite_cited_by WHERE load_id = (SELECT id FROM stage_load);
INSERT INTO vncite_cited_by (document_id, load_id, count)
  SELECT document_id, (SELECT id FROM stage_load), count FROM stage_cited_by;

INSERT INTO vncite_load_files (file, load_id)
  SELECT DISTINCT file, (SELECT id FROM stage_load) FROM stage_files
ON CONFLICT (file) DO NOTHING;
