/**
 * Session 62's new rules against hostile text: each rule's own trigger, repeated, costs in proportion to its length
 * (CPU-time ratios, never wall-clock limits: test/helpers/linear.ts); strings made of the triggers mixed with CR, LF,
 * NBSP, tabs, U+2028 and combining marks never make extract() or analyze() throw and give spans in the caller's text;
 * each rule reads "\r\n", "\r", U+00A0, tabs, two spaces, indentation, blanks at a line's end and NFD as it reads the
 * plain text; and the CLI gives the same output for any number of workers over a folder of the rules' draftings (cli-workers.test.ts).
 *
 * The rules: fresh62a's congress resolution's name ending before " và kế hoạch/chương trình " (vocab/named-documents
 * CONGRESS_NAME_COMMA); fresh62c's joint issuers in the guiding formula (roles/formulas GUIDANCE_FORMULA, up to 160
 * characters), KHLN/TTLN codes (vocab/kinds) and a database's title line as the page's self (self/unheaded-page
 * recordTitleCitation); misses62's glued old-style own number "936QĐ/UB" (header/number-line PARTY_NUMBER), a list member
 * with no separator (reach coordinated) and "s"/"sé" for "số" after a law's name (find/named marker, amended-laws
 * LOST_SO); fresh62f's "hành động" between "Kế hoạch" and its cue (schemes pastQualifiers, vocab PLAN_QUALIFIERS);
 * identity62's placeless dated mention taking its placed twin's id and one committee under "QĐ-UB" and "QĐ-UBND"
 * (analyze/coreference); forms62's unit word glued to its number "Điều21" (find/pinpoint WORD_TO_LABEL,
 * GLUED_UNIT_LABEL) and the undated twin dropped from a short form's candidates (identify/short); fresh62g's effect
 * clause under a database title glued before "Điều" or as the article's first clause (self/own-kind effectClauseKind).
 * Merged while the audit ran: pairs62's site title line under its date line (self/unheaded-page datedTitleLineCitation),
 * fresh62j's search box label as site chrome (vocab/parts SITE_CHROME_LINES), named62's doubled "ngày" (find/named
 * marker dateMarker), draft law after "dự án/dự thảo" (roles/reach-limits namesDraft), bracketed term
 * (find/basis-named NAMED_BASIS_BRACKETED_TERM) and resolution joined by "và" after any Căn cứ head, speed62's
 * unread-as-written answer from the find stage's scan (find/anchors, covered by session61-rules' NFD and "Ð" items),
 * tcvn62's TCVN3/VNI string converted in prepare (prepare/legacy-text, shared/legacy-encoding, find/anchors' legacy sign),
 * identity62b's undated central Party number taking its term's years (analyze/coreference termUndatedPartyMentions).
 *
 * The audit found recordTitleCitation losing the page's self with tabs between the site's label's words ("Văn\tbản\tpháp
 * luật:", SITE_LABEL_LEAD held spaces only: test/analyze/self/record-title.test.ts), named62's resolution joined by "và"
 * lost with tabs or two spaces between its kind words (find/basis-named JOINED_RESOLUTION: test/find/basis-named.test.ts),
 * and tcvn62's conversion reading a TCVN3 text whose lines end in "\r" or U+2028 as one line, an all-capitals line's
 * case carried to the next line's first word (shared/legacy-encoding forEachLine: test/shared/legacy-encoding.test.ts).
 * All fixed.
 * Kept light (the CI run is near its budget): sizes that tell linear (ratio near 4) from quadratic (near 16).
 */
import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";
import { BLANK_CHANGES, holdsCitationsOften, holdsOn, LIMIT, PAIRS, type ParitySample, readsAlike, readSample, staysLinear, stringsOf, type Trigger } from "./rule-checks.js";
import { jointCircular, JOINT_SUBJECT, RECORD_TITLE, record, glued, UNSEPARATED, LOST_SO_AMENDING, actionPlan, ACTION_PLAN, PLACED, PLACELESS, TWO_CODES, committee, GLUED_UNIT, TWIN, DATABASE_ARTICLE, DATED_TITLE, datedPage, DOUBLED_NGAY, BRACKETED_TERM, JOINED_RESOLUTION, OLD_DECISION, tcvn3, vni, LEGACY_BASIS, TERMED, CONGRESS, SAMPLES } from "./session62-samples.js";

