-- apply-edges.sql for a bulk load, without the indexes bulk-drop.sql dropped: the same rows
-- written, what the database already has found by anti-joins instead of ON CONFLICT.
INSERT INTO vncite_relations
  SELECT DISTINCT s.* FROM stage_relations s
  WHERE NOT EXISTS (SELECT 1 FROM vncite_relations r
                    WHERE r.from_id = s.from_id AND r.type = s.type AND r.to_id = s.to_id);

-- Equal evidence (the unique key of vncite_evidence, nulls equal) is written once: the record
-- staged first, as ON CONFLICT DO NOTHING keeps it; none that the database already has.
INSERT INTO vncite_evidence
  SELECT DISTINCT ON (s.from_id, s.type, s.to_id, s.file, s.start_offset, s.end_offset, md5(s.sentence))
         s.from_id, s.type, s.to_id, s.file, s.start_offset, s.end_offset, s.page, s.sentence, s.pinpoint
  FROM stage_evidence s
  WHERE NOT EXISTS (SELECT 1 FROM vncite_evidence e
                    WHERE e.from_id = s.from_id AND e.type = s.type AND e.to_id = s.to_id
                      AND e.start_offset = s.start_offset AND e.end_offset = s.end_offset
                      AND md5(e.sentence) = md5(s.sentence) AND e.file IS NOT DISTINCT FROM s.file)
  ORDER BY s.from_id, s.type, s.to_id, s.file, s.start_offset, s.end_offset, md5(s.sentence), s.ctid;
