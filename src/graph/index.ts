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
export { buildGraph, edgeKey, type CitationMultiGraph, type GraphInput } from "./build.js";
export { nearMatches, resolve, ResolveError, type NearMatches, type ResolveResult } from "./resolve.js";
export {
  AMENDING_RELATIONS,
  IMPLEMENTING_RELATIONS,
  amendmentsOf,
  citedBy,
  cites,
  implementersOf,
  instrumentsOf,
  possiblyCitedBy,
  type ChainHit,
  type ChainOptions,
  type InstrumentsOptions,
  type NeighborHit,
  type PossibleHit,
} from "./queries.js";
export {
  exportJSON,
  importJSON,
  type SerializedCitationGraph,
  type SerializedEdge,
  type SerializedNode,
} from "./export-json.js";
export { exportGEXF, exportGEXFChunks, type FlatGraphSource } from "./export-gexf.js";
export { exportGraphML, exportGraphMLChunks } from "./export-graphml.js";