const TRIGGERS: Trigger[] = [
  // CONGRESS_NAME_COMMA: once an item, on the item.
  ["' và kế hoạch' run in a congress's resolution's name", (n) => `Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII${" và kế hoạch".repeat(n)} 5 năm;\n`, 20_000, 10_000],
  ["congress items on many lines", (n) => CONGRESS.repeat(n), 500, 500],
  ["KHLN and TTLN codes, many", (n) => "Kế hoạch liên ngành 5440/KHLN-YT-GDĐT; Tờ trình liên ngành số 415/TTLN-TP-TC; ".repeat(n), 250, 250],
  // LOST_SO in the marker and the amended list.
  ["'s ' run after a law's name", (n) => `Căn cứ Luật Quản lý thuế ${"s ".repeat(n)}38/2019/QH14;`, 50_000, 50_000],
  ["'sé ' run after a law's name", (n) => `Căn cứ Luật Quản lý thuế ${"sé ".repeat(n)}38/2019/QH14;`, 50_000, 50_000],
  ["'Luật X s N/QH' repeated in an amending name", (n) => `Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của ${"Luật Đường sắt s 06/2017/QH14, ".repeat(n)}.`, 400, 400],
  ["'s ' run in an amending name", (n) => `Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ ${"s ".repeat(n)}23/2008/QH12.`, 50_000, 50_000],
  // WORD_TO_LABEL, GLUED_UNIT_LABEL.
  ["'Điều' and a digit run", (n) => `theo Điều${"1".repeat(n)} Nghị định số 83/1998/NĐ-CP`, 100_000, 100_000],
  ["'Điều1' repeated", (n) => `theo ${"Điều1".repeat(n)} Nghị định số 83/1998/NĐ-CP`, 20_000, 20_000],
  ["'Điều21' on many short lines", (n) => "Điều21\n".repeat(n), 10_000, 10_000],
  // withoutUndatedTwins.
  ["undated twins of many numbers", (n) => Array.from({ length: n }, (_, i) => `Nghị định ${i + 1}/NĐ-CP; Nghị định ${i + 1}/2015/NĐ-CP; Nghị định ${i + 1} quy định. `).join(""), 250, 250],
  // named62: "ngày ngày" (dateMarker calls itself once a "ngày": bounded by the name's window), a draft's noun before a
  // law's name, a term in a bracket, a resolution joined by "và" after any Căn cứ head.
  ["'ngày ' run after a law's name", (n) => `Căn cứ Luật Thi đua, Khen thưởng ${"ngày ".repeat(n)}26 tháng 11 năm 2003;\n`, 50_000, 50_000],
  ["'ngày ngày' items on many lines", (n) => DOUBLED_NGAY.repeat(n), 500, 500],
  ["'(khoá X) ' run after a named item", (n) => `Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương ${"(khoá X) ".repeat(n)};\n`, 20_000, 20_000],
  ["resolutions joined by 'và' after a charter, repeated", (n) => `Căn cứ Điều lệ Đảng Cộng sản Việt Nam ${"và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX ".repeat(n)};\n`, 2_000, 2_000],
  // tcvn62: the legacy sign the find stage's scan meets, the detector's counts, the conversion line by line with its map.
  ["a Latin-1 symbol run after a citation", (n) => `Căn cứ Nghị định số 15/CP ${"¸®µ ".repeat(n)}\n`, 20_000, 20_000],
  ["a TCVN3 basis repeated on one line", (n) => tcvn3(LEGACY_BASIS).repeat(n), 500, 500],
  ["TCVN3 bases on many short lines", (n) => tcvn3("Căn cứ Nghị định số 15/CP ngày 2/3/1993;\n").repeat(n), 500, 500],
  ["a VNI basis repeated on one line", (n) => vni(LEGACY_BASIS).repeat(n), 500, 500],
  ["TCVN3 paragraphs under a Unicode page's lines", (n) => `Trang chủ\n${`${tcvn3(`${LEGACY_BASIS}và Nghị định số 178/CP ngày 28 tháng 10 năm 1994 của Chính phủ về nhiệm vụ, quyền hạn và tổ chức bộ máy Bộ Tài chính;`)}\n`.repeat(n)}`, 250, 250],
  ["VNI's 'ñö' run after a citation", (n) => `Căn cứ Nghị định số 15/CP ${"ñö".repeat(n)}\n`, 50_000, 50_000],
];

