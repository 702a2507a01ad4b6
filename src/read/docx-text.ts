/**
 * A .docx's raw text in one pass over its main XML part, giving what mammoth's extractRawText
 * gives (each paragraph's text then "\n\n", "\t" for a tab, text boxes after the paragraph that
 * anchors them, a deleted paragraph's text joined to the next one, the cells a vertical merge
 * hides left out) at a small fraction of its time and memory: mammoth holds a tree of every
 * element, 1.8 KB and 10 µs each, so a 4 KB file of 400,000 empty paragraphs took it seconds
 * and 700 MB. What this does not model (a symbol character, a check box, XML it cannot scan)
 * returns null, and the caller asks mammoth; or, for a document too large for mammoth, reads
 * anyway (`approximate`), leaving those out.
 */
import { scanXml, XmlUnread } from "./xml-scan.js";
import { BREAKS, CHARACTERS, MARKS, NAMESPACES, TRANSPARENT } from "./docx-text/elements.js";
import { type Frame, add, newFrame, push, tableText, textOf } from "./docx-text/pieces.js";

/** Reading a skipped properties element for the few things mammoth reads in it. */
interface Probe {
  owner: Frame;
  /** The paragraph's first w:rPr inside w:pPr was met, and is open. */
  rPrSeen: boolean;
  inRPr: boolean;
  vMergeSeen: boolean;
  gridSpanSeen: boolean;
}

class NeedsMammoth extends Error {}

/**
 * The raw text of a main document part, or null when it holds what only mammoth reads as mammoth
 * does. `approximate`: read symbols (w:sym) as nothing, check boxes as the text they hold, a w:t split by markup as
 * its parts joined; null only for XML the scanner cannot read. Never throws.
 */
export function docxRawText(xml: string, approximate = false): string | null {
  try {
    return new BodyText(approximate).read(xml);
  } catch (error) {
    if (error instanceof XmlUnread || error instanceof NeedsMammoth) return null;
    throw error;
  }
}

class BodyText {
  constructor(private readonly approximate: boolean) {}

  /** What only mammoth reads exactly: an error, unless reading approximately. */
  private unmodelled(what: string): void {
    if (!this.approximate) throw new NeedsMammoth(what);
  }

  private readonly frames: Frame[] = [];
  /** Depth inside a skipped element (0: not in one). */
  private skipped = 0;
  /** Open elements above the body that are not frames: the root. */
  private outer = 0;
  private body: Frame | null = null;
  /** A deleted paragraph's content, read again at the start of the next paragraph. */
  private pending: Frame | null = null;
  private probe: Probe | null = null;

