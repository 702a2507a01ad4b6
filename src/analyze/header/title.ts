/**
 * The title's lines under the kind line: how far a title runs (wrapped lines, a rule under it, the
 * preamble after it) and where it ends (a stop, the header's next part, the body's first sentence).
 */
import { TITLE_OPEN_ENDINGS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { DOCUMENT_CUES } from "../../vocab/cues.js";
import { BULLET_CLASS } from "../../vocab/bullets.js";
import { gazetteHeadingLength } from "./gazette.js";
import { opensWithIssuerPhrase } from "./issuer-lines.js";
import { isAuthorityLine } from "./authority-line.js";
import { LETTER, SENTENCE_END, SESSION, WORD_OR_NUMBER, clean, inSentenceCase, isCapitals, isParagraph, nextLines, opensPreamble } from "./line-text.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * Where the title has ended: a parenthesis, a heading's number ("I.", "1.", "a)", "Điều 3."; a word
 * segmenter's "I .", "1 ."), a list item's
 * bullet before a word ("- Phối hợp …"; "- 2025" may be a wrapped "2021 ⏎- 2025"), or a cue. A
 * title wrapped over lines goes on with words, never with a list's marks.
 */
export const TITLE_STOP = lazyRegExp(() => new RegExp(
  String.raw`^(?:\(|[IVX]+[ \t]?\.|\d{1,3}(?:\.\d{1,3})*[ \t]?[.)]\s|[a-zđ][ \t]?\)\s|Điều[ \t]+\d{1,3}[ \t]*[.:]|[${BULLET_CLASS}]\s*\p{L}|${phraseSource(DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true })}[\s:])`,
  "u",
));

/**
 * The title's lines after the kind line, line by line as far as the title goes (not the whole head
 * split at once), or null when there is none. `opensWithCue`: the first line opens with a cue
 * ("Triển khai thực hiện Kế hoạch số …", the subject line in sentence case that Nghị định
 * 30/2020/NĐ-CP prescribes), which may as well be the body's first sentence; it is the title only
 * when its last line ends with no sentence's stop and the next line stops a title (a cue, a
 * heading): a body sentence ends with ":" or ";" ("…, UBND huyện ban hành Kế hoạch như sau:").
 */
export function readTitle(head: string, after: number, opensWithCue: boolean): { lines: string[]; start: number; end: number } | null {
  const read = readTitleLines(head, after, opensWithCue);
  return read === null || opensWithCue ? read : withoutBodyLines(head, read);
}

/**
 * The title read up to the body's first sentence where that sentence shows itself: its last line ends
 * as no title does (",", ";", ":"), or a line holds a sentence's stop ("… đạt kết quả. Tuy nhiên"):
 * a directive's first paragraph after a blank line, wrapped as the page wraps it ("CHỈ THỊ ⏎ Về tăng
 * cường công tác … ⏎⏎ Thời gian qua, thực hiện Chỉ thị số … của Ban Bí ⏎ thư về …,"). The sentence began
 * at the last line before that which opens with a capital (a title's wrapped line goes on in small
 * letters); the title's first line always stays.
 */
