/**
 * The passes over a text: findNamedMentions (NFC text) and findNamedMentionsIn (the caller's text as
 * given, a window after each kind word prepared and read), the offsets mapped back.
 */
import { PAGE_LINES } from "../../vocab/page-lines.js";
import { composedWord, isWhitespaceAt } from "../../shared/chars.js";
import { hasCapital } from "../words.js";
import { flatSlice } from "../../shared/strings.js";
import { capitalUnit } from "../../shared/lower-case.js";
import { GLUED_REACH } from "../../prepare/changes.js";
import { needsPreparing } from "../../prepare/needs-preparing.js";
import { findLawRhymes } from "../anchors.js";
import { withoutIgnorables } from "../../prepare/ignorables.js";
import type { KnownClean, NamedMention, SecondLaw } from "./mention.js";
import { KIND_WORD, kindWordStart, mayEndNotAKind, NOT_A_KIND_BEFORE } from "./kind-word.js";
import { namedMentionAt } from "./read-name.js";
import { withRepeatedLongNames } from "./repeated.js";
/** How far after its kind word a mention is read: MAX_AMENDING_NAME_WORDS words and a date. */
const WINDOW = 400;
/** Every named mention of an NFC text, in text order; a name inside another's ("... của Luật Khiếu nại, tố cáo ...") is part of it. */
export function findNamedMentions(text: string): NamedMention[] {
  const out: NamedMention[] = [];
  let lowerCased: boolean | undefined;
  const [subjectStart, subjectEnd] = lowerCasedSubject(text);
  KIND_WORD.lastIndex = 0;
  for (let m = KIND_WORD.exec(text); m; m = KIND_WORD.exec(text)) {
    lowerCased ??= !hasCapital(text);
    const inSubject = m.index < subjectEnd;
    if (m.index === subjectStart) continue;
    const mention = namedMentionAt(inSubject ? text.slice(0, subjectEnd) : text, m.index, lowerCased || inSubject, text, m.index, out.length ? out[out.length - 1].end : -1, !inSubject || subjectEnd === text.length);
    if (!mention) continue;
    out.push(mention);
    KIND_WORD.lastIndex = mention.end;
  }
  return withRepeatedLongNames(text, out);
}

/**
 * The same over the caller's text as given (NFD, look-alikes): kind words are found as written,
 * and only a window after each is prepared and read, so a text pays for its kind words, not for
 * its length. Offsets are into `original`; `prepareWindow` is the prepare stage's function, given
 * only the windows that need it (needsPreparing);
 * `lawRhymes` are the find stage's scan's (findLandmarks); `ignorables` is false only where `original`
 * holds nothing of IGNORABLES (HAS_IGNORABLE, asked once by the caller for the passes that need it).
 * `known`: what an earlier pass over `original` found needs no preparing (the island parser's
 * WindowPreparer), so that only the rest of each window is looked at for what prepare would change.
 * `marked`: false only where `original` holds no combining mark (the scan's Landmarks.unreadAsWritten, asked or known
 * absent): the repeated names are then read without a whole-text search for one (withRepeatedLongNames).
 */
export function findNamedMentionsIn(
  original: string,
  prepareWindow: (s: string) => { text: string; map: { toOriginal(at: number, side: "start" | "end"): number } },
  lawRhymes: readonly number[],
  ignorables: boolean,
  known: KnownClean | null = null,
  marked = true,
): NamedMention[] {
  // A kind word is found by its letters, read one by one in the caller's text: what prints nothing
  // inside one ("Lu\u00adật", "Pháp l\u200bệnh", a page's soft hyphen or zero-width space) hid it, where a
  // number's kind word ("Ngh\u00adị định số 12/…") is read from a prepared window. Such a text is read
  // without them, its mentions mapped back.
  if (!ignorables) return findNamedIn(original, prepareWindow, lawRhymes, known, marked);
  const { text, map } = withoutIgnorables(original);
  if (map.isIdentity) return findNamedIn(original, prepareWindow, lawRhymes, known, marked);
  const s = (x: number) => map.toOriginal(x, "start");
  const e = (x: number) => map.toOriginal(x, "end");
  // Dropping what prints nothing puts no mark in: a text without one stays without one.
  const out = findNamedIn(text, prepareWindow, findLawRhymes(text), null, marked);
  for (const m of out) {
    m.start = s(m.start);
    m.end = e(m.end);
    m.kindEnd = e(m.kindEnd);
    m.nameStart = s(m.nameStart);
    m.nameEnd = e(m.nameEnd);
    if (m.date) m.date = { ...m.date, start: s(m.date.start), end: e(m.date.end) };
    if (m.numberAt !== null) m.numberAt = s(m.numberAt);
    if (m.amendedNumbers) m.amendedNumbers = m.amendedNumbers.map(s);
    if (m.second) m.second = movedSecond(m.second, s, e);
  }
  return out;
}

