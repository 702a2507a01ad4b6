import { normalizeGraphAttributes } from "./attributes.js";
import { createGraph, type CitationMultiGraph } from "./build.js";
import { addEdgePart, addNodePart, type LooseEdge, type LooseNode } from "./export-json.js";

/**
 * Loads graph JSON (graphology's serialization, as `vncite graph` writes it) from text in pieces,
 * one node or edge at a time: a national collection's graph is hundreds of MB of JSON, and
 * holding its text, its parsed object and the graph at once would cost three times the graph.
 * Any JSON layout is read; nodes may come after edges (edges then wait until the end).
 */
export function importJSONChunks(chunks: Iterable<string>): CitationMultiGraph {
  const graph = createGraph();
  const waiting: LooseEdge[] = [];
  let nodesDone = false;
  let sawNodes = false;
  for (const { array, text } of topLevelArrayItems(firstMustBe(chunks, "{"), ["nodes", "edges"], ["attributes"])) {
    const item = JSON.parse(text) as unknown;
    if (array === "attributes") {
      graph.replaceAttributes(normalizeGraphAttributes(item));
    } else if (array === "nodes") {
      sawNodes = true;
      addNodePart(graph, item as LooseNode);
    } else if (nodesDone || sawNodes) {
      nodesDone = true;
      addEdgePart(graph, item as LooseEdge);
    } else {
      waiting.push(item as LooseEdge);
    }
  }
  if (!sawNodes) throw new Error("graph import: a JSON object without a `nodes` array");
  for (const e of waiting) addEdgePart(graph, e);
  return graph;
}

/** The chunks, after checking that the text's first non-blank character is `c`. */
function* firstMustBe(chunks: Iterable<string>, c: string): Generator<string> {
  let seen = false;
  for (const chunk of chunks) {
    if (!seen) {
      const first = /\S/.exec(chunk)?.[0];
      if (first !== undefined) {
        if (first !== c) throw new Error(`graph import: not a JSON object (the text starts with ${JSON.stringify(chunk.trimStart().slice(0, 12))})`);
        seen = true;
      }
    }
    yield chunk;
  }
  if (!seen) throw new Error("graph import: the file is empty");
}

/**
 * The raw JSON text of each element of the named arrays of the top-level object, in file order.
 * A small scanner: it follows depth, strings and escapes across chunk boundaries and cuts the
 * arrays at their top-level commas; JSON.parse then reads (and validates) each element. The
 * top-level values named in `wholes` (small objects such as the graph's attributes) come whole.
 */
export function* topLevelArrayItems(
  chunks: Iterable<string>,
  names: readonly string[],
  wholes: readonly string[] = [],
): Generator<{ array: string; text: string }> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let key = ""; // the last string read at depth 1: the key of the value that follows it
  let keyParts: string[] | null = null;
  let inArray: string | null = null;
  let inWhole: string | null = null;
  let item: string[] = [];
  for (const chunk of chunks) {
    let itemFrom = 0;
    let keyFrom = 0;
    let backslash = -1; // the next backslash at or after i (chunk.length when none)
    for (let i = 0; i < chunk.length; i++) {
      if (inString && !escaped) {
        // Strings are most of the text: jump to the next quote or backslash.
        if (backslash < i) {
          backslash = chunk.indexOf("\\", i);
          if (backslash < 0) backslash = chunk.length;
        }
        const quote = chunk.indexOf('"', i);
        const stop = quote < 0 ? backslash : Math.min(quote, backslash);
        if (stop >= chunk.length) break;
        i = stop;
      }
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* backslash */) escaped = true;
        else if (c === 34 /* quote */) {
          inString = false;
          if (keyParts) {
            keyParts.push(chunk.slice(keyFrom, i));
            key = keyParts.join("");
            keyParts = null;
          }
        }
      } else if (c === 34) {
        inString = true;
        if (depth === 1) {
          keyParts = [];
          keyFrom = i + 1;
        }
      } else if (c === 91 /* [ */ || c === 123 /* { */) {
        depth++;
        if (depth === 2 && c === 91 && names.includes(key)) {
          inArray = key;
          item = [];
          itemFrom = i + 1;
        } else if (depth === 2 && c === 123 && wholes.includes(key)) {
          inWhole = key;
          item = [];
          itemFrom = i;
        }
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (inWhole !== null && depth === 2) {
          item.push(chunk.slice(itemFrom, i + 1));
          yield { array: inWhole, text: item.join("") };
          inWhole = null;
        } else if (inArray !== null && depth === 2) {
          item.push(chunk.slice(itemFrom, i));
          const text = item.join("").trim();
          if (text) yield { array: inArray, text };
          inArray = null;
        }
        depth--;
      } else if (c === 44 /* , */ && inArray !== null && depth === 2) {
        item.push(chunk.slice(itemFrom, i));
        const text = item.join("").trim();
        item = [];
        itemFrom = i + 1;
        yield { array: inArray, text };
      }
    }
    if (inArray !== null || inWhole !== null) item.push(chunk.slice(itemFrom));
    if (keyParts) keyParts.push(chunk.slice(keyFrom));
  }
  if (depth !== 0 || inString) throw new Error("graph import: the JSON text ends in the middle");
}
