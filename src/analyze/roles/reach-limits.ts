/**
 * Where a pending cue stops short of the next document although the document is within its reach: a
 * letter's guidance quoting the rule it follows, an amendment spent on a document amended alone, a
 * section heading's cue over a paragraph.
 */
import type { Kind } from "../../types.js";
import type { Clause } from "../clauses.js";
import { type Cue, CUES, DRAFT_WORDS, FOLLOWED_GUIDANCE_WORDS, FUNDING_NOUNS, WORDING_AMENDS_CUE, WORDING_REPEALS_CUE, GUIDED_ADDRESSEE_VERBS, GUIDED_ADDRESSEE_WORDS, GUIDED_WORK_NOT_AFTER, GUIDED_WORK_WORDS, OWNED_PLAN_VERBS, PLAN_OWNER_BODIES, PROJECT_NAME_WORDS, RULE_PART_WORDS, SALUTATION_WORDS, SCOPE_BODY_WORDS, TASK_ITEM_LEAD_WORDS, TASK_ITEM_MORE_VERBS, TASK_ITEM_VERBS, TOLD_DEMAND_WORDS, WORK_GUIDING_KINDS, WORK_UNDER_RULE_WORDS, WORK_UNDER_WORDS } from "../../vocab/cues.js";
import { BULLET_CLASS } from "../../vocab/bullets.js";
import { phraseSource } from "../../vocab/phrases.js";
import { AMENDED_ALONE } from "../../vocab/laws.js";
import { ARTICLE_WORD, PURPOSE_HEADING_WORDS } from "../../vocab/parts.js";
import { dropTrailingPinpoint, FAR_CHARS, ITEM_MARKER, KIND_WORDS, leadsList } from "../reach.js";
import { type Binding, SELF } from "./reading.js";
import { OTHER_BODIES, SENTENCE_STOP } from "./patterns.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * Whether a letter's own "hướng dẫn" reaches, through "theo", the rule the guided work follows
 * (GUIDED_WORK_WORDS): the words from `from` (the cue's end, or the start of the list item it was
 * carried to) to the document name that rule. The document is quoted, not guided.
 */
export function guidesWorkUnder(text: string, b: Binding, from: number, to: number, ownKind: Kind | null): boolean {
  if (b.type !== "guides" || b.actor !== SELF || b.passive) return false;
  // Guidance given to people, in any kind of document, guides no document named after them.
  if (guidesPeople(text, b)) return true;
  // Nor the document whose own guidance the work follows ("… theo hướng dẫn của Thông tư 107"), in any kind of
  // document: "hướng dẫn" after "theo" is that document's (vocab FOLLOWED_GUIDANCE_WORDS). Read from before `from`:
  // the binding may have been carried past "theo hướng dẫn", found as a cue of its own (head-cue.ts).
  if (FOLLOWED_GUIDANCE().test(dropTrailingPinpoint(text.slice(Math.max(0, to - FOLLOWED_CHARS), to)))) return true;
  // Nor the document whose provisions name the bodies the guided work is theirs ("… kế hoạch thanh tra hằng năm của
  // các cơ quan thanh tra quy định tại Điều 7 Luật Thanh tra", fresh55c-014; vocab SCOPE_BODY_WORDS): it says who.
  if (BODIES_BY_UNITS().test(dropTrailingPinpoint(text.slice(Math.max(from, to - BODIES_CHARS), to)))) return true;
  // "hướng dẫn thực hiện <việc> theo (quy định tại) X" guides X (CONVENTIONS §6, §27): the guided carrying-out is X's,
  // as a letter's closing "Trên đây là một số ý kiến hướng dẫn thực hiện công tác quản lý an toàn thực phẩm theo quy
  // định tại Nghị định số 15/2018/NĐ-CP" (Bộ Công Thương 3109/BCT-KHCN, fresh63c-007) and a subject line "V/v Hướng
  // dẫn thực hiện một số điểm mới theo Thông tư 38/2015/TT-BTC" (Đồng Nai customs, listing60 row 94) say.
  return WORK_GUIDING.has(ownKind) && !CARRYING_OUT_CUE().test(text.slice(Math.max(0, b.end - 12), b.end)) && GUIDED_WORK().test(text.slice(from, to));
}
/** The cue's own words end in "thực hiện" ("Hướng dẫn thực hiện"). */
const CARRYING_OUT_CUE = lazyRegExp(() => /(?<![\p{L}\p{M}])thực\s{1,4}hiện$/iu);
/**
 * Whether the document's own "hướng dẫn" instructs people, named right after it (GUIDED_ADDRESSEE_WORDS):
 * a document named after them is the rule they follow, not guided; nor does a "thực hiện" in their
 * task ("hướng dẫn các cơ quan … phân công người thực hiện nhiệm vụ … theo quy định tại …") carry the guidance on.
 */
export function guidesPeople(text: string, b: Binding): boolean {
  return b.type === "guides" && b.actor === SELF && !b.passive && GUIDES_ADDRESSEE().test(text.slice(b.end, b.end + ADDRESSEE_CHARS));
}
const WORK_GUIDING: ReadonlySet<Kind | null> = new Set(WORK_GUIDING_KINDS);
/**
 * A body's noun (SCOPE_BODY_WORDS) and at most three words in small letters ("cơ quan thanh tra"), "theo" at most, then
 * "quy định tại" and the units (dropped before the test) right before the document. Small letters only: "thuộc thẩm
 * quyền của Chính phủ quy định tại khoản 3 Điều 4 của Nghị quyết số 197/2025/QH15" (fresh46f-013) names the matter.
 */
