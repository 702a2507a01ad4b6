/**
 * HTML pages: a real parser (node-html-parser), the page's chrome dropped (scripts, styles,
 * navigation, header, footer), the body's text kept with block elements as line breaks.
 */
import type { HTMLElement, Node, TextNode } from "node-html-parser";
import type { Extracted, ReadWarning } from "./types.js";

/** Elements whose content is never document text. */
const DROP = new Set([
  "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
  "svg", "canvas", "iframe", "object", "embed", "select", "button", "map",
]);

/** ARIA landmarks that mean the same as the dropped elements. */
const DROP_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"]);

/** Elements that start and end a line. */
const BLOCK = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend", "li",
  "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

const CELL = new Set(["td", "th"]);

export async function readHtml(bytes: Uint8Array): Promise<Extracted> {
  const warnings: ReadWarning[] = [];
  const html = decodeHtml(bytes, warnings);
  const { parse } = await import("node-html-parser"); // loaded on first use
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const start = root.querySelector("main") ?? root.querySelector("body") ?? root;
  const out = new TextWriter();
  walk(start, out, false);
  return { text: out.finish(), warnings };
}

function walk(node: Node, out: TextWriter, pre: boolean): void {
  // nodeType, not instanceof: the parser's classes are only loaded on first use.
  if (node.nodeType === 3) {
    out.text((node as TextNode).text, pre);
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as HTMLElement;
  const tag = el.rawTagName?.toLowerCase() ?? "";
  if (DROP.has(tag) || DROP_ROLES.has(el.getAttribute("role") ?? "") || el.hasAttribute("hidden")) return;
  if (tag === "br") return out.newline();
  const block = BLOCK.has(tag);
  if (block) out.newline();
  if (CELL.has(tag)) out.cell();
  for (const child of node.childNodes) walk(child, out, pre || tag === "pre");
  if (block) out.newline();
}

/**
 * Collects text the way a browser lays it out: whitespace runs collapse to one space, block
 * boundaries become one line break, blank lines from empty blocks are squeezed to one.
 */
class TextWriter {
  private parts: string[] = [];
  /** The output so far ends a line (or is empty): spaces here would only indent. */
  private atLineStart = true;
  private pendingSpace = false;

  text(raw: string, pre: boolean): void {
    if (pre) {
      this.flushSpace();
      this.parts.push(raw);
      this.atLineStart = raw.endsWith("\n");
      return;
    }
    const words = raw.split(/[ \t\n\r\f]+/);
    words.forEach((word, i) => {
      if (i > 0) this.pendingSpace = true;
      if (word === "") return;
      this.flushSpace();
      this.parts.push(word);
      this.atLineStart = false;
    });
  }

  cell(): void {
    // Table cells on one row stay on one line, a tab apart.
    if (!this.atLineStart) this.parts.push("\t");
    this.atLineStart = true;
    this.pendingSpace = false;
  }

  newline(): void {
    this.pendingSpace = false;
    if (this.parts[this.parts.length - 1] === "\t") this.parts.pop();
    if (this.parts.length > 0 && !this.parts[this.parts.length - 1].endsWith("\n")) this.parts.push("\n");
    this.atLineStart = true;
  }

  finish(): string {
    return this.parts.join("").replace(/\n{3,}/g, "\n\n").trim();
  }

  private flushSpace(): void {
    if (this.pendingSpace && !this.atLineStart) this.parts.push(" ");
    this.pendingSpace = false;
  }
}

/** Bytes to string: BOM, then <meta charset>, then UTF-8, falling back to Windows-1252 for old pages. */
function decodeHtml(bytes: Uint8Array, warnings: ReadWarning[]): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      warnings.push({ code: "unknown-charset", message: `unknown charset "${declared}" declared; read as UTF-8` });
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    warnings.push({ code: "single-byte", message: "not UTF-8 and no charset declared: read as Windows-1252" });
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
