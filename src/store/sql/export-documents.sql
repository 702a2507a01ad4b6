-- Every document with citedBy, for reading the whole graph back.
SELECT d.*, coalesce(c.cited_by, 0)::integer AS cited_by
FROM vncite_documents d
LEFT JOIN (SELECT document_id, sum(count) AS cited_by FROM vncite_cited_by GROUP BY document_id) c
  ON c.document_id = d.id