const BODIES_BY_UNITS = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(SCOPE_BODY_WORDS)})(?:[ \t\r\n]{1,4}[\p{Ll}\p{M}]{1,12}){0,3}(?:[ \t\r\n]{1,4}theo)?[ \t\r\n]{1,4}quy[ \t\r\n]{1,4}định[ \t\r\n]{1,4}tại[ \t\r\n]{0,4}$`,
  "u",
));
/** The body's words, "quy định tại" and the units fit in this much text before the document. */
const BODIES_CHARS = 200;
/** "hướng dẫn" then, with "đôn đốc" or "kiểm tra" joined or not, whom it instructs. Words only: linear. */
const GUIDES_ADDRESSEE = lazyRegExp(() => new RegExp(
  String.raw`^[\s,]*(?:(?:và\s+)?(?:${phraseSource(GUIDED_ADDRESSEE_VERBS)})[\s,]+)*(?:${phraseSource(GUIDED_ADDRESSEE_WORDS)})(?![\p{L}\p{N}])`,
  "iu",
));
/** The verbs and whom they instruct fit in this much text after the cue. */
const ADDRESSEE_CHARS = 60;
/** "theo hướng dẫn của/tại", then units at most, fit in this much text before the document. */
const FOLLOWED_CHARS = 120;
/** "theo hướng dẫn của/tại" right before the document (its units dropped first). Words then spaces: linear. */
const FOLLOWED_GUIDANCE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(FOLLOWED_GUIDANCE_WORDS)})\s{0,8}$`, "iu"));
const GUIDED_WORK = lazyRegExp(() => new RegExp(String.raw`(?<!(?:${phraseSource(GUIDED_WORK_NOT_AFTER)})\s+)(?<![\p{L}\p{N}])(?:${phraseSource(GUIDED_WORK_WORDS)})(?![\p{L}\p{N}])`, "iu"));

/**
 * Whether a cue carried past ";" from inside one item of a list (its line opens with the item's marker,
 * the item ends with ";") would reach into the list's next item (the clause at `from` opens with a marker
 * of the same sort): that item is a task of its own, with its own verb, and the document it names is
 * its rule, not the earlier item's object. A department's duties, one lettered task each: "h) Hướng dẫn
 * việc hạch toán, quyết toán ngân sách địa phương … và tổ chức thực hiện chế độ công khai tài chính … theo
 * quy định của pháp luật; ⏎⏎ i) Tổng hợp, lập quyết toán ngân sách địa phương … theo quy định của Luật
 * Ngân sách nhà nước;" (UBND TP Hà Nội 15/2025/QĐ-UBND, fixtures/fresh/fresh43a-002: the law is no
 * guidance of the decision's), "b) Hướng dẫn, kiểm tra, giải quyết theo thẩm quyền … theo quy định của
 * pháp luật và phân cấp quản lý …; ⏎⏎ c) Chủ trị, phối hợp … thực hiện một số chế độ chính sách … theo
 * Quyết định số 3616-QĐ/TU …" (18/2025/QĐ-UBND, fresh43a-003), "3 . Hướng dẫn , chỉ đạo người đại diện thực
 * hiện việc giải quyết bồi thường theo đúng các quy định của pháp luật ; ⏎ 4 . Báo cáo về việc giải quyết bồi
 * thường theo quy định tại Điều 12 của Nghị định này ;" (a decree's duties, fixtures/fresh/seg34-017). A
 * list's head ends with ":" ("Bãi bỏ các văn bản sau: ⏎ a) …"), or is no item of the list it heads ("Căn cứ:
 * ⏎ - Luật …;"), and carries its cue on still.
 */
export function nextItemsTask(text: string, carried: Binding, from: number): boolean {
  if (text.charCodeAt(from - 1) !== SEMICOLON_CODE) return false;
  const own = ITEM_MARKER().exec(text.slice(text.lastIndexOf("\n", carried.end - 1) + 1, carried.end));
  if (own === null) return false;
  const next = ITEM_MARKER().exec(text.slice(from, from + NEXT_MARKER_CHARS));
  return next !== null && markerSort(own[0]) === markerSort(next[0]);
}
const SEMICOLON_CODE = 0x3b;
/** Blank lines and the marker fit in this much text after the ";". */
const NEXT_MARKER_CHARS = 24;
/** The sort of an item's marker: a letter, a number, a Roman numeral, or the bullet itself. */
function markerSort(marker: string): string {
  const m = marker.replace(MARKER_LEAD, "");
  return ROMAN_MARKER.test(m) ? "roman" : NUMBER_MARKER().test(m) ? "number" : LETTER_MARKER().test(m) ? "letter" : m.charAt(0);
}
// Module constants: a \p{…} literal inside a function is rebuilt by the bundler on every call.
const MARKER_LEAD = /^[\s*#]+/u;
const ROMAN_MARKER = /^[IVXLC]+[ \t]*[.)]/u;
const NUMBER_MARKER = lazyRegExp(() => /^\p{N}/u);
const LETTER_MARKER = lazyRegExp(() => /^\p{L}/u);

