/**
 * Session 63's new rules against hostile text: each rule's own trigger, repeated, costs in proportion to its length
 * (CPU-time ratios, never wall-clock limits: test/helpers/linear.ts); strings made of the triggers mixed with CR, LF,
 * NBSP, tabs, U+2028 and combining marks never make extract() or analyze() throw and give spans in the caller's text;
 * each rule reads "\r\n", "\r", U+00A0, tabs, two spaces, indentation, blanks at a line's end and NFD as it reads the
 * plain text (and wrapping and capitals where it claims to); the CLI gives the same output for any number of workers (cli-workers.test.ts).
 *
 * The rules: named63's agreement signed at a Căn cứ head (find/basis-named signedItem, vocab/named-documents SIGNED,
 * INTERNATIONAL_AGREEMENTS: fresh30w-014, seg33e-013); pairs63's issuer's code typed with a space inside it,
 * "TTLT-BGD ĐT-BNV" (grammars gates spacedCodeAt, parser, fast-parser, parse/convert: fresh62c-005, fresh30l-013);
 * misses63's page summing up what it told of, "Theo đó," / "Theo <kind word>," (analyze/roles/told-summary.ts:
 * fresh62i-009, fresh44c-001) and a body that "có" the numbered document it sent (roles/settle HAS_VERB, cues
 * TOLD_HAS_DOCUMENT_WORDS: fresh62i-010); identity63's number with and without its year (analyze/year-in-number.ts:
 * fresh60a-001, seg33b-021); forms63b's §30 rules (extract/short-mentions numbersAnotherKind and namesOwnPage,
 * find/letter-form, identify/short statesOwnNumber: fresh63a-007, fresh62b-005, fresh62i-007).
 *
 * The spaced code is read with one blank between its pieces only (gates spacedCodeAt: "BGD  ĐT" is not joined, by
 * design), so its sample is not held to "two spaces for every space".
 * Kept light: sizes that tell linear (ratio near 4) from quadratic (near 16).
 */
import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";
import { BLANK_CHANGES, holdsCitationsOften, holdsOn, LIMIT, PAIRS, readSample, stringsOf, type Trigger } from "./rule-checks.js";
import { TREATY, MINISTRIES, decision, SPACED_CODE, LEAD, SUMMARY, KIND_SUMMARY, NO_SUMMARY, HAS, plan, YEARLESS, YEARED, YEAR_PAIR, SCHEME, OWN_PLAN, OWN_LETTER, own, shorts, signed, spaced, SAMPLES, CODE_SAMPLE } from "./session63-samples.js";

const TRIGGERS: Trigger[] = [
  // signedItem: the name's words before " ký ", SIGNING_VERBS trimmed off its end.
  ["' ký' run in an agreement's item", (n) => decision(`Căn cứ Hiệp ước hữu nghị${" ký".repeat(n)} ngày 18 tháng 7 năm 1977;\n`), 8_000, 8_000],
  ["' đã' run before 'ký'", (n) => decision(`Căn cứ Hiệp ước hữu nghị${" đã".repeat(n)} x ký ngày 18 tháng 7 năm 1977;\n`), 20_000, 20_000],
  ["',' run before 'ký'", (n) => decision(`Căn cứ Hiệp ước hữu nghị${",".repeat(n)}x ký ngày 18 tháng 7 năm 1977;\n`), 40_000, 40_000],
  ["agreement items on many lines", (n) => decision(TREATY.repeat(n)), 150, 150],
  // spacedCodeAt: once a code part.
  ["' ĐT' run after 'TT-BGD'", (n) => `Thông tư số 01/2016/TT-BGD${" ĐT".repeat(n)} ngày 15/01/2016`, 20_000, 20_000],
  ["'-BGD ĐT' run in one ký hiệu", (n) => `Thông tư số 23/2015/TTLT${"-BGD ĐT".repeat(n)}-BNV;`, 5_000, 5_000],
  ["spaced codes, many", (n) => "Thông tư số 23/2015/TTLT-BGD ĐT-BNV; ".repeat(n), 120, 120],
  // HAS_VERB in the verb's gap, ISSUED_BY_SUBJECT's window.
  ["'có ' run before a numbered letter", (n) => `Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy ${"có ".repeat(n)}Công văn số 12-CV/HU gửi các chi bộ.`, 8_000, 8_000],
  ["'Thực hiện X, Y có Z' repeated", (n) => "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy đã có Công văn số 12-CV/HU gửi các chi bộ. ".repeat(n), 120, 120],
];

