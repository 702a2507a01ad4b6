/**
 * "Nghị định này", "Quyết định này" on a page that is not such a document: the document the sentence or
 * quotation before it cited, not the page. A ministry's letter tells of a decree ("Ngày 18/10/2021, Chính phủ ban
 * hành Nghị định số 89/2021/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP …, trong đó tại
 * khoản 4 Điều 1 của Nghị định này …", fixtures/fresh/fresh41b-001); an answer to a reader quotes one and goes on
 * ("Tại khoản 2 Điều 5 Nghị định số 188/2025/NĐ-CP … quy định: ⏎ "…" và có mức hưởng … tại khoản 1 Điều 15 của
 * nghị định này", fresh60g-005); a news item reports a decision ("UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND
 * … Quyết định này có hiệu lực kể từ ngày 04/5/2023. … các văn bản quy định tại Điều 1 Quyết định này", fresh45b-006).
 * In a document of that kind the words are the document itself (self), and stay so: the page's own kind is read
 * from its heading (readPage), and a page with articles or recipients of its own, whose kind the heading does not
 * tell, is left alone. Offsets are into the text searched.
 */
import type { Citation, Kind } from "../types.js";
import { KINDS, kindByStateCode, kindByWord, type KindEntry } from "../vocab/kinds.js";
import { NAMED_ABOVE_PLURAL, NAMED_THIS_KINDS, NAMED_THIS_LOWER_KINDS, RECIPIENTS_HEADINGS, SPEAKS_AS_ANOTHER, SUBJECT_OBJECT_LEADS, SUBJECT_OPENINGS } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import { firstAtOrAfter, itself, lastAtOrBefore, startOf } from "../shared/search.js";
import type { TakenSpans } from "./taken-spans.js";
import { isLineBreak, unifyLineBreaks } from "../prepare/line-breaks.js";
import { LETTER_DIGIT_OR_MARK } from "../shared/chars.js";
import { pinpointBefore } from "./pinpoint.js";

/** "Nghị định này": the kind word and "này". */
export interface ThisMention {
  start: number;
  end: number;
  kind: KindEntry;
  kindEnd: number;
  /** Where "này" starts. */
  wordsStart: number;
}

/**
 * What a page is, as far as "<kind> này" goes: the kinds its heading gives it (a kind line in capitals, "NGHỊ
 * ĐỊNH", "QUYẾT ĐỊNH:"; the type code of its "Số:" line, a letter's when that line has none), whether it has
 * articles of its own ("Điều 1." opening a line or a sentence) and a recipients' heading ("Nơi nhận").
 */
export interface PageKinds {
  own: Kind[];
  articles: boolean;
  recipients: boolean;
}

const THIS_KIND_WORDS = KINDS.filter((k) => NAMED_THIS_KINDS.includes(k.slug)).flatMap((k) => k.words);
/**
 * The kind word right before "này" (and the word before it): read over at most LOOK_BEFORE characters, each branch a
 * literal. The kind word and the word before it lie in a look-behind, matched back from where the kind word ends
 * (findThisMentions' `b`, the regex sticky there), the blanks to "này" after it: the same words as the search of the
 * LOOK_BEFORE characters for a match ending at their end (KIND_BEFORE_THIS_SEARCH), which tried each of 40 places
 * (1.5 % of the extractor's time in a CPU profile over /tmp/devx5, session 61). Both find the kind word ending where
 * the blanks before "này" start, after a blank or what is no letter or digit: one place, and the word before it as
 * many letters as stand there, from after a blank or the characters' start, up to 12.
 */
const KIND_BEFORE_THIS = new RegExp(String.raw`(?<=(?:^|[^\p{L}\p{N}])(?:([\p{L}\p{N}]{1,12})[ \t\u00a0]{1,4})?(${phraseSource(THIS_KIND_WORDS)}))[ \t\u00a0\r\n]{1,4}$`, "iuy");
/**
 * KIND_BEFORE_THIS as a search of the characters before "này" (what it replaces), flags "iu": its equivalence test's
 * reference, a source only (the test makes the regex: the extractor never reads it).
 */
