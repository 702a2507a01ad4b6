/**
 * Short mentions ("Nghị định 64", "Quyết định số 2210 nêu trên") and pointing ones ("Thông tư nêu trên"),
 * resolved to the full citations of the text, or of the larger text a chunk belongs to.
 */
import type { Citation } from "../types.js";
import { findAboveMentions, findShortMentions, type ShortMention } from "../find/short.js";
import { pinpointBefore } from "../find/pinpoint.js";
import { mayHoldLink } from "../prepare/link-markup.js";
import { SubjectNamed, citedBeforeOfKind, findThisMentions, firstCitedOfKinds, kindCitedIn, lineQuotes, pointsOut, readPage, thisAntecedent, type PageKinds } from "../find/this-kind.js";
import { LETTER_FORM, LETTER_FORM_REACH } from "../find/letter-form.js";
import type { TakenSpans } from "../find/taken-spans.js";
import { CitedBefore, citedRecord, identifyAbove, identifyShort, statesOwnNumber, type CitedRecord } from "../identify/short.js";
import { officialNumber } from "../identify/id.js";
import { CHANGES_WHEN_LOWERCASED } from "../shared/lower-case.js";
import { isLineBreak, unifyLineBreaks } from "../prepare/line-breaks.js";
import { NAMED_THIS_KINDS } from "../vocab/cues.js";
import { KINDS } from "../vocab/kinds.js";
import type { Landmarks } from "../find/anchors.js";
import type { ExtractOptions } from "./options.js";
import { firstAtOrAfter, startOf } from "../shared/search.js";

/**
 * Adds "Nghị định 64", "Quyết định số 2210 nêu trên": short mentions, each resolved within the text;
 * then "Thông tư nêu trên", a kind word pointing back with no number, resolved to the one document
 * of its kind cited before it; then, on a page that is not a decree, "Nghị định này" naming the decree just cited.
 */
export function withShort(text: string, marks: Landmarks, found: Citation[], candidates: ExtractOptions["shortFormCandidates"] | null, before: ExtractOptions["citedBefore"] | null, page: PageKinds | null = null): Citation[] {
  const short = findShortMentions(text, spansOf(found), marks.numbers);
  let all = found;
  if (short.length > 0) {
    // Each mention is given the full citations of its kind and number only, looked up in a table built
    // once: handing every mention the whole list made a text dense with short forms quadratic
    // ("Quyết định 1, 2 và 3/QĐ-UBND, " repeated: 256 KB took 1.8 s against 0.37 s for 128 KB).
    const fullOf = candidates ?? fullByKindAndNumber(found);
    // Loops pushing onto arrays, not map() and filter(): TurboFan's inlined map() gives a holey array where
    // the builtin's is packed, and the reads of it compiled for the packed one threw extractFrom's compiled
    // code (withShort inlined) away ("wrong map") in every process (bench/README, session 39).
    const kept: Citation[] = [];
    // Whether the last mention with its kind word written (not a number listed after one) is a cell under it (cellUnder).
    let cell = false;
    for (let i = 0; i < short.length; i++) {
      const m = short[i];
      const candidates = fullOf(m.kind.slug, officialNumber(m.number));
      const c = identifyShort(m, text, candidates);
      if (m.kindEnd > m.start) cell = cellUnder(text, m);
      if (m.withSo && m.kind.namesUndertaking && namesNoDocument(c) && numbersAnotherKind(m, fullOf)) continue;
      if (m.start < TITLE_REACH && namesOwnPage(text, m, candidates, page)) continue;
      // "CT số 5 đường Lê Lợi": initials and a bare number that name no document cited in full are a works' or a firm's number.
      if (m.initials && m.year === null && namesNoDocument(c)) continue;
      // "chương trình 135" with no document of that number in the text is the programme's name (with "số" too, where a document of another kind has the number: numbersAnotherKind);
      // "kế hoạch 5 năm 2021" with none is a period (yearInWords); "Báo cáo 1: Báo cáo công tác …" with
      // none names a list's item before its title (titled); "phường thông báo 12 đến …" with none is the
      // verb the kind word is spelled as, in lower case (spelledAsVerb); "Nghị quyết 2005" with none, the year;
      // "dự thảo ⏎thông tư ⏎7 ⏎1.3.2" with none, a table's cell under the row's words (cellUnder).
      if ((!m.kind.namesUndertaking && !m.yearInWords && !m.titled && !verbInLowerCase(text, m) && !readsAsYear(m) && !cell) || m.withSo || c.warnings.length === 0) kept.push(c);
    }
    all = [...found, ...kept].sort((a, b) => a.start - b.start);
  }
  const above = findAboveMentions(text, spansOf(all));
  if (above.length > 0) {
    const cited = before ? null : new CitedBefore(records(all), candidates ?? fullByKindAndNumber(all));
    const pointed: Citation[] = [];
    let subjects: SubjectNamed | undefined;
    for (let i = 0; i < above.length; i++) {
      const m = above[i];
      const asked = before ? before(m.kind.slug, m.start) : { cited: cited!, ids: cited!.before(m.kind.slug, m.start) };
      // Two or more documents of its kind before it: those named only in another's subject (SubjectNamed) are not counted.
      const ids = asked.ids.size > 1 ? withoutSubjectNamed(asked.ids, (subjects ??= new SubjectNamed(text, all)).only(m.kind.slug, m.start)) : asked.ids;
      pointed.push(identifyAbove(m, text, asked.cited, ids));
    }
    all = [...all, ...pointed].sort((a, b) => a.start - b.start);
  }
  return withThis(text, all, page, marks.ignorables);
}

