import type { CitationMultiGraph } from "./build.js";
import { EDGE_FIELDS, NODE_FIELDS, encodeEdge, encodeNode, xmlSafe, type Flat, type FlatType } from "./codec.js";
import { exportJSON } from "./export-json.js";

/** Escapes text for an XML attribute value; tab, LF and CR as references so parsers keep them. */
function attr(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Escapes character data; CR as a reference (parsers turn a literal CR into LF). */
function text(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

const GRAPHML_TYPE: Record<FlatType, string> = { string: "string", int: "int", json: "string" };

function keyId(scope: "node" | "edge", name: string): string {
  return `${scope === "node" ? "n" : "e"}_${name}`;
}

function data(scope: "node" | "edge", flat: Flat, out: string[]): void {
  for (const name of Object.keys(flat)) {
    out.push(`      <data key="${keyId(scope, name)}">${text(String(flat[name]))}</data>\n`);
  }
}

/**
 * GraphML (the graphml.graphdrawing.org schema), written by hand: one <key> per attribute, nodes
 * and edges sorted by key, edge ids = edge keys. Strings and integers are typed data; issuer,
 * jurisdiction, files and evidence are JSON text; null values are left out.
 */
export function exportGraphML(graph: CitationMultiGraph): string {
  const json = exportJSON(graph);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const [name, type] of NODE_FIELDS) {
    out.push(`  <key id="${keyId("node", name)}" for="node" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>\n`);
  }
  for (const [name, type] of EDGE_FIELDS) {
    out.push(`  <key id="${keyId("edge", name)}" for="edge" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>\n`);
  }
  out.push('  <graph id="vncite" edgedefault="directed">\n');
  for (const n of json.nodes) {
    out.push(`    <node id="${attr(n.key)}">\n`);
    data("node", encodeNode(n.attributes), out);
    out.push("    </node>\n");
  }
  for (const e of json.edges) {
    out.push(`    <edge id="${attr(e.key)}" source="${attr(e.source)}" target="${attr(e.target)}">\n`);
    data("edge", encodeEdge(e.attributes), out);
    out.push("    </edge>\n");
  }
  out.push("  </graph>\n</graphml>\n");
  return out.join("");
}