export const KIND_BEFORE_THIS_SEARCH_SOURCE = String.raw`(?:^|[^\p{L}\p{N}])(?:([\p{L}\p{N}]{1,12})[ \t\u00a0]{1,4})?(${phraseSource(THIS_KIND_WORDS)})[ \t\u00a0\r\n]{1,4}$`;

/**
 * The kind word ending at `b` in `before` (the LOOK_BEFORE characters before "này", blanks from `b` to their end) and
 * the word before it, as KIND_BEFORE_THIS_SEARCH reads them (groups 1 and 2), or null.
 */
export function kindEndingAt(before: string, b: number): RegExpExecArray | null {
  KIND_BEFORE_THIS.lastIndex = b;
  return KIND_BEFORE_THIS.exec(before);
}
const LOOK_BEFORE = 40;
const THIS = "này";
const THIS_TAIL = THIS.slice(1);
const THIS_N = THIS.charCodeAt(0);
/** A letter, digit or mark (one UTF-16 unit; a surrogate is asked of LETTER_AFTER): "này" in a longer word ("nàyx"). */
const LETTER_AFTER = /^[\p{L}\p{N}\p{M}]/u;
/**
 * Each kind word's last letter in either case ("định", "thị", "tư", "quyết"), by code unit: asked of every "này" of a
 * text (most follow no kind word), where a string a "này" for the letter and its lower case cost the extractor's warm pass.
 */
const KIND_LAST_LETTERS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const w of THIS_KIND_WORDS) for (const c of [w.slice(-1).toLowerCase(), w.slice(-1).toUpperCase()]) table[c.charCodeAt(0)] = 1;
  return table;
})();
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || c === 0x0a;
/** Before such a kind word: several documents ("các Quyết định này", "41 Quyết định"), unless the number labels a unit ("tại Điều 1 Quyết định này"). */
const PLURAL = new Set(NAMED_ABOVE_PLURAL);
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:điều|khoản|điểm|mục|chương|phần|lục)[ \t\u00a0]{1,4}$/iu;

/** Every "<kind> này" of NAMED_THIS_KINDS outside `taken`, with its capital unless the kind names the document in small letters too. */
export function findThisMentions(text: string, taken: TakenSpans): ThisMention[] {
  const out: ThisMention[] = [];
  // Found by its last two letters, the "n" asked after: V8 searches "ày" three times as fast as "này", whose first
  // letter opens every other Vietnamese word (1.18 against 0.41 ms a devx5 pass, session 60).
  for (let i = text.indexOf(THIS_TAIL, 1); i >= 0; i = text.indexOf(THIS_TAIL, i + THIS_TAIL.length)) {
    const at = i - 1;
    if (text.charCodeAt(at) !== THIS_N) continue;
    // Most "này" follow no kind word ("vấn đề này", "trường hợp này"): the letter before the blanks is asked before any regex runs.
    let b = at;
    while (b > 0 && at - b <= 4 && isBlank(text.charCodeAt(b - 1))) b--;
    if (b === at || b === 0 || KIND_LAST_LETTERS[text.charCodeAt(b - 1)] === 0) continue;
    const after = text.charCodeAt(at + THIS.length);
    if (after >= 0xd800 && after <= 0xdbff ? LETTER_AFTER.test(text.slice(at + THIS.length, at + THIS.length + 2)) : LETTER_DIGIT_OR_MARK[after] === 1) continue;
    const from = Math.max(0, at - LOOK_BEFORE);
    const k = kindEndingAt(text.slice(from, at), b - from);
    if (k === null) continue;
    const kind = kindByWord(k[2]);
    if (!kind || !NAMED_THIS_KINDS.includes(kind.slug)) continue;
    // The kind word ends where the blanks before "này" start (b: the regex's end is anchored there); the word before
    // it, where the blanks before the kind word start.
    const start = b - k[2].length;
    if (k[1] !== undefined) {
      if (PLURAL.has(k[1].toLowerCase())) continue;
      if (/^\d+$/.test(k[1])) {
        let w = start;
        while (w > 0 && isBlank(text.charCodeAt(w - 1))) w--;
        const wordStart = w - k[1].length;
        if (!UNIT_BEFORE.test(text.slice(Math.max(0, wordStart - 12), wordStart))) continue;
      }
    }
    if (k[2][0] === k[2][0].toLowerCase() && !NAMED_THIS_LOWER_KINDS.includes(kind.slug)) continue;
    const end = at + THIS.length;
    const t = lastAtOrBefore(taken.starts, end - 1, itself);
    if (t >= 0 && taken.ends[t] > start) continue;
    out.push({ start, end, kind, kindEnd: start + k[2].length, wordsStart: at });
  }
  return out;
}

