-- A bulk load (more staged edges than the database holds) drops the indexes the apply would
-- otherwise update row by row, and builds them again from the whole tables (bulk-index.sql):
-- a sort per index instead of millions of random index insertions. Run in the load's one
-- transaction, so a failed load gets them back; readers wait for that transaction.
ALTER TABLE vncite_relations DROP CONSTRAINT vncite_relations_pkey;
DROP INDEX vncite_relations_in;
DROP INDEX vncite_evidence_key;
-- The documents keep their primary key: the apply merges by id through it.
DROP INDEX vncite_documents_lookup, vncite_documents_files, vncite_documents_undated,
  vncite_documents_named, vncite_documents_name;
