/**
 * A page that prints a document's record and nothing of the document: a database's or a portal's
 * fields (number, subject, dates, kind, issuer, status), perhaps the document's line above them, a
 * status note or the site's summary, and no heading, preamble, article or body of its own. Such a page
 * tells of the document and is not it (fixtures/fresh CONVENTIONS §20 (a); §3): caselaw.vn's
 * attribute page of a resolution (fresh53c-005), the Government portal's record of a circular
 * (fresh41b-017), a one-stop portal's attribute page of a decree (fresh59b-009), luatvietnam's
 * attribute block and summary of a resolution (pairs59-006). A page that goes on to print the
 * document under its fields (a heading, "Căn cứ …", "Điều 1.", a letter's "Kính gửi", numbered
 * clauses, or the English text's "Pursuant to" / "Article 1") is the document (§14). caselaw.vn
 * prints a document's title and articles as a list above its record ("- THÔNG TƯ BỔ SUNG, SỬA ĐỔI
 * THÔNG TƯ SỐ 15/2009/TT-BNN …⏎- Điều 1. Bổ sung hoạt chất …", fresh60b-005; "- Điều 1. Sửa đổi, bổ
 * sung một số điều của Thông tư số 52/2017/TT-BYT …", fresh41b-002; a university's decision so
 * listed, fresh41c-001): an article so bulleted is the document's text too.
 */
import { RECORD_FIELD_LABELS } from "../../vocab/fields.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { blankRuns } from "../../shared/strings.js";
import { HeadLines } from "../head-lines.js";

/** How far into the page its record is read: a record page is short, its fields near the top. */
const RECORD_WINDOW = 3000;
/** Distinct labels that make a record: one or two may open any page's lines ("Tình trạng …", "Người ký"). */
const RECORD_LABELS_MIN = 3;

/**
 * A record's label at a line's or a cell's start, after a bullet, and what may follow it (its value, a colon, a bar,
 * the line's end). Tried only where a match may open (sticky): the text's start, a line break, a bar.
 */
const RECORD_FIELD_AT = lazyRegExp(
  () => new RegExp(String.raw`(?:^|\n|\|)[ \t]{0,8}(?:[-•*][ \t]{1,4})?(${RECORD_FIELD_LABELS.map(blankRuns).join("|")})(?=[ \t]*(?::|\||\/|\n|$)|[ \t]+[0-9\p{Lu}(])`, "uy"),
);
/**
 * Something of the document itself: its preamble's or a letter's opening at a line's start, an
 * article, the national motto, a heading's "Số:", a kind line in capitals, a numbered clause or
 * point, or the same in an English translation the page prints.
 */
const DOCUMENT_TEXT = lazyRegExp(
  () =>
    new RegExp(
      blankRuns(String.raw`(?:^|\n)[ \t|*]*(?:(?:Căn cứ|CĂN CỨ|Xét đề nghị|Theo đề nghị|Kính gửi)(?![\p{L}\p{M}])|(?:[-•][ \t]{1,4})?Điều[ \t]+[0-9IVX]{1,4}[ \t]*[.:]|(?:[0-9]{1,2}\.|[a-zđ]\))[ \t]+\p{Lu}|Số[ \t]*:|(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|HƯỚNG DẪN|QUY ĐỊNH|CHƯƠNG TRÌNH|CÔNG ĐIỆN|KẾT LUẬN|LUẬT|PHÁP LỆNH)(?![\p{L}\p{M}])[ \t]*(?:\n|$)|Pursuant to|Article[ \t]+[0-9IVX]|No\.[ \t]*[0-9])|CỘNG H[OÒ][AÀ] XÃ HỘI|Độc lập[ \t]*[-–][ \t]*Tự do`),
      "u",
    ),
);

/** Whether `text` is a document's record page (above), read in its first RECORD_WINDOW characters and, for the document's text, whole. */
export function recordPage(text: string, lines = new HeadLines(text)): boolean {
  const head = text.slice(0, RECORD_WINDOW);
  const labels = new Set<string>();
  const field = RECORD_FIELD_AT();
  // The places a label's match may open, in order: the text's start, then each line break and bar, each at or after
  // where the last match ended (what the global regex's search went on from).
  let bar = head.indexOf("|");
  for (let at = 0; at >= 0 && labels.size < RECORD_LABELS_MIN; ) {
    field.lastIndex = at;
    const m = field.exec(head);
    if (m !== null) labels.add(m[1].replace(/\s+/g, " ").toLowerCase());
    const from = m !== null ? m.index + m[0].length : at + 1;
    const nl = lines.breakAt(lines.firstBreakFrom(from));
    if (bar >= 0 && bar < from) bar = head.indexOf("|", from);
    at = nl < 0 || nl >= head.length ? bar : bar < 0 ? nl : Math.min(nl, bar);
  }
  if (labels.size < RECORD_LABELS_MIN) return false;
  return !DOCUMENT_TEXT().test(text);
}
