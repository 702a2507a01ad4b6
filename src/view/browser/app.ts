/// <reference lib="dom" />
/**
 * The view's page script: reads the graph and its layout from the page, draws it with sigma
 * (WebGL), and wires the search, the side panel and the filters. Bundled into dist/view-app.js
 * at build time and inlined into every page `vncite view` writes.
 */
import { SCRIPT_START } from "./first.js";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { DocumentAttributes, RelationAttributes } from "../../graph/attributes.js";
import { kindColour, possibleEdgeStyle, RELATION_STYLES } from "../palette.js";
import { facetsFrom, nodesOf, type ViewPayload } from "../payload.js";
import { DiscProgram } from "./disc-program.js";
import { byId } from "./dom.js";
import { buildControls } from "./filters.js";
import { possibleFocus } from "./highlight.js";
import { drawPossibleLinks } from "./possible-links.js";
import { PageNotes } from "./notes.js";
import { Panel } from "./panel.js";
import { Search } from "./search.js";
import { PageGraph } from "./page-graph.js";
import { loadResolver } from "./resolver.js";
import { nodeSizes } from "./sizes.js";
import { TEST_FLAG } from "./test-flag.js";
import { LARGE, ViewState, neighbourhoodOf } from "./state.js";
import { EvidenceStore, unpack } from "./unpack.js";

const DIMMED = "#e3e6eb";

