/**
 * A one-pass XML scanner for the .docx reader: start tags, end tags and text, with namespace
 * prefixes resolved, in time linear in the input and without building a tree (a tree of a small
 * .docx of 400,000 empty paragraphs took mammoth 700 MB). It reads what Word writes; anything
 * else (a DOCTYPE, an undeclared prefix, an unknown entity, a tag left open) is an XmlUnread, and
 * the caller falls back to a full parser.
 */
import { lfLineEnds } from "../shared/strings.js";

export class XmlUnread extends Error {}

export interface XmlVisitor {
  /** `name` is "prefix:local" with the prefix mapped by namespace URI, "{uri}local" for unmapped URIs, or "local". */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** A run of character data between two pieces of markup, entities decoded and line ends normalised. */
  text(value: string): void;
}

const NAME_END = /[\s/>]/g;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null));
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Prefix to namespace URI; each element that declares one starts a child scope. */
type Scope = Record<string, string>;

export function scanXml(xml: string, namespaces: Readonly<Record<string, string>>, visitor: XmlVisitor): void {
  const names: string[] = [];
  const scopes: Scope[] = [];
  let scope: Scope = Object.create(null);
  let at = 0;
  for (;;) {
    const lt = xml.indexOf("<", at);
    const end = lt === -1 ? xml.length : lt;
    if (end > at && names.length > 0) visitor.text(decode(xml.slice(at, end)));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      at = skipDeclaration(xml, lt);
      continue;
    }
    if (next === 0x3f /* ? */) {
      at = until(xml, "?>", lt + 2);
      continue;
    }
    if (next === 0x2f /* / */) {
      const close = xml.indexOf(">", lt);
      if (close === -1) throw new XmlUnread("unterminated end tag");
      const raw = xml.slice(lt + 2, close).trimEnd();
      const name = names.pop();
      if (name === undefined || raw !== name) throw new XmlUnread(`</${raw}> does not close <${name ?? ""}>`);
      visitor.close(resolve(raw, scope, namespaces, true));
      scope = scopes.pop()!;
      at = close + 1;
      continue;
    }
    NAME_END.lastIndex = lt + 1;
    const nameEnd = NAME_END.exec(xml)?.index ?? -1;
    if (nameEnd === -1 || nameEnd === lt + 1) throw new XmlUnread("broken start tag");
    const raw = xml.slice(lt + 1, nameEnd);
    let p = nameEnd;
    let attributes: Record<string, string> | null = null;
    for (;;) {
      ATTRIBUTE.lastIndex = p;
      const m = ATTRIBUTE.exec(xml);
      if (!m) break;
      (attributes ??= Object.create(null) as Record<string, string>)[m[1]] = decode(m[2] ?? m[3]);
      p = ATTRIBUTE.lastIndex;
    }
    while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
    const empty = xml.startsWith("/>", p);
    if (!empty && xml.charCodeAt(p) !== 0x3e /* > */) throw new XmlUnread(`broken start tag <${raw}`);
    scopes.push(scope);
    if (attributes) scope = declare(scope, attributes);
    const name = resolve(raw, scope, namespaces, true);
    visitor.open(name, attributes ? resolveAttributes(attributes, scope, namespaces) : NO_ATTRIBUTES);
    if (empty) {
      visitor.close(name);
      scope = scopes.pop()!;
    } else names.push(raw);
    at = p + (empty ? 2 : 1);
  }
  if (names.length > 0) throw new XmlUnread(`<${names[names.length - 1]}> is never closed`);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function until(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) throw new XmlUnread(`no ${terminator}`);
  return end + terminator.length;
}

/** Comments and CDATA are markup between texts (mammoth keeps neither); a DOCTYPE is not read here. */
function skipDeclaration(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return until(xml, "-->", lt + 4);
  if (xml.startsWith("<![CDATA[", lt)) return until(xml, "]]>", lt + 9);
  throw new XmlUnread("a DOCTYPE or other declaration");
}

function declare(parent: Scope, attributes: Record<string, string>): Scope {
  let scope = parent;
  for (const key in attributes) {
    if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
    if (scope === parent) scope = Object.create(parent) as Scope;
    scope[key === "xmlns" ? "" : key.slice(6)] = attributes[key];
  }
  return scope;
}

/** An element's unprefixed name takes the default namespace; an attribute's takes none. */
function resolve(raw: string, scope: Scope, namespaces: Readonly<Record<string, string>>, element: boolean): string {
  const colon = raw.indexOf(":");
  const prefix = colon === -1 ? "" : raw.slice(0, colon);
  if (prefix === "xml") return raw;
  if (colon === -1 && !element) return raw;
  const uri = scope[prefix];
  if (uri === undefined || uri === "") {
    if (colon === -1) return raw;
    throw new XmlUnread(`undeclared prefix ${prefix}`);
  }
  const local = colon === -1 ? raw : raw.slice(colon + 1);
  const mapped = Object.hasOwn(namespaces, uri) ? namespaces[uri] : undefined;
  return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
}

function resolveAttributes(attributes: Record<string, string>, scope: Scope, namespaces: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const key in attributes) {
    if (key === "xmlns" || key.startsWith("xmlns:")) continue;
    out[resolve(key, scope, namespaces, false)] = attributes[key];
  }
  return out;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g;
const BARE_AMPERSAND = /&(?!#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][\w.-]*;)/;

/** Entities decoded, and line ends normalised first ("\r\n" and "\r" to "\n"), as XML 1.0 says. */
function decode(raw: string): string {
  const text = lfLineEnds(raw);
  if (!text.includes("&")) return text;
  if (BARE_AMPERSAND.test(text)) throw new XmlUnread("a bare &");
  return text.replace(ENTITY, (_, body: string) => {
    if (body[0] !== "#") {
      const value = Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body] : undefined;
      if (value === undefined) throw new XmlUnread(`unknown entity &${body};`);
      return value;
    }
    const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code >= 1 && code <= 0x10ffff)) throw new XmlUnread(`bad character reference &${body};`);
    return String.fromCodePoint(code);
  });
}