/** The rules analyze() alone reads (roles, year-in-number). */
const ANALYZE_TRIGGERS: Trigger[] = [
  // summarizesTold: the page's first eight non-blank lines.
  ["'Theo đó, ' lines", (n) => `${LEAD}${"Theo đó, thực hiện Chỉ thị 05-CT/TW.\n".repeat(n)}`, 200, 200],
  // 80,000: at 8,000 the quarter took about 2 ms, and one rehearsal's every pair read 11x from a pause alone (session 63).
  ["'Theo ' run on a lead's line", (n) => `${LEAD}${"Theo ".repeat(n)}Hướng dẫn, thực hiện Chỉ thị 05-CT/TW.\n`, 80_000, 80_000],
  ["blank lines before the summary", (n) => `${LEAD}${" \n".repeat(n)}Theo đó, thực hiện Chỉ thị 05-CT/TW.\n`, 8_000, 8_000],
  // oneDocumentWithAndWithoutItsYear: a twin map, the subject after and before each.
  ["one number with and without its year, many mentions", (n) => plan(`${YEARLESS}${YEARED}\n`.repeat(n)), 100, 100],
  ["numbers with and without their years, many numbers", (n) => plan(Array.from({ length: n }, (_, i) => `Căn cứ Quyết định số ${i + 1}/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ về việc ban hành lộ trình áp dụng tỷ lệ phối trộn; Quyết định số ${i + 1}/2012/QĐ-TTg ngày 22/11/2012 về việc ban hành lộ trình áp dụng tỷ lệ phối trộn;\n`).join("")), 100, 100],
  ["'ban hành theo' run before a yearless number", (n) => plan(`bản quy định chế độ trợ cấp${" ban hành theo".repeat(n)} quyết định số 53/QĐ-TTg ngày 22/11/2012; ${YEARED}`), 8_000, 8_000],
  // namesOwnPage and numbersAnotherKind: once a mention near the text's start, once a short form with "số".
  ["'Đề án số 06' mentions after its approving decision", (n) => `Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ. ${"Đề án số 06, ".repeat(n)}`, 800, 800],
  ["a title line then a long letter with no addressee", (n) => `Công văn 3676 của Ban Tổ chức TW\n${"Ban Tổ chức Trung ương nhận được ý kiến.\n".repeat(n)}`, 2_000, 2_000],
];

describe("session 63's rules stay linear on runs of their own triggers", () => {
  const run = (f: (t: string) => unknown) => (x: string) => {
    f(x);
    f(x);
  };
  const size = (n: number) => Math.max(4, Math.round(n / 2));
  const quarter = (n: number) => Math.max(1, Math.round(n / 4));
  it.each(TRIGGERS)("extract(): %s", (_name, make, n) => {
    expect(cpuRatio(run((x) => extract(x)), make(size(n)), make(quarter(size(n))), PAIRS, LIMIT)).toBeLessThan(LIMIT);
  });
  it.each([...TRIGGERS, ...ANALYZE_TRIGGERS])("analyze(): %s", (_name, make, _n, m) => {
    expect(cpuRatio(run((x) => analyze(x)), make(size(m)), make(quarter(size(m))), PAIRS, LIMIT)).toBeLessThan(LIMIT);
  });
});