/**
 * "Nghị quyết số A … sửa đổi, bổ sung một số điều của Hiến pháp nước …, Luật … số B, Kết luận số C":
 * the amendment's object, named right after its cue, is a document amended alone (AMENDED_ALONE): the
 * cue is spent on it, and B is no object of A's; it goes on with the list A heads. So is "thực hiện" spent on
 * a plan named by its kind and owner, whose own verb names the next document (OWNED_PLAN_THEN_VERB).
 */
export function spentOnNamed(text: string, b: Binding, to: number): boolean {
  if (b.passive) return false;
  if (b.type === "implements") return to - b.end <= OWNED_PLAN_CHARS && OWNED_PLAN_THEN_VERB.test(text.slice(b.end, to));
  if (b.type !== "amends") return false;
  const words = text.slice(b.end, Math.min(to, b.end + AMENDED_ALONE_CHARS));
  return AMENDED_ALONE_OPENS.test(words) && AMENDED_ALONE_AT().test(words);
}
/**
 * Whether the law named at `at` (its kind word) is a draft's: "dự án Luật …" (the project of a law, before the
 * National Assembly passes it) or "dự thảo Luật …". No cue acts on it: "Điều chỉnh từ Chương trình cho ý kiến tại kỳ
 * họp thứ 7 … sang Chương trình cho ý kiến tại kỳ họp thứ 8 …: dự án Luật sửa đổi, bổ sung một số điều của Luật Tiêu
 * chuẩn và quy chuẩn kỹ thuật." (the Standing Committee's resolution adjusting the law-making programme,
 * fixtures/fresh/fresh47e-005) moves the draft in the programme and amends no law. Every other such name in the
 * probe and dev texts is read so already, a reference ("V/v thông báo ý kiến Thủ tướng về Dự án Luật thuế thu nhập
 * cá nhân", fresh29h-034; "Điều 1. Về dự án Luật Ban hành văn bản quy phạm pháp luật (sửa đổi):", fresh30e-007; "…
 * xây dựng và trình Dự án Luật An toàn thực phẩm (sửa đổi)", fresh46g-007; "… chỉ đạo việc xây dựng, hoàn thiện
 * dự án Luật sửa đổi, bổ sung …", fresh46g-013; pairs29-002, pairs43-002, pairs50b-001, seg34-014). The nouns
 * and the spaces after them fit in DRAFT_CHARS; case-folded ("Dự án Luật" in a letter's subject line).
 */
