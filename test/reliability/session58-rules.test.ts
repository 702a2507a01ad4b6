/**
 * Session 58's new rules against hostile text: each rule's own trigger, repeated, costs in proportion to its
 * length (CPU-time ratios, never wall-clock limits: test/helpers/linear.ts); strings made of the triggers mixed
 * with CR, LF, NBSP, tabs and combining marks never make extract() or analyze() throw and give spans whose slice
 * of the caller's text is the raw mention; and each rule reads "\r\n", "\r", U+00A0, tabs, two spaces,
 * indentation, blanks at a line's end and NFD text as it reads the plain text.
 *
 * The rules: NAME_GOES_ON's "hàng không dân dụng" (vocab/laws); "chi tiết một số điều của" before a small-letter
 * law name (find/named/lower-case-name DETAILED_BEFORE); a news page's retold closing article (analyze/roles/
 * told-closing); a portal's printed opening (roles/prose PRINTED_OPENING_WORDS, readsAsProse); PINPOINT_LEADS'
 * "các" (analyze/reach LEADING_PINPOINT); a word after a spaced dash (header/number-line SET_OFF_WORD,
 * withoutSetOffWord); the own number in brackets (header/read-header BRACKETED_NUMBER_LINE, self/build-self);
 * the dated act of a named body in the next sentence (roles/news-event DATED_BODY_NEXT, from a clause's full
 * stop); outline section labels (find/pinpoint PINPOINT_UNITS' section, LABEL_WORD, mayBeLabel); a share after a
 * number (find/short/after-number quantityAfter); and pairs58's "Về (việc) thi hành <law>" read in a decree or circular
 * alone (vocab/cues Cue.kinds, roles/cue).
 *
 * The audit found three walks back to a text's first character or citation, once per clause or per cue, older than
 * these rules but reached by them (the dated act's "Thực hiện X. Ngày 1/1, Sở …" on one line): RoleReading's
 * referencesOnly (and settle.ts passTo, news-event.ts afterHeadDocuments) walked back over every earlier citation (a head
 * cue carried down a list and passed on in each clause too),
 * unnamed-repeals.ts walked from the first citation for each preamble clause, and reach-limits.ts taskItem looked
 * for its line's start with lastIndexOf. The last describe block holds them linear.
 */
import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";
import { holdsCitationsOften, holdsOn, readsAlike, staysLinear, stringsOf, type ParitySample, type Trigger } from "./rule-checks.js";

