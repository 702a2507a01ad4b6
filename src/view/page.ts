import { gunzipSync, gzipSync } from "node:zlib";
import { escapeHtml, inlineScript, pageHead } from "./html.js";
import type { ViewPayload } from "./payload.js";
import { VIEW_STYLE } from "./style.js";

/**
 * The view as one HTML file: the data, the bundled app (sigma, graphology, vncite's resolver) and
 * the styles inline, so it opens from disk, offline, and can be mailed as it is.
 *
 * The data goes in two gzipped, base64 pieces: the graph without its evidence, read at once, and
 * the evidence, read when a document is first selected. Compressed, a large graph's page is a
 * tenth of its JSON, and the browser reads, parses and keeps that much less before it can draw
 * (bench/README.md, "The view of a large graph"); the page inflates it with the browser's own
 * DecompressionStream.
 */
export function viewPage(payload: ViewPayload, appScript: string): string {
  const around = payload.around
    ? ` — ${payload.around.depth} relation${payload.around.depth === 1 ? "" : "s"} around ${payload.around.id}`
    : "";
  const { evidence, ...graph } = payload.graph;
  return `${pageHead(payload.title + around, VIEW_STYLE)}
</head>
<body>
<header>
  <h1>${escapeHtml(payload.title)}<small>${escapeHtml(around)}</small></h1>
  <div class="search">
    <input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="Tìm văn bản: Chỉ thị 43/CT-TTg, 63/KH-UBND, id…" aria-label="Find a document" aria-controls="suggestions">
    <ul id="suggestions" role="listbox" hidden></ul>
  </div>
  <span id="status" role="status"></span>
</header>
<main>
  <div id="graph" aria-label="Graph of documents and relations"></div>
  <aside id="panel" aria-live="polite"><p class="hint">Type a document in the search box, or click a node.</p></aside>
</main>
<details id="controls" open>
  <summary>Filters and legend</summary>
  <div id="filters"></div>
  <div id="legend"></div>
</details>
<noscript>This page draws the graph with JavaScript.</noscript>
<script type="application/octet-stream" id="vncite-data" data-encoding="gzip base64">${pack(JSON.stringify({ ...payload, graph }))}</script>
<script type="application/octet-stream" id="vncite-evidence" data-encoding="gzip base64">${pack(evidence.join("\n"))}</script>
<script>${inlineScript(appScript)}</script>
</body>
</html>
`;
}

/** Base64 has no "<", so the pieces cannot end their <script> early. */
function pack(text: string): string {
  return gzipSync(Buffer.from(text, "utf8"), { level: 9 }).toString("base64");
}

function unpack(base64: string): string {
  return gunzipSync(Buffer.from(base64, "base64")).toString("utf8");
}

/** The payload a page written by viewPage carries (what tests and other tools read back). */
export function readViewPage(html: string): ViewPayload {
  const piece = (id: string) => {
    const m = new RegExp(`<script [^>]*id="${id}"[^>]*>([^<]*)</script>`).exec(html);
    if (!m) throw new Error(`not a page written by vncite view: no #${id}`);
    return unpack(m[1]);
  };
  const payload = JSON.parse(piece("vncite-data")) as ViewPayload;
  const evidence = piece("vncite-evidence");
  payload.graph.evidence = evidence === "" ? [] : evidence.split("\n");
  return payload;
}
