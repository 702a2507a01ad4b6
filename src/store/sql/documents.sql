-- The rows of the documents $1, with citedBy summed over loads.
SELECT d.*, coalesce((SELECT sum(c.count) FROM vncite_cited_by c WHERE c.document_id = d.id), 0)::integer AS cited_by
FROM vncite_documents d WHERE d.id = ANY ($1::text[])
