/// <reference lib="dom" />
import type Sigma from "sigma";
import { POSSIBLE_LINK } from "../palette.js";
import type { ViewState } from "./state.js";

/**
 * Draws the highlight's links from a mention without its year to the document it may be
 * (ViewState.possibleLinks) as dashed lines, on a 2D canvas of their own between sigma's edges and
 * its nodes: they are no relation of the graph, and the queries the page runs on the graph must not
 * meet them. Redrawn after each of sigma's frames (a camera move included); a few lines at most.
 */
export function drawPossibleLinks(renderer: Sigma, state: ViewState): HTMLCanvasElement {
  const canvas = renderer.createCanvas("possible", { afterLayer: "edges", style: { pointerEvents: "none" } });
  // Most frames have no link to draw (nothing selected, or no possible citer): they leave the
  // canvas alone once it is blank, so that a large graph's frames cost no more than before.
  let blank = true;
  renderer.on("afterRender", () => {
    const links = state.possibleLinks;
    if ((!links || links.length === 0) && blank) return;
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    blank = true;
    if (!links || links.length === 0) return;
    ctx.setLineDash(POSSIBLE_LINK.dash);
    ctx.strokeStyle = POSSIBLE_LINK.colour;
    ctx.lineWidth = POSSIBLE_LINK.width;
    ctx.beginPath();
    for (const [from, to] of links) {
      const a = renderer.getNodeDisplayData(from);
      const b = renderer.getNodeDisplayData(to);
      if (!a || !b || a.hidden || b.hidden) continue;
      const p = renderer.framedGraphToViewport(a);
      const q = renderer.framedGraphToViewport(b);
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
      blank = false;
    }
    ctx.stroke();
  });
  return canvas;
}
