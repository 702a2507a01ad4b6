import { describe, it, expect } from "vitest";
import { analyze } from "../../../src/analyze/index.js";

const PLAN = "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2022\nThực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ, UBND tỉnh ban hành Kế hoạch.";

describe("the no-own-number warning says what the document is identified by", () => {
  it("its path, when it was analysed with one", () => {
    const a = analyze(PLAN, { path: "plans/a.txt" });
    expect(a.self.id).toBe("file:plans/a.txt");
    expect(a.warnings.find((w) => w.code === "no-own-number")?.message).toMatch(/identified by its path$/);
  });
  it("a hash of its text, when it was analysed without one (its id is text:<hash>, it has no path)", () => {
    const a = analyze(PLAN);
    expect(a.self.id).toMatch(/^text:[0-9a-f]{16}$/);
    expect(a.warnings.find((w) => w.code === "no-own-number")?.message).toMatch(/identified by a hash of its text$/);
  });
  it("the same hash whatever ends its lines, another for another text (crlf56)", () => {
    const id = analyze(PLAN).self.id;
    expect(analyze(PLAN.replaceAll("\n", "\r\n")).self.id).toBe(id);
    expect(analyze(PLAN.replaceAll("\n", "\r")).self.id).toBe(id);
    expect(analyze(PLAN.replace("2022", "2023")).self.id).not.toBe(id);
    expect(analyze(PLAN.replace("\n", " \n")).self.id).not.toBe(id);
  });
});
