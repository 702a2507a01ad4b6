/**
 * vncite: find every citation of a Vietnamese legal or administrative document in free text,
 * identify it, and link documents into a graph.
 *
 * The four functions most callers need: extract, parseCitation, analyze, buildGraph.
 */
export type * from "./types.js";
export { extract, parseCitation, type ExtractOptions } from "./extract.js";
export { analyze, type AnalyzeOptions } from "./analyze/index.js";
export { prepare, type Prepared } from "./prepare/prepare.js";
export { OffsetMap } from "./prepare/offset-map.js";
export { findAnchors } from "./find/anchors.js";
export { ANCHOR } from "./find/patterns.js";
export { documentId } from "./identify/id.js";
export { KINDS, kindLabel } from "./vocab/kinds.js";
export { ISSUERS } from "./vocab/issuers.js";
export {
  PROVINCES_BEFORE_2025,
  PROVINCES_AFTER_2025,
  findProvince,
  successorOf,
} from "./vocab/provinces.js";
export {
  CitationGraph,
  buildGraph,
  resolve,
  ResolveError,
  implementersOf,
  citedBy,
  cites,
  amendmentsOf,
  instrumentsOf,
  exportJSON,
  importJSON,
  exportGEXF,
  exportGEXFChunks,
  exportGraphML,
  exportGraphMLChunks,
  RELATION_TYPES,
  type DocumentAttributes,
  type RelationAttributes,
  type EvidenceRecord,
  type ChainHit,
  type NeighborHit,
  type ResolveResult,
  type SerializedCitationGraph,
} from "./graph/index.js";
export {
  readDocument,
  pageAt,
  ReadError,
  READ_EXTENSIONS,
  type ReadOptions,
  type ReadResult,
  type ReadFormat,
  type PageSpan,
} from "./read/index.js";
