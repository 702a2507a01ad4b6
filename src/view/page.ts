import { escapeHtml, inlineScript, pageHead, scriptJSON } from "./html.js";
import type { ViewPayload } from "./payload.js";
import { VIEW_STYLE } from "./style.js";

/**
 * The view as one HTML file: the data, the bundled app (sigma, graphology, vncite's resolver) and
 * the styles inline, so it opens from disk, offline, and can be mailed as it is.
 */
export function viewPage(payload: ViewPayload, appScript: string): string {
  const around = payload.around
    ? ` — ${payload.around.depth} relation${payload.around.depth === 1 ? "" : "s"} around ${payload.around.id}`
    : "";
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
<script type="application/json" id="vncite-data">${scriptJSON(payload)}</script>
<script>${inlineScript(appScript)}</script>
</body>
</html>
`;
}