/** The rules analyze() alone reads (header, self, roles, reach, coreference, schemes): measured there only. */
const ANALYZE_TRIGGERS: Trigger[] = [
  // GUIDANCE_FORMULA's joint subject: 160 characters at most after each.
  ["'Liên tịch Bộ Tài chính - ' repeated before the verb", (n) => jointCircular(`${"Liên tịch Bộ Tài chính - ".repeat(n)}`), 20_000, 5_000],
  ["joint formulas, many", (n) => `THÔNG TƯ LIÊN TỊCH\n${"Thi hành Quyết định số 104/1999/QĐ-TTg của Thủ tướng Chính phủ, Liên tịch Bộ Tài chính - Bộ Kế hoạch và Đầu tư hướng dẫn thực hiện như sau:\n".repeat(n)}`, 250, 250],
  // recordTitleCitation: a label run, blank lines above.
  ["a label run before a record's title", (n) => record(`${"Văn bản pháp luật ".repeat(n)}: `).replace("Văn bản pháp luật: ", ""), 20_000, 20_000],
  ["' \\n' run above a record's title", (n) => record(" \n".repeat(n)), 12_500, 12_500],
  // PARTY_NUMBER's glued type code.
  ["a digit run before a glued type code", (n) => glued(`${"9".repeat(n)}QĐ/UB`), 100_000, 100_000],
  ["'9QĐ' repeated on a number line", (n) => glued(`${"9QĐ".repeat(n)}/UB`), 50_000, 50_000],
  ["glued number lines, many", (n) => "Số: 936QĐ/UB | HàTĩnh, ngày 25 tháng 8 năm 1992 |\n".repeat(n), 250, 250],
  // coordinated: members with no separator.
  ["'công văn số N/BCT-XNK ' repeated with no separator", (n) => `V/v thực hiện hướng dẫn tại ${"công văn số 4582/BCT-XNK ".repeat(n)}của Bộ Công Thương`, 500, 500],
  ["'Luật X số 1/2020/QH14 ' repeated with no separator", (n) => `Căn cứ Luật Giao thông số 23/2004/QH11 đã được sửa đổi, bổ sung theo ${"Luật Đất đai số 1/2020/QH14 ".repeat(n)};`, 250, 250],
  // pastQualifiers.
  ["'hành động ' repeated after 'Kế hoạch'", (n) => actionPlan("hành động ".repeat(n)), 20_000, 20_000],
  ["'HÀNH ĐỘNG ' repeated in a plan's title", (n) => ACTION_PLAN.replace("HÀNH\n", "HÀNH ĐỘNG ".repeat(n)), 20_000, 10_000],
  // coreference: many placeless mentions of one number, many of as many numbers, QĐ-UB/QĐ-UBND pairs.
  ["placeless mentions of one number", (n) => `Tin\n${PLACED} ${`${PLACELESS} `.repeat(n)}`, 500, 500],
  ["placed and placeless mentions of many numbers", (n) => `Tin\n${Array.from({ length: n }, (_, i) => `Công văn số ${i + 1}/SXD ngày 27/11/2007 của Sở Xây dựng tỉnh Tây Ninh. công văn số ${i + 1}/SXD ngày 27/11/2007 của Sở Xây dựng. `).join("")}`, 300, 300],
  ["'QĐ-UB' and 'QĐ-UBND' pairs of one number", (n) => committee(`${TWO_CODES}\n`.repeat(n)), 300, 300],
  ["'QĐ-UB' and 'QĐ-UBND' pairs of many numbers", (n) => committee(Array.from({ length: n }, (_, i) => `Bãi bỏ Quyết định số ${i + 1}/QĐ-UB ngày 27 tháng 3 năm 2004 và Quyết định số ${i + 1}/QĐ-UBND ngày 27 tháng 3 năm 2004. `).join("")), 300, 300],
  // effectClauseKind: a long glued title before "Điều", many articles.
  ["a long glued title before 'Điều'", (n) => `Nghị định 233/2025/NĐ-CP ${"hướng dẫn ".repeat(n)}. Điều 29. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n`, 20_000, 20_000],
  ["glued titles before articles, many", (n) => DATABASE_ARTICLE.repeat(n), 500, 500],
  // Merged while the audit ran. pairs62's datedTitleLineCitation: once a text (the title line's end, a window below it).
  ["a long title line under a site's date line", (n) => datedPage(`${DATED_TITLE}${" về việc".repeat(n)}`), 20_000, 20_000],
  ["' \\n' run under a site's date line", (n) => `Thứ Tư, 24/4/2024\n${" \n".repeat(n)}${DATED_TITLE}\nKính gửi: Ban Dân vận\n`, 25_000, 25_000],
  // fresh62j's site chrome line.
  ["'Tìm kiếm tin tức' lines", (n) => `${"Tìm kiếm tin tức\n".repeat(n)}V/v lấy ý kiến dự thảo Chỉ thị số 10/CT-UBND\n`, 10_000, 10_000],
  // identity62b's termUndatedPartyMentions: a window after each central Party number, a map of ids.
  ["a central Party number with its term, many mentions", (n) => TERMED.repeat(n), 300, 300],
  ["central Party numbers with their terms, many numbers", (n) => Array.from({ length: n }, (_, i) => `Nghị quyết số ${i + 1}-NQ/TW của Bộ Chính trị (khóa XII); `).join(""), 300, 300],
  ["'khóa ' run after a central Party number", (n) => `Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương ${"khóa ".repeat(n)}XII.\n`, 20_000, 20_000],
  // named62's draft noun before a law's name (roles/reach-limits namesDraft, a window before each named citation).
  ["'dự thảo ' run before a law's name", (n) => `Điều 1. Điều chỉnh thời gian trình ${"dự thảo ".repeat(n)}Luật Đất đai (sửa đổi).\n`, 50_000, 25_000],
];

