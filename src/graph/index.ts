export { CitationGraph } from "./citation-graph.js";
export {
  RELATION_TYPES,
  type DocumentAttributes,
  type EvidenceRecord,
  type GraphAttributes,
  type GraphWarning,
  type IssuerRecord,
  type JurisdictionRecord,
  type RelationAttributes,
} from "./attributes.js";
export { addAnalysis, addGraph, buildGraph, createGraph, edgeKey, type CitationMultiGraph, type GraphInput } from "./build.js";
export { fileId, parseId, type ParsedId } from "../identify/id.js";
export { resolve, resolveOne, ResolveError, type ResolveResult } from "./resolve.js";
export {
  amendmentsOf,
  citedBy,
  cites,
  implementersOf,
  instrumentsOf,
  type ChainHit,
  type ChainOptions,
  type InstrumentsOptions,
  type NeighborHit,
} from "./queries.js";
export {
  exportJSON,
  importJSON,
  type SerializedCitationGraph,
  type SerializedEdge,
  type SerializedNode,
} from "./export-json.js";
export { exportGEXF, exportGEXFChunks, importGEXF, importFlatGraph, type FlatGraphSource } from "./export-gexf.js";
export { importJSONChunks } from "./import-json-chunks.js";
export { mergeUndatedMentions, undatedKeyOf } from "./merge-undated.js";
export { exportGraphML, exportGraphMLChunks } from "./export-graphml.js";