/** How far into the text its heading's "Số:" line is looked for. */
const HEAD = 1500;
/** "Số: 15/2020/NĐ-CP", "Số: 5032/BYT-TCCB", "Số 45-KH/ĐU": the code after the number (and its year). */
const OWN_NUMBER_LINE = /(?:^|[\n|])[ \t]{0,8}(?:Số|SỐ)[ \t]{0,4}[:.]?[ \t]{0,4}\d{1,6}[ \t]{0,2}(?:\/[ \t]{0,2}\d{4}[ \t]{0,2})?[/-][ \t]{0,2}([\p{Lu}]{1,8})/u;
/**
 * A kind word in capitals alone on its line ("QUYẾT ĐỊNH", the heading's kind line), or before a colon anywhere (the
 * enacting formula: "… Tổng cục Quản lý ruộng đất, NGHỊ ĐỊNH: Chương 1: …", an old decree flattened to one line).
 * Only capitals count, so the words are written in capitals and matched as written: with `i`, every "quyết định:" and
 * "Nghị định" of a body was matched and thrown away, over the whole of every text holding a "<kind> này" (the
 * extractor's warm pass 302 → 789 M instructions over /tmp/devx5, session 60).
 */
const KIND_WORDS_IN_CAPITALS = phraseSource(THIS_KIND_WORDS.map((w) => w.toUpperCase()), { keepCase: true });
/** A kind line's search, flags "gu" (kindLines stands for it: its equivalence test makes the regex from this source). */
export const KIND_LINE_SOURCE = String.raw`(?:(?:^|\n)[ \t|#*]{0,8}(${KIND_WORDS_IN_CAPITALS})[ \t]{0,4}:?[ \t|*]{0,8}(?=\r?\n|$)|(?:^|[^\p{L}\p{N}])(${KIND_WORDS_IN_CAPITALS})[ \t]{0,4}:)`;
/** KIND_LINE_SOURCE tried at one place (kindLines). */
const KIND_LINE_AT = new RegExp(KIND_LINE_SOURCE, "uy");
/** The first words of the kind words in capitals ("NGHỊ", "QUYẾT", "THÔNG" …): each match of KIND_LINE_SOURCE holds one where its kind word starts. */
const KIND_FIRST_WORDS = new RegExp([...new Set(THIS_KIND_WORDS.map((w) => w.toUpperCase().split(" ")[0]))].join("|"), "g");
/** How far before its kind word a match of KIND_LINE_SOURCE starts at most: a line break and eight blanks or marks. */
const KIND_LINE_LEAD = 9;

/**
 * The kind words of the matches of KIND_LINE_SOURCE in `text`, in order: the matches its search of the whole text finds, found by
 * trying it only at the places up to KIND_LINE_LEAD before a kind word's first word in capitals (KIND_FIRST_WORDS), in
 * text order and from the last match's end, as the search goes. No match starts elsewhere: each holds its kind word in
 * capitals, after a blank, a mark or the text's start. The search tried every place of the text, at ~0.4 µs a character
 * (the extractor's whole-text readings of a page, 0.8 % of its time over /tmp/devx5; session 61).
 */
