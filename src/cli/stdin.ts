/** Standard input as one file (extract, graph, load, view and annotate's "-"), within --max-file-size. */
import { sizeText } from "../read/limits.js";

/** Standard input, whole (the analysis needs the full text), but no more than `max` bytes. */
export async function readStdin(max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    length += (chunk as Buffer).length;
    if (length > max) {
      // Stop reading: what is left of a 3 GB stream must not pile up in memory.
      process.stdin.destroy();
      throw new StdinTooLarge(max);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export class StdinTooLarge extends Error {
  constructor(readonly max: number) {
    super(`larger than the ${sizeText(max)} limit; raise --max-file-size to read it`);
  }
}
