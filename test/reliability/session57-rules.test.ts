/**
 * Session 57's new rules against hostile text: each rule's own trigger, repeated, costs in proportion
 * to its length (CPU-time ratios, never wall-clock limits: test/helpers/linear.ts); strings made of the
 * triggers mixed with CR, LF, NBSP, tabs and combining marks never make extract() or analyze() throw and
 * give spans whose slice of the caller's text is the raw mention; and each rule reads "\r\n", "\r",
 * U+00A0, tabs, two spaces, indentation, blanks at a line's end, a hard wrap and NFD text as it reads
 * the plain text (the parity test/analyze/whitespace.test.ts and line-ends.test.ts hold on real texts).
 *
 * The rules: "gia hạn thực hiện" and Cue.untilDate (analyze/reach UNTIL_DATE); COMMITTEE_NAMES and
 * COMMITTEE_TASK_VERBS (identify/short inCommitteeName); REVIEW_WORK_WORDS (analyze/roles REVIEW_NEXT);
 * pinpoint ranges and bare lists (analyze/reach DESIGNATORS in PINPOINTS); "bổ sung … cho X" (Cue.links);
 * "Căn cLuật …" (find/lost-cue, KIND_WORD's look-behind, constitution's hienBefore, read-parts
 * PREAMBLE_LINE); "dânvà", "luậtcủa" glued (identify/named NOISE_GLUED); OCR-misread dates
 * (find/misread-date MISREAD_DAY_OR_MONTH, find/named/date, identify/date-after); a bracketed year after a
 * name (find/named/read-name YEAR_IN_BRACKETS).
 */
import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "../../src/index.js";
import { nameSlug } from "../../src/identify/named.js";
import { dateAfter } from "../../src/identify/date-after.js";
import { afterLostBasisCue } from "../../src/find/lost-cue.js";
import { actsOnNext } from "../../src/analyze/reach.js";
import { cpuRatio } from "../helpers/linear.js";
import { holdsCitationsOften, holdsOn, LIMIT, PAIRS, readsAlike, staysLinear, stringsOf, type ParitySample, type Trigger } from "./rule-checks.js";

/**
 * Each trigger, n times: extract()'s count (about 100k characters or more) and analyze()'s, each run measured
 * against a quarter of it.
 */