export function kindLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  KIND_FIRST_WORDS.lastIndex = 0;
  for (let w = KIND_FIRST_WORDS.exec(text); w !== null; w = KIND_FIRST_WORDS.exec(text)) {
    const p = w.index;
    // One word's occurrence overlapping another's is looked at too ("THÔNGHỊ").
    KIND_FIRST_WORDS.lastIndex = p + 1;
    if (p < from) continue;
    for (let q = Math.max(from, p - KIND_LINE_LEAD); q <= p; q++) {
      KIND_LINE_AT.lastIndex = q;
      const m = KIND_LINE_AT.exec(text);
      if (m === null) continue;
      out.push(m[1] ?? m[2]);
      from = KIND_LINE_AT.lastIndex;
      break;
    }
  }
  return out;
}
/**
 * An article heading: "Điều 1." (or "Điều 1:", "Điều 1.-", a look-alike "Ð") opening a line, after a bullet too ("- Điều 2.
 * Thông tư này …"), or opening a sentence of a text flattened to one line ("… ký. Điều 3. Quyết định này …", "…; Điều
 * 4 : Quyết định này …").
 */
const ARTICLE_HEADING = /(?:^|\n)[ \t\-–•*#]{0,8}(?:Điều|ĐIỀU|Ðiều|ÐIỀU)[ \t]{1,4}\d{1,3}[ \t]{0,2}[.:]|[.;:][ \t]{1,4}(?:Điều|Ðiều)[ \t]{1,4}\d{1,3}[ \t]{0,2}(?:\.-?|:)[ \t]{0,4}\p{Lu}/u;
const RECIPIENTS = new RegExp(`(?:^|\\n)[ \\t|*]{0,8}(?:${phraseSource(RECIPIENTS_HEADINGS)})[ \\t]{0,4}:`, "iu");

/** What `text` is (PageKinds); `head`: the text opens the page, where its "Số:" line stands. */
export function readPage(given: string, head = true): PageKinds {
  // Its lines as the analysis reads them: a copy whose lines end in U+2028, a vertical tab or NEL has its headings too.
  const text = unifyLineBreaks(given);
  const own = new Set<Kind>();
  for (const word of kindLines(text)) {
    if (word !== word.toUpperCase()) continue;
    const kind = kindByWord(word);
    if (kind) own.add(kind.slug);
  }
  const articles = ARTICLE_HEADING.test(text);
  if (head) {
    const n = OWN_NUMBER_LINE.exec(text.slice(0, HEAD));
    const kind = n ? kindByStateCode(n[1]) : null;
    // A code that is no type code ("Số: 5032/BYT-TCCB"): a letter's, where nothing else tells the page's kind.
    if (kind) {
      if (!SPEAKS_AS_ANOTHER.includes(kind.slug)) own.add(kind.slug);
    } else if (n && own.size === 0 && !articles) own.add("official-letter");
  }
  return { own: [...own], articles, recipients: RECIPIENTS.test(text) };
}

/** Two readings of parts of one page as one (extractChunks reads each chunk). */
export function joinPages(a: PageKinds, b: PageKinds): PageKinds {
  return { own: [...new Set([...a.own, ...b.own])], articles: a.articles || b.articles, recipients: a.recipients || b.recipients };
}

/**
 * Whether "<kind> này" on the page may point out of it: the page is not a document of that kind (its heading gives
 * it another), and, where its heading gives it none, has no articles or recipients of its own (a document whose
 * heading the copy lost).
 */
export function pointsOut(page: PageKinds, kind: Kind): boolean {
  if (page.own.includes(kind)) return false;
  if (page.own.length > 0) return true;
  return !page.articles && !page.recipients;
}

/** How far back of the mention the document it names is looked for. */
const LOOK_BACK = 800;
const QUOTES = /["“”]/g;
const SUBJECT_OPENING = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${phraseSource(SUBJECT_OPENINGS)})(?![\p{L}\p{N}\p{M}])`, "iu");
/**
 * The verb a document is the subject of when the text goes on with what it provides ("Nghị định số 18/2021/NĐ-CP … của
 * Chính phủ quy định người nộp thuế …", "… quy định đối tượng áp dụng gồm: ⏎ 1. …"); not "quy định tại", "quy định của"
 * (a reference to provisions).
 */
const PROVIDES = /(?:^|[^\p{L}\p{N}])quy[ \t\r\n]{1,4}định(?![\p{L}\p{N}\p{M}])(?![ \t\r\n]{1,4}(?:tại|của|hiện|pháp)(?![\p{L}\p{M}]))/giu;
/** The words ending a subject right before the document it acts on (SUBJECT_OBJECT_LEADS). */
const OBJECT_LEAD = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${phraseSource(SUBJECT_OBJECT_LEADS)})[ \t\u00a0\r\n]{1,4}$`, "iu");
/** The kinds a kind's word names: its own, and those that are a form of it (a joint circular is a circular). */
const NAMED_AS = new Map<string, string[]>(KINDS.map((k) => [k.slug, [k.slug, ...KINDS.filter((f) => f.formOf === k.slug).map((f) => f.slug)]]));

