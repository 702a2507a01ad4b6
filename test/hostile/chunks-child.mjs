// Extracts the citations of a text file with the built library, in chunks or read whole, and
// prints their number and the process's peak RSS: "<count> <kilobytes>". Run under a heap cap.
import { extract, extractChunks, readDocument, readTextChunks } from "../../dist/index.js";

const [mode, path, size] = process.argv.slice(2);
let count = 0;
if (mode === "chunks") {
  const sizes = { size: Number(size), overlap: Math.min(65536, Number(size) / 4) };
  for await (const part of extractChunks(() => readTextChunks(path, 1 << 30, sizes))) count += part.length;
} else {
  const { text } = await readDocument(path, { maxFileSize: 1 << 30, maxTextLength: 1 << 29 });
  // Node hands a large decoded text over as an external string, outside V8's heap (and its cap):
  // "whole" copies it into the heap, as any text a program builds itself lives there.
  const inHeap = mode === "whole" ? text.split("\n").join("\n") : text;
  count = extract(inHeap).length;
}
process.stdout.write(`${count} ${process.resourceUsage().maxRSS}\n`);
