/**
 * What a caller may tell extract(): the strategy, and the citations of the larger text a chunk belongs to.
 */
import type { Citation } from "../types.js";
import type { CitedBefore, CitedRecord } from "../identify/short.js";
import type { PageKinds } from "../find/this-kind.js";

export interface ExtractOptions {
  /**
   * "islands" (default) parses a window around each anchor; "whole-text" lexes everything and is
   * kept as the reference the island path is tested against.
   */
  strategy?: "islands" | "whole-text";
  /**
   * The full citations a short form ("Nghị định 64") may name, by kind and official number, when
   * `text` is a part of a larger text (extractChunks gives those of the whole); by default, the
   * full citations of `text` itself.
   */
  shortFormCandidates?: (kind: string, number: string) => readonly Citation[];
  /**
   * The documents of the larger text cited before offset `before` of `text`, by the kind a pointing
   * mention names (CitedBefore; extractChunks gives them): "Thông tư nêu trên" names the one
   * circular cited before it. By default, those of `text` itself.
   */
  citedBefore?: (kind: string, before: number) => { cited: CitedBefore; ids: ReadonlyMap<string, CitedRecord | null> };
  /**
   * What the larger text `text` is a part of is, as a pointing "Nghị định này" asks (find/this-kind.ts readPage: its
   * heading's kinds, whether it has articles or recipients; extractChunks reads it over the whole). By default, what
   * `text` itself is.
   */
  page?: PageKinds;
}
