/**
 * Flat attribute encoding for the XML formats (GEXF, GraphML), which carry only scalars:
 * strings and integers as themselves, objects and arrays as JSON text, null as an absent value.
 * Decoding knows every field's type, so a round trip gives back the same attributes.
 */
import type { DocumentAttributes, RelationAttributes } from "./attributes.js";

export type FlatType = "string" | "int" | "json";

export const NODE_FIELDS: readonly (readonly [keyof DocumentAttributes, FlatType])[] = [
  ["kind", "string"],
  ["number", "string"],
  ["year", "int"],
  ["symbol", "string"],
  ["style", "string"],
  ["date", "string"],
  ["title", "string"],
  ["issuer", "json"],
  ["jurisdiction", "json"],
  ["level", "string"],
  ["label", "string"],
  ["files", "json"],
  ["citedBy", "int"],
];

export const EDGE_FIELDS: readonly (readonly [keyof RelationAttributes, FlatType])[] = [
  ["type", "string"],
  ["evidence", "json"],
  ["weight", "int"],
];

/** Characters XML 1.0 cannot carry, even as character references. */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A plain string XML can carry: the few characters it cannot are replaced by U+FFFD. */
function xmlSafe(s: string): string {
  return s.replace(XML_ILLEGAL, "\uFFFD");
}

/** JSON text XML can carry exactly: JSON.stringify escapes controls and lone surrogates; U+FFFE/F too. */
function xmlJson(v: unknown): string {
  return JSON.stringify(v).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export type Flat = Record<string, string | number>;

function encode<T extends object>(attrs: T, fields: readonly (readonly [keyof T, FlatType])[]): Flat {
  const out: Flat = {};
  for (const [name, type] of fields) {
    const v = attrs[name] as unknown;
    if (v === null || v === undefined) continue;
    if (type === "json") out[name as string] = xmlJson(v);
    else if (type === "int") out[name as string] = v as number;
    else out[name as string] = xmlSafe(String(v));
  }
  return out;
}

function decode(attrs: Record<string, unknown>, fields: readonly (readonly [string, FlatType])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, type] of fields) {
    const v = attrs[name];
    if (v === undefined || v === null || v === "") {
      out[name] = null;
    } else if (type === "json") {
      try {
        out[name] = typeof v === "string" ? JSON.parse(v) : v;
      } catch {
        out[name] = null;
      }
    } else if (type === "int") {
      const n = typeof v === "number" ? v : Number(v);
      out[name] = Number.isInteger(n) ? n : null;
    } else {
      out[name] = String(v);
    }
  }
  return out;
}

export function encodeNode(a: DocumentAttributes): Flat {
  return encode(a, NODE_FIELDS);
}

export function encodeEdge(a: RelationAttributes): Flat {
  return encode(a, EDGE_FIELDS);
}

/** Node attributes as read back from a flat format (to be normalised by normalizeDocumentAttributes). */
export function decodeNode(a: Record<string, unknown>): Record<string, unknown> {
  return decode(a, NODE_FIELDS as readonly (readonly [string, FlatType])[]);
}

export function decodeEdge(a: Record<string, unknown>): Record<string, unknown> {
  return decode(a, EDGE_FIELDS as readonly (readonly [string, FlatType])[]);
}

/**
 * NEL (U+0085) and LINE SEPARATOR (U+2028) as references: XML 1.1 counts them as line ends, and
 * @xmldom/xmldom (GEXF and GraphML import) turns each written as it is into LF before parsing,
 * also in XML 1.0, so a title's or evidence's character came back as "\n", and a JSON value holding
 * one (the warnings, evidence) as a JSON string broken by a raw line end. A reference is not a line end.
 */
const XML_LINE_ENDS = /[\u0085\u2028]/g;

function lineEndRefs(s: string): string {
  return s.replace(XML_LINE_ENDS, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text for an XML attribute value; tab, LF, CR, NEL and LINE SEPARATOR as references, which parsers keep as they are.
 * ">" may stand as it is in a value, and edge keys ("amends:A->B") stay readable.
 */
export function xmlAttr(s: string): string {
  const escaped = xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
  return lineEndRefs(escaped);
}

/** Character data; CR, NEL and LINE SEPARATOR as references (parsers turn a literal one into LF). */
export function xmlText(s: string): string {
  return lineEndRefs(xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;"));
}
