-- Merges each document of stage_merge (an undated mention, or a law named without its number)
-- into the one it is: the rows merged into (merged by vncite into stage_merged), citation counts,
-- and edges with their evidence; an edge between the two becomes a self-loop and is dropped, as
-- in the in-memory graph.
UPDATE vncite_documents d SET
  kind = m.kind, number = m.number, year = m.year, symbol = m.symbol, style = m.style,
  date = m.date, title = m.title, issuer = m.issuer, jurisdiction = m.jurisdiction,
  level = m.level, label = m.label, files = m.files, lookup_number = m.lookup_number,
  lookup_symbol = m.lookup_symbol, undated_key = m.undated_key, named_key = m.named_key, name_key = m.name_key
FROM stage_merged m WHERE d.id = m.id;

INSERT INTO vncite_cited_by (document_id, load_id, count)
  SELECT m.dated, c.load_id, c.count FROM vncite_cited_by c JOIN stage_merge m ON c.document_id = m.undated
ON CONFLICT (document_id, load_id) DO UPDATE SET count = vncite_cited_by.count + excluded.count;
DELETE FROM vncite_cited_by c USING stage_merge m WHERE c.document_id = m.undated;

DROP TABLE IF EXISTS stage_moved;
CREATE TEMP TABLE stage_moved AS
  SELECT r.from_id, r.type, r.to_id,
         coalesce(mf.dated, r.from_id) AS new_from, coalesce(mt.dated, r.to_id) AS new_to
  FROM (
    SELECT r.* FROM vncite_relations r JOIN stage_merge m ON r.from_id = m.undated
    UNION
    SELECT r.* FROM vncite_relations r JOIN stage_merge m ON r.to_id = m.undated
  ) r
  LEFT JOIN stage_merge mf ON mf.undated = r.from_id
  LEFT JOIN stage_merge mt ON mt.undated = r.to_id;

INSERT INTO vncite_relations (from_id, type, to_id)
  SELECT DISTINCT new_from, type, new_to FROM stage_moved WHERE new_from <> new_to
ON CONFLICT DO NOTHING;
INSERT INTO vncite_evidence
  SELECT m.new_from, m.type, m.new_to, e.file, e.start_offset, e.end_offset, e.page, e.sentence, e.pinpoint
  FROM stage_moved m JOIN vncite_evidence e USING (from_id, type, to_id)
  WHERE m.new_from <> m.new_to
  ORDER BY m.from_id COLLATE "C", m.type, m.to_id COLLATE "C"
ON CONFLICT DO NOTHING;
DELETE FROM vncite_evidence e USING stage_moved m
  WHERE e.from_id = m.from_id AND e.type = m.type AND e.to_id = m.to_id;
DELETE FROM vncite_relations r USING stage_moved m
  WHERE r.from_id = m.from_id AND r.type = m.type AND r.to_id = m.to_id;
DELETE FROM vncite_documents d USING stage_merge m WHERE d.id = m.undated;
