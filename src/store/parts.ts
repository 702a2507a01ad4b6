import type { CitationGraph } from "../graph/citation-graph.js";
import {
  isRelationType,
  normalizeRelationAttributes,
  type DocumentAttributes,
  type EvidenceRecord,
} from "../graph/attributes.js";
import { normalizeDocumentAttributes } from "../graph/facts.js";
import { typeOfEdge, type LooseEdge, type LooseNode } from "../graph/export-json.js";
import { topLevelArrayItems } from "../graph/import-json-chunks.js";
import type { RelationType } from "../types.js";
import { fileChunks } from "../shared/file-chunks.js";

/** A document as a load receives it: its id and canonical attributes. */
export interface NodePart {
  id: string;
  attributes: DocumentAttributes;
}

/** An edge as a load receives it. */
export interface EdgePart {
  type: RelationType;
  from: string;
  to: string;
  evidence: EvidenceRecord[];
}

/** What a load reads: every node once, every edge once (evidence of a repeated edge is merged), in any order. */
export interface GraphParts {
  parts(): Iterable<{ node: NodePart } | { edge: EdgePart }>;
}

/** The parts of an in-memory graph. */
export function partsOfGraph(graph: CitationGraph): GraphParts {
  return {
    *parts() {
      for (const id of graph.graph.nodes()) yield { node: { id, attributes: graph.graph.getNodeAttributes(id) } };
      for (const key of graph.graph.edges()) {
        const a = graph.graph.getEdgeAttributes(key);
        yield { edge: { type: a.type, from: graph.graph.source(key), to: graph.graph.target(key), evidence: a.evidence } };
      }
    },
  };
}

/**
 * The parts of graph JSON read from text pieces, one node or edge at a time, never the whole
 * graph, normalised as CitationGraph.fromJSON normalises them (an unknown relation type or a node
 * without a key is an error here; a node seen twice or an edge whose end is not among the nodes
 * is found by the load, in the database, so that no list of ids is held in memory).
 */
export function partsOfJSON(chunks: () => Iterable<string>): GraphParts {
  return {
    *parts() {
      let sawNodes = false;
      for (const { array, text } of topLevelArrayItems(chunks(), ["nodes", "edges"])) {
        const item = JSON.parse(text) as unknown;
        if (array === "nodes") {
          const n = item as LooseNode;
          if (typeof n?.key !== "string") throw new Error("graph import: a node has no string key");
          sawNodes = true;
          yield { node: { id: n.key, attributes: normalizeDocumentAttributes(n.key, n.attributes) } };
        } else {
          const e = item as LooseEdge;
          const type = typeOfEdge(e);
          if (!isRelationType(type)) throw new Error(`graph import: edge "${e.key}" has unknown relation type "${type}"`);
          if (typeof e.source !== "string" || typeof e.target !== "string") throw new Error(`graph import: edge "${e.key}" has no source or target`);
          if (e.source === e.target) continue;
          yield { edge: { type, from: e.source, to: e.target, evidence: normalizeRelationAttributes(type, e.attributes).evidence } };
        }
      }
      if (!sawNodes) throw new Error("graph import: `nodes` must be an array");
    },
  };
}

/**
 * A graph file that cannot be read, or is no graph vncite wrote: the file's fault, not the
 * database's (an invalid UTF-8 byte's TypeError carries a `code` as a socket error does, and was
 * reported as a database failure), named with its path.
 */
export class GraphFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException)?.syscall !== undefined ? (cause as NodeJS.ErrnoException).code : undefined;
    super(
      code !== undefined
        ? `${path}: cannot read the graph file (${code})`
        : `${path}: not a graph written by vncite graph (${String((cause as Error)?.message ?? cause).replace(/^graph import: /, "")})`,
      { cause },
    );
    this.name = "GraphFileError";
  }
}

/** The parts of a graph JSON file, read about 1 MB at a time; what goes wrong reading it is a GraphFileError. */
export function partsOfJSONFile(path: string): GraphParts {
  const inner = partsOfJSON(() => fileChunks(path));
  return {
    *parts() {
      try {
        yield* inner.parts();
      } catch (error) {
        throw new GraphFileError(path, error);
      }
    },
  };
}
