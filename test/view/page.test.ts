import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { inlineScript, scriptJSON } from "../../src/view/html.js";
import { computeLayout } from "../../src/view/layout.js";
import { viewPage } from "../../src/view/page.js";
import { viewPayload } from "../../src/view/payload.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";

describe("scriptJSON and inlineScript", () => {
  it("cannot end their <script> element early, and read back unchanged", () => {
    const value = { title: "</script><script>alert(1)</script> <!-- x", n: [1, "<"] };
    const text = scriptJSON(value);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(value);
    expect(inlineScript('a("</SCRIPT>"); b("<!--")')).not.toMatch(/<\/script|<!--/i);
  });
});

describe("viewPage", () => {
  it("carries the graph, its layout and the script inside the page, under a no-network policy", () => {
    const graph = CitationGraph.from(fixtureAnalyses());
    const payload = viewPayload(graph.graph, computeLayout(graph.graph), "Kế hoạch </title>", null);
    const html = viewPage(payload, "window.app = 1;");
    const root = parse(html);
    expect(JSON.parse(root.querySelector("#vncite-data")!.text)).toEqual(JSON.parse(JSON.stringify(payload)));
    expect(root.querySelector("title")!.text).toBe("Kế hoạch </title>");
    expect(root.querySelectorAll("script").map((s) => s.text)).toContain("window.app = 1;");
    expect(root.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });
});
