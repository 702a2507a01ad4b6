/**
 * vncite: find every citation of a Vietnamese legal or administrative document in free text,
 * identify it, and link documents into a graph.
 *
 * What most callers need: extract, parseCitation, analyze, and CitationGraph (CitationGraph.from
 * settles the mentions without a year; buildGraph gives the bare graphology graph, unsettled).
 */
export type * from "./types.js";
export { extract, parseCitation, type ExtractOptions } from "./extract.js";
export { analyze, type AnalyzeOptions, type KnownFields } from "./analyze/index.js";
export { prepare, type Prepared } from "./prepare/prepare.js";
export { OffsetMap } from "./prepare/offset-map.js";
export { findAnchors } from "./find/anchors.js";
export { ANCHOR } from "./find/patterns.js";
export { documentId, type IdParts } from "./identify/id.js";
export { KINDS, kindLabel, type KindEntry } from "./vocab/kinds.js";
export { ISSUERS, type IssuerEntry } from "./vocab/issuers.js";
export {
  type Province,
  type ProvinceAfter2025,
  type ProvinceType,
  PROVINCES_BEFORE_2025,
  FORMER_PROVINCES,
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
  possiblyCitedBy,
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
  type GraphAttributes,
  type GraphWarning,
  type IssuerRecord,
  type JurisdictionRecord,
  type EvidenceRecord,
  type CitationMultiGraph,
  type GraphInput,
  type FlatGraphSource,
  type ChainHit,
  type ChainOptions,
  type InstrumentsOptions,
  type NeighborHit,
  type PossibleHit,
  type ResolveResult,
  type SerializedCitationGraph,
  type SerializedNode,
  type SerializedEdge,
} from "./graph/index.js";
export {
  readDocument,
  pageAt,
  ReadError,
  READ_EXTENSIONS,
  DEFAULT_LIMITS,
  type ReadLimits,
  type ReadOptions,
  type ReadResult,
  type ReadFormat,
  type ReadErrorCode,
  type ReadWarning,
  type PageSpan,
} from "./read/index.js";
export { readTextChunks, chunkText, DEFAULT_CHUNKS, type ChunkSizes, type TextChunk } from "./read/text-chunks.js";
export { extractChunks } from "./extract-chunks.js";