const TRIGGERS: Trigger[] = [
  ["digits", (n) => "1".repeat(n), 1_000_000, 200_000],
  ["'l' (OCR_ONES)", (n) => "l".repeat(n), 1_000_000, 200_000],
  ["spaces", (n) => " ".repeat(n), 1_000_000, 400_000],
  ["slashes", (n) => "/".repeat(n), 1_000_000, 200_000],
  ["dashes", (n) => "-".repeat(n), 1_000_000, 200_000],
  ["'số '", (n) => "số ".repeat(n), 100_000, 40_000],
  ["'Điều 1 khoản 1 ' (PINPOINTS chained)", (n) => "Điều 1 khoản 1 ".repeat(n), 10_000, 4_000],
  ["'khoản 1, 2, 3, …' (DESIGNATORS listed)", (n) => `Bãi bỏ khoản ${Array.from({ length: n }, (_, i) => String(i % 100)).join(", ")} Điều 35 Nghị định số 47/2021/NĐ-CP`, 40_000, 10_000],
  ["'Điều 13 đến Điều 19, ' (DESIGNATORS ranged)", (n) => `Bãi bỏ ${"Điều 13 đến Điều 19, ".repeat(n)}Nghị định số 47/2021/NĐ-CP`, 5_000, 2_000],
  ["'(2003)' (YEAR_IN_BRACKETS)", (n) => "(2003)".repeat(n), 100_000, 40_000],
  ["'Luật Thi đua (2003) '", (n) => "Luật Thi đua (2003) ".repeat(n), 5_000, 2_000],
  ["'Căn c' (lost-cue)", (n) => "Căn c".repeat(n), 100_000, 40_000],
  ["'Căn cLuật ' (lost-cue)", (n) => "Căn cLuật ".repeat(n), 10_000, 5_000],
  ["'Căn cHiến pháp ' (constitution after a lost cue)", (n) => "Căn cHiến pháp ".repeat(n), 10_000, 4_000],
  ["'Căn\\tc' decomposed (LOST_CUE_SOURCE)", (n) => "Căn\t\tcLuật ".normalize("NFD").repeat(n), 7_500, 3_000],
  ["'và' glued", (n) => "và".repeat(n), 200_000, 50_000],
  ["'Luật Tổ chức dânvà ' (NOISE_GLUED)", (n) => `Căn cứ Luật Tổ chức ${"dânvà ".repeat(n)}ngày 26 tháng 11 năm 2003;`, 20_000, 5_000],
  ["'ngày 1 l/' (MISREAD_DAY_OR_MONTH)", (n) => "ngày 1 l/".repeat(n), 20_000, 5_000],
  ["'Luật X ngày 26/1 l/2003 ' (misread dates)", (n) => "Luật Đất đai ngày 26/1 l/2003; Pháp lệnh số 49 - LTC / HĐNN ngày 02/0l/1991; ".repeat(n), 1_300, 500],
  ["'gia hạn thực hiện đến ngày … của ' (UNTIL_DATE)", (n) => "gia hạn thực hiện đến ngày 31/08/2006 của ".repeat(n), 5_000, 1_000],
  ["'Gia hạn thực hiện đến ngày … của Quyết định số …'", (n) => "Gia hạn thực hiện đến ngày 31/08/2006 của Quyết định số 344/2001/QĐ-BTS. ".repeat(n), 1_400, 500],
  ["'Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy ' (COMMITTEE_BEFORE)", (n) => `Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị. ${"Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy ".repeat(n)}`, 2_000, 1_000],
  ["'Thực hiện rà soát ' (REVIEW_NEXT)", (n) => "Thực hiện rà soát ".repeat(n), 20_000, 5_000],
  ["'- Thực hiện rà soát … tại Quyết định số …'", (n) => "- Thực hiện rà soát văn bản tại Quyết định số 12/QĐ-UBND ngày 1/2/2020.\n".repeat(n), 1_400, 500],
  ["'bổ sung … cho ' (Cue.links)", (n) => `Quyết định này bổ sung ${"phụ lục cho ".repeat(n)}Quyết định số 33/2007/QĐ-BCN`, 20_000, 5_000],
];

describe("session 57's rules stay linear on runs of their own triggers", () => {
  staysLinear(TRIGGERS);

  it("nameSlug(): a name of glued 'và' and 'của' (NOISE_GLUED)", () => {
    // nameSlug keeps what it made: each call names its own text (a number put after it), so none is read from the cache.
    let k = 0;
    const names = (n: number) => `Tổ chức ${"dânvà luậtcủa ".repeat(n)}`;
    const ratio = cpuRatio((x) => nameSlug(`${x}${k++}`), names(40_000), names(10_000), PAIRS, LIMIT);
    expect(ratio).toBeLessThan(LIMIT);
  });

  it("dateAfter() and afterLostBasisCue() asked at every offset: each call reads a bounded window", () => {
    const everywhere = (f: (text: string, at: number) => unknown) => (text: string) => {
      for (let i = 0; i < text.length; i++) f(text, i);
    };
    for (const piece of [", ngày 1 l/", "ngày 1  l / 1 l / ", "Căn c", "Căn\t\tcL", "l1 ".normalize("NFD")]) {
      expect(cpuRatio(everywhere(dateAfter), piece.repeat(40_000), piece.repeat(10_000), PAIRS, LIMIT)).toBeLessThan(LIMIT);
      expect(cpuRatio(everywhere(afterLostBasisCue), piece.repeat(40_000), piece.repeat(10_000), PAIRS, LIMIT)).toBeLessThan(LIMIT);
    }
  });

  it("a cue's reach (TRAILING_PINPOINT with DESIGNATORS) read in windows along a long chain costs in proportion to it", () => {
    // TRAILING_PINPOINT is tried at each start of what it is given (quadratic in that): every caller windows it
    // (FAR_CHARS, BODIES_CHARS, RULE_PART_CHARS, THING_UNDER_RULE_CHARS), so a chain costs a bounded amount per window.
    const windows = (x: string) => {
      for (let i = 0; i + 400 <= x.length; i += 40) actsOnNext(x, i, i + 400);
    };
    for (const piece of ["Điều 1 khoản 1 ", "Điều 13 đến Điều 19, ", "khoản 1, 2, 3 và 4 "]) {
      expect(cpuRatio(windows, `Bãi bỏ ${piece.repeat(4_000)}x`, `Bãi bỏ ${piece.repeat(1_000)}x`, PAIRS, LIMIT)).toBeLessThan(LIMIT);
    }
  });
});

