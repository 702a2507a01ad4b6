import type { Citation } from "./types.js";
import { eachIsland } from "./parse/island.js";
import { parseWholeText } from "./parse/whole-text.js";
import { identify } from "./identify/identify.js";

export interface ExtractOptions {
  /**
   * "islands" (default) parses a window around each anchor; "whole-text" lexes everything and is
   * kept as the reference the island path is tested against.
   */
  strategy?: "islands" | "whole-text";
}

/**
 * Every numbered citation in `text`, in order, with offsets into `text` itself.
 * Never throws: any string, however odd, gives an array.
 */
export function extract(text: string, options: ExtractOptions = {}): Citation[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    if (options.strategy === "whole-text") return parseWholeText(text).map((p) => identify(p, text));
    // Each citation is identified as soon as it is parsed, so the parse's own objects die young.
    // Collected first, a long text's tens of thousands of them outlived the young generation, and
    // V8 then allocated them (pretenuring) in the old one, where for every later text they were
    // garbage only a full collection frees: documents after one long text ran at half speed.
    const out: Citation[] = [];
    eachIsland(text, (p) => out.push(identify(p, text)));
    return out;
  } catch {
    // A bug must not cost the caller the rest of a batch; the property tests hunt for this path.
    return [];
  }
}

/** The typed identifier of one citation as a user would type it ("nghị quyết 76/nq-cp"), or null. */
export function parseCitation(text: string): Citation | null {
  return extract(text)[0] ?? null;
}
