/** Old binary Word files (.doc, Word 97-2003) through word-extractor. */
import { replaceInPieces } from "../shared/chunked.js";
import { trimTrailingNewlines } from "./trim.js";
import { errorText, toBuffer } from "./util.js";
import { ReadError, fileLabel, type Extracted } from "./types.js";

export async function readDoc(bytes: Uint8Array, path?: string): Promise<Extracted> {
  try {
    const { default: WordExtractor } = await import("word-extractor"); // loaded on first use
    const doc = await new WordExtractor().extract(toBuffer(bytes));
    const keep = { filterUnicode: false };
    // Footnotes and endnotes often hold the citations ("Căn cứ..." in a note): keep them after the body.
    const parts = [doc.getBody(keep), doc.getFootnotes(keep), doc.getEndnotes(keep)]
      .map((part) => cleanWordText(part))
      .filter((part) => part !== "");
    return { text: parts.join("\n\n"), warnings: [] };
  } catch (cause) {
    throw new ReadError("corrupt", path, `${fileLabel(path)}cannot read this .doc (${errorText(cause)})`, { cause });
  }
}

/** Word's control characters that word-extractor leaves when its Unicode filter is off. */
function cleanWordText(text: string): string {
  return trimTrailingNewlines(
    // Paragraph marks, manual line and page breaks; table cell ends; other controls.
    replaceInPieces(
      replaceInPieces(text, /\r\n?|[\u000b\u000c]/g, "\n", (t, at) => !(t[at - 1] === "\r" && t[at] === "\n")),
      /[\u0000-\u0008\u000e-\u001f]/g,
      (c) => (c === "\u0007" ? "\t" : ""),
    ),
  );
}
