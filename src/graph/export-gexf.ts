import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { DOMParser } from "@xmldom/xmldom";
import type { CitationMultiGraph } from "./build.js";
import { pathlessPrints } from "./pathless.js";
import { decodeEdge, decodeNode, EDGE_FIELDS, encodeEdge, encodeNode, NODE_FIELDS, xmlAttr, xmlText, type Flat, type FlatType } from "./codec.js";
import { graphFromParts, graphWarnings, sortedEdgeKeys } from "./export-json.js";
import { sortedNodeKeys } from "./sorted-keys.js";

const GEXF_TYPE: Record<FlatType, string> = { string: "string", int: "integer", json: "string" };

function declarations(cls: "node" | "edge", fields: readonly (readonly [string, FlatType])[], skip: string): string {
  let out = `    <attributes class="${cls}">\n`;
  for (const [name, type] of fields) {
    if (name !== skip) out += `      <attribute id="${name}" title="${name}" type="${GEXF_TYPE[type]}"/>\n`;
  }
  return `${out}    </attributes>\n`;
}

function attvalues(flat: Flat, skip: string): string {
  let out = "";
  for (const name of Object.keys(flat)) {
    if (name !== skip) out += `          <attvalue for="${name}" value="${xmlAttr(String(flat[name]))}"/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : "";
}

/**
 * GEXF 1.2 (Gephi), nodes and edges sorted by key, written by hand so that it streams: one piece
 * per node or edge, whatever the graph's size. Strings and integers are plain attributes; issuer,
 * jurisdiction, files and evidence are JSON text; null values are left out. The node label is the
 * document label, the edge label its relation type, the edge weight the number of pieces of evidence.
 * Every attribute is declared up front (graphology-gexf, which reads it back, wants that). GEXF
 * has no graph attributes: the graph's warnings, as JSON text, are the meta description; with the
 * analyses added without a path (GraphAttributes.pathless), the description is the JSON of both,
 * `{"warnings":[…],"pathless":[…]}`, as the JSON export's attributes (a graph of files writes its
 * warnings alone, as it always did).
 */
export function* exportGEXFChunks(graph: CitationMultiGraph): Generator<string, void, undefined> {
  const warnings = graphWarnings(graph);
  const pathless = pathlessPrints(graph);
  const meta = pathless.length ? { warnings, pathless } : warnings.length ? warnings : null;
  const description = meta ? `    <description>${xmlText(JSON.stringify(meta))}</description>\n` : "";
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft">\n' +
    `  <meta>\n    <creator>vncite</creator>\n${description}  </meta>\n` +
    '  <graph defaultedgetype="directed">\n' +
    declarations("node", NODE_FIELDS, "label") +
    declarations("edge", EDGE_FIELDS, "weight") +
    "    <nodes>\n"
  );
  for (const key of sortedNodeKeys(graph)) {
    const flat = encodeNode(graph.getNodeAttributes(key));
    const label = flat.label === undefined ? "" : ` label="${xmlAttr(String(flat.label))}"`;
    yield `      <node id="${xmlAttr(key)}"${label}>\n${attvalues(flat, "label")}      </node>\n`;
  }
  yield "    </nodes>\n    <edges>\n";
  for (const key of sortedEdgeKeys(graph)) {
    const flat = encodeEdge(graph.getEdgeAttributes(key));
    const ends = `source="${xmlAttr(graph.source(key))}" target="${xmlAttr(graph.target(key))}"`;
    const head = `<edge id="${xmlAttr(key)}" ${ends} weight="${Number(flat.weight)}" label="${xmlAttr(String(flat.type))}">`;
    yield `      ${head}\n${attvalues(flat, "weight")}      </edge>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

/** The GEXF as one string (see exportGEXFChunks for graphs too large for one). */
export function exportGEXF(graph: CitationMultiGraph): string {
  return [...exportGEXFChunks(graph)].join("");
}

/** Reads a graph back from GEXF written by exportGEXF (or by Gephi from it). */
export function importGEXF(xml: string): CitationMultiGraph {
  // Parsed here, not by graphology-gexf: its parser prints every XML error to the console (a
  // truncated file gave 157 lines); here the first one becomes the error's message.
  const errors: string[] = [];
  const note = (m: string) => errors.push(m);
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: note, fatalError: note } }).parseFromString(xml, "application/xml");
  if (errors.length > 0) throw new Error(`graph import: not well-formed XML (${xmlError(errors[0])})`);
  if (doc.documentElement?.nodeName !== "gexf") throw new Error("graph import: not GEXF (no <gexf> root element)");
  // A mixed multigraph accepts what the parser infers (even "mixed" for a file without edges).
  const g = parse(MultiGraph, doc as unknown as string, { allowUndeclaredAttributes: true });
  return importFlatGraph(g);
}

/** "[xmldom error]\telement parse error: …\n@#[line:3,col:1]" → "element parse error: … (line 3)". */
function xmlError(m: string): string {
  const line = /line:(\d+)/.exec(m)?.[1];
  const text = m.replace(/^\[xmldom [a-z]+\]\s*/, "").replace(/\s*@#\[line:.*$/s, "").replace(/\s+/g, " ").trim();
  return line ? `${text}, line ${line}` : text;
}

/**
 * What importFlatGraph reads of a graph: any graphology graph has these. Spelled out here so the
 * public types need neither graphology's default export (a namespace to ESM type checkers under
 * node16/nodenext) nor graphology-types.
 */
export interface FlatGraphSource {
  mapNodes<T>(callback: (key: string, attributes: object) => T): T[];
  mapEdges<T>(callback: (key: string, attributes: object, source: string, target: string) => T): T[];
  getAttributes(): object;
}

/** A graph read by a graphology XML parser (GEXF, GraphML) whose attributes are flat. */
export function importFlatGraph(g: FlatGraphSource): CitationMultiGraph {
  const nodes = g.mapNodes((key, a) => ({ key, attributes: decodeNode(a as Record<string, unknown>) }));
  const edges = g.mapEdges((key, a, source, target) => ({ key, source, target, attributes: decodeEdge(a as Record<string, unknown>) }));
  // The graph's warnings as JSON text: GraphML's graph data, GEXF's meta description. The analyses
  // added without a path: GraphML's own graph data; in GEXF's description, its JSON an object of both.
  const graphAttributes = g.getAttributes() as Record<string, unknown>;
  const text = graphAttributes.warnings ?? graphAttributes.description;
  let attributes: Record<string, unknown> = {};
  try {
    const read: unknown = typeof text === "string" ? JSON.parse(text) : text;
    attributes = read && typeof read === "object" && !Array.isArray(read) ? { ...read } : { warnings: read };
  } catch {
    // a description someone else wrote
  }
  try {
    if (typeof graphAttributes.pathless === "string") attributes.pathless = JSON.parse(graphAttributes.pathless);
  } catch {
    // not ours either
  }
  return graphFromParts(nodes, edges, attributes);
}
