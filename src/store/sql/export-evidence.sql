-- Every edge with its evidence (an edge without evidence has one row of nulls).
SELECT r.from_id, r.type, r.to_id, e.file, e.start_offset, e.end_offset, e.page, e.sentence, e.pinpoint
FROM vncite_relations r
LEFT JOIN vncite_evidence e USING (from_id, type, to_id)