async function start(): Promise<void> {
  // Marks for bench/view.bench.mjs: where the time to open a large graph goes.
  performance.mark("vncite:start", { detail: { script: SCRIPT_START } });
  const payload = JSON.parse(await unpack("vncite-data")) as ViewPayload;
  performance.mark("vncite:parsed");
  const { graph: compact, xy } = payload;
  // Sigma reads x and y from each document's attributes; the queries never look at them.
  const nodes = nodesOf(compact.nodes);
  nodes.forEach((a, i) => Object.assign(a, { x: xy[2 * i], y: xy[2 * i + 1] }));
  const evidence = new EvidenceStore(compact.files, () => unpack("vncite-evidence"));
  // The documents only: their relations join after sigma has taken the documents (below).
  const pageGraph = new PageGraph(compact, nodes, (type, i) => evidence.relation(type, i));
  const { graph } = pageGraph;
  performance.mark("vncite:graph");

  const state = new ViewState(graph, pageGraph.counts, facetsFrom(compact.ids, compact.facets));
  performance.mark("vncite:state");
  // Before sigma measures its container: the filters take room from the graph's area.
  const notes = new PageNotes(compact.ids, compact.notes, compact.attributes?.warnings ?? []);
  buildControls(state, byId("filters"), byId("legend"), notes.anyPossible());
  const container = byId("graph");
  const { sizes: size, scale } = nodeSizes(graph, container.clientWidth * container.clientHeight);
  const big = graph.order > LARGE;
  const renderer = new Sigma(graph, container, {
    // Large graphs: one-pixel lines without heads, which software WebGL (no GPU) draws fast enough.
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, thin: EdgeLineProgram },
    defaultEdgeType: "line",
    // Drawn without instancing: software WebGL pays for each instance as for a draw (disc-program.ts).
    nodeProgramClasses: { circle: DiscProgram },
    // Large graphs: labels only once zoomed in far enough that they no longer pile up (the sizes
    // shrunk by nodeSizes, the threshold with them: labels appear at the same zoom as before).
    labelRenderedSizeThreshold: (big ? 14 : 5) * scale,
    labelFont: '"Noto Sans", "DejaVu Sans", Arial, sans-serif',
    hideEdgesOnMove: big,
    zIndex: true,
    nodeReducer: (id, attributes) => {
      const a = attributes as DocumentAttributes & { x: number; y: number };
      const focus = state.focusNodes;
      // A possible citer and the mention without its year it goes through are lit with the
      // proven neighbours: their relations (edgeReducer) say they are not proven.
      const lit = !focus || focus.has(id) || !!state.possibleNodes?.has(id);
      return {
        x: a.x,
        y: a.y,
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
      const { type } = attributes as RelationAttributes;
      const focus = state.focusEdges;
      const possible = focus !== null && !focus.has(edge) && !!state.possibleEdges?.has(edge);
      const style = possible ? possibleEdgeStyle(RELATION_STYLES[type]) : RELATION_STYLES[type];
      return {
        type: big ? "thin" : style.arrow ? "arrow" : "line",
        color: style.colour,
        size: style.size,
        hidden: (focus !== null && !focus.has(edge) && !possible) || !state.edgeShown(edge, type),
        zIndex: focus?.has(edge) || possible ? 1 : 0,
      };
    },
  });
  drawPossibleLinks(renderer, state);
  // The relations the filters show join the graph only now, and sigma takes them as they come
  // (its first frame, drawn above, had only the documents). Measured in Chromium 156: with 25,000
  // relations already in the graph, the copy sigma makes of each document's attributes as it
  // takes it costs about 20 µs instead of 1 for the next 40,000 copies or so (400 ms on 20,000
  // documents); the same copies in a blank page, or before the relations are added, do not.
  for (const type of state.filters.relations) pageGraph.loadType(type);
  performance.mark("vncite:sigma");
  // One frame per change: each frame of a large graph costs a software rasteriser (no GPU) a
  // third of a second or more, so the relations a selection adds, its highlight and the camera's
  // move are drawn together in the next one.
  state.onChange(() => {
    for (const type of state.filters.relations) pageGraph.loadType(type);
    renderer.refresh({ schedule: true });
  });

  const select = (id: string | null) => {
    state.selected = id;
    if (id === null) {
      panel.clear();
      state.focus(null, null);
      return;
    }
    performance.mark("vncite:select");
    // The panel first, from the page's own list of the document's relations: it is the answer.
    // The graph takes the document's relations, and sigma redraws the highlight (every document
    // and relation through the reducers again), once the panel has been painted: on a large
    // graph that frame costs software WebGL a third of a second or more.
    panel.show(id);
    performance.mark("vncite:panel");
    afterPaint(() => {
      if (state.selected !== id) return;
      // Where the document is drawn, read before the refresh below: until sigma has processed
      // the refreshed data (in the next frame), its display data holds the layout's coordinates,
      // not the camera's.
      const d = renderer.getNodeDisplayData(id);
      const camera = renderer.getCamera();
      const target = { x: d?.x ?? camera.x, y: d?.y ?? camera.y, ratio: Math.min(camera.ratio, 0.6) };
      pageGraph.loadDocument(id);
      // Possible citers (the panel's "not proven" list) are lit too, through the undated
      // mentions they cite, whose relations join the graph for it.
      const possible = notes.possibleCiters(id);
      for (const via of new Set(possible.map((hit) => hit.via))) pageGraph.loadDocument(via);
      const { nodes, edges } = neighbourhoodOf(graph, id);
      state.focus(nodes, edges, possibleFocus(graph, id, possible));
      // Each frame of a move redraws everything: a large graph jumps instead.
      if (big) camera.setState(target);
      else camera.animate(target, { duration: 250 });
      requestAnimationFrame(() => performance.mark("vncite:highlighted"));
    });
  };
  const panel = new Panel(state, evidence, select, (id) => pageGraph.relationsOf(id), notes);
  const search = new Search(state, select, notes);
  state.onChange(() => updateStatus(state));
  // Opening or closing the filters changes the graph's area; sigma otherwise follows only the window.
  // The observer's first call reports the size sigma has just drawn at: nothing to redraw.
  let observed = false;
  new ResizeObserver(() => {
    if (observed) renderer.resize().scheduleRender();
    observed = true;
  }).observe(container);
  performance.mark("vncite:controls");
  // What sigma draws a document or a relation with, after the reducers: read by the browser tests
  // (test/view/*.browser.test.ts), which cannot look inside the WebGL picture. Only for a page opened
  // with the tests' flag in its query ("graph.html?vncite-test"): a page a user opens, or a script
  // beside it, gets no global of the renderer's internals. The query, not the hash: the hash is the
  // page's own address of a selection ("#ref=…"), which the page and its user change as it runs.
  if (new URLSearchParams(location.search).has(TEST_FLAG)) {
    Object.assign(window, { vnciteView: { node: (id: string) => renderer.getNodeDisplayData(id), edge: (key: string) => renderer.getEdgeDisplayData(key) } });
  }

  renderer.on("clickNode", ({ node }) => {
    search.show(graph.getNodeAttribute(node, "label"));
    select(node);
  });
  renderer.on("clickStage", () => select(null));

  // A link from an annotated text ("graph.html#ref=63/KH-UBND@2021~hau-giang") selects its document.
  const fromHash = async () => {
    const hash = location.hash;
    const m = /^#ref=(.*)$/.exec(hash);
    if (!m) return;
    const ref = decodeURIComponent(m[1]);
    const resolve = await loadResolver();
    if (location.hash !== hash) return;
    const { matches } = resolve(graph, ref);
    if (matches.length === 1) {
      search.show(graph.getNodeAttribute(matches[0], "label"));
      select(matches[0]);
    } else search.suggestFor(ref);
  };
  window.addEventListener("hashchange", () => void fromHash());
  updateStatus(state);
  void fromHash();
  performance.mark("vncite:filtered");
  requestAnimationFrame(() => {
    performance.mark("vncite:drawn");
    document.documentElement.dataset.ready = "true";
    // What the search needs (the resolver, the index of labels), set up when the browser is next
    // idle after this frame, while the user looks at the graph, rather than before it is drawn.
    whenIdle(() =>
      void loadResolver().then(() => {
        search.prepare();
        performance.mark("vncite:prepared");
      }),
    );
  });
}

/** Runs `f` when the browser has nothing else to do (at the latest, a second from now). */
function whenIdle(f: () => void): void {
  if ("requestIdleCallback" in window) requestIdleCallback(f, { timeout: 1000 });
  else setTimeout(f, 0);
}

/** Runs `f` once the next frame has been painted (a frame's callbacks run before its paint). */
function afterPaint(f: () => void): void {
  requestAnimationFrame(() => setTimeout(f, 0));
}

function updateStatus(state: ViewState): void {
  const g = state.graph;
  let edges = 0;
  g.forEachEdge((_edge, a, source, target) => {
    if (state.relationShown(a.type, source, target)) edges++;
  });
  const nodes = g.order - state.hidden.size;
  // Relations of a type the filters hide may not be in the graph yet: count them all from the page.
  let all = 0;
  for (const n of state.counts.values()) all += n;
  byId("status").textContent = `${nodes} of ${g.order} documents, ${edges} of ${all} relations shown`;
}

void start();
