-- The indexes bulk-drop.sql dropped, as 001-schema.sql defines them (a test compares them), then
-- statistics for the planner: the tables changed wholesale.
ALTER TABLE vncite_relations ADD PRIMARY KEY (from_id, type, to_id);
CREATE INDEX vncite_relations_in ON vncite_relations (to_id, type, from_id);
CREATE UNIQUE INDEX vncite_evidence_key ON vncite_evidence
  (from_id, type, to_id, file, start_offset, end_offset, md5(sentence)) NULLS NOT DISTINCT;
CREATE INDEX vncite_documents_lookup ON vncite_documents (lookup_number, lookup_symbol);
CREATE INDEX vncite_documents_files ON vncite_documents USING gin (files);
CREATE INDEX vncite_documents_undated ON vncite_documents (undated_key) WHERE undated_key IS NOT NULL;
CREATE INDEX vncite_documents_named ON vncite_documents (named_key) WHERE named_key IS NOT NULL;
CREATE INDEX vncite_documents_name ON vncite_documents (name_key) WHERE name_key IS NOT NULL;
ANALYZE vncite_documents, vncite_relations, vncite_evidence, vncite_cited_by;