/** Each trigger, n times: extract()'s count and analyze()'s, each run measured against a quarter of it. */
const TRIGGERS: Trigger[] = [
  ["digits", (n) => "1".repeat(n), 1_000_000, 200_000],
  ["dots", (n) => ".".repeat(n), 1_000_000, 200_000],
  ["'%'", (n) => "%".repeat(n), 1_000_000, 200_000],
  ["spaces", (n) => " ".repeat(n), 1_000_000, 400_000],
  ["newlines", (n) => "\n".repeat(n), 1_000_000, 400_000],
  ["'số '", (n) => "số ".repeat(n), 100_000, 40_000],
  ["'các ' (PINPOINT_LEADS)", (n) => "các ".repeat(n), 100_000, 40_000],
  ["'Mục I.I.I.…' (outline section)", (n) => `Mục ${"I.".repeat(n)} Quyết định số 5/2020/QĐ-UB`, 400_000, 100_000],
  ["'mục 1.1.1.…'", (n) => `mục ${"1.".repeat(n)}`, 400_000, 100_000],
  ["'tại Mục I.I.I.I. '", (n) => "tại Mục I.I.I.I. ".repeat(n), 40_000, 10_000],
  ["'Mục C.II.1.8 Phụ lục I ' chained", (n) => `${"Mục C.II.1.8 Phụ lục I ".repeat(n)}Nghị định số 289/2025/NĐ-CP`, 10_000, 4_000],
  ["'Thông tư 5% ' (quantityAfter)", (n) => "Thông tư 5% ".repeat(n), 20_000, 10_000],
  ["'Thông tư liên tịch 0.5%, ' (listed)", (n) => "Thông tư liên tịch 0.5%, ".repeat(n), 20_000, 10_000],
  ["'i) Các khoản 1, 8 Điều 3 Quyết định số …;' (PINPOINT_LEADS)", (n) => "i) Các khoản 1, 8 Điều 3 Quyết định số 59/2025/QĐ-UBND;\n".repeat(n), 2_000, 1_000],
  ["'Thực hiện X. Ngày 1/1, Sở …' (DATED_BODY_NEXT)", (n) => "Thực hiện Kế hoạch số 78-KH/TU. Ngày 1/1, Sở Nội vụ tổ chức. ".repeat(n), 4_000, 2_000],
  ["'… ⏎Ngày 21 tháng 7 năm 2018, Ban …' (DATED_BODY_NEXT, a day in words)", (n) => "Thực hiện Kế hoạch số 78-KH/TU (sau đây gọi là Nghị quyết 7).\nNgày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy tổ chức hội nghị ".repeat(n), 3_000, 1_500],
  ["a printed opening and a long issuer's line (readsAsProse)", (n) => `Tin tức\nThực hiện Kế hoạch số 5/KH-UBND\nỦy ban nhân dân tỉnh ban hành Kế hoạch ${"đề nghị ".repeat(n)}`, 100_000, 40_000],
  ["printed openings repeated (readsAsProse)", (n) => `Tin tức\n${"Thực hiện Kế hoạch số 5/KH-UBND\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n".repeat(n)}`, 4_000, 2_000],
  ["'-KHCNTT — H' (SET_OFF_WORD)", (n) => `CÔNG VĂN SỐ 6240/BGDĐT${"-KHCNTT — H".repeat(n)}ƯỚNG`, 20_000, 10_000],
  ["'Số: …/TTLT - - - … Hà' (SET_OFF_WORD)", (n) => `Số: 10/2018/TTLT${" -".repeat(n)} Hà Nội`, 100_000, 40_000],
  ["'Số: …-BTP    …- Hà' (SET_OFF_WORD)", (n) => `Số: 10/2018/TTLT-BTP${"   ".repeat(n)}- Hà`, 100_000, 40_000],
  ["'(Số 61 ngày 2' (BRACKETED_NUMBER_LINE)", (n) => `KẾ HOẠCH\nHành động Tháng thanh niên\n(Số 61-KH/TĐ ngày 26/01/2010)\n${"(Số 61 ngày 2".repeat(n)}`, 20_000, 10_000],
  ["'chi tiết một số điều của Luật … về ' (DETAILED_BEFORE)", (n) => "chi tiết một số điều của Luật quản lý về ".repeat(n), 20_000, 5_000],
  ["'Luật Hàng không dân dụng ' (NAME_GOES_ON)", (n) => "Luật Hàng không dân dụng ".repeat(n), 20_000, 5_000],
  ["'Về thi hành Luật Đất đai ⏎' under a decree's kind line (pairs58's Cue.kinds)", (n) => `NGHỊ ĐỊNH\n${"Về thi hành Luật Đất đai\n".repeat(n)}`, 40_000, 10_000],
  ["'Về thi hành ' (Cue.kinds)", (n) => "Về thi hành ".repeat(n), 100_000, 40_000],
  ["'vừa ban hành Quyết định số …' then a retold closing article (told-closing)", (n) => `${"Bộ vừa ban hành Quyết định số 1/2015/QĐ-BNN. ".repeat(n)}\n\nQuyết định có hiệu lực; thay thế Quyết định số 2/2010/QĐ-BNN.`, 10_000, 4_000],
];

describe("session 58's rules stay linear on runs of their own triggers", () => {
  staysLinear(TRIGGERS);
});

/**
 * One line of many cues, then a long run, 2× against 1× (the lead's told-closing test's measure): each cue's reading
 * looks at a bounded window, never back to the text's start or on to its end.
 * 8,000 repetitions (16,000 before session 61, whose CI run neared its five-minute budget): a quadratic cost still
 * reads near 4, a linear one near 2.
 */
