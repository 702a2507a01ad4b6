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

/** What a load reads: every node, then every edge, each once; nodes before the edges that name them. */
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
 * graph: normalised and checked as CitationGraph.fromJSON checks them (unknown relation type,
 * missing end, node twice: an error). Only the node ids are held, to check the edges' ends;
 * edges written before the nodes wait until the nodes are read.
 */
export function partsOfJSON(chunks: () => Iterable<string>): GraphParts {
  return {
    *parts() {
      const ids = new Set<string>();
      const waiting: LooseEdge[] = [];
      let sawNodes = false;
      const edge = (e: LooseEdge): EdgePart | null => {
        const type = typeOfEdge(e);
        if (!isRelationType(type)) throw new Error(`graph import: edge "${e.key}" has unknown relation type "${type}"`);
        for (const end of [e.source, e.target]) {
          if (typeof end !== "string" || !ids.has(end)) throw new Error(`graph import: edge "${e.key}" points at a missing node "${String(end)}"`);
        }
        if (e.source === e.target) return null;
        return { type, from: e.source, to: e.target, evidence: normalizeRelationAttributes(type, e.attributes).evidence };
      };
      for (const { array, text } of topLevelArrayItems(chunks(), ["nodes", "edges"])) {
        const item = JSON.parse(text) as unknown;
        if (array === "nodes") {
          const n = item as LooseNode;
          if (typeof n?.key !== "string") throw new Error("graph import: a node has no string key");
          if (ids.has(n.key)) throw new Error(`graph import: node "${n.key}" appears twice`);
          ids.add(n.key);
          sawNodes = true;
          yield { node: { id: n.key, attributes: normalizeDocumentAttributes(n.key, n.attributes) } };
        } else if (sawNodes) {
          const e = edge(item as LooseEdge);
          if (e) yield { edge: e };
        } else {
          waiting.push(item as LooseEdge);
        }
      }
      if (!sawNodes) throw new Error("graph import: `nodes` must be an array");
      for (const w of waiting) {
        const e = edge(w);
        if (e) yield { edge: e };
      }
    },
  };
}

/** The parts of a graph JSON file, read about 1 MB at a time. */
export function partsOfJSONFile(path: string): GraphParts {
  return partsOfJSON(() => fileChunks(path));
}