/**
 * Adds "khoản 4 Điều 1 của Nghị định này" where, on a page that is not a decree (`page`, or the text's own reading),
 * "Nghị định này" names the decree the sentence or quotation before it cited (find/this-kind.ts): a short form with
 * that document's fields, as a resolved "Nghị định nêu trên" is, which the units then point into (withPinpoints).
 * Where it names none or two, nothing is added: "<kind> này" is the document's own words far more often than a
 * pointer, and is left as such (no unresolved short form).
 */
function withThis(text: string, all: Citation[], page: PageKinds | null, ignorables: boolean): Citation[] {
  // A kind whose "<kind> này" comes before any document of that kind is cited is the page's own (below): a text that
  // cites no document of the kinds "<kind> này" names has no mention to resolve, and is not searched for one.
  const firstOfKind = firstCitedOfKinds(all);
  if (!citesAnyOf(firstOfKind, NAMED_THIS_KINDS)) return all;
  const mentions = findThisMentions(text, spansOf(all));
  if (mentions.length === 0) return all;
  let links: boolean | undefined;
  // What the page is, read only for a mention that may point out of it (a kind cited before it, units before it): most
  // "<kind> này" are a document's own words, and the reading runs over the whole text.
  let read: PageKinds | null = page;
  const out = all;
  // A kind whose "<kind> này" comes before any document of that kind is cited: the page's own ("1. Thông tư này có
  // hiệu lực … ⏎ 2. Thông tư số 27/2013/TT-BYT … hết hiệu lực kể từ ngày Thông tư này có hiệu lực", the end of a
  // circular copied without its heading, fresh29g-018), and every later one is the page too.
  const own = new Set<string>();
  // firstOfKind is asked of every mention in text order, each once a text (a walk from the text's first at every mention,
  // and a copy and sort of every citation at every pointing one, were quadratic in a text of many mentions: session
  // 60's audit). A pointing mention copies a document cited before it, so it changes no kind's first citation.
  const lineQuoteOpen = lineQuotes(text);
  let added: Citation[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (own.has(m.kind.slug)) continue;
    if (!citedBeforeOfKind(m, out, firstOfKind)) {
      own.add(m.kind.slug);
      continue;
    }
    // Only where units point into it ("tại khoản 4 Điều 1 của Nghị định này"): the document is the one just cited, so
    // the mention adds no document and no relation of its own; what the page says with it is where in that document.
    const window = windowBefore(all, added, m.start - LOOK_BACK_CHARS, m.start);
    if (!kindCitedIn(m, window)) continue;
    if (pinpointBefore(text, m.start, ignorables, (links ??= mayHoldLink(text))) === null) continue;
    // A kind the page is itself (or a page with articles or recipients of its own) points nowhere: every later mention
    // of the kind is skipped with it.
    if (!pointsOut((read ??= readPage(text)), m.kind.slug)) {
      own.add(m.kind.slug);
      continue;
    }
    const document = thisAntecedent(text, m, window, lineQuoteOpen);
    if (document === null) continue;
    const { pinpoint: _, ...fields } = document;
    const raw = text.slice(m.start, m.end);
    // A copy per mention, after the pointing mentions before it: the next "Quyết định này" may name it again (fresh45b-006).
    const c: Citation = { ...fields, start: m.start, end: m.end, raw, kindText: text.slice(m.start, m.kindEnd), form: "short", numberStart: m.wordsStart, numberEnd: m.end, warnings: [] };
    (added ??= []).push(c);
  }
  if (added === null) return out;
  // The pointing mentions, in text order, among the citations (none shares a start with one: findThisMentions).
  const merged: Citation[] = [];
  let j = 0;
  for (const c of all) {
    while (j < added.length && added[j].start < c.start) merged.push(added[j++]);
    merged.push(c);
  }
  while (j < added.length) merged.push(added[j++]);
  return merged;
}