function findNamedIn(
  original: string,
  prepareWindow: (s: string) => { text: string; map: { toOriginal(at: number, side: "start" | "end"): number } },
  lawRhymes: readonly number[],
  known: KnownClean | null,
  marked: boolean,
): NamedMention[] {
  const isClean = (from: number, to: number): boolean => (known !== null ? known.cleanWithin(from, to) : !needsPreparing(original.slice(from, to)));
  const out: NamedMention[] = [];
  let next = 0;
  let lowerCased: boolean | undefined;
  // original[cleanFrom, cleanTo) needs no preparing. The windows of laws named one after another
  // ("Căn cứ Luật …; Căn cứ Luật …") overlap, a third of their length in generated plans and more
  // in the dev texts: each part is looked at once for what prepare would change, and a window
  // that needs nothing is read as it is, without prepareWindow.
  let cleanFrom = 0;
  let cleanTo = 0;
  const [subjectStart, subjectEnd] = lawRhymes.length ? lowerCasedSubject(original) : NO_SUBJECT;
  for (const rhyme of lawRhymes) {
    if (rhyme < next) continue;
    // Decomposed, the rhyme's marks follow its vowel: the vowel is one back.
    const decomposed = original.charCodeAt(rhyme) === 0x323;
    const vowel = decomposed ? rhyme - 1 : rhyme;
    const last = original.charCodeAt(rhyme + (decomposed ? 2 : 1)) | 0x20;
    const at = kindWordStart(original, vowel, last === 0x74);
    if (at < 0) continue;
    // Most "luật" in a text are "pháp luật": rejected before a window is prepared, at once when composed.
    const before = original.slice(Math.max(0, at - 16), at);
    // Composed only where the text may hold a mark (`marked`): composedWord's regex was asked at each rhyme.
    if (before.endsWith("pháp ") || (mayEndNotAKind(before, 0, before.length) && NOT_A_KIND_BEFORE.test(marked ? composedWord(before) : before))) continue;
    const inSubject = at < subjectEnd;
    if (at === subjectStart) continue;
    const end = Math.min(inSubject ? subjectEnd : original.length, at + WINDOW);
    let clean: boolean;
    if (at >= cleanFrom && at <= cleanTo) {
      // From GLUED_REACH back: a glued number ("số1", "2016củaỦy") may straddle cleanTo.
      clean = end <= cleanTo || isClean(Math.max(cleanFrom, cleanTo - GLUED_REACH), end);
      if (clean && end > cleanTo) cleanTo = end;
    } else {
      clean = isClean(at, end);
      if (clean) {
        cleanFrom = at;
        cleanTo = end;
      }
    }
    const prepared = clean ? null : prepareWindow(original.slice(at, end));
    // A copy, not a view into the text: the name reader reads its words character by character (flatSlice).
    const text = prepared === null ? flatSlice(original, at, end) : prepared.text;
    const map = prepared === null ? null : prepared.map;
    lowerCased ??= !hasCapital(original);
    const found = namedMentionAt(text, 0, lowerCased || inSubject, original, at, out.length ? out[out.length - 1].end : -1, end === original.length);
    if (!found) continue;
    const back = (x: number, side: "start" | "end") => at + (map === null ? x : map.toOriginal(x, side));
    // Written out, not spread: a spread that adds a property costs microseconds on Node 20.
    out.push({
      start: back(found.start, "start"),
      end: back(found.end, "end"),
      kind: found.kind,
      kindEnd: back(found.kindEnd, "end"),
      nameStart: back(found.nameStart, "start"),
      nameEnd: back(found.nameEnd, "end"),
      year: found.year,
      date: found.date ? { day: found.date.day, month: found.date.month, year: found.date.year, start: back(found.date.start, "start"), end: back(found.date.end, "end") } : null,
      numberAt: found.numberAt !== null ? back(found.numberAt, "start") : null,
      name: withoutPageNumbers(found.name ?? text.slice(found.nameStart, found.nameEnd)),
    });
    if (found.amendedNumbers) out[out.length - 1].amendedNumbers = found.amendedNumbers.map((x) => back(x, "start"));
    if (found.firstAmendedName !== undefined) out[out.length - 1].firstAmendedName = withoutPageNumbers(found.firstAmendedName);
    if (found.ownNumberAt !== undefined) out[out.length - 1].ownNumberAt = back(found.ownNumberAt, "start");
    if (found.second) out[out.length - 1].second = movedSecond(found.second, (x) => back(x, "start"), (x) => back(x, "end"));
    next = out[out.length - 1].end;
  }
  return withRepeatedLongNames(original, out, marked);
}

