/// <reference lib="dom" />
/**
 * The view's page script: reads the graph and its layout from the page, draws it with sigma
 * (WebGL), and wires the search, the side panel and the filters. Bundled into dist/view-app.js
 * at build time and inlined into every page `vncite view` writes.
 */
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { DocumentAttributes, RelationAttributes } from "../../graph/attributes.js";
import { resolve } from "../../graph/resolve.js";
import { kindColour, RELATION_STYLES } from "../palette.js";
import { expandGraph, type ViewPayload } from "../payload.js";
import { byId } from "./dom.js";
import { buildControls } from "./filters.js";
import { Panel } from "./panel.js";
import { Search } from "./search.js";
import { LARGE, ViewState, neighbourhoodOf } from "./state.js";

const DIMMED = "#e3e6eb";

function start(): void {
  // Marks for bench/view.bench.mjs: where the time to open a large graph goes.
  performance.mark("vncite:start");
  const payload = JSON.parse(byId("vncite-data").textContent ?? "") as ViewPayload;
  performance.mark("vncite:parsed");
  const graph = expandGraph(payload.graph);
  performance.mark("vncite:graph");
  const { graph: { ids }, xy } = payload;
  // Sigma checks that every node carries x and y itself (the reducer repeats them: its output is
  // all sigma draws from); the queries never look at them.
  const position = new Map<string, [number, number]>();
  ids.forEach((id, i) => {
    if (!graph.hasNode(id)) return;
    position.set(id, [xy[2 * i], xy[2 * i + 1]]);
    graph.mergeNodeAttributes(id, { x: xy[2 * i], y: xy[2 * i + 1] } as Partial<DocumentAttributes>);
  });
  const size = new Map<string, number>();
  graph.forEachNode((id, a) => size.set(id, 3 + 2 * Math.log2(1 + a.citedBy + 2 * a.files.length)));

  const state = new ViewState(graph);
  performance.mark("vncite:state");
  // Before sigma measures its container: the filters take room from the graph's area.
  buildControls(state, byId("filters"), byId("legend"));
  const big = graph.order > LARGE;
  const renderer = new Sigma(graph, byId("graph"), {
    // Large graphs: one-pixel lines without heads, which software WebGL (no GPU) draws fast enough.
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, thin: EdgeLineProgram },
    defaultEdgeType: "line",
    // Large graphs: labels only once zoomed in far enough that they no longer pile up.
    labelRenderedSizeThreshold: big ? 14 : 5,
    labelFont: '"Noto Sans", "DejaVu Sans", Arial, sans-serif',
    hideEdgesOnMove: big,
    zIndex: true,
    nodeReducer: (id, attributes) => {
      const a = attributes as DocumentAttributes;
      const [x, y] = position.get(id) ?? [0, 0];
      const focus = state.focusNodes;
      const lit = !focus || focus.has(id);
      return {
        x,
        y,
        size: size.get(id) ?? 3,
        label: lit ? a.label : null,
        color: lit ? kindColour(a.kind) : DIMMED,
        hidden: state.hidden.has(id) && id !== state.selected,
        highlighted: id === state.selected,
        forceLabel: !!focus && lit,
        zIndex: lit ? 1 : 0,
      };
    },
    edgeReducer: (edge, attributes) => {
      const style = RELATION_STYLES[(attributes as RelationAttributes).type];
      const focus = state.focusEdges;
      return {
        type: big ? "thin" : style.arrow ? "arrow" : "line",
        color: style.colour,
        size: style.size,
        hidden: (focus !== null && !focus.has(edge)) || !state.edgeShown(edge),
        zIndex: focus?.has(edge) ? 1 : 0,
      };
    },
  });
  performance.mark("vncite:sigma");
  state.onChange(() => renderer.refresh({ skipIndexation: false }));

  const select = (id: string | null) => {
    state.selected = id;
    if (id === null) {
      panel.clear();
      state.focus(null, null);
      return;
    }
    performance.mark("vncite:select");
    // The panel first: it is the answer, and on a large graph redrawing the highlight (every
    // document and relation passes through the reducers again) takes longer than showing it.
    panel.show(id);
    performance.mark("vncite:panel");
    setTimeout(() => {
      if (state.selected !== id) return;
      const { nodes, edges } = neighbourhoodOf(graph, id);
      state.focus(nodes, edges);
      const d = renderer.getNodeDisplayData(id);
      const camera = renderer.getCamera();
      const target = { x: d?.x ?? camera.x, y: d?.y ?? camera.y, ratio: Math.min(camera.ratio, 0.6) };
      // Each frame of a move redraws everything: a large graph jumps instead.
      if (big) camera.setState(target);
      else camera.animate(target, { duration: 250 });
      requestAnimationFrame(() => performance.mark("vncite:highlighted"));
    }, 0);
  };
  const panel = new Panel(state, select);
  const search = new Search(state, select);
  state.onChange(() => updateStatus(state));
  // Opening or closing the filters changes the graph's area; sigma otherwise follows only the window.
  new ResizeObserver(() => renderer.resize().scheduleRender()).observe(byId("graph"));
  performance.mark("vncite:controls");

  renderer.on("clickNode", ({ node }) => {
    search.show(graph.getNodeAttribute(node, "label"));
    select(node);
  });
  renderer.on("clickStage", () => select(null));

  // A link from an annotated text ("graph.html#ref=63/KH-UBND@2021~hau-giang") selects its document.
  const fromHash = () => {
    const m = /^#ref=(.*)$/.exec(location.hash);
    if (!m) return;
    const ref = decodeURIComponent(m[1]);
    const { matches } = resolve(graph, ref);
    if (matches.length === 1) {
      search.show(graph.getNodeAttribute(matches[0], "label"));
      select(matches[0]);
    } else search.suggestFor(ref);
  };
  window.addEventListener("hashchange", fromHash);
  updateStatus(state);
  fromHash();
  performance.mark("vncite:filtered");
  requestAnimationFrame(() => {
    performance.mark("vncite:drawn");
    document.documentElement.dataset.ready = "true";
  });
}

function updateStatus(state: ViewState): void {
  const g = state.graph;
  let edges = 0;
  g.forEachEdge((edge) => {
    if (state.edgeShown(edge)) edges++;
  });
  const nodes = g.order - state.hidden.size;
  byId("status").textContent = `${nodes} of ${g.order} documents, ${edges} of ${g.size} relations shown`;
}

start();
