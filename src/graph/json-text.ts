import type { DocumentAttributes, EvidenceRecord, IssuerRecord, JurisdictionRecord, RelationAttributes } from "./attributes.js";

/**
 * The JSON text of a graph's node or edge as exportJSONChunks writes it: what JSON.stringify gives
 * for `{ key, attributes }` and `{ key, source, target, attributes }`, built from the records'
 * known fields. JSON.stringify escapes every property name again for every object, character by
 * character, and a node's text is ~420 characters of which its strings are a tenth.
 *
 * Exact for any attributes: the text is built only for records whose own enumerable keys are the
 * canonical ones (attributes.ts) in their order, with no toJSON, each value a string, a number or
 * null, or (a document's issuer, jurisdiction and files, a relation's evidence) such a record or
 * array. Anything else (an attribute a caller set on the graph's graphology object, say) makes the
 * whole node or edge go to JSON.stringify, as before.
 */

/** Thrown (and caught here) at the first value the hand-built text does not write as JSON.stringify would. */
const UNWRITTEN: unique symbol = Symbol("not a canonical record");

/**
 * What JSON.stringify escapes in a string (", \, control characters) or may (a surrogate: a lone
 * one is escaped, a pair is not): a string without any is its own text between quotes.
 */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

function str(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : '"' + s + '"';
}

/** A string, a number or null as JSON.stringify writes it. */
function scalar(v: unknown): string {
  if (typeof v === "string") return str(v);
  if (v === null) return "null";
  // Finite numbers as String() writes them (JSON.stringify's own conversion); NaN and infinities as null.
  if (typeof v === "number") return Number.isFinite(v) ? "" + v : "null";
  throw UNWRITTEN;
}

/**
 * Checks that `o` is a record whose own enumerable keys are `keys`, in that order, with no toJSON.
 * for…in lists the own keys in that order, then any enumerable key inherited: one more key than
 * expected, so such a record goes to JSON.stringify too.
 */
function record(o: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof o !== "object" || o === null || typeof (o as { toJSON?: unknown }).toJSON === "function") throw UNWRITTEN;
  let i = 0;
  for (const k in o) if (k !== keys[i++]) throw UNWRITTEN;
  if (i !== keys.length) throw UNWRITTEN;
  return o as Record<string, unknown>;
}

function array(v: unknown): unknown[] {
  if (!Array.isArray(v) || typeof (v as { toJSON?: unknown }).toJSON === "function") throw UNWRITTEN;
  return v;
}

const DOCUMENT: readonly (keyof DocumentAttributes)[] = ["kind", "number", "year", "symbol", "style", "date", "title", "issuer", "jurisdiction", "level", "label", "files", "citedBy"];
const ISSUER: readonly (keyof IssuerRecord)[] = ["code", "name", "level", "place"];
const JURISDICTION: readonly (keyof JurisdictionRecord)[] = ["level", "province", "provinceSuccessor", "district"];
const RELATION: readonly (keyof RelationAttributes)[] = ["type", "evidence", "weight"];
const EVIDENCE: readonly (keyof EvidenceRecord)[] = ["file", "start", "end", "page", "sentence", "pinpoint"];

function issuerText(v: unknown): string {
  if (v === null) return "null";
  const r = record(v, ISSUER);
  return '{"code":' + scalar(r.code) + ',"name":' + scalar(r.name) + ',"level":' + scalar(r.level) + ',"place":' + scalar(r.place) + "}";
}

function jurisdictionText(v: unknown): string {
  if (v === null) return "null";
  const r = record(v, JURISDICTION);
  return (
    '{"level":' + scalar(r.level) + ',"province":' + scalar(r.province) + ',"provinceSuccessor":' + scalar(r.provinceSuccessor) +
    ',"district":' + scalar(r.district) + "}"
  );
}

function filesText(v: unknown): string {
  const files = array(v);
  let text = "[";
  for (let i = 0; i < files.length; i++) text += (i === 0 ? "" : ",") + scalar(files[i]);
  return text + "]";
}

function evidenceText(v: unknown): string {
  const list = array(v);
  let text = "[";
  for (let i = 0; i < list.length; i++) {
    if (list[i] === null) {
      text += i === 0 ? "null" : ",null";
      continue;
    }
    const e = record(list[i], EVIDENCE);
    text +=
      (i === 0 ? '{"file":' : ',{"file":') + scalar(e.file) + ',"start":' + scalar(e.start) + ',"end":' + scalar(e.end) +
      ',"page":' + scalar(e.page) + ',"sentence":' + scalar(e.sentence) + ',"pinpoint":' + scalar(e.pinpoint) + "}";
  }
  return text + "]";
}

/** JSON.stringify({ key, attributes }), byte for byte. */
export function nodeJSON(key: string, attributes: DocumentAttributes): string {
  try {
    const a = record(attributes, DOCUMENT);
    return (
      '{"key":' + str(key) + ',"attributes":{"kind":' + scalar(a.kind) + ',"number":' + scalar(a.number) + ',"year":' + scalar(a.year) +
      ',"symbol":' + scalar(a.symbol) + ',"style":' + scalar(a.style) + ',"date":' + scalar(a.date) + ',"title":' + scalar(a.title) +
      ',"issuer":' + issuerText(a.issuer) + ',"jurisdiction":' + jurisdictionText(a.jurisdiction) + ',"level":' + scalar(a.level) +
      ',"label":' + scalar(a.label) + ',"files":' + filesText(a.files) + ',"citedBy":' + scalar(a.citedBy) + "}}"
    );
  } catch (error) {
    if (error !== UNWRITTEN) throw error;
    return JSON.stringify({ key, attributes });
  }
}

/** JSON.stringify({ key, source, target, attributes }), byte for byte. */
export function edgeJSON(key: string, source: string, target: string, attributes: RelationAttributes): string {
  try {
    const a = record(attributes, RELATION);
    return (
      '{"key":' + str(key) + ',"source":' + str(source) + ',"target":' + str(target) + ',"attributes":{"type":' + scalar(a.type) +
      ',"evidence":' + evidenceText(a.evidence) + ',"weight":' + scalar(a.weight) + "}}"
    );
  } catch (error) {
    if (error !== UNWRITTEN) throw error;
    return JSON.stringify({ key, source, target, attributes });
  }
}