/** Whether a document of one of `kinds` is cited (firstCitedOfKinds' table). */
function citesAnyOf(firstOfKind: ReadonlyMap<string, number>, kinds: readonly string[]): boolean {
  for (const k of kinds) if (firstOfKind.has(k)) return true;
  return false;
}

/** At least thisAntecedent's look-back: the citations handed to it start no earlier. */
const LOOK_BACK_CHARS = 800;

/** The citations of `all` and of `added` (each in text order) that start in [from, to), in text order. */
function windowBefore(all: readonly Citation[], added: readonly Citation[] | null, from: number, to: number): Citation[] {
  const out: Citation[] = [];
  let i = firstAtOrAfter(all, from, startOf);
  let j = added === null ? 0 : firstAtOrAfter(added, from, startOf);
  const more = added ?? [];
  while ((i < all.length && all[i].start < to) || (j < more.length && more[j].start < to)) {
    const a = i < all.length && all[i].start < to ? all[i] : null;
    const b = j < more.length && more[j].start < to ? more[j] : null;
    if (a !== null && (b === null || a.start <= b.start)) {
      out.push(a);
      i++;
    } else {
      out.push(b!);
      j++;
    }
  }
  return out;
}

/** Whether a short form names no document: none of its kind and number cited in full, and no date of its own after it (identify/bare.ts). */
function namesNoDocument(c: Citation): boolean {
  return c.warnings.length > 0 && c.warnings[0].code === "short-form-unresolved";
}

/**
 * "Đề án số 06" where the text cites "Quyết định số 06/QĐ-TTg" in full: an undertaking called by the number of the
 * document that approved or issued it, its name with "số" as without (CONVENTIONS §30 (a)). "Quyết định số 06/QĐ-TTg
 * ngày 06/01/2022 của Thủ tướng Chính phủ về việc Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư … (sau đây viết
 * tắt là Đề án số 06)", then "… của Đề án số 06 phục vụ …" (Hà Giang's plan, fixtures/fresh/fresh63a-007); dev-001 and
 * dev-004 call the programme of 135/1998/QĐ-TTg "chương trình 135". Where no document of another kind has the number,
 * a scheme numbered in its own right may be meant, as a Party committee numbers its schemes and action programmes ("Đề
 * án số 09-ĐA/TU", fresh55g-003; "Đề án 08 về phát triển công nghiệp tỉnh Lào Cai", the Tỉnh ủy's, fresh56b-001;
 * "Chương trình hành động số 15 của Thành ủy", fresh59g-002): with "số", it stays a citation.
 */
function numbersAnotherKind(m: ShortMention, fullOf: (kind: string, number: string) => readonly Citation[]): boolean {
  const number = officialNumber(m.number);
  for (const k of KINDS) if (k.slug !== m.kind.slug && fullOf(k.slug, number).length > 0) return true;
  return false;
}

/** How far into the text a mention may start and still open it: blanks and a byte order mark before its kind word. */
const TITLE_REACH = 64;
const OPENS_TEXT = /^[\s\uFEFF]*$/u;

/**
 * A site's title line naming the page's own document by its kind and number: "Kế hoạch 77: Tổ chức các hoạt động
 * tuyên truyền …" over the plan's heading "Số    77  /KH-BTV" (hoilhpn Hà Nội, fixtures/fresh/fresh62b-005), "Công văn
 * 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên năm 2012" over the letter's "Kính gửi:"
 * (fresh62i-007). The text itself, no citation (DOMAIN §5; CONVENTIONS §30 (b)): a mention that opens the text, names
 * no full citation of it but the page's own "Số:" line (`candidates`, its kind and number), on a page that is that
 * document, by that line, by its heading's kind (readPage: a page that is no document of the kind, or a news item's
 * headline, points out), or by a letter's lines below (find/letter-form.ts). A headline whose document the text cites
 * in full ("Nghị định 15 tự công bố sản phẩm: …" over "Nghị định 15/2018/NĐ-CP", fresh60c-001) is a short form of it.
 */