const PIECES = [
  "1", "2", "0", "/", "-", " - ", "(", ")", ";", ",", ":", ".", " ",
  "Căn cứ ", "Hiệp ước ", "Hiệp định ", "Nghị định thư ", "Bản Thoả thuận ", " ký ", " ký kết ", "đã được ", "ngày 18 tháng 7 năm 1977", " số 83/2005/LPQT ",
  "Thông tư số 23/2015/TTLT-BGD", " ĐT", "-BNV", "TT-BGD ", "ĐT ", "QĐ-UBND TỈNH ", "01/2016/TT-BGD\u00a0ĐT ",
  "Theo đó, ", "Theo đó ", "theo đó ", "Theo Hướng dẫn, ", "Theo Chương trình hành động, ", "THEO ĐÓ, ", "Theo ",
  "Thực hiện Chỉ thị số 35-CT/TW, ", "Ban Thường vụ Huyện ủy ", "có ", "đã có ", "vừa có ", "Công văn số 12-CV/HU ",
  "Quyết định số 53/QĐ-TTg ", "Quyết định 53/2012/QĐ-TTg ", "ngày 22/11/2012 ", "về việc ban hành lộ trình áp dụng tỷ lệ phối trộn ", "ban hành theo ", "ban hành kèm theo ",
  "Đề án số 06", "Đề án 06 ", "Quyết định số 06/QĐ-TTg ", "Kế hoạch 77: ", "Số    77  /KH-BTV\n", "Công văn 3676 ", "Kính gửi: ", "Nơi nhận:\n", "\uFEFF",
  "\r", "\n", "\r\n", "\n\n", "\u00a0", "\t", "  ", "\u2028", "\u0301", "\u0302", "\u0306", "\u0323", "\u031b",
  // Whole draftings each rule reads, so that the strings hold citations for the span checks to bite on.
  decision(TREATY), MINISTRIES, `${SPACED_CODE}\n`, SUMMARY, KIND_SUMMARY, `${HAS}\n`, YEAR_PAIR, SCHEME, OWN_PLAN, OWN_LETTER,
  SPACED_CODE.normalize("NFD"), YEAR_PAIR.normalize("NFD"), TREATY.normalize("NFD"),
];
const hostile = stringsOf(PIECES);

describe("strings of session 63's triggers", () => {
  // A fifth of the draws: the pieces hold whole draftings, each string heavy (the whole file kept near five seconds).
  holdsCitationsOften(hostile, 63, 100);
  holdsOn(hostile, 0.2);
});