  read(xml: string): string {
    scanXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, NAMESPACES, {
      open: (name, attributes) => this.open(name, attributes),
      close: (name) => this.close(name),
      text: (value) => this.text(value),
    });
    if (!this.body) throw new NeedsMammoth("no w:body");
    return textOf(this.body.items);
  }

  private open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (this.skipped > 0) {
      this.skipped++;
      if (this.probe) this.probeChild(name, attributes);
      return;
    }
    const parent = this.frames[this.frames.length - 1];
    if (!parent) {
      // The root's first w:body is read; anything else outside it is not.
      if (this.outer === 1 && name === "w:body" && !this.body) this.frames.push((this.body = newFrame(name)));
      else if (this.outer === 0) this.outer = 1;
      else this.skipped = 1;
      return;
    }
    const frame = this.frameFor(name, attributes, parent);
    if (frame) this.frames.push(frame);
    else this.skipped = 1;
  }

  /** A read element's frame, or null to skip it (and its children). */
  private frameFor(name: string, attributes: Readonly<Record<string, string>>, parent: Frame): Frame | null {
    if (parent.texts) {
      this.unmodelled(`an element inside ${parent.name}`);
      return null;
    }
    if (parent.name === "mc:AlternateContent") {
      // mammoth reads an alternate's first fallback only, in place of the alternate.
      if (name !== "mc:Fallback" || parent.seen!.content) return null;
      parent.seen!.content = true;
      return newFrame(name);
    }
    if (parent.name === "w:sdt") {
      if (name === "w:sdtPr" && !parent.seen!.properties) return this.startProbe(parent);
      if (name !== "w:sdtContent" || parent.seen!.content) return null;
      parent.seen!.content = true;
      return newFrame(name);
    }
    switch (name) {
      case "w:p": {
        const frame = newFrame(name, { seen: {}, deleted: false });
        if (this.pending) {
          frame.items = this.pending.items;
          frame.extra = this.pending.extra;
          this.pending = null;
        }
        return frame;
      }
      case "w:tr":
        return newFrame(name, { seen: {}, deleted: false });
      case "w:tc":
        return newFrame(name, { seen: {}, vMerge: null, colSpan: 1 });
      case "w:sdt":
      case "mc:AlternateContent":
        return newFrame(name, { seen: {} });
      case "w:t":
      case "w:instrText":
        return newFrame(name, { texts: [] });
      case "w:hyperlink":
        return newFrame(name, { link: attributes["r:id"] !== undefined || attributes["w:anchor"] !== undefined });
      case "w:r":
      case "w:tbl":
      case "w:pict":
        return newFrame(name);
      case "w:sym":
        this.unmodelled("w:sym");
        return null;
      case "w:br":
        if (BREAKS.has(attributes["w:type"])) add(parent, "");
        return null;
      case "w:bookmarkStart":
        if (attributes["w:name"] !== "_GoBack") add(parent, "");
        return null;
      case "w:pPr":
      case "w:trPr":
      case "w:tcPr":
        if (parent.name === `${name.slice(0, -2)}` && !parent.seen!.properties) return this.startProbe(parent);
        return null;
    }
    if (Object.hasOwn(CHARACTERS, name)) add(parent, CHARACTERS[name]);
    else if (MARKS.has(name)) add(parent, "");
    else if (TRANSPARENT.has(name)) return newFrame(name);
    return null;
  }

  /** A properties element is skipped, but what mammoth reads in it is noted on its owner. */
  private startProbe(owner: Frame): null {
    owner.seen!.properties = true;
    this.probe = { owner, rPrSeen: false, inRPr: false, vMergeSeen: false, gridSpanSeen: false };
    return null;
  }

  /** An element inside a properties element: `skipped` is 2 for its children, 3 for theirs. */
  private probeChild(name: string, attributes: Readonly<Record<string, string>>): void {
    const probe = this.probe!;
    const owner = probe.owner;
    const child = this.skipped === 2;
    switch (owner.name) {
      case "w:p":
        if (child && name === "w:rPr" && !probe.rPrSeen) probe.rPrSeen = probe.inRPr = true;
        else if (this.skipped === 3 && probe.inRPr && name === "w:del") owner.deleted = true;
        return;
      case "w:tr":
        if (child && name === "w:del") owner.deleted = true;
        return;
      case "w:tc":
        if (child && name === "w:vMerge" && !probe.vMergeSeen) {
          probe.vMergeSeen = true;
          const value = attributes["w:val"];
          owner.vMerge = value === "continue" || !value;
        } else if (child && name === "w:gridSpan" && !probe.gridSpanSeen) {
          probe.gridSpanSeen = true;
          const value = attributes["w:val"];
          owner.colSpan = value ? parseInt(value, 10) : 1;
        }
        return;
      case "w:sdt":
        if (child && name === "wordml:checkbox") this.unmodelled("a check box");
    }
  }

  private close(name: string): void {
    if (this.skipped > 0) {
      this.skipped--;
      if (this.probe && this.skipped === 1) this.probe.inRPr = false;
      if (this.skipped === 0) this.probe = null;
      return;
    }
    const frame = this.frames.pop();
    if (!frame) return; // the root
    if (frame.name !== name) throw new NeedsMammoth(`</${name}> closing ${frame.name}`);
    const parent = this.frames[this.frames.length - 1];
    if (parent) this.finish(frame, parent);
  }

  private finish(frame: Frame, parent: Frame): void {
    switch (frame.name) {
      case "w:p":
        if (frame.deleted) this.pending = frame;
        else add(parent, textOf(frame.items) + "\n\n" + frame.extra);
        return;
      case "w:pict":
        parent.extra += frame.extra + textOf(frame.items);
        return;
      case "w:t":
        if (frame.texts!.length > 1) this.unmodelled("w:t split by markup");
        add(parent, frame.texts!.join(""));
        return;
      case "w:instrText":
        if (frame.texts!.length > 1) this.unmodelled("w:instrText split by markup");
        if (frame.texts!.join("").includes("FORMCHECKBOX")) this.unmodelled("a check box field");
        return;
      case "w:tr":
        if (frame.deleted) return;
        parent.items.push({ kind: "row", items: frame.items });
        break;
      case "w:tc":
        parent.items.push({ kind: "cell", text: textOf(frame.items), vMerge: frame.vMerge!, colSpan: frame.colSpan! });
        break;
      case "w:r":
      case "w:tbl":
        add(parent, frame.name === "w:tbl" ? tableText(frame.items) : textOf(frame.items));
        break;
      case "w:hyperlink":
        if (frame.link) {
          add(parent, textOf(frame.items));
          break;
        }
      // falls through: without a target, its children stand in its place
      default:
        for (const item of frame.items) push(parent, item);
    }
    parent.extra += frame.extra;
  }

  private text(value: string): void {
    if (this.skipped > 0) return;
    this.frames[this.frames.length - 1]?.texts?.push(value);
  }
}
