/** What a graph worker sends the main thread: the same graph as the whole analysis would give. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { graphInput } from "../../src/cli/graph-input.js";
import { CitationGraph } from "../../src/graph/index.js";
import { FIXTURES, ROOT } from "./helpers.js";

describe("graphInput", () => {
  it("builds the graph the analyses build, byte for byte, once copied across threads", () => {
    const analyses = FIXTURES.map((f) => analyze(readFileSync(join(ROOT, f), "utf8"), { path: f }));
    const amending = "Căn cứ Luật Đất đai năm 2013;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi điểm a khoản 2 Điều 5 Quyết định số 12/2019/QĐ-UBND ngày 3/4/2019 như sau:";
    const withPinpoint = analyze(amending, { path: "qd.txt" });
    withPinpoint.relations[0].evidence.page = 3;
    analyses.push(withPinpoint);
    expect(withPinpoint.relations.some((r) => r.evidence.pinpoint)).toBe(true);
    const whole = JSON.stringify(CitationGraph.from(analyses).toJSON());
    const sent = analyses.map((a) => structuredClone(graphInput(a)));
    expect(JSON.stringify(CitationGraph.from(sent).toJSON())).toBe(whole);
    expect(whole).toContain('"pinpoint":"điểm a khoản 2 Điều 5"');
    expect(whole).toContain('"page":3');
  });
});