/** Session 57's triggers in pieces, line breaks of every kind, blanks and combining marks, in random order. */
const PIECES = [
  "1", "2", "0", "l", "I", "1 l", "0l", "/", " / ", "-", "(", ")", "(2003)", "( 1994 )", "(năm 2003)", "(2021 - 2025)",
  "số ", "Số ", "ngày ", "ngy ", "đến ", "hết ", "của ", "cho ", "và", "dânvà ", "luậtcủa ", "tại ",
  "Căn c", "Căn cứ ", "Căn\tc", "Ca\u0306n c", "Luật ", "Hiến pháp ", "Nghị định ", "Quyết định ", "Chỉ thị ", "Thông tư ",
  "Điều ", "khoản ", "điểm ", "1, 2, 3 ", "13 đến Điều 19", "Điều 1 khoản 1 ",
  "gia hạn thực hiện ", "Gia hạn thực hiện ", "Thực hiện ", "rà soát ", "tổng rà soát ", "việc ", "bổ sung ", "phụ lục 9 ",
  "Bộ phận giúp việc ", "Tổ công tác chuyên trách ", "Ban Chỉ đạo ", "triển khai ", "Tỉnh ủy", "Ủy ban nhân dân tỉnh",
  "\r", "\n", "\r\n", "\u00a0", "\t", "  ", "\u0301", "\u0306", "\u0323", " ", ";", ".", ",",
  // Whole phrases each rule reads, so that the strings hold citations for the span checks to bite on.
  "Căn cLuật phí và lệ phí ngày 25 tháng 11 năm 2015;", "Căn cHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
  "Căn cNghị định số 78/2018/NĐ-CP ngày 16/5/2018;\r\n", "Căn cứ Luật Tổ chức Hội đồng nhân dânvà Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
  "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1 l/2003;", "Pháp lệnh số 49 - LTC / HĐNN ngày 02/0l/1991 ", "Luật Thi đua, Khen thưởng (2003) ",
  "V/v gia hạn thực hiện đến ngày 31/08/2006 của Quyết định số 344/2001/QĐ-BTS ", "Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị. ",
  "Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy ", "- Thực hiện rà soát các văn bản tại Quyết định số 12/QĐ-UBND ngày 1/2/2020.\n",
  "bãi bỏ khoản 1, 2 Điều 35, Điều 13 đến Điều 19 Nghị định số 47/2021/NĐ-CP ", "bổ sung phụ lục 9 cho Quyết định số 33/2007/QĐ-BCN ",
];
const hostile = stringsOf(PIECES);

describe("strings of session 57's triggers", () => {
  holdsCitationsOften(hostile, 57);
  holdsOn(hostile);
});

/**
 * One short text per rule, each read by it (the first test below says so): the relation or the date the rule gives.
 * Drafting as the texts the rules were made from write it (their fixtures are named in the rules' comments).
 */
