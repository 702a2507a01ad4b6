-- vncite's tables, migration 1. Applied once, in one transaction, when vncite first meets a
-- database; vncite_meta.schema_version says which migrations a database has.

-- One row per document: the node attributes of schema/graph.schema.json, issuer and
-- jurisdiction as jsonb. citedBy is not here: it is the sum of vncite_cited_by.
CREATE TABLE vncite_documents (
  id            text PRIMARY KEY,
  kind          text,
  number        text,
  year          integer,
  symbol        text,
  style         text,
  date          text,
  title         text,
  issuer        jsonb,
  jurisdiction  jsonb,
  level         text,
  label         text NOT NULL,
  files         text[] NOT NULL,
  -- What resolve looks a citation up by: the number and ký hiệu of the id, else of the attributes.
  lookup_number text,
  lookup_symbol text,
  -- For a dated id ("76/NQ-CP@2021"), the undated id that merges into it ("76/NQ-CP@?").
  undated_key   text,
  -- For a numbered law with a name and year, the id of the law named without its number
  -- that merges into it ("law:dat-dai@2003").
  named_key     text,
  -- What resolve looks a law cited by name up by ("law:dat-dai").
  name_key      text
);
CREATE INDEX vncite_documents_lookup ON vncite_documents (lookup_number, lookup_symbol);
CREATE INDEX vncite_documents_files ON vncite_documents USING gin (files);
CREATE INDEX vncite_documents_undated ON vncite_documents (undated_key) WHERE undated_key IS NOT NULL;
CREATE INDEX vncite_documents_named ON vncite_documents (named_key) WHERE named_key IS NOT NULL;
CREATE INDEX vncite_documents_name ON vncite_documents (name_key) WHERE name_key IS NOT NULL;

-- One row per edge (relation type, from, to). No foreign keys to vncite_documents: only vncite
-- load writes here and it writes both ends in the same transaction; checking 10 million edges
-- against the documents would double a load's time.
CREATE TABLE vncite_relations (
  from_id text NOT NULL,
  type    text NOT NULL,
  to_id   text NOT NULL,
  PRIMARY KEY (from_id, type, to_id)
);
-- The walks against the edges' direction (implementers, amendments, cited-by).
CREATE INDEX vncite_relations_in ON vncite_relations (to_id, type, from_id);

-- The evidence of each edge. Two records are the same evidence when file, offsets and sentence
-- agree, as in the in-memory graph (the page is not compared).
CREATE TABLE vncite_evidence (
  from_id      text NOT NULL,
  type         text NOT NULL,
  to_id        text NOT NULL,
  file         text,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  page         integer,
  sentence     text NOT NULL
);
-- md5 of the sentence: a sentence may be longer than a btree entry can hold.
CREATE UNIQUE INDEX vncite_evidence_key ON vncite_evidence
  (from_id, type, to_id, file, start_offset, end_offset, md5(sentence)) NULLS NOT DISTINCT;

-- Each load of a set of files. Loading the same set again replaces its citation counts (and
-- merges everything else, which changes nothing); a file belongs to one load only, so no
-- citation is counted twice.
CREATE TABLE vncite_loads (
  id        serial PRIMARY KEY,
  -- sha256 of the sorted file paths; null for a graph that names no file (never reloaded).
  files_key text UNIQUE,
  files     integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE vncite_load_files (
  file    text PRIMARY KEY,
  load_id integer NOT NULL REFERENCES vncite_loads (id)
);
-- A document's citedBy is the sum of its counts over loads.
CREATE TABLE vncite_cited_by (
  document_id text NOT NULL,
  load_id     integer NOT NULL REFERENCES vncite_loads (id),
  count       integer NOT NULL,
  PRIMARY KEY (document_id, load_id)
);