describe("session 62's rules stay linear on runs of their own triggers", () => {
  staysLinear(TRIGGERS);
  // staysLinear's analyze() half (its sizes halved, four times a quarter): extract() never reaches these rules.
  it.each(ANALYZE_TRIGGERS)("analyze(): %s", (_name, make, _n, m) => {
    const size = Math.max(4, Math.round(m / 2));
    const run = (x: string) => {
      analyze(x);
      analyze(x);
    };
    expect(cpuRatio(run, make(size), make(Math.max(1, Math.round(size / 4))), PAIRS, LIMIT, (x) => analyze(x))).toBeLessThan(LIMIT);
  });
});

/** One line of a million characters and more (against half of it): linear stays near 2, quadratic near 4. */
describe("one line of a million characters", () => {
  const LINES: [string, (n: number) => string, number][] = [
    ["a glued database title before 'Điều' at its end", (n) => `Nghị định 233/2025/NĐ-CP ${"x".repeat(n)}. Điều 2. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n`, 1_000_000],
    ["a site's title line of a million characters under its date line", (n) => datedPage(`${DATED_TITLE}${" ".repeat(n)}x`), 1_000_000],
    ["a Latin-1 symbol line of a million characters after a citation", (n) => `Căn cứ Nghị định số 15/CP ${"¸".repeat(n)}\n`, 1_000_000],
    ["a record's title line of a million characters", (n) => record("").replace(RECORD_TITLE, `${RECORD_TITLE}${" ".repeat(n)}`), 1_000_000],
  ];
  it.each(LINES)("analyze(): %s", (_name, make, n) => {
    expect(cpuRatio((t) => analyze(t), make(n), make(n / 2), 3, 3)).toBeLessThan(3);
  }, 60_000);
});