/** Whether `c` is a numbered document of one of `kinds`. */
const ofKinds = (c: Citation, kinds: readonly string[]): boolean => c.number !== null && kinds.includes(c.kind);

/** Whether a document of the mention's kind is cited anywhere before it (`cited` in text order). */
export function citedBeforeOfKind(m: ThisMention, cited: readonly Citation[], firstOfKind?: Map<string, number>): boolean {
  if (firstOfKind) return (firstOfKind.get(m.kind.slug) ?? Infinity) < m.start;
  const kinds = NAMED_AS.get(m.kind.slug) ?? [m.kind.slug];
  for (const c of cited) {
    if (c.start >= m.start) break;
    if (ofKinds(c, kinds)) return true;
  }
  return false;
}

/**
 * For each kind a citation may be, the kinds whose word names it (NAMED_AS turned round): its own, and the kind it is a
 * form of.
 */
const NAMED_BY = (() => {
  const out = new Map<string, string[]>();
  for (const [slug, kinds] of NAMED_AS) {
    for (const k of kinds) {
      const list = out.get(k);
      if (list) list.push(slug);
      else out.set(k, [slug]);
    }
  }
  return out;
})();

/**
 * Where the first numbered document each kind's word names is cited (citedBeforeOfKind asked of every mention at once:
 * a walk of the citations from the text's first at every mention was quadratic). `cited` in text order. One walk of the
 * citations, each giving the kinds that name it their first: a walk for each of the 34 kinds was 0.9 % of the
 * extractor's time (session 61).
 */
export function firstCitedOfKinds(cited: readonly Citation[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cited) {
    if (c.number === null) continue;
    const slugs = NAMED_BY.get(c.kind);
    if (slugs === undefined) continue;
    for (const slug of slugs) if (!out.has(slug)) out.set(slug, c.start);
  }
  return out;
}

/**
 * The document "<kind> này" names: the one document of its kind cited in the LOOK_BACK characters before it
 * (`cited` in text order, the pointing mentions resolved before it among them), a document named in another's
 * subject after it ("… về sửa đổi, bổ sung … của Nghị định số …") not counted. None when two are cited there (never
 * a guess: "so với … Thông tư số 58/2011/TT-BGDĐT, Thông tư này …" tells of a new circular against an old one); when
 * the kind word stands with no number between the document and the mention (a draft, a document not named by its
 * number: "Dự thảo Nghị định gồm 5 Chương …"); when the mention stands in what the document provides, as the text
 * goes on with it after "quy định" (its own words, quoted or told: "… của Chính phủ quy định người nộp thuế … theo quy
 * định tại khoản 2 Điều 22 Nghị định này"), unless a quotation of it closed before the mention; when it stands in a
 * quotation; or when the document is a short form no full citation gives.
 */
