-- The load's staging tables: temporary, so they vanish with the session when a load dies, and
-- the real tables change only in the one transaction that applies them (apply.sql).
CREATE TEMP TABLE stage_load (id integer NOT NULL);
-- Documents already merged with the rows the database held (by the in-memory merge rules).
CREATE TEMP TABLE stage_documents (LIKE vncite_documents);
CREATE TEMP TABLE stage_cited_by (document_id text NOT NULL, count integer NOT NULL);
CREATE TEMP TABLE stage_files (file text NOT NULL);
CREATE TEMP TABLE stage_relations (LIKE vncite_relations);
CREATE TEMP TABLE stage_evidence (LIKE vncite_evidence);
-- Undated mentions merged away, and the merged rows of the documents they merge into.
CREATE TEMP TABLE stage_merge (undated text NOT NULL, dated text NOT NULL);
CREATE TEMP TABLE stage_merged (LIKE vncite_documents);
