export { PostgresGraph } from "./postgres-graph.js";
export { loadGraph, type LoadOptions, type LoadSummary } from "./load.js";
export { GraphFileError, partsOfGraph, partsOfJSON, partsOfJSONFile, type EdgePart, type GraphParts, type NodePart } from "./parts.js";
export { StoreError, checkUrl, redactUrl, type StoreErrorCode } from "./connect.js";
export { SCHEMA_VERSION } from "./schema.js";
