/**
 * HTML pages: a real parser (node-html-parser), the page's chrome dropped (scripts, styles,
 * navigation, header, footer), the body's text kept with block elements as line breaks.
 */
import type { HTMLElement, Node, TextNode } from "node-html-parser";
import { countMatches } from "../shared/chunked.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { ReadError, fileLabel, type Extracted, type ReadWarning } from "./types.js";
import { decodeUtf8 } from "./util.js";

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

/** An element's start tag: "<" and a letter. */
const START_TAG = /<[A-Za-z]/g;

export async function readHtml(bytes: Uint8Array, path?: string, limits: Required<ReadLimits> = DEFAULT_LIMITS): Promise<Extracted> {
  const warnings: ReadWarning[] = [];
  const html = decodeHtml(bytes, warnings);
  // The parsed tree costs about a kilobyte per element: count them before building it.
  const elements = countMatches(html, START_TAG);
  if (elements > limits.maxElements) {
    throw new ReadError(
      "too-many-elements",
      path,
      `${fileLabel(path)}the page has ${elements} elements, more than the limit of ${limits.maxElements}; raise --max-elements (maxElements) to read it`,
    );
  }
  const { parse } = await import("node-html-parser"); // loaded on first use
  const root = parse(rawTextTagsClosable(html), {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true, pre: true },
    // Unclosed elements stay where they were opened. The parser's default moves each one's
    // children up to its parent, one at a time, which is quadratic in their number, and turns
    // an unterminated <script>'s code into page text.
    parseNoneClosedTags: true,
  });
  const out = new TextWriter();
  walk(firstOf(root, "main") ?? firstOf(root, "body") ?? root, out);
  return { text: out.finish(), warnings };
}

/**
 * The parser ends a <script> at the exact text "</script>" as the start tag spelled it, where a
 * browser takes any case and spaces before ">": spell these tags its way, so that a "<Script>"
 * closed by "</script >" does not swallow the rest of the page.
 */
function rawTextTagsClosable(html: string): string {
  return html
    .replace(/<(\/?)(script|style|noscript)(?=[\s/>])/gi, (_m, slash: string, name: string) => `<${slash}${name.toLowerCase()}`)
    .replace(/<\/(script|style|noscript)\s+>/g, "</$1>");
}

/** The first element with this tag in document order, found without recursion (pages nest deep). */
function firstOf(root: HTMLElement, tag: string): HTMLElement | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as HTMLElement;
    if (el !== root && el.rawTagName?.toLowerCase() === tag) return el;
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]);
  }
  return null;
}

/**
 * The text of `start`, in document order. An explicit stack, not recursion: 100,000 nested
 * elements would overflow the call stack. A block element's closing line break is pushed as a
 * marker to run after its children.
 */
function walk(start: Node, out: TextWriter): void {
  type Step = { node: Node; pre: boolean } | { close: true };
  const stack: Step[] = [{ node: start, pre: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ("close" in step) {
      out.newline();
      continue;
    }
    const { node, pre } = step;
    // nodeType, not instanceof: the parser's classes are only loaded on first use.
    if (node.nodeType === 3) {
      out.text((node as TextNode).text, pre);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? "";
    if (DROP.has(tag) || DROP_ROLES.has(el.getAttribute("role") ?? "") || el.hasAttribute("hidden")) continue;
    if (tag === "br") {
      out.newline();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      out.newline();
      stack.push({ close: true });
    }
    if (CELL.has(tag)) out.cell();
    const inPre = pre || tag === "pre";
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], pre: inPre });
  }
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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
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
    return decodeUtf8(bytes, { fatal: true });
  } catch {
    warnings.push({ code: "single-byte", message: "not UTF-8 and no charset declared: read as Windows-1252" });
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
