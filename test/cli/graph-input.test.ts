/** What a graph worker sends the main thread: the same graph as the whole analysis would give. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { packGraphInput } from "../../src/cli/graph-input.js";
import { unpackGraphInput } from "../../src/cli/graph-packed.js";
import { CitationGraph } from "../../src/graph/index.js";
import { FIXTURES, ROOT } from "./helpers.js";

describe("packGraphInput", () => {
  it("builds the graph the analyses build, byte for byte, once copied across threads", () => {
    const analyses = FIXTURES.map((f) => analyze(readFileSync(join(ROOT, f), "utf8"), { path: f }));
    const amending = "Căn cứ Luật Đất đai năm 2013;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi điểm a khoản 2 Điều 5 Quyết định số 12/2019/QĐ-UBND ngày 3/4/2019 như sau:";
    const withPinpoint = analyze(amending, { path: "qd.txt" });
    withPinpoint.relations[0].evidence.page = 3;
    withPinpoint.relations[0].evidence.file = "other.txt";
    analyses.push(withPinpoint);
    expect(withPinpoint.relations.some((r) => r.evidence.pinpoint)).toBe(true);
    const whole = JSON.stringify(CitationGraph.from(analyses).toJSON());
    const sent = analyses.map((a) => unpackGraphInput(structuredClone(packGraphInput(a))));
    expect(JSON.stringify(CitationGraph.from(sent).toJSON())).toBe(whole);
    expect(whole).toContain('"pinpoint":"điểm a khoản 2 Điều 5"');
    expect(whole).toContain('"page":3');
    expect(whole).toContain('"file":"other.txt"');
  });

  it("gives back each citation's and relation's fields, records null or whole", () => {
    const a = analyze("Căn cứ Luật Đất đai năm 2013;\nCăn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;", { path: "a.txt" });
    a.citations[0].issuer = null;
    const back = unpackGraphInput(structuredClone(packGraphInput(a)));
    expect(back.citations.length).toBe(a.citations.length);
    for (const [i, c] of back.citations.entries()) {
      const o = a.citations[i];
      expect(c).toEqual({ id: o.id, role: o.role, kind: o.kind, number: o.number, year: o.year, symbol: o.symbol, style: o.style, date: o.date, name: o.name, issuer: o.issuer, jurisdiction: o.jurisdiction });
    }
    expect(back.citations[0].issuer).toBeNull();
    expect(back.relations.map((r) => [r.type, r.from, r.to, r.evidence.start, r.evidence.end, r.evidence.sentence])).toEqual(
      a.relations.map((r) => [r.type, r.from, r.to, r.evidence.start, r.evidence.end, r.evidence.sentence]),
    );
    expect(back.self).toEqual(packGraphInput(a).self);
    expect(back.path).toBe("a.txt");
  });

  it("gives back a null jurisdiction beside a whole issuer, and a null issuer beside a whole jurisdiction", () => {
    const a = analyze("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;\nCăn cứ Quyết định số 12/2019/QĐ-UBND ngày 3/4/2019 của UBND tỉnh Long An;", { path: "b.txt" });
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
    a.citations[0].jurisdiction = null;
    a.citations[1].issuer = null;
    const back = unpackGraphInput(structuredClone(packGraphInput(a)));
    expect(back.citations[0].jurisdiction).toBeNull();
    expect(back.citations[0].issuer).toEqual(a.citations[0].issuer);
    expect(back.citations[1].issuer).toBeNull();
    expect(back.citations[1].jurisdiction).toEqual(a.citations[1].jurisdiction);
    expect(a.citations[0].issuer).not.toBeNull();
    expect(a.citations[1].jurisdiction).not.toBeNull();
  });
});