describe("session 63's rules read other blanks, line ends, wrapping, capitals and NFD as they read plain text", () => {
  it.each([...SAMPLES, CODE_SAMPLE])("the sample for %s is read by its rule", (_name, text, readBy) => {
    expect(readBy(analyze(text, { path: "sample" }))).toBe(true);
  });
  // Each sample's control: without the rule's words, the reading differs (the samples test the rules, not defaults).
  it("the samples' controls are read otherwise", () => {
    expect(own(analyze(NO_SUMMARY))).toContain("guides");
    expect(spaced(analyze(SPACED_CODE.replaceAll("BGD ĐT", "BGD  ĐT")))).toBe(false);
    expect(analyze(HAS.replace(" có ", " nói ")).relations.some((r) => r.from.startsWith("151-HD/BTGTW") && r.type === "implements")).toBe(false);
    expect(analyze(plan(`${YEARLESS}${YEARED.replace("22/11/2012", "23/11/2012")}`)).citations.some((c) => c.id.startsWith("53/QĐ-TTg@"))).toBe(true);
  });
  const cases = [
    ...SAMPLES.flatMap(([name, text]) => BLANK_CHANGES.map(([change, f]) => [name, change, text, f] as const)),
    ...BLANK_CHANGES.filter(([change]) => change !== "two spaces for every space").map(([change, f]) => [CODE_SAMPLE[0], change, CODE_SAMPLE[1], f] as const),
    ...[...SAMPLES, CODE_SAMPLE].map(([name, text]) => [name, "U+2028 for every line end", text, (t: string) => t.replaceAll("\n", "\u2028")] as const),
  ];
  it.each(cases)("%s, with %s", (_name, _change, text, change) => {
    expect(readSample(change(text))).toEqual(readSample(text));
  });

  // Wrapping and capitals, where each rule claims them.
  it("reads the spaced code wrapped between its pieces (one line break is one blank)", () => {
    expect(spaced(analyze(SPACED_CODE.replaceAll("BGD ĐT", "BGD\nĐT")))).toBe(true);
    expect(spaced(analyze(SPACED_CODE.replaceAll("BGD ĐT", "BGD\r\nĐT")))).toBe(true);
  });
  it("reads the summary's words in capitals, not in small letters opening a wrapped line", () => {
    expect(own(analyze(SUMMARY.replace("Theo đó", "THEO ĐÓ")))).toEqual([]);
    expect(own(analyze(KIND_SUMMARY.replace("Theo Hướng dẫn", "THEO HƯỚNG DẪN")))).toEqual([]);
    expect(own(analyze(SUMMARY.replace("Theo đó", "theo đó")))).toContain("guides");
  });
  it("reads 'có' in capitals, wrapped, and 'vừa có'", () => {
    const read = (t: string) => analyze(t).relations.some((r) => r.from.startsWith("151-HD/BTGTW") && r.type === "implements" && r.to.startsWith("35-CT/TW"));
    expect(read(HAS.replace("Ban Tuyên giáo Trung ương có Hướng dẫn", "BAN TUYÊN GIÁO TRUNG ƯƠNG CÓ HƯỚNG DẪN"))).toBe(true);
    expect(read(HAS.replace(" có ", " có\n"))).toBe(true);
    expect(read(HAS.replace(" có ", " vừa có "))).toBe(true);
  });
  it("reads a signed agreement wrapped across lines and with 'đã được ký kết'", () => {
    expect(signed(analyze(decision(TREATY.replace(" ký ngày", "\nký ngày").replace("giữa Cộng", "giữa\nCộng"))))).toBe(true);
    expect(signed(analyze(decision(TREATY.replace(" ký ngày", " đã được ký kết ngày"))))).toBe(true);
  });
  it("joins a number with and without its year with the subject in capitals, the line wrapped after the subject's words", () => {
    const joined = (t: string) => analyze(t).citations.filter((c) => c.number === "53").every((c) => c.id === "53/2012/QĐ-TTg");
    expect(joined(plan(`${YEARLESS.replace("lộ trình áp dụng tỷ lệ phối trộn", "LỘ TRÌNH ÁP DỤNG TỶ LỆ PHỐI TRỘN")}${YEARED}`))).toBe(true);
    expect(joined(plan(`${YEARLESS.replace("phối trộn nhiên", "phối trộn\nnhiên")}${YEARED}`))).toBe(true);
    // The subject is read within the citation's line (year-in-number.ts lineOf, SUBJECT_CHARS): a break inside its five
    // words leaves the two ids apart, as the rule says (audit63's report: not claimed, left).
    expect(joined(plan(`${YEARLESS.replace("về việc ban hành lộ trình", "về việc ban hành lộ\ntrình")}${YEARED}`))).toBe(false);
  });
  it("reads a title line over its own page after a byte order mark and blank lines", () => {
    expect(shorts(analyze(`\uFEFF\n${OWN_LETTER}`))).toEqual([]);
    expect(shorts(analyze(`\uFEFF\n${OWN_PLAN}`))).toEqual([]);
  });
  it("reads look-alike letters as no other rule's: Latin 'Ð' (U+00D0) in the spaced code is no code vncite knows", () => {
    // "BGD ÐT" with the Icelandic eth: the repair's code table decides, never a guess.
    expect(() => analyze(SPACED_CODE.replaceAll("ĐT", "ÐT"))).not.toThrow();
  });
});