function withoutBodyLines(head: string, read: TitleLines): { lines: string[]; start: number; end: number } {
  const { lines } = read;
  if (lines.length < 2) return read;
  // The sentence may show itself only on the lines that go on after the title's last (in small letters).
  // A title in capitals may wrap after a comma ("… KINH TẾ - XÃ HỘI, QUỐC PHÒNG, ⏎ AN NINH"): a sentence is not in capitals.
  const shown = (l: string) => !isCapitals(l) && ((TITLE_NEVER_ENDS.test(l) && l.length >= SENTENCE_LINE_CHARS) || SENTENCE_BREAK().test(l));
  let evidence = lines.findIndex((l, j) => j > 0 && shown(l));
  if (evidence < 0 && goesOnAsSentence(head, read.end, shown)) evidence = lines.length - 1;
  if (evidence < 1) return read;
  let cut = evidence;
  while (cut > 0 && !CAPITAL_START().test(lines[cut])) cut--;
  if (cut < 1) return read;
  return { lines: lines.slice(0, cut), start: read.start, end: read.ends[cut - 1] };
}
/** Whether the next lines after `from` (blank ones passed over, at most two, in small letters) show a sentence. */
function goesOnAsSentence(head: string, from: number, shown: (line: string) => boolean): boolean {
  let n = 0;
  for (let pos = from; pos < head.length && n < 2; ) {
    const nl = head.indexOf("\n", pos);
    const t = clean(head.slice(pos, nl < 0 ? head.length : nl));
    if (t) {
      if (!SMALL_START().test(t)) return false;
      if (shown(t)) return true;
      n++;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return false;
}
const SMALL_START = lazyRegExp(() => /^\p{Ll}/u);
/** A title's lines and where each one's line ends (after its line break). */
interface TitleLines {
  lines: string[];
  ends: number[];
  start: number;
  end: number;
}
/** How a title never ends, a sentence's line may (a title may end with a full stop: "… Sở Kế hoạch và Đầu tư."). */
const TITLE_NEVER_ENDS = /[,;:]$/u;
/** A wrapped sentence's line is this long at least; a label ("Nơi nhận:") is no sentence of the body's. */
const SENTENCE_LINE_CHARS = 40;
/** A sentence's stop inside a line, after a word in small letters and before a capital ("… kết quả. Tuy nhiên"; not "TP. Hồ Chí Minh"). */
const SENTENCE_BREAK = lazyRegExp(() => /\p{Ll}[.!?][ \t]+\p{Lu}/u);
const CAPITAL_START = lazyRegExp(() => /^\p{Lu}/u);

export function readTitleLines(head: string, after: number, opensWithCue: boolean): TitleLines | null {
  const lines: string[] = [];
  const ends: number[] = [];
  let start = after;
  let end = after;
  for (let pos = after; ; ) {
    const nl = head.indexOf("\n", pos);
    const line = head.slice(pos, nl < 0 ? head.length : nl);
    const next = pos + line.length + 1;
    const t = clean(line);
    // "-----", "*" under a title (a Party document's rule) end it, and before it are passed over: a
    // title's lines hold words or numbers ("… giai đoạn 2021 - ⏎2025" wraps a year). A rule of "_"
    // ("__________" under a print page's title) is one too, though clean() takes "_" for markup.
    if (lines.length > 0 && ((t && !WORD_OR_NUMBER().test(t)) || (!t && RULE_UNDER_TITLE.test(line.trim())))) {
      if (opensWithCue && SENTENCE_END.test(lines[lines.length - 1])) return null;
      break;
    }
    if (t && WORD_OR_NUMBER().test(t)) {
      const first = lines.length === 0;
      if (first && opensWithCue && !CUE_OPENING.test(t)) return null;
      // A line wrapped mid-phrase ("… CỦA") goes on with the title, whatever the next line looks like.
      const wrapped = !first && lines.length < MAX_TITLE_LINES && OPEN_ENDING.test(lines[lines.length - 1]);
      const stops = (!(first && opensWithCue) && TITLE_STOP().test(t)) || (!wrapped && (isNextHeaderPart(t, lines) || (!first && isAuthorityLine(t, () => nextLines(head, next, 2).map((l) => l.text), opensWithIssuerPhrase))));
      // Past three lines only a title in capitals, as published copies set one, runs on, in capitals.
      const longTitle = lines.length < MAX_TITLE_LINES && isCapitals(t) && LETTER().test(t) && lines.every(isCapitals);
      // A title a narrow column wraps onto four lines or more, in sentence case, runs on to the rule
      // printed under it ("________", "––––––"): each line a title's (no sentence's stop, no paragraph).
      const ruledBelow = lines.length >= 3 && !longTitle && !stops && lines.length < MAX_TITLE_LINES && !lines.some((l) => SENTENCE_END.test(l)) && closedByRule(head, pos, MAX_TITLE_LINES - lines.length);
      // An amending act's title in capitals, naming several documents and what each does, that a
      // narrow column wraps past MAX_TITLE_LINES runs on when nothing but its capitals lines stands
      // between it and the preamble's first line ("… VÀ THÔNG TƯ SỐ 08/2018/TT-BCA … ⏎ Căn cứ Luật …").
      const runsToPreamble = !longTitle && !stops && lines.length >= MAX_TITLE_LINES && lines.length < MAX_CAPITALS_TITLE_LINES && lines.every(isCapitals) && closedByPreamble(head, pos, MAX_CAPITALS_TITLE_LINES - lines.length);
      if (stops || (lines.length >= 3 && !longTitle && !ruledBelow && !runsToPreamble) || (!first && (isParagraph(t) || isParagraph(lines[lines.length - 1])))) {
        if (opensWithCue && (!stops || lines.length === 0 || SENTENCE_END.test(lines[lines.length - 1]))) return null;
        break;
      }
      if (first) start = pos;
      lines.push(t);
      ends.push(next);
      end = next;
    }
    if (nl < 0) return opensWithCue ? null : lines.length ? { lines, ends, start, end } : null;
    pos = next;
  }
  return lines.length ? { lines, ends, start, end } : null;
}

/** A title line ending with a word no title ends with (TITLE_OPEN_ENDINGS). */
const OPEN_ENDING = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(TITLE_OPEN_ENDINGS)})$`, "iu");
/** However it wraps, a title takes no more lines than this. */
const MAX_TITLE_LINES = 6;

/**
 * Whether the title's lines from `pos` on, `room` of them at most, end at a rule line (a line of
 * "_", "-", "–", "*" or "=", as printed under a title) or at the enacting body's line, with none
 * of them a sentence's, a paragraph's, or a stop's (TITLE_STOP). Blank lines are passed over.
 */
function closedByRule(head: string, pos: number, room: number): boolean {
  for (let n = 0; pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const raw = head.slice(pos, nl < 0 ? head.length : nl).trim();
    pos = nl < 0 ? head.length : nl + 1;
    if (!raw) continue;
    if (RULE_UNDER_TITLE.test(raw)) return n > 0;
    const t = clean(raw);
    if (!t) continue;
    // Or at the enacting body's line in capitals ("BỘ TRƯỞNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ"), as gazette pages set it.
    if (isCapitals(t) && LETTER().test(t) && opensWithIssuerPhrase(t)) return n > 0;
    if (++n > room || isParagraph(t) || SENTENCE_END.test(t) || TITLE_STOP().test(t) || !WORD_OR_NUMBER().test(t)) return false;
  }
  return false;
}
/**
 * Whether the lines from `pos` on, `room` of them at most, all in capitals and none a stop's
 * (TITLE_STOP), end at the preamble's first line ("Căn cứ …") or the enacting body's line.
 */
function closedByPreamble(head: string, pos: number, room: number): boolean {
  for (let n = 0; pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const start = pos;
    const t = clean(head.slice(pos, nl < 0 ? head.length : nl));
    pos = nl < 0 ? head.length : nl + 1;
    if (!t) continue;
    if (n > 0 && (opensPreamble(head, start) || (isCapitals(t) && LETTER().test(t) && opensWithIssuerPhrase(t)))) return true;
    if (++n > room || !isCapitals(t) || !LETTER().test(t) || TITLE_STOP().test(t)) return false;
  }
  return false;
}
/** A title in capitals that runs on to the preamble takes no more lines than this. */
const MAX_CAPITALS_TITLE_LINES = 14;
/** A rule printed under a title: a run of one mark, spaces between at most. */
const RULE_UNDER_TITLE = /^(?:_{3,}|-{3,}|[–—]{3,}|\*{3,}|={3,})[ \t]*$/u;

/** A line that opens with a cue ("Thực hiện", "Triển khai thực hiện" …), as written. */
const CUE_OPENING = new RegExp(String.raw`^(?:${phraseSource(DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true })})\s`, "u");
/**
 * Older documents name their issuer on the line under the kind word ("CHỈ THỊ ⏎ CỦA CHỦ TỊCH UBND
 * TỈNH ⏎ V/v …", "QUYẾT ĐỊNH ⏎ CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH ⏎ Về việc …"), as others do on the kind
 * line itself; a Party conference's resolution or conclusion names the conference so ("NGHỊ QUYẾT ⏎
 * HỘI NGHỊ LẦN THỨ BẢY ⏎ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) ⏎ về …"), its subject in sentence case
 * under it. The title is read after those lines. Returns where the title is read from.
 */
export function pastIssuerLine(head: string, after: number): number {
  // The Official Gazette's heading: the issuer, the number and the date, then the subject ("NGHỊ ĐỊNH ⏎
  // CỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 QUY ĐỊNH VỀ …"): the title is the subject.
  const gazette = gazetteHeadingLength(head, after);
  if (gazette > 0) return after + gazette;
  const lines = nextLines(head, after, CONFERENCE_LINES + 1);
  const first = lines[0];
  if (!first || !isCapitals(first.text)) return after;
  // A council's resolution names its session too, under the issuer or the kind line ("NGHỊ QUYẾT ⏎
  // CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA XV - KỲ HỌP THỨ 8 ⏎ Về việc …"): no title's line.
  let k = 0;
  if (first.text.length >= 8 && first.text.startsWith("CỦA ") && opensWithIssuerPhrase(first.text.slice(4))) k++;
  if (k < lines.length && SESSION().test(lines[k].text)) k++;
  if (k > 0) return lines[k - 1].end;
  if (!CONFERENCE.test(first.text)) return after;
  // The conference's lines in capitals, then the subject in sentence case ("về …"): a title in capitals
  // that opens with the conference's name ("HỘI NGHỊ … VỀ …") is the title, whole.
  for (let k = 1; k < lines.length; k++) {
    const t = lines[k].text;
    if (SUBJECT_OPENING().test(t)) return lines[k - 1].end;
    if (!isCapitals(t) || !LETTER().test(t)) return after;
  }
  return after;
}
const CONFERENCE = /^HỘI[ \t]+NGHỊ[ \t]/u;
/** A conference's name takes this many lines at most ("HỘI NGHỊ LẦN THỨ BẢY ⏎ BAN CHẤP HÀNH … ⏎ (KHÓA XVI)"). */
const CONFERENCE_LINES = 3;
/** A subject in sentence case under a conference's name. */
const SUBJECT_OPENING = lazyRegExp(() => /^(?:về|Về)[ \t]+\p{Ll}/u);
/**
 * A line in capitals after a title that is not in capitals, one not in capitals after a title in
 * capitals, or one naming an issuing body in capitals: the header's next part, not more of the title.
 */
function isNextHeaderPart(line: string, title: readonly string[]): boolean {
  // A title in capitals ends where a line in sentence case begins: the body's first sentence
  // (a code in mixed case, "QĐ-TTg", is no sentence's word).
  if (!isCapitals(line)) return title.length > 0 && inSentenceCase(line) && !title.some(inSentenceCase);
  if (!LETTER().test(line)) return false;
  if (title.length > 0 && title.some((l) => !isCapitals(l))) return true;
  return opensWithIssuerPhrase(line);
}