/**
 * Whether `cited` (the citations in the LOOK_BACK before the mention) holds one of the mention's kind ending before it:
 * what thisAntecedent needs first, asked before the pinpoint and the page are read (a decree's own "khoản 2 Điều 5 Nghị
 * định này" far from any decree it cites is most mentions, and reading the page runs over the whole text).
 */
export function kindCitedIn(m: ThisMention, cited: readonly Citation[]): boolean {
  const kinds = NAMED_AS.get(m.kind.slug) ?? [m.kind.slug];
  for (const c of cited) if (c.end <= m.start && ofKinds(c, kinds)) return true;
  return false;
}

export function thisAntecedent(text: string, m: ThisMention, cited: readonly Citation[], lineQuoteOpen?: (at: number) => boolean): Citation | null {
  const kinds = NAMED_AS.get(m.kind.slug) ?? [m.kind.slug];
  const floor = Math.max(0, m.start - LOOK_BACK);
  let first: Citation | null = null;
  let last: Citation | null = null;
  // From the first citation at or after `floor` (a binary search of the starts: a walk from the text's first, at every
  // mention, was quadratic in a text of many mentions). None before it ends past the mention: a citation holding the
  // mention's words is taken (findThisMentions).
  for (let k = firstAtOrAfter(cited, floor, startOf); k < cited.length; k++) {
    const c = cited[k];
    if (c.end > m.start) break;
    if (!ofKinds(c, kinds)) continue;
    if (first === null) first = c;
    else if (c.id !== first.id && !inSubjectOf(text, first, c)) return null;
    last = c;
  }
  if (first === null || last === null || first.id.startsWith("short:")) return null;
  const between = text.slice(last.end, m.start);
  // A quotation opened after the document and not closed, or opened on the mention's line: the quoted text's words.
  if (unclosedQuote(between)) return null;
  if (lineQuoteOpen ? lineQuoteOpen(m.start) : unclosedQuote(text.slice(lineStartOf(text, m.start), m.start))) return null;
  if (bareKindWord(between, m.kind)) return null;
  if (inProvision(text, last.end, m.start)) return null;
  return first;
}

/** Where the line holding `at` starts. */
function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

/**
 * unclosedQuote of the text from its line's start up to each position asked, asked in text order (the mentions of
 * one text): counted on from the last position asked, once over the text, where a walk back to the line's start at
 * every mention was quadratic in a text of one line.
 */
export function lineQuotes(text: string): (at: number) => boolean {
  let pos = 0;
  let straight = 0;
  let open = 0;
  return (at: number): boolean => {
    if (at < pos) return unclosedQuote(text.slice(lineStartOf(text, at), at));
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      // The extractor reads the caller's line breaks as given: any of them ends the line.
      if (isLineBreak(c)) {
        straight = 0;
        open = 0;
      } else if (c === 0x22) straight++;
      else if (c === 0x201c) open++;
      else if (c === 0x201d) open--;
    }
    return straight % 2 === 1 || open > 0;
  };
}

/**
 * Whether the mention stands in what the document ending at `from` provides: its sentence has "quy định" after it
 * (PROVIDES), and no quotation opened and closed between that verb and the mention.
 */
