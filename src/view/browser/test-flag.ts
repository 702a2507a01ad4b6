/**
 * The query flag a browser test opens the view with ("graph.html?vncite-test#ref=…"): with it, and only
 * with it, the page sets `window.vnciteView`, what sigma draws each document and relation with (app.ts),
 * as the tests cannot read the WebGL picture itself.
 */
export const TEST_FLAG = "vncite-test";
