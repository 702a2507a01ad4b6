import type { CitationMultiGraph } from "./build.js";
import { pathlessPrints } from "./pathless.js";
import { EDGE_FIELDS, NODE_FIELDS, encodeEdge, encodeNode, xmlAttr, xmlText, type Flat, type FlatType } from "./codec.js";
import { graphWarnings, sortedEdgeKeys } from "./export-json.js";
import { sortedNodeKeys } from "./sorted-keys.js";

const GRAPHML_TYPE: Record<FlatType, string> = { string: "string", int: "int", json: "string" };

function keyId(scope: "node" | "edge", name: string): string {
  return `${scope === "node" ? "n" : "e"}_${name}`;
}

function data(scope: "node" | "edge", flat: Flat): string {
  let out = "";
  for (const name of Object.keys(flat)) out += `      <data key="${keyId(scope, name)}">${xmlText(String(flat[name]))}</data>\n`;
  return out;
}

/**
 * GraphML (the graphml.graphdrawing.org schema), written by hand: one <key> per attribute, nodes
 * and edges sorted by key, edge ids = edge keys. Strings and integers are typed data; issuer,
 * jurisdiction, files and evidence are JSON text, as are the graph's warnings and its pathless prints; null values are left out. One piece per node or
 * edge, so a graph of any size streams to a file (`for (const s of …) out.write(s)`).
 */
export function* exportGraphMLChunks(graph: CitationMultiGraph): Generator<string, void, undefined> {
  let head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  head +=
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [name, type] of NODE_FIELDS) {
    head += `  <key id="${keyId("node", name)}" for="node" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>\n`;
  }
  for (const [name, type] of EDGE_FIELDS) {
    head += `  <key id="${keyId("edge", name)}" for="edge" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>\n`;
  }
  head += '  <key id="g_warnings" for="graph" attr.name="warnings" attr.type="string"/>\n';
  const warnings = graphWarnings(graph);
  let graphData = warnings.length ? `    <data key="g_warnings">${xmlText(JSON.stringify(warnings))}</data>\n` : "";
  // The analyses added without a path (GraphAttributes.pathless), as JSON text: declared only where
  // there are some, so that a graph of files writes as it always did.
  const pathless = pathlessPrints(graph);
  if (pathless.length) {
    head += '  <key id="g_pathless" for="graph" attr.name="pathless" attr.type="string"/>\n';
    graphData += `    <data key="g_pathless">${xmlText(JSON.stringify(pathless))}</data>\n`;
  }
  yield head + '  <graph id="vncite" edgedefault="directed">\n' + graphData;
  for (const key of sortedNodeKeys(graph)) {
    yield `    <node id="${xmlAttr(key)}">\n${data("node", encodeNode(graph.getNodeAttributes(key)))}    </node>\n`;
  }
  for (const key of sortedEdgeKeys(graph)) {
    const ends = `source="${xmlAttr(graph.source(key))}" target="${xmlAttr(graph.target(key))}"`;
    yield `    <edge id="${xmlAttr(key)}" ${ends}>\n${data("edge", encodeEdge(graph.getEdgeAttributes(key)))}    </edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

/** The GraphML as one string (see exportGraphMLChunks for graphs too large for one). */
export function exportGraphML(graph: CitationMultiGraph): string {
  return [...exportGraphMLChunks(graph)].join("");
}