export function namesDraft(text: string, at: number): boolean {
  return DRAFT_BEFORE().test(text.slice(Math.max(0, at - DRAFT_CHARS), at));
}
const DRAFT_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource([...PROJECT_NAME_WORDS, ...DRAFT_WORDS])})[ \t]+$`, "iu"));
/** The longest noun ("dự thảo") and a few spaces after it. */
const DRAFT_CHARS = 16;

/**
 * "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ X" (Quảng Ngãi
 * 590/QĐ-UBND, 2014, fixtures/fresh/fresh30w-001), "… thực hiện Kế hoạch của Ban Chấp hành Đảng bộ tỉnh
 * thực hiện Nghị quyết số X" (plans32-011), "Kế hoạch hành động thực hiện Chương trình hành động của Chính
 * phủ và của Tỉnh ủy thực hiện Nghị quyết Hội nghị …" (fresh30x-003; fresh30h-013's title): "thực hiện"'s
 * object is a plan named by its kind and its owner (PLAN_OWNER_BODIES), no number, and the verb after the
 * owner (OWNED_PLAN_VERBS) is that plan's: X, right after it, is what the plan carries out, named in its
 * description. The golds read a plan's plan so (fresh30w-001, -009, pairs31-002, -006, plans32-011: X nested
 * or a basis, never the document's own implements). The owner's words hold no digit or stop, a few at most,
 * so the run stays linear.
 */
const OWNED_PLAN_THEN_VERB = new RegExp(
  String.raw`^\s*(?:các\s+)?(?:${KIND_WORDS})(?:\s+hành\s+động)?\s+của\s*(?:${phraseSource(PLAN_OWNER_BODIES)})(?:\s+[^\s,;.:\d()]+){0,8}?\s+(?:${phraseSource(OWNED_PLAN_VERBS)})\s*$`,
  "iu",
);
/** A kind, "hành động", an owner's name and the verb fit in this much text. */
const OWNED_PLAN_CHARS = 160;
const AMENDED_ALONE_OPENING = String.raw`^\s*(?:của\s+)?(?:${phraseSource(AMENDED_ALONE, { anyCase: true })})`;
const AMENDED_ALONE_AT = lazyRegExp(() => new RegExp(String.raw`${AMENDED_ALONE_OPENING}(?![\p{L}\p{N}])`, "iu"));
/**
 * AMENDED_ALONE_AT without its look-ahead, tried first: the letter and digit classes under "iu" are most
 * of its cost to compile (~2-5 ms a process), and none of 2,000 plans' 713 windows opens with the name.
 */
const AMENDED_ALONE_OPENS = new RegExp(AMENDED_ALONE_OPENING, "iu");
const AMENDED_ALONE_CHARS = 24;

/**
 * A section heading in capitals ("II. TỔ CHỨC THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN") names what the
 * section is about; its cue governs a document listed under it ("I. CĂN CỨ PHÁP LÝ ⏎ Nghị quyết số
 * …"), not one in the middle of the paragraph below it ("… báo cáo theo mẫu kèm theo Công văn số …").
 */
export function belowHeading(text: string, b: Binding, to: number): boolean {
  if (b.actor !== SELF) return false;
  // The line's ends are looked for within HEADING_CHARS of the cue, no further: a longer line is no
  // heading. Looked for with indexOf and lastIndexOf, they were walked to the text's ends for each
  // binding asked, and a text on one line (no "\n" to stop at) cost the square of its length.
  const lineEnd = newlineIn(text, b.end, Math.min(to, b.end + HEADING_CHARS + 1));
  if (lineEnd < 0) return false;
  const lineStart = newlineBack(text, b.end - 1, lineEnd - HEADING_CHARS - 1) + 1;
  if (lineStart === 0 && lineEnd - HEADING_CHARS - 1 > 0) return false;
  const line = text.slice(lineStart, lineEnd);
  if (line.length > HEADING_CHARS || !HEADING_LINE().test(line)) return false;
  return !leadsList(text.slice(text.lastIndexOf("\n", to - 1) + 1, to));
}
const NEWLINE = 0x0a;
/** The first "\n" in text[from, to), or -1. */
function newlineIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === NEWLINE) return i;
  return -1;
}
/** The last "\n" at or before `from` and after `limit` (at least 0), or -1. */
function newlineBack(text: string, from: number, limit: number): number {
  for (let i = from; i >= 0 && i >= limit; i--) if (text.charCodeAt(i) === NEWLINE) return i;
  return -1;
}
/** A numbered section heading: its number, then words in capitals and nothing that ends a sentence. */
const HEADING_LINE = lazyRegExp(() => /^[\s*#_]*[IVXLC]{1,6}[ \t]*[.)][^\p{Ll}.;:]*$/u);
const HEADING_CHARS = 120;

/**
 * Whether the document's own "thực hiện" reaches, through a last "theo" (WORK_UNDER_WORDS), the document
 * after it in a body past its first division (`divided`, DivisionTracker): the work named between is done
 * the way that document says, a task the document sets or tells of; the document is a reference. So
 * through "quy định tại" and a part of it (RULE_PART_WORDS): one provision's rule, kept. Only the
 * tail of the words is read, so the test is as short as the words are long.
 */
export function workUnderRule(text: string, b: Binding, to: number, divided: boolean): boolean {
  if (b.type !== "implements" || b.actor !== SELF || b.passive) return false;
  // Before the first division (and in a subject line), only a work's rule through "theo quy định tại/của": a
  // funded work's (FUNDING_NOUNS), or one the cue names on its line (NAMED_WORK_UNDER_RULE). A plain "theo"
  // there states the document's own purpose.
  if (!divided && !FUNDED_CUE().test(text.slice(Math.max(0, b.end - FUNDED_CHARS), b.end)) && !namedWorkUnderRule(text, b.end, to)) return false;
  if ((divided ? WORK_UNDER() : FUNDED_WORK_UNDER()).test(text.slice(Math.max(b.end, to - WORK_UNDER_CHARS), to))) return true;
  // "… chế độ báo cáo đã được quy định tại Mục IV Chỉ thị số …": one provision's rule (RULE_PART_WORDS).
  const tail = text.slice(Math.max(b.end, to - RULE_PART_CHARS), to);
  const lead = dropTrailingPinpoint(tail);
  return lead !== tail && RULE_PART().test(lead);
}
/**
 * Whether the document's own "thực hiện"/"triển khai" reaches a law, code or ordinance named without a number
 * (`named`) in a body past its first division (`divided`, DivisionTracker): a task the document sets or tells
 * of, one among its others, not what the document carries out: a document that carries out a law says so in
 * its title or opening, where it names it. "IV. Một số giải pháp chủ yếu : ⏎1 . Triển khai Luật HTX , các
 * văn bản hướng dẫn , Luật Dân sự …" (seg33b-002), "- Triển khai mạnh mẽ Luật Giao thông đường bộ năm 2008 và
 * các Nghị định …" (seg34-010), "3.1 . Triển khai thực hiện tốt Luật Quốc tịch Việt Nam ( sửa đổi ) , Luật Lý
 * lịch tư pháp …" (seg34-014), "I. MỤC ĐÍCH YÊU CẦU ⏎1. Mục đích ⏎- … Triển khai thực hiện có hiệu quả Luật
 * phòng, chống bạo lực gia đình." (fresh30n-017). Not an article: "Điều 1. Ban hành kèm theo Quyết định này Kế
 * hoạch triển khai thi hành Luật Đất đai." is the document's own act (fresh29h-008, fresh29k-012). Its items are
 * tasks still: "Điều 1 : Phê duyệt kế hoạch … ⏎ … IV. Một số giải pháp chủ yếu : ⏎1 . Triển khai Luật HTX …"
 * (seg33b-002). A numbered document at a task item's head is read by taskItem (CONVENTIONS.md §11). So is the
 * document's own "hướng dẫn"/"quy định chi tiết" on a list item's line there (GUIDING_TASK_LINE, below).
 */
export function taskOnNamedLaw(text: string, b: Binding, named: boolean, divided: boolean): boolean {
  if (!named || !divided || (b.type !== "implements" && b.type !== "guides") || b.actor !== SELF || b.passive) return false;
  const line = text.lastIndexOf("\n", b.end) + 1;
  // A guidance is a task only on a list item's line (GUIDING_TASK_LINE): an article's or a paragraph's "… này hướng dẫn
  // … Luật X" is the document's own scope.
  if (b.type === "guides" && !GUIDING_TASK_LINE().test(text.slice(line, Math.min(b.end, line + GUIDING_TASK_LINE_CHARS)))) return false;
  return !ARTICLE_LINE.test(text.slice(line, b.end)) && !underPurposeHeading(text, line);
}
/**
 * A list item's line: its marker (a bullet, "1.", "a)", "đ)") opens it. "- Việc hướng dẫn thủ tục hoàn tất danh mục hồ sơ …,
 * thời hạn nộp hồ sơ đối với người tự ứng cử (theo quy định tại Điều 35 của Luật Bầu cử năm 2015 …)" (a Front committee's
 * plan to supervise an election, one point to check, fixtures/fresh/fresh38a-005); "a) Chính phủ quy định chi tiết quy trình
 * lập quy hoạch … theo quy định tại Điều 16 của Luật Quy hoạch; …; quy định chi tiết Điều 45 của Luật Quy hoạch về …", "đ) Quy
 * định chi tiết việc huy động … và tuân thủ quy định của Luật Quy hoạch về trình tự …" (the National Assembly's 61/2022/QH15,
 * the Government's tasks under "Điều 2. Nhiệm vụ, giải pháp chủ yếu", fixtures/fresh/fresh55i-006): the guidance is the
 * addressee's task or a point to check, past the body's first division, as "Triển khai Luật …" there is (above).
 */
const GUIDING_TASK_LINE = lazyRegExp(() => new RegExp(String.raw`^[ \t*#_]*(?:[${BULLET_CLASS}*+]|\d+(?:\.\d+)*[ \t]*[.)]|[a-zđ][ \t]*\))[ \t]`, "u"));
/** The marker opens its line within this many characters. */
const GUIDING_TASK_LINE_CHARS = 24;
/**
 * Whether the document's own "triển khai"/"quán triệt"/"tuyên truyền"/"phổ biến" heads a task item in a body past
 * its first division (`divided`): a line that opens, after an item's marker and a few lead words
 * (TASK_ITEM_LEAD_WORDS), with the task's verbs and nothing else before the cue's end. The item sets the
 * addressees work on the document it names; the document is a reference (fixtures/fresh/CONVENTIONS.md §11):
 * "II. Một số công việc tiếp tục triển khai thực hiện trong năm 2019: … - Tổ chức triển khai thực hiện tốt
 * Chỉ thị số 04/CT-BTC …" (a notice, fresh50b-005), "1. Công tác phòng, chống tội phạm … ⏎ Tiếp tục quán triệt
 * thực hiện Chỉ thị số 48-CT/TW …" (a guidance, fresh39a-002), "IV. Một số giải pháp chủ yếu : … 2 . Triển khai
 * thực hiện Nghị Định 88/2005/NĐ-CP …" (seg33b-002), "4.2 . Triển khai thực hiện hiệu quả Chỉ thị số 33-CT / TW"
 * (seg34-014); the dev gold reads a directive's assignment item the same way ("1.2 . Các đồng chí Thứ trưởng …
 * tiếp tục chỉ đạo các công việc tại Chỉ thị số 18/CT-BCT", dev-039). A purpose section's item is the
 * document's own aim (§5, underPurposeHeading), and an article's line its own act; a bare "Thực hiện X"
 * opening a section ("Ii. về công tác … ⏎ Thực hiện Nghị quyết số 32/2007/NQ-CP …", dev-011) is no task item.
 */
export function taskItem(text: string, b: Binding, divided: boolean, ownKind: Kind | null = null): boolean {
  if (b.type !== "implements" || b.actor !== SELF || b.passive) return false;
  const line = lineStartWithin(text, b.end, TASK_HEAD_CHARS);
  if (line < 0) return false;
  if (!divided && !(ownKind === null && underToldDemand(text, line))) return false;
  const head = text.slice(line, b.end);
  return TASK_ITEM_HEAD.test(head) && !ARTICLE_LINE.test(head) && !underPurposeHeading(text, line);
}
/**
 * How far back a task item's head (TASK_ITEM_HEAD: a marker, lead words, up to four verbs) may start before its cue's
 * end: a line that opens further back is no task item's head. Its line's start is looked for in this window alone: a
 * lastIndexOf from every cue ran to the start of a text of one line (session 58's audit: "Thực hiện Quyết định số 5.
 * Ngày 1/1, …" repeated on one line, quadratic in analyze()).
 */
const TASK_HEAD_CHARS = 400;
/** The start of the line `at` lies in, if it is within `reach` characters before `at` (or is the text's start); -1 if not. */
function lineStartWithin(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  for (let k = at - 1; k >= from; k--) if (text.charCodeAt(k) === 10) return k + 1;
  return from === 0 ? 0 : -1;
}
/**
 * Whether the line at `line` opens under a told document's demand on a page of no kind of its own: the line before
 * it ends with a colon, and the sentence that colon ends asks in lower case (TOLD_DEMAND_WORDS). "Theo đó, UBND
 * huyện đã có Công văn số 3015/UBND-TN ngày 23/8/2018 yêu cầu Thủ trưởng các cơ quan, …, Chủ tịch UBND các xã, thị
 * trấn: ⏎ Tổ chức quán triệt Kế hoạch số 110/KH-UBND …" (a district portal telling of the letter,
 * fixtures/fresh/fresh54d-001), "…, ngày 03/04/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND với yêu cầu
 * như sau: ⏎ Thủ trưởng các Sở, ban, ngành; …: ⏎ Tổ chức phổ biến, quán triệt và triển khai thực hiện … tại Công văn
 * số 414/BNV-VTLTNN …" (a province's monthly summary, fresh52b-009): the lines under it are the demand's items, as
 * a division's are, though the page lost their marks; both golds read references (CONVENTIONS.md §3, §11).
 */
function underToldDemand(text: string, line: number): boolean {
  const before = text.slice(Math.max(0, line - TOLD_DEMAND_CHARS), line);
  if (!ENDS_WITH_COLON_LINE.test(before)) return false;
  const stop = before.lastIndexOf(". ");
  return TOLD_DEMAND().test(stop < 0 ? before : before.slice(stop));
}
/** The demand's sentence and its addressees (a long list, on a line of its own or two) are read this far back. */
const TOLD_DEMAND_CHARS = 600;
/** A line ending with a colon, then the line break (and blank lines) before the item's line. */
const ENDS_WITH_COLON_LINE = /:[ \t]*\r?\n\s*$/u;
/** The demand in lower case, a word of its own. */
const TOLD_DEMAND = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(TOLD_DEMAND_WORDS, { keepCase: true })})(?![\p{L}\p{M}])`, "u"));
/** A task item's marker: a bullet, "2 .", "4.2 .", "a)"; not a Roman numeral (a section's heading). */
const TASK_ITEM_MARKER = String.raw`(?:[${BULLET_CLASS}*+]|\d+(?:\.\d+)*[ \t]*[.)]|[a-zđ][ \t]*[.)])`;
/** A task item's whole head up to the cue's end: marker, lead words, "tổ chức", then up to four task verbs. */
const TASK_ITEM_HEAD = new RegExp(
  String.raw`^[ \t*#_]*(?:${TASK_ITEM_MARKER}[ \t]*)?(?:(?:${phraseSource(TASK_ITEM_LEAD_WORDS)})[ \t]+)*(?:tổ[ \t]+chức[ \t]+)?(?:${phraseSource(TASK_ITEM_VERBS)})(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)(?:${phraseSource(TASK_ITEM_MORE_VERBS)})){0,3}[ \t]*$`,
  "iu",
);
/**
 * Whether the document's own "thực hiện"/"quán triệt" past its body's first division (`divided`) is a measure a
 * report lists or a task it plans (`recounts`, KindEntry.recounts), not what the report carries out: an
 * initiative report's solutions "b. Nội dung sáng kiến: … 3. Quán triệt thực hiện nghiêm túc Nghị quyết số
 * 18/NQ-TW …; Chỉ thị số 05-CT/TW …" (Thuế tỉnh Cà Mau, fixtures/fresh/fresh49d-002), a ministry's monthly report's
 * plan "Ii. chỉ đạo triển khai công tác chuyên môn ⏎ 1 . ⏎ Tập trung triển khai thực hiện Quyết định số
 * 143/QĐ-LĐTBXH …" (seg34-007): both golds read references. A report performs no act (with-self.ts); its
 * opening before any division ("Thực hiện Kế hoạch số …, UBND … báo cáo …") still states what it answers.
 */
