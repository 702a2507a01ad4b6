/** The SQL vncite runs, kept in .sql files so it can be read (and run by hand) as SQL. */
import schema1 from "./sql/001-schema.sql";
import schema2 from "./sql/002-evidence-pinpoint.sql";
import apply from "./sql/apply.sql";
import applyEdges from "./sql/apply-edges.sql";
import bulkDrop from "./sql/bulk-drop.sql";
import bulkEdges from "./sql/bulk-edges.sql";
import bulkIndex from "./sql/bulk-index.sql";
import checkEnds from "./sql/check-ends.sql";
import checkTwice from "./sql/check-twice.sql";
import documents from "./sql/documents.sql";
import exportDocuments from "./sql/export-documents.sql";
import exportEvidence from "./sql/export-evidence.sql";
import filesKey from "./sql/files-key.sql";
import namedCandidates from "./sql/named-candidates.sql";
import neighbors from "./sql/neighbors.sql";
import partyEvidence from "./sql/party-evidence.sql";
import resolveCitation from "./sql/resolve-citation.sql";
import resolveFile from "./sql/resolve-file.sql";
import resolveFileKey from "./sql/resolve-file-key.sql";
import resolveName from "./sql/resolve-name.sql";
import resolveNumber from "./sql/resolve-number.sql";
import stage from "./sql/stage.sql";
import termCandidates from "./sql/term-candidates.sql";
import undatedCandidates from "./sql/undated-candidates.sql";
import undatedMerge from "./sql/undated-merge.sql";
import walk from "./sql/walk.sql";

/** Migrations in order: MIGRATIONS[i] takes a database from schema version i to i + 1. */
export const MIGRATIONS: readonly string[] = [schema1, schema2];

export const SQL = {
  apply,
  applyEdges,
  bulkDrop,
  bulkEdges,
  bulkIndex,
  checkEnds,
  checkTwice,
  documents,
  exportDocuments,
  exportEvidence,
  filesKey,
  namedCandidates,
  neighbors,
  partyEvidence,
  resolveCitation,
  resolveFile,
  resolveFileKey,
  resolveName,
  resolveNumber,
  stage,
  termCandidates,
  undatedCandidates,
  undatedMerge,
  walk,
} as const;