describe("a text of one line, many cues and a long run after them: linear", () => {
  const ONE_LINE: [string, (n: number) => string, number?][] = [
    ["'Thực hiện X. Ngày 1/1, Sở …' (referencesOnly per clause)", (n) => "Thực hiện Quyết định số 5. Ngày 1/1, Sở Nội vụ họp. ".repeat(n)],
    ["'Thực hiện X. Ngày 1/1, Sở …' then letters", (n) => `${"Thực hiện Quyết định số 5. Ngày 1/1, Sở Nội vụ họp. ".repeat(n)}${"a".repeat(50 * n)}`],
    ["'Thực hiện A; B, UBND tỉnh đã ban hành Kế hoạch C; …' (a head cue carried down a list, passed on in each clause)", (n) => `Thực hiện Quyết định số 1/QĐ-UB; ${"Quyết định số 3/QĐ-UB, UBND tỉnh đã ban hành Kế hoạch số 2/KH-UB; ".repeat(n)}`],
    ["'Thực hiện X. ' then letters (taskItem's line start)", (n) => `${"Thực hiện Quyết định số 5. ".repeat(n)}${"a".repeat(50 * n)}`],
    ["'Các khoản 1 Điều 3 X. ' then letters", (n) => `${"Các khoản 1 Điều 3 Quyết định số 5. ".repeat(n)}${"a".repeat(50 * n)}`],
    ["'tại Mục II.4 X. ' then spaces", (n) => `${"tại Mục II.4 Quyết định số 5. ".repeat(n)}${" ".repeat(50 * n)}`],
    ["'Thông tư 5% Nghị quyết số 5 ' then digits", (n) => `${"Thông tư 5% Nghị quyết số 5 ".repeat(n)}${"1".repeat(50 * n)}`],
  ];
  it.each(ONE_LINE)("analyze(): %s", (_name, make, n = 8_000) => {
    expect(cpuRatio((t) => analyze(t), make(n), make(n / 2), 3, 3)).toBeLessThan(3);
  }, 120_000);
});

/** Session 58's triggers in pieces, line breaks of every kind, blanks and combining marks, in random order. */
const PIECES = [
  "1", "5", "0", "I", "II", "C", "8", ".", "I.", "II.4", "C.II.1.8", "%", "‰", " %", ",5", "0.5", "/", "-", " - ", " — ", "(", ")",
  "số ", "Số ", "Số: ", "ngày ", "Ngày ", "tháng ", "năm ", "các ", "Các ", "khoản ", "Điều ", "Mục ", "mục ", "Phụ lục ", "tại ",
  "Thực hiện ", "Để thực hiện ", "Triển khai ", "vừa ban hành ", "đã ban hành ", "được đăng Công báo ", "có hiệu lực ", "thay thế ", "Bãi bỏ ",
  "chi tiết ", "một số điều ", "của ", "về ", "Luật ", "Bộ Luật lao động ", "Hàng không dân dụng ", "hàng không ", "Quyết định ", "Thông tư ",
  "Thông tư liên tịch ", "Kế hoạch ", "KẾ HOẠCH", "Nghị quyết ", "Sở Nội vụ ", "Ban thường vụ ", "Ủy ban nhân dân tỉnh ", "đề nghị ", "như sau:",
  "\r", "\n", "\r\n", "\n\n", "\u00a0", "\t", "  ", "\u0301", "\u0306", "\u0323", " ", ";", ",",
  // Whole phrases each rule reads, so that the strings hold citations for the span checks to bite on.
  "Thực hiện Kế hoạch số 78-KH/TU, ngày 15/6/2018 của Ban Thường vụ Thành ủy (sau đây gọi là Nghị quyết 7). ",
  "Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy Trường tổ chức hội nghị. ", ". Ngày 4/10, Sở Nội vụ phối hợp tổ chức.",
  "Bộ Giao thông vận tải đã ban hành Quyết định số 25/2008/QĐ-BGTVT về xếp loại đường.\n\n",
  "Quyết định được đăng Công báo ngày 10/12/2008; thay thế Quyết định số 29/2007/QĐ-BGTVT.\n",
  "\nỦy ban nhân dân tỉnh Hậu Giang ban hành Kế hoạch, với các nội dung như sau:\n", "29/4/2020, 15:28 (GMT+7)\n",
  "i) Các khoản 1, 8, 10, 11 và 12 Điều 3 Quyết định số 59/2025/QĐ-UBND;\n", "2. Quyết định này bãi bỏ các Quyết định sau:\n",
  "CÔNG VĂN SỐ 6240/BGDĐT-KHCNTT — HƯỚNG DẪN\n", "Số: 10/2018/TTLT-BTP-BCA-BQP- Hà Nội, ngày 29 tháng 6 năm 2018\n",
  "KẾ HOẠCH\nHành động Tháng thanh niên năm 2010\n(Số 61-KH/TĐ ngày 26/01/2010)\n", "(Số 97 ngày 16/12/2010)\n",
  "tại Mục III.8 Phụ lục II Nghị quyết số 197/2025/QH15 ", "Mục C.II.1.8 Phụ lục I ban hành kèm theo Nghị định số 289/2025/NĐ-CP ",
  "Thông tư 5%", "Thông tư liên tịch 0.5%", "theo Chỉ thị 15, 1,5% còn lại ", "Căn cứ Nghị định số 64/2018/NĐ-CP; ",
  "Nghị định số 06/CP quy định chi tiết một số điều của Bộ Luật lao động về an toàn lao động;",
  "Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;\n", "NGHỊ ĐỊNH\nVề thi hành Luật Đất đai\n", "Về việc thi hành ",
];
const hostile = stringsOf(PIECES);