export function recountedTask(text: string, b: Binding, recounts: boolean, divided: boolean): boolean {
  if (!recounts || !divided || b.type !== "implements" || b.actor !== SELF || b.passive) return false;
  // "Thực hiện Quyết định số 1126/QĐ-BTP …, UBND tỉnh Quảng Bình đã ban hành Kế hoạch số 1093/KH-UBND" (a
  // Quảng Bình report, fresh30v-010; gold: nested 1093 implements 1126): the sentence tells of a document
  // issued under X, and the cue goes on to it (settle.ts passToIssued).
  const tail = text.slice(b.end, b.end + RECOUNTED_SENTENCE_CHARS);
  const stop = tail.search(SENTENCE_STOP); // not a line end: fresh30v-010's copy wraps its lines
  return !ISSUED_AFTER().test(stop < 0 ? tail : tail.slice(0, stop));
}
/** How far a recounted task's sentence is read for a document issued under its cue's object. */
const RECOUNTED_SENTENCE_CHARS = 800;
/** "… đã ban hành …": a document issued told in the same sentence. */
const ISSUED_AFTER = lazyRegExp(() => /(?<![\p{L}\p{N}])đã[ \t\r\n]+ban[ \t\r\n]+hành(?![\p{L}\p{N}])/iu);
/** An article's own line: "Điều 1. Ban hành kèm theo …", "Điều 1 : Phê duyệt …". */
const ARTICLE_LINE = new RegExp(String.raw`^[ \t*#_]*${ARTICLE_WORD}[ \t]+\d`, "u");

