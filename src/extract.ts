import type { Citation } from "./types.js";
import { parseIslands } from "./parse/island.js";
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
    const parsed = options.strategy === "whole-text" ? parseWholeText(text) : parseIslands(text);
    return parsed.map((p) => identify(p, text));
  } catch {
    // A bug must not cost the caller the rest of a batch; the property tests hunt for this path.
    return [];
  }
}

/** The typed identifier of one citation as a user would type it ("nghị quyết 76/nq-cp"), or null. */
export function parseCitation(text: string): Citation | null {
  return extract(text)[0] ?? null;
}