const SAMPLES: ParitySample[] = [
  ["untilDate, a slash date", "V/v gia hạn thực hiện đến ngày 31/08/2006 của Quyết định số 344/2001/QĐ-BTS về việc ban hành quy chế.", (a) => a.relations.some((r) => r.type === "amends")],
  ["untilDate, a date in words", "Điều 1. Gia hạn thực hiện đến hết ngày 30 tháng 6 năm 2026 của Thông tư số 207/2012/TT-BTC.", (a) => a.relations.some((r) => r.type === "amends")],
  ["COMMITTEE_NAMES", "Căn cứ Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị;\nĐiều 1. Thành lập Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy.", (a) => a.citations.length === 2 && a.citations.every((c) => c.id === "03-CT/TW@2011")],
  ["REVIEW_NEXT", "Thực hiện Kế hoạch số 5/KH-UBND ngày 2/3/2021;\n- Thực hiện rà soát các thủ tục hành chính đã được phê duyệt tại Quyết định số 12/QĐ-UBND ngày 1/2/2020.", (a) => a.relations.some((r) => r.type === "references" && r.to === "12/QĐ-UBND@2020")],
  ["DESIGNATORS", "Điều 2. Nghị định này bãi bỏ các quy định tại khoản 1 Điều 1, khoản 2 Điều 2, Điều 13 đến Điều 19, khoản 1, 2 Điều 35 Nghị định số 47/2021/NĐ-CP ngày 1/4/2021.", (a) => a.relations.some((r) => r.type === "repeals")],
  ["bổ sung … cho", "Điều 2. Quyết định này bổ sung phụ lục 9 về quy tắc xuất xứ cho Quyết định số 33/2007/QĐ-BCN ngày 1/2/2007.", (a) => a.relations.some((r) => r.type === "amends")],
  ["lost cue", "Căn cLuật phí và lệ phí ngày 25 tháng 11 năm 2015;\nCăn cHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cNghị định số 78/2018/NĐ-CP ngày 16/5/2018;", (a) => a.relations.filter((r) => r.type === "based_on").length === 3],
  ["NOISE_GLUED", "Căn cứ Luật Tổ chức Hội đồng nhân dânvà Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luậtcủa Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;", (a) => a.citations[0]?.id === "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003"],
  ["misread dates", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1 l/2003;\nCăn cứ Pháp lệnh số 49 - LTC / HĐNN ngày 02/0l/1991;", (a) => a.citations.map((c) => c.date).join() === "2003-11-26,1991-01-02"],
  ["YEAR_IN_BRACKETS", "Căn cứ Luật Thi đua, Khen thưởng (2003) và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng (2013);", (a) => a.citations[0]?.id === "law:thi-dua-khen-thuong@2003"],
];

/** What a reader of the analysis sees, without offsets (other blanks move them); evidence blanks folded, composed. */
function reading(a: Analysis) {
  return {
    citations: a.citations.map((c) => [c.id, c.role, c.kind, c.date ?? null, c.year ?? null]),
    relations: a.relations.map((r) => [r.type, r.to, r.evidence.sentence.replace(/\s+/g, " ").normalize("NFC")]),
  };
}
const read = (text: string) => reading(analyze(text, { path: "sample" }));

describe("session 57's rules read other blanks, line ends and NFD as they read plain text", () => {
  readsAlike(SAMPLES, read);

  // A copy hard-wrapped (whitespace.test.ts's 60 columns) may break a line at any space the rule reads over.
  // The find stage's reading (the citations' ids, dates and years) and, but for the lost cue, the roles and relations:
  // "Căn\ncLuật …" on a text's first line is found as "Căn cLuật …" is, but its role is "references", as "Căn\ncứ Luật …"'s
  // is there: the parts reader takes a first line "Căn" for the header (read-parts, not this session's rule; left).
  const WRAPPED: [string, string, RegExp, boolean][] = [
    ["lost cue", "Căn cLuật phí và lệ phí ngày 25 tháng 11 năm 2015;\nCăn cHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", /Căn c/g, false],
    ["misread date", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1 l/2003;", /1 l/g, true],
    ["YEAR_IN_BRACKETS", "Căn cứ Luật Thi đua, Khen thưởng (2003);", /g \(/g, true],
    ["untilDate", "Điều 1. Gia hạn thực hiện đến hết ngày 30 tháng 6 năm 2026 của Thông tư số 207/2012/TT-BTC.", /[nyg0h6] [đhn3t62c]/g, true],
  ];
  it.each(WRAPPED)("%s, a line broken at the spaces its rule reads over", (_name, text, at, roles) => {
    const found = (r: ReturnType<typeof reading>) => r.citations.map((c) => (roles ? c : [c[0], c[2], c[3], c[4]]));
    const want = read(text);
    for (const m of text.matchAll(at)) {
      const space = m.index! + m[0].indexOf(" ");
      const wrapped = `${text.slice(0, space)}\n${text.slice(space + 1)}`;
      const got = reading(analyze(wrapped, { path: "sample" }));
      expect({ wrapped, citations: found(got) }).toEqual({ wrapped, citations: found(want) });
      if (roles) expect(got.relations.map((r) => r.slice(0, 2))).toEqual(want.relations.map((r) => r.slice(0, 2)));
    }
  });
});
