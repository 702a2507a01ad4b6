import type { CitationMultiGraph } from "../../graph/build.js";

/** The share of the drawing's area that all the discs together cover at most, before zooming. */
const COVER = 0.5;
/** Below this radius (screen pixels) a disc is hard to see and to click. */
const SMALLEST = 1.2;

/**
 * Each document's radius in screen pixels at the first zoom: larger the more it is cited and the
 * more files it came from. On a large graph these radii would pile the discs twenty deep (20,000
 * documents of 6–14 pixels on a 900 × 600 drawing), hiding every relation under them and making
 * a software rasteriser fill every pixel many times over; so all of them shrink together until
 * they cover at most half of `area` (square pixels). Zooming in enlarges them again (sigma).
 * `scale`: the factor applied (1 when none was), by which the sizes at which labels appear must
 * shrink too, for them to appear at the same zoom.
 */
export function nodeSizes(graph: CitationMultiGraph, area: number): { sizes: Map<string, number>; scale: number } {
  const sizes = new Map<string, number>();
  let covered = 0;
  graph.forEachNode((id, a) => {
    const r = 3 + 2 * Math.log2(1 + a.citedBy + 2 * a.files.length);
    sizes.set(id, r);
    covered += Math.PI * r * r;
  });
  const scale = covered > 0 ? Math.min(1, Math.sqrt((COVER * area) / covered)) : 1;
  if (scale < 1) for (const [id, r] of sizes) sizes.set(id, Math.max(SMALLEST, r * scale));
  return { sizes, scale };
}