function namesOwnPage(text: string, m: ShortMention, candidates: readonly Citation[], page: PageKinds | null): boolean {
  if (!OPENS_TEXT.test(text.slice(0, m.start))) return false;
  for (const f of candidates) if (!statesOwnNumber(f)) return false;
  if (candidates.length > 0) return true;
  if (!pointsOut(page ?? readPage(text), m.kind.slug)) return true;
  let lineEnd = m.end;
  while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  // The text as the caller gave it: its lines may end in U+2028 or "\r", its marks be decomposed ("Kính gửi" in NFD).
  return lineEnd < text.length && LETTER_FORM().test(unifyLineBreaks(text.slice(lineEnd, lineEnd + LETTER_FORM_REACH)).normalize("NFC"));
}

/** A kind word spelled as a verb (vocab spelledAsVerb), written in lower case: "quy định 22", not "Quy định 22". */
function verbInLowerCase(text: string, m: ShortMention): boolean {
  return m.kind.spelledAsVerb === true && CHANGES_WHEN_LOWERCASED[text.charCodeAt(m.start)] === 0;
}

/**
 * A kind word in lower case ending its line, the number on a line after it: a table flattened one cell a line, the
 * row's words ("Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư") and the cell after them (an amount, "7",
 * "4,5"; the next row's number, "1.1"; a footnote's number under the table, "7 Mỗi đơn vị tính tối đa …"), as
 * 148/2025/TT-BTC's spending norms for drafting circulars print them (fresh49b-011); the Công báo's page puts its
 * number there too ("vi phạm quy định ⏎⏎ ⏎22 ⏎CÔNG BÁO/Số 751 + 752/…", fresh47a-005). The kind word in lower case
 * names the kind of paper ("dự thảo thông tư"), not one document; a citation broken across lines in prose keeps
 * its capital ("Thông tư ⏎15") or its "số".
 */
function cellUnder(text: string, m: ShortMention): boolean {
  if (CHANGES_WHEN_LOWERCASED[text.charCodeAt(m.start)] !== 0) return false;
  for (let i = m.kindEnd; i < m.numberStart; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A bare number that reads as a year (1945-2099, four digits, no "số" and no year after it): a document named by its
 * kind and its year, as "Hiến pháp 2013" names the Constitution ("với quy định của Hiến pháp 2013", fresh38a-007;
 * "sửa đổi, bổ sung một số điều của Hiến pháp 2013", fresh42b-011): "Các công trình, dự án sử dụng đất đã ghi trong
 * Nghị quyết 2005 chưa thực hiện được nay chuyển sang năm 2006" (a district's land-use plan, seg33-006), the
 * council's resolution of that year.
 */
function readsAsYear(m: ShortMention): boolean {
  if (m.year !== null || m.number.length !== 4) return false;
  const n = Number(m.number);
  return n >= 1945 && n <= 2099;
}

/** The CitedBefore records of a text's citations, in order. */
function records(all: readonly Citation[]): CitedRecord[] {
  const out: CitedRecord[] = [];
  for (const c of all) {
    const r = citedRecord(c);
    if (r) out.push(r);
  }
  return out;
}

/** `ids` without those of `drop`, where some stay; else `ids` as they are. */
function withoutSubjectNamed<T>(ids: ReadonlyMap<string, T>, drop: ReadonlySet<string>): ReadonlyMap<string, T> {
  if (drop.size === 0) return ids;
  const out = new Map<string, T>();
  for (const [id, r] of ids) if (!drop.has(id)) out.set(id, r);
  return out.size > 0 ? out : ids;
}

/** The full citations of `all` by kind and number, as ExtractOptions.shortFormCandidates gives them. */
function fullByKindAndNumber(all: readonly Citation[]): (kind: string, number: string) => readonly Citation[] {
  const table = new Map<string, Citation[]>();
  for (const c of all) {
    if (c.form !== "full" || c.number === null) continue;
    const key = `${c.kind}|${c.number}`;
    const list = table.get(key);
    if (list) list.push(c);
    else table.set(key, [c]);
  }
  return (kind, number) => table.get(`${kind}|${number}`) ?? [];
}

/** The citations' spans, as findShortMentions reads them. */
function spansOf(found: readonly Citation[]): TakenSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of found) {
    starts.push(c.start);
    ends.push(c.end);
  }
  return { starts, ends };
}