function inProvision(text: string, from: number, to: number): boolean {
  const end = sentenceEnd(text, from, to);
  PROVIDES.lastIndex = 0;
  const verb = PROVIDES.exec(text.slice(from, end));
  if (!verb) return false;
  const after = text.slice(from + verb.index + verb[0].length, to);
  return !(/["“]/.test(after) && /["”]/.test(after.slice(after.search(/["“]/) + 1)));
}

/** Where the sentence running on from `at` ends: at ".", "!", "?" or ";" before a blank, or at `to`. */
function sentenceEnd(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) {
    const c = text[i];
    if ((c === "." || c === "!" || c === "?" || c === ";") && (i + 1 >= to || /\s/.test(text[i + 1]))) return i;
  }
  return to;
}

/** Whether `between` leaves a quotation open: an odd number of straight quotes, or more opening curly ones than closing. */
function unclosedQuote(between: string): boolean {
  let straight = 0;
  let open = 0;
  for (const q of between.match(QUOTES) ?? []) {
    if (q === '"') straight++;
    else if (q === "“") open++;
    else open--;
  }
  return straight % 2 === 1 || open > 0;
}

/** The kind's word, capitalised, with no number after it and no count before it, in `between`: a document of that kind not named by number. */
function bareKindWord(between: string, kind: KindEntry): boolean {
  for (const w of kind.words) {
    for (let at = between.indexOf(w); at >= 0; at = between.indexOf(w, at + w.length)) {
      const after = between.slice(at + w.length, at + w.length + 8);
      if (/^[ \t\u00a0\r\n]{0,3}(?:số|\d)/iu.test(after) || /^[ \t\u00a0\r\n]{1,3}(?:này|nêu|nói|trên)/u.test(after)) continue;
      if (/(?:\d|các|những|và|hoặc)[ \t\u00a0]{1,3}$/u.test(between.slice(Math.max(0, at - 12), at))) continue;
      return true;
    }
  }
  return false;
}

/**
 * `later` named in `first`'s subject: between them no sentence's end or ";", and a word opening a subject. `to`: where
 * `later`'s words start, its units' start where units point into it ("… sửa đổi, bổ sung khoản 3 Điều 8 Nghị định số
 * 20/2017/NĐ-CP", fresh59c-002: the subject's words end before them).
 */
function inSubjectOf(text: string, first: Citation, later: Citation, to = later.start): boolean {
  const between = text.slice(first.end, Math.max(first.end, to));
  if (between.length > 300 || /[;!?]|\.\s/.test(between)) return false;
  return SUBJECT_OPENING.test(between) && OBJECT_LEAD.test(between);
}

/**
 * "Nghị định nêu trên" after "Chính phủ đã ban hành Nghị định số 68/2020/NĐ-CP sửa đổi, bổ sung khoản 3 Điều 8 Nghị định số
 * 20/2017/NĐ-CP về quản lý thuế …" (a tax consultancy's news, fixtures/fresh/fresh59c-002, twice): a document named only in
 * the subject of another of its kind (inSubjectOf) is that one's object, not a second document the text goes on about, as
 * thisAntecedent reads "Nghị định này" after "Nghị định số 89/2021/NĐ-CP về sửa đổi, bổ sung … của Nghị định số
 * 101/2017/NĐ-CP" (fresh41b-001). For each kind a pointing mention names, the ids of the documents of that kind cited
 * before an offset only in such a subject; asked in text order (a walk of `cited` once a kind, from where the last
 * question left it; from the start again when asked further back).
 */
export class SubjectNamed {
  private readonly byKind = new Map<string, { at: number; head: Citation | null; inSubject: Set<string>; standing: Set<string> }>();

  constructor(
    private readonly text: string,
    private readonly cited: readonly Citation[],
  ) {}

  /** The ids of `kind`'s documents cited before `offset` only in another's subject. */
  only(kind: string, offset: number): ReadonlySet<string> {
    let s = this.byKind.get(kind);
    if (s === undefined || (s.at > 0 && this.cited[s.at - 1].start >= offset)) this.byKind.set(kind, (s = { at: 0, head: null, inSubject: new Set(), standing: new Set() }));
    const kinds = NAMED_AS.get(kind) ?? [kind];
    for (; s.at < this.cited.length && this.cited[s.at].start < offset; s.at++) {
      const c = this.cited[s.at];
      if (!ofKinds(c, kinds)) continue;
      if (s.head !== null && c.id !== s.head.id && inSubjectOf(this.text, s.head, c, (c.pinpoint ?? pinpointBefore(this.text, c.start, true))?.start ?? c.start)) s.inSubject.add(c.id);
      else {
        s.standing.add(c.id);
        s.head = c;
      }
    }
    const out = new Set<string>();
    for (const id of s.inSubject) if (!s.standing.has(id)) out.add(id);
    return out;
  }
}