describe("strings of session 58's triggers", () => {
  holdsCitationsOften(hostile, 58);
  holdsOn(hostile);
});

/**
 * One short text per rule, each read by it (the first test below says so): drafting as the texts the rules were made
 * from write it (their fixtures are named in the rules' comments and tests).
 */
const SAMPLES: ParitySample[] = [
  [
    "DATED_BODY_NEXT, the day in words after the stop",
    "Thực hiện Kế hoạch số 78-KH/TU, ngày 15/6/2018 của Ban Thường vụ Thành ủy Sông Công; Kế hoạch số 61-KH/ĐU của Ban Thường vụ Đảng ủy Trường CĐCN Việt Đức về tổ chức học tập, quán triệt và triển khai thực hiện Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa XII (sau đây gọi là Nghị quyết hội nghị Trung ương 7). Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy Trường CĐCN Việt Đức tổ chức hội nghị học tập, quán triệt.",
    (a) => a.citations.length === 2 && a.citations.every((c) => c.role === "references"),
  ],
  [
    "DATED_BODY_NEXT, the next sentence on a line of its own",
    "Thực hiện Kế hoạch số 4801/KH-UBND ngày 30/12/2020 của UBND tỉnh về cải cách hành chính nhà nước năm 2021 trên địa bàn tỉnh Điện Biên.\n\nNgày 4/10, Sở Nội vụ phối hợp với UBND huyện Tủa Chùa tổ chức bồi dưỡng nghiệp vụ cải cách hành chính.",
    (a) => a.citations.length === 1 && a.citations[0].role === "references",
  ],
  [
    "PRINTED_OPENING_WORDS (readsAsProse)",
    "Tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2020 trên địa bàn tỉnh\n29/4/2020, 15:28 (GMT+7)\n\nThực hiện Kế hoạch số 8261/KH-BCT ngày 31 tháng 10 năm 2019 của Bộ Công Thương về tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2020;\n\nỦy ban nhân dân tỉnh Hậu Giang ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2020, với các nội dung như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích và yêu cầu\n\n- Tổ chức các hoạt động thiết thực, hiệu quả.\n",
    (a) => a.citations[0]?.role === "implements",
  ],
  [
    "told-closing",
    "Ngày 27/11/2008, Bộ Giao thông vận tải đã ban hành Quyết định số 25/2008/QĐ-BGTVT về việc xếp loại đường để xác định cước vận tải đường bộ năm 2008.\n\nQuyết định được đăng Công báo ngày 10/12/2008 và có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo; thay thế Quyết định số 29/2007/QĐ-BGTVT ngày 26/6/2007.\n",
    (a) => a.relations.some((r) => r.type === "replaces" && r.from === "25/2008/QĐ-BGTVT" && r.to === "29/2007/QĐ-BGTVT"),
  ],
  [
    "PINPOINT_LEADS 'các'",
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 49/2026/QĐ-UBND\nLào Cai, ngày 30 tháng 6 năm 2026\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI\nĐiều 2. Hiệu lực thi hành\n2. Quyết định này bãi bỏ các Quyết định sau:\na) Quyết định số 15/2024/QĐ-UBND ngày 20 tháng 9 năm 2024 của Ủy ban nhân dân tỉnh Yên Bái;\ni) Các khoản 1, 8, 10, 11 và 12 Điều 3 Quyết định số 59/2025/QĐ-UBND ngày 27 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai;\nk) Quyết định số 22/2025/QĐ-UBND ngày 11 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai.\n",
    (a) => a.citations.filter((c) => c.role === "repeals").length === 3,
  ],
  [
    "SET_OFF_WORD",
    "BỘ TƯ PHÁP - BỘ CÔNG AN - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 10/2018/TTLT-BTP-BCA-BQP- Hà Nội, ngày 29 tháng 6 năm 2018\n\nBTC-TANDTC-VKSNDTC\n\nTHÔNG TƯ LIÊN TỊCH\nQuy định về phối hợp\n",
    (a) => a.self?.symbol === "TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
  ],
  [
    "BRACKETED_NUMBER_LINE",
    "Năm 2010 là năm diễn ra nhiều sự kiện chính trị quan trọng.\n\nKẾ HOẠCH\nHành động Tháng thanh niên năm 2010\n(Số 61-KH/TĐ ngày 26/01/2010)\n----------\n\nNăm 2010 là năm diễn ra nhiều sự kiện chính trị quan trọng của quê hương, đất nước.\n",
    (a) => a.self?.number === "61" && a.self?.symbol === "KH/TĐ",
  ],
  [
    "outline section label",
    "Chi phí bằng 100% định mức quy định tại Mục III.8 Phụ lục II Nghị quyết số 197/2025/QH15 ngày 17 tháng 5 năm 2025.",
    (a) => a.citations[0]?.pinpoint?.section === "III.8",
  ],
  [
    "quantityAfter",
    "Căn cứ Nghị định số 64/2018/NĐ-CP ngày 7/5/2018;\nPhê duyệt, ký ban hành Thông tư 5% theo Nghị định 64, 5% còn lại.",
    (a) => a.citations.length === 2 && a.citations.every((c) => c.id === "64/2018/NĐ-CP"),
  ],
  [
    "DETAILED_BEFORE 'chi tiết một số điều của'",
    "Căn cứ Nghị định số 06/CP ngày 20 tháng 01 năm 1995 của Chính phủ quy định chi tiết một số điều của Bộ Luật lao động về an toàn lao động, vệ sinh lao động;",
    (a) => a.citations[1]?.id === "code:lao-dong@?",
  ],
  [
    "Cue.kinds, 'Về thi hành <law>' a decree's subject",
    "CHÍNH PHỦ\nSố: 181/2004/NĐ-CP\nHà Nội, ngày 29 tháng 10 năm 2004\nNGHỊ ĐỊNH\nVề thi hành Luật Đất đai\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;\nNGHỊ ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n",
    (a) => a.citations.some((c) => c.id === "law:dat-dai@2003" && c.role === "guides"),
  ],
  [
    "NAME_GOES_ON 'hàng không dân dụng'",
    "Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;\nCăn cứ Nghị định số 64/2018/NĐ-CP ngày 7/5/2018;",
    (a) => a.citations[0]?.id === "law:hang-khong-dan-dung-viet-nam@2006",
  ],
];

/** What a reader of the analysis sees, without offsets (other blanks move them); evidence blanks folded, composed. */
function reading(a: Analysis) {
  return {
    self: [a.self?.kind ?? null, a.self?.number ?? null, a.self?.symbol ?? null],
    citations: a.citations.map((c) => [c.id, c.role, c.kind, c.date ?? null, c.year ?? null, c.pinpoint?.section ?? null]),
    relations: a.relations.map((r) => [r.from, r.type, r.to, r.evidence.sentence.replace(/\s+/g, " ").normalize("NFC")]),
  };
}
const read = (text: string) => reading(analyze(text, { path: "sample" }));

describe("session 58's rules read other blanks, line ends and NFD as they read plain text", () => {
  readsAlike(SAMPLES, read);
});
