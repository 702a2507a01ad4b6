import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Bytes of heap still in use after `readText` has been given three texts of their own (~20 MB each,
 * flat as a file read gives them, `tail` at their end) and a full collection: what a cache keeps
 * of texts it should have let go (a substring of 13 characters or more is a view on its whole
 * text in V8). `readText` returns whether it read its text right.
 */
export function heapKeptAfterTexts(tail: (i: number) => string, readText: (text: string, i: number) => boolean): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const readOne = (i: number) => readText(Buffer.from(`${"Căn cứ Luật Đất đai; ".repeat(500_000)}${tail(i)}`, "utf8").toString("utf8"), i);
  for (let i = 0; i < 3; i++) if (!readOne(i)) throw new Error(`text ${i} read wrong`);
  gc();
  return process.memoryUsage().heapUsed - before;
}
