/**
 * A document's parts (header, title, preamble, body, closing, signature, recipients, annexes), read
 * line by line: read-parts.ts walks the lines for each part's first one, assemble.ts cuts the text
 * into parts from them, heading.ts finds the heading under a page's note, annexes.ts the annexes and
 * the attached document after the signature; lines.ts holds the line helpers they share.
 */
export type { Part } from "./assemble.js";
export { findParts } from "./read-parts.js";