/** The second law's offsets (NamedMention.second) mapped by `start` and `end`. */
function movedSecond(second: SecondLaw, start: (x: number) => number, end: (x: number) => number): SecondLaw {
  const date = second.date ? { ...second.date, start: start(second.date.start), end: end(second.date.end) } : null;
  return { start: start(second.start), end: end(second.end), year: second.year, date };
}

/**
 * Where the text's first line starts and ends when it is written in lower case but for its first letter, a capital, else [-1, 0]:
 * a subject line as the dev corpus prints a document without its heading ("Nghị định quy định chi
 * tiết luật thương mại về xuất xứ hàng hoá", "Thông tư liên tịch hướng dẫn thi hành một số quy định
 * trong bộ luật tố tụng hình sự"). Case tells nothing there, as in a text lower-cased whole: its
 * names are read so, each within the line (the issuer's line below opens another part). The kind
 * word opening it is the document's own ("Luật quản lý thuế ⏎Quốc hội ⏎Căn cứ Hiến pháp …"), no mention.
 */
function lowerCasedSubject(text: string): readonly [number, number] {
  let from = 0;
  while (from < text.length && isWhitespaceAt(text, from)) from++;
  let nl = text.indexOf("\n", from);
  if (nl < 0) nl = text.length;
  // Its first letter a capital: a line lower-cased whole ("luật đất đai năm 2003", a query) is read as any such text is.
  if (nl - from > SUBJECT_LINE_CHARS || !capitalUnit(text.charCodeAt(from)) || hasCapital(text.slice(from, nl))) return NO_SUBJECT;
  return [from, nl];
}
const NO_SUBJECT = [-1, 0] as const;
/** A subject line is a title: longer than this, a first line is a paragraph, not one. */
const SUBJECT_LINE_CHARS = 600;

/**
 * A name a PDF page broke, its page's number on a line of its own inside it ("Tổ chức chính ⏎- 3 -⏎
 * quyền địa phương"): the words read past it (src/find/words.ts), and so does the name.
 */
function withoutPageNumbers(name: string): string {
  // Every name through the regex (which gives the name itself back when nothing matches): a branch
  // for the few with a line break, first taken late, cost findNamedMentionsIn a deopt and a recompile.
  return name.replace(PAGE_NUMBER_LINE, "");
}
/**
 * The page number's line as analyze() blanks it (PAGE_LINES' first: "- 3 -"), between two line breaks; or as
 * pdftotext opens a page with it, a form feed, blanks and a number of three digits at most ("⏎\f      2⏎": words.ts
 * formFeedPageNumberEnd). Bounded, no nested repetition: linear.
 */
const PAGE_NUMBER_LINE = new RegExp(String.raw`(?<=[\r\n])[ \t]*(?:${PAGE_LINES[0]}|\f[ \t]*[0-9]{1,3})[ \t]*(?=[\r\n])`, "g");