const PIECES = [
  "1", "2", "9", "/", "-", " - ", "(", ")", ";", ",", ":", ".", " ", "0",
  "Số: ", "936QĐ/UB", "4155QĐ/ BTP", "QĐ", "/UB", "s ", "sé ", "s", "Luật ", "Luật số ", "Luật Đường sắt s ", "06/2017/QH14", "95/2015/QH13 ",
  "Điều", "Điều21", "Điều 17 đến ", "điểm11 ", "khoản2 ", "của Nghị định số 83/1998/NĐ-CP", "hành động ", "Kế hoạch ", "thực hiện ",
  "và kế hoạch ", " và chương trình ", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII ", "Căn cứ ", "Liên tịch ", "Bộ Tài chính - ", "hướng dẫn ",
  "Văn bản pháp luật: ", "THÔNG TƯ LIÊN TỊCH\n", "Kế hoạch liên ngành 5440/KHLN-YT-GDĐT", "Tờ trình liên ngành số 415/TTLN-TP-TC",
  "công văn số 4582/BCT-XNK ", "Quyết định số 1057/QĐ-UB ", "Quyết định số 1057/QĐ-UBND ", "ngày 27 tháng 3 năm 2004 ", "của Uỷ ban nhân dân tỉnh",
  "Nghị định 55/NĐ-CP ", "Nghị định 55/2015/NĐ-CP ngày 9-6-2015 ", "Nghị định 55", "Nghị định 233/2025/NĐ-CP. ", "Điều 29. ", "1. Nghị định này có hiệu lực ",
  "\r", "\n", "\r\n", "\n\n", "\u00a0", "\t", "  ", "\u2028", "\u0301", "\u0302", "\u0306", "\u0323", "\u031b",
  // Whole draftings each rule reads, so that the strings hold citations for the span checks to bite on.
  CONGRESS, jointCircular(JOINT_SUBJECT), record(""), glued("936QĐ/UB"), `${UNSEPARATED}\n`, `${LOST_SO_AMENDING}\n`, `${PLACED} ${PLACELESS}\n`,
  datedPage(DATED_TITLE), DOUBLED_NGAY, BRACKETED_TERM, JOINED_RESOLUTION, "Thứ Tư, 24/4/2024\n", "Kính gửi: ", "K/T TRƯỞNG BAN\n", "Tìm kiếm tin tức\n",
  "¸", "®", "µ", "Þ", "×", "ñ", "ö", "ø", "aù", "oâ", tcvn3(OLD_DECISION), vni(OLD_DECISION), tcvn3(LEGACY_BASIS), vni(LEGACY_BASIS), tcvn3("QUYẾT ĐỊNH\n"),
  tcvn3(LEGACY_BASIS).toUpperCase(), tcvn3("Số: 15/CP\n"), vni("khoản 2 Điều 5 "),
  TERMED, "khóa XII", "(khoá XI)", "18-NQ/TW ", "của Bộ Chính trị ",
  "dự thảo ", "ngày ngày ", "(khoá X)", "( nhiệm kỳ 2014 - 2019 )",
  `${TWO_CODES}\n`, `${GLUED_UNIT}\n`, ACTION_PLAN, `${TWIN}\n`, DATABASE_ARTICLE, DATABASE_ARTICLE.normalize("NFD"), `${TWO_CODES}\n`.normalize("NFD"),
];
const hostile = stringsOf(PIECES);

describe("strings of session 62's triggers", () => {
  holdsCitationsOften(hostile, 62);
  holdsOn(hostile);
});

/** readSample, with each citation's pinpoint without its offsets (forms62's glued unit word is read there). */
const read = (text: string) => {
  const pins = analyze(text, { path: "sample" }).citations.map((c) => (c.pinpoint ? { ...c.pinpoint, start: 0, end: 0, amendedAt: undefined } : null));
  return { ...readSample(text), pins };
};

describe("session 62's rules read other blanks, line ends and NFD as they read plain text", () => {
  readsAlike(SAMPLES, read);
  it.each(SAMPLES)("%s, with U+2028 for every line end", (_name, text) => {
    expect(read(text.replaceAll("\n", "\u2028"))).toEqual(read(text));
  });
});

/**
 * tcvn62's legacy strings, converted in prepare: the same readings under other blanks and line ends (the audit found
 * "\r" and U+2028 lines read as one, an all-capitals line's case carried to the next: shared/legacy-encoding
 * forEachLine, fixed). Not NFD: decomposing a mojibake string takes apart the Latin-1 letters the tables spell with
 * ("à", "ã"), no longer legacy text (left, audit62's report).
 */
describe("tcvn62's legacy strings read other blanks and line ends as the plain string", () => {
  const converted = (a: Analysis) => a.warnings.some((w) => w.code === "legacy-encoding") && a.self.number === "12" && a.citations.some((c) => c.number === "178" && c.role === "based_on");
  const LEGACY: ParitySample[] = [
    ["TCVN3", tcvn3(OLD_DECISION), converted],
    ["VNI", vni(OLD_DECISION), converted],
  ];
  // rule-checks' changes but NFD (above) and blanks at line ends, and U+2028 for every line end.
  const CHANGES: [string, (t: string) => string][] = [
    ...BLANK_CHANGES.filter(([name]) => name !== "NFD" && name !== "blanks at every line's end"),
    ["U+2028", (t) => t.replaceAll("\n", "\u2028")],
  ];
  it.each(LEGACY)("the %s decision is converted and read", (_name, text, readBy) => {
    expect(readBy(analyze(text, { path: "sample" }))).toBe(true);
  });
  it.each(LEGACY.flatMap(([name, text]) => CHANGES.map(([change, f]) => [name, change, text, f] as const)))("%s, with %s", (_name, _change, text, change) => {
    expect(readSample(change(text))).toEqual(readSample(text));
  });
});
