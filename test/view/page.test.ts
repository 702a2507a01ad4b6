import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { inlineScript } from "../../src/view/html.js";
import { computeLayout } from "../../src/view/layout.js";
import { readViewPage, viewPage } from "../../src/view/page.js";
import { viewPayload } from "../../src/view/payload.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";

describe("inlineScript", () => {
  it("cannot end its <script> element early", () => {
    expect(inlineScript('a("</SCRIPT>"); b("<!--")')).not.toMatch(/<\/script|<!--/i);
  });
});

describe("viewPage", () => {
  it("carries the graph, its layout and the script inside the page, under a no-network policy", () => {
    const graph = CitationGraph.from(fixtureAnalyses());
    // Text that would end a <script> early if it were written as it is.
    graph.graph.setNodeAttribute(graph.graph.nodes()[0], "title", "</script><script>alert(1)</script> <!-- x");
    const payload = viewPayload(graph.graph, computeLayout(graph.graph), "Kế hoạch </title>", null);
    const html = viewPage(payload, "window.app = 1;");
    const root = parse(html);
    expect(readViewPage(html)).toEqual(JSON.parse(JSON.stringify(payload)));
    // Compressed: the evidence and the documents' attributes take a fraction of their JSON.
    const pieces = root.querySelectorAll('script[data-encoding="gzip base64"]').map((el) => el.text);
    expect(pieces).toHaveLength(2);
    expect(pieces.join("").length).toBeLessThan(JSON.stringify(payload).length / 2);
    expect(root.querySelector("title")!.text).toBe("Kế hoạch </title>");
    expect(root.querySelectorAll("script").map((s) => s.text)).toContain("window.app = 1;");
    expect(root.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });
});