/**
 * Whether the line holding `at` lies in a plan's purpose section (underPurposeHeading): "I. MỤC ĐÍCH, YÊU CẦU ⏎ 1.
 * Quán triệt và chỉ đạo các cấp, các ngành tập trung tổ chức thực hiện có hiệu quả Nghị quyết số …".
 */
export function inPurposeSection(text: string, at: number): boolean {
  return underPurposeHeading(text, text.lastIndexOf("\n", at - 1) + 1);
}
/**
 * The agencies named as those who carry a document out: "các" and a body's word (OTHER_BODY_WORDS), "Các sở, ban,
 * ngành, địa phương", "các cấp, các ngành". Read in a purpose item (roles/speaker.ts, roles/head-cue.ts).
 */
export const AGENCIES = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])${OTHER_BODIES}(?![\p{L}\p{N}])`, "u"));

/**
 * Whether the section the line at `at` lies in is a purpose section (PURPOSE_HEADING_WORDS): the last heading before it
 * (a numbered line of its own, no stop in it but a closing colon), or the last one numbered in Roman, which
 * opens the part ("I. MỤC ĐÍCH, YÊU CẦU ⏎1. Mục đích: … ⏎2. Yêu cầu: …"), says so; its items are the
 * document's own aims. Looked for within PURPOSE_REACH.
 */
function underPurposeHeading(text: string, at: number): boolean {
  // `at` is the cue's line's start: its own words are no heading ("1 . Triển khai Luật HTX …").
  const before = text.slice(Math.max(0, at - PURPOSE_REACH), at);
  let last: string | null = null;
  let part: string | null = null;
  SECTION_HEADING.lastIndex = 0;
  for (let m = SECTION_HEADING.exec(before); m !== null; m = SECTION_HEADING.exec(before)) {
    last = m[0];
    if (m[1] !== undefined) part = m[0];
  }
  return (last !== null && PURPOSE_HEADING.test(last)) || (part !== null && PURPOSE_HEADING.test(part));
}
/** A numbered heading on a line of its own ("1. Mục đích", "2. Yêu cầu:", "I. MỤC ĐÍCH YÊU CẦU"), no stop in it but a last colon; group 1 a Roman numeral's. */
const SECTION_HEADING = /^[ \t*#_]*(?:([IVXLC]{1,6})|\d{1,2}(?:\.\d{1,2})*)[ \t]*[.)][^\n.;:!?]{1,60}:?[ \t]*$/gmu;
const PURPOSE_HEADING = new RegExp(phraseSource(PURPOSE_HEADING_WORDS), "iu");
/** How far back a purpose section's headings are looked for: its part's heading stands a few items up. */
const PURPOSE_REACH = 1600;
/** "quy định tại", last before the pinpoint. */
const RULE_PART = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(RULE_PART_WORDS)})\s*$`, "iu"));
/** Enough for "quy định tại điểm a khoản 2 Điều 15 Chương II ". */
const RULE_PART_CHARS = 72;
/** A word, then the last "theo" before the document ("… quản lý theo"), not "kèm theo"; or "theo quy định tại" (WORK_UNDER_RULE_WORDS). */
const WORK_UNDER = lazyRegExp(() => new RegExp(
  String.raw`[\p{L}\p{N}]\s+(?<!(?:${phraseSource(GUIDED_WORK_NOT_AFTER)})\s+)(?:${phraseSource(WORK_UNDER_WORDS)})(?:\s+(?:${phraseSource(WORK_UNDER_RULE_WORDS)}))?\s*$`,
  "iu",
));
/** Enough for a word and "theo quy định tại ". */
const WORK_UNDER_CHARS = 40;
/** "theo quy định tại/của" last before the document, after a funded work (FUNDING_NOUNS). */
const FUNDED_WORK_UNDER = lazyRegExp(() => new RegExp(String.raw`[\p{L}\p{N}]\s+(?:${phraseSource(WORK_UNDER_WORDS)})\s+(?:${phraseSource(WORK_UNDER_RULE_WORDS)})\s*$`, "iu"));
/** A funding noun, then an implementing cue ending where the binding does: "vốn thực hiện", "kinh phí triển khai". */
const FUNDED_CUE = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(FUNDING_NOUNS)})\s+(?:${phraseSource(CUES.filter((c) => c.type === "implements" && c.passive !== true).flatMap((c) => c.phrases))})$`,
  "iu",
));
/** The work a cue names before "theo quy định tại" on its line, in characters at most. */
const NAMED_WORK_CHARS = 60;
/**
 * Before the first division, the cue, a work it names on the same line, then "theo quy định tại/của" right
 * before the document: the work is done under the document's rule, which it does not carry out. A letter's
 * opening, "Căn cứ Quyết định số 1513/QĐ-TTg …; thực hiện chế độ báo cáo theo quy định tại Luật Đầu tư công,
 * Nghị định số 40/2020/NĐ-CP …" (14447/BTC-ĐT, 2023; fixtures/fresh/fresh41b-015), and a subject line, "V/v:
 * Phối hợp triển khai hóa đơn điện tử theo quy định tại Luật Quản lý thuế số 38/2019/QH14 và Nghị định số
 * 123/2020/NĐ-CP" (1799/BTC-TCT, 2022; fresh43b-007): both golds references. "Thực hiện theo quy định tại X",
 * no work between, is not read so.
 */
const NAMED_WORK_UNDER_RULE = lazyRegExp(() => new RegExp(
  String.raw`^[ \t]+\p{L}[^.;:\n]{0,${NAMED_WORK_CHARS}}?\s(?:${phraseSource(WORK_UNDER_WORDS)})\s+(?:${phraseSource(WORK_UNDER_RULE_WORDS)})\s*$`,
  "iu",
));
/** NAMED_WORK_UNDER_RULE read only over words this long at most: the cue's work, "theo quy định tại". */
const NAMED_WORK_SPAN = NAMED_WORK_CHARS + 40;
const namedWorkUnderRule = (text: string, from: number, to: number): boolean => to - from <= NAMED_WORK_SPAN && NAMED_WORK_UNDER_RULE().test(text.slice(from, to));
/** Enough for "kinh phí triển khai thực hiện". */
const FUNDED_CHARS = 48;

/**
 * Whether each clause, walked in text order, lies in a body past its first division: an article, or a
 * clause opening with an item's or a section's marker ("1.", "a)", "a .", "II.", "- ", "A. NHIỆM VỤ …").
 * The body's opening before it ("Thực hiện chỉ đạo của … theo Quyết định số …") is the document's own
 * purpose still. Another part (a signature, an annex) starts afresh. The addressees a letter lists after
 * "Kính gửi:" ("- Sở Y tế các tỉnh …; ⏎ - Các Bệnh viện …; ⏎ (Sau đây gọi chung là các đơn vị) Thực
 * hiện quy định tại Điều 22 Luật bảo hiểm y tế …", Bộ Y tế's 627/BYT-BH, fixtures/fresh/full32-006) are
 * no division: the body opens after them.
 */
export class DivisionTracker {
  private divided = false;
  /** The last clause read, past no addressee: where a salutation would stand before the addressees' dashes. */
  private lead: Clause | null = null;
  /** The clauses since the salutation all opened with a dash: addressees. */
  private addressees = false;

  at(text: string, clause: Clause, inArticle: boolean): boolean {
    if (clause.part !== "body") {
      this.divided = false;
      this.lead = null;
      this.addressees = false;
    } else if (!this.divided) {
      const opening = text.slice(clause.start, clause.start + DIVISION_CHARS);
      // Only a dash makes the salutation worth looking for: the clause before is read then, not every clause.
      if (!inArticle && ADDRESSEE_BULLET.test(opening) && (this.addressees || (this.lead !== null && salutes(text, this.lead)))) {
        this.addressees = true;
        return false;
      }
      this.addressees = false;
      this.lead = clause;
      this.divided = inArticle || ITEM_MARKER().test(opening) || SECTION_LETTER.test(opening) || SECTION_ROMAN_DASH().test(opening);
    }
    return this.divided;
  }
}
/** "Kính gửi:" at a clause's end ("Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:"), in its last characters. */
const salutes = (text: string, c: Clause): boolean => SALUTATION().test(text.slice(Math.max(c.start, c.end - SALUTATION_CHARS), c.end));
const SALUTATION_CHARS = 200;
const SALUTATION = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(SALUTATION_WORDS)})\s*:`, "iu"));
/** An addressee's line: a dash or a bullet, not a number ("1.") that would open the body's items. */
const ADDRESSEE_BULLET = new RegExp(String.raw`^\s*[${BULLET_CLASS}][ \t]`, "u");
/** A section lettered in capitals: "A. NHIỆM VỤ TRỌNG TÂM". */
const SECTION_LETTER = /^\s*[*#]*[A-H][ \t]*\.[ \t]/u;
/**
 * A section numbered in Roman figures and a dash, as older state and Party texts write it: "I- CÔNG TÁC LẬP PHÁP" (the
 * Council of State's 1984 report, fixtures/fresh/fresh55h-011), "I- Khái quát tình hình" (fresh30f-015), "I- ĐỐI TƯỢNG
 * VÀ PHẠM VI ÁP DỤNG:" (pairs32-003). A blank after the dash and a capital: not a code ("CV-UBND").
 */
const SECTION_ROMAN_DASH = lazyRegExp(() => /^\s*[*#]*[IVXLC]{1,6}[ \t]*[-–][ \t]+\p{Lu}/u);
const DIVISION_CHARS = 24;

/** The cues of words put in, replaced ("Thay thế cụm từ", "Bổ sung cụm từ") or repealed ("Bãi bỏ cụm từ"). */
const WORDING_CUES: ReadonlySet<Cue> = new Set([WORDING_AMENDS_CUE, WORDING_REPEALS_CUE]);
const OPENING_MARK = "\u201c";
const CLOSING_MARK = "\u201d";
/**
 * Whether the document at `to` is named inside the words a wording cue quotes: "3. Thay thế cụm từ
 * “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng cụm từ “khoản 1 Điều 6 Nghị định số 63/2019/NĐ-CP”
 * tại khoản 3 Điều 4." (Thông tư 45/2026/TT-BTC, fresh46b-010), "Thay thế cụm từ “khoản 4 Điều 60 Nghị
 * định số 102/2024/NĐ-CP” tại Điều 5 bằng cụm từ “Mục 4 Chương I Phần VII Nghị định số 151/2025/NĐ-CP”"
 * (Hà Nội's land decision, fresh41a-015). The words change in a provision of the amended document
 * (named after "tại", or the article's lead-in); the decree the old or new words name is not amended.
 * Inside: an opening mark “ after the cue not closed before the document, or an odd number of straight
 * marks ("…") between. Bounded by FAR_CHARS, as every reach.
 */
export function quotedByWordingCue(text: string, b: Binding, to: number): boolean {
  if (!WORDING_CUES.has(b.cue) || b.passive || to - b.end > FAR_CHARS) return false;
  const between = text.slice(b.end, to);
  if (between.lastIndexOf(OPENING_MARK) > between.lastIndexOf(CLOSING_MARK)) return true;
  let straight = 0;
  for (let p = between.indexOf('"'); p >= 0; p = between.indexOf('"', p + 1)) straight++;
  return straight % 2 === 1;
}
