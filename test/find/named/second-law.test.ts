// One amending name, two amending laws by their years or dates (src/find/named/second-law.ts).
import { describe, expect, it } from "vitest";
import { cpuRatio } from "../../helpers/linear.js";
import { analyze, extract } from "../../../src/index.js";

const named = (text: string) => extract(text).filter((c) => c.form === "named").map((c) => [c.raw, c.id, c.date]);
const AMENDING = "Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo";
const ID = "law:sua-doi-bo-sung-mot-so-dieu-luat-khieu-nai-to-cao";

describe("an amending name with two years or dates joined by 'và'", () => {
  it("is two laws: the first spans the name and its year, the second its year or date alone", () => {
    // As fresh31a 007 writes it, "và" run into the first year.
    expect(named(`Căn cứ ${AMENDING} năm 2004và 2005;`)).toEqual([
      [`${AMENDING} năm 2004`, `${ID}@2004`, null],
      ["2005", `${ID}@2005`, null],
    ]);
    expect(named(`Căn cứ ${AMENDING} năm 2004 và năm 2005;`).map((c) => c[0])).toEqual([`${AMENDING} năm 2004`, "năm 2005"]);
    // As fresh31e 002, dated, the second date across a line break.
    expect(named(`Căn cứ các ${AMENDING} ngày 15 tháng 6 năm 2004 và ngày 29\ntháng 11 năm 2005;`)).toEqual([
      [`${AMENDING} ngày 15 tháng 6 năm 2004`, `${ID}@2004`, "2004-06-15"],
      ["ngày 29\ntháng 11 năm 2005", `${ID}@2005`, "2005-11-29"],
    ]);
    expect(named(`Căn cứ ${AMENDING} ngày 15/6/2004 và ngày 29/11/2005;`).map((c) => c[2])).toEqual(["2004-06-15", "2005-11-29"]);
  });

  it("makes both laws bases where the mention is in Căn cứ", () => {
    const a = analyze(`QUYẾT ĐỊNH\nCăn cứ ${AMENDING} năm 2004 và 2005;\nQUYẾT ĐỊNH:`);
    expect(a.citations.filter((c) => c.form === "named").map((c) => [c.role, c.id])).toEqual([
      ["based_on", `${ID}@2004`],
      ["based_on", `${ID}@2005`],
    ]);
    expect(a.relations.filter((r) => r.type === "based_on").map((r) => r.to)).toEqual([`${ID}@2004`, `${ID}@2005`]);
  });

  it("leaves a base law's two years, a range and a second law named by its kind word as they were", () => {
    expect(named("Căn cứ Luật Đất đai năm 2003 và 2013;").map((c) => c[1])).toEqual(["law:dat-dai@2003"]);
    expect(named(`Căn cứ ${AMENDING} năm 2004 và 2005 - 2010;`).map((c) => c[1])).toEqual([`${ID}@2004`]);
    expect(named(`Căn cứ ${AMENDING} năm 2004 và Luật Đất đai năm 2013;`).map((c) => c[1])).toEqual([`${ID}@2004`, "law:dat-dai@2013"]);
  });

  it("stays linear on a long run of 'năm 2004 và '", () => {
    const t = (n: number) => `Căn cứ ${AMENDING} ` + "năm 2004 và ".repeat(n) + `${AMENDING} năm 2004 và `.repeat(n);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });
});
