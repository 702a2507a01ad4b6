/**
 * A document other than a law named without a number at the head of a "Căn cứ" item: "- Căn cứ Điều
 * lệ Đảng;", "Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;", "Căn cứ Đề án thành
 * lập các Tổng công ty điện lực … ( Tờ trình số 565/TTr-EVN … )" (vocab/named-documents.ts). The item
 * names what the document rests on as a law's name does, and the dev gold lists it so (dev-046,
 * dev-049); only an item's head is read: in prose "Quy chế", "Đề án" are as often common nouns.
 */
import type { Kind } from "../types.js";
import { NAMED_BASIS_BRACKETED_TERM, NAMED_BASIS_CARRIED, NAMED_BASIS_ITEM_OPENERS, NAMED_BASIS_KINDS, NAMED_BASIS_NAME_ENDS, NAMED_BASIS_TERM, NAMED_CARRIED_OUT_CUES, NAMED_CARRIED_OUT_KIND, NAMED_CARRIED_OUT_TITLES, NAMED_ISSUED_BY, NAMED_ISSUED_PROGRAMMES, NAMED_ISSUING_LEADS, NAMED_REPLACED_CUE, NAMED_REPLACED_ISSUED_BY, NAMED_REPLACED_KIND, NAMED_RESOLUTION_BY, NAMED_RESOLUTION_MARK, NAMED_TITLE_HEADINGS, NAMED_TITLE_LEAD, NAMED_TITLE_NOT_GOING_ON, NOT_A_BASIS_NAME, SIGNED, YEAR_END } from "../vocab/named-documents.js";
import { BULLET_CLASS } from "../vocab/bullets.js";
import { PREAMBLE_OPENERS } from "../vocab/parts.js";
import { phraseSource } from "../vocab/phrases.js";
import { isBreakAt, lastNonBlank, markClass, WHITESPACE } from "../shared/chars.js";
import { isLineBreak } from "../prepare/line-breaks.js";
import { blankIgnorables } from "../prepare/ignorables.js";
import { capitalUnit } from "../shared/lower-case.js";
import { itself, lastAtOrBefore } from "../shared/search.js";
import { phraseAt, phraseEndingAt } from "../shared/strings.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

export interface BasisNamed {
  start: number;
  end: number;
  kind: Kind;
  kindEnd: number;
  /** The name as read, the kind word first, whitespace folded ("Quy chế làm việc của …"). */
  name: string;
  year: number | null;
}

/** A kind of NAMED_BASIS_KINDS: its words, the document's kind, where its name ends. */
type Head = (typeof NAMED_BASIS_KINDS)[number];

/**
 * The cue as looked for, in each case a text may be typed in: its first word (`word`), the rest read with each space a
 * run of blanks (phraseAt), so that "Căn  cứ" in a justified copy and "Căn\tcứ" in a tab-separated one open an item as
 * "Căn cứ" does. Under cachegrind (bench/README, session 34) an indexOf of "Căn cứ" over /tmp/devx5 cost 90 M
 * instructions a pass, of "ăn cứ" 2.6 M: V8 searches the literals differently; "Căn" alone is searched as fast as "ăn
 * cứ" (0.11 against 0.12 ms a devx5 pass, session 60).
 *
 * A text typed in capitals ("CĂN CỨ ĐỀ ÁN THÀNH LẬP CÁC TỔNG CÔNG TY …", a telegram, an old typescript, an OCR'd page)
 * or lower-cased whole (a crawler's copy for search: "căn cứ đề án thành lập …") writes the item's kind word in the
 * cue's case: where the cue is in capitals or small letters, the kind words are read in its case (`kinds`), and the
 * item as written is read as before. A kind word in small letters after "Căn cứ" is as often a common noun ("Căn cứ
 * đề án của Ủy ban …", vocab/named-documents.ts), and a small "căn cứ" after a ";" goes on a sentence ("…; căn cứ đề án
 * đón đoàn ( thành phần …", seg34-018): in small letters only an item that opens its line is read (`lineOnly`). Only
 * the cue's other spellings a text holds give items (cuePlaces finds none in most: they hold "Căn" alone).
 */
interface Cue {
  word: string;
  cue: string;
  kinds: readonly Head[];
  /**
   * The kinds' words and whether each is read by its body, index for index (headAt's loop reads these, not the kind
   * objects: the table's entries have five shapes since named63's agreements, and reading them at every head a cue
   * opened made that read megamorphic).
   */
  heads: readonly string[];
  byBody: readonly boolean[];
  vao: string;
  lineOnly: boolean;
}
/** The kinds with their words in one case, one entry a spelling (the first of NAMED_BASIS_KINDS's order). */
function kindsIn(change: (words: string) => string): readonly Head[] {
  const seen = new Set<string>();
  const out: Head[] = [];
  for (const k of NAMED_BASIS_KINDS) {
    const words = change(k.words);
    if (seen.has(words)) continue;
    seen.add(words);
    out.push({ ...k, words });
  }
  return out;
}
/** A cue of `kinds`, its heads and byBody read off them. */
function cueOf(word: string, cue: string, kinds: readonly Head[], vao: string, lineOnly: boolean): Cue {
  return { word, cue, kinds, heads: kinds.map((k) => k.words), byBody: kinds.map((k) => k.byBody === true), vao, lineOnly };
}
const CUES: readonly Cue[] = [
  cueOf("Căn", "Căn cứ", NAMED_BASIS_KINDS, "vào", false),
  cueOf("CĂN", "CĂN CỨ", kindsIn((w) => w.toUpperCase()), "VÀO", false),
  cueOf("căn", "căn cứ", kindsIn((w) => w.toLowerCase()), "vào", true),
];
const WRITTEN = CUES[0];
/** Each cue's first word, CUES' order (cuePlaces' lists, index for index). */
export const CUE_WORDS: readonly string[] = CUES.map((c) => c.word);
/** Where a word ends in the folded item: a space or a mark. */
const WORD_END = /[ ,.;:()/\-–"“”]/;
/** How far an item may run: the longest name seen is 190 characters (dev-046). */
const ITEM_MAX = 320;
/** A list's marks (vocab BULLET_CLASS), a Markdown "*" and an en dash: what may stand before the cue on its line ("- Căn cứ", "• Căn cứ"). */
const ITEM_MARKS = `${BULLET_CLASS}*\u2013`;
const IS_ITEM_MARK: Uint8Array = markClass(new Uint8Array(0x10000), new RegExp(`[${ITEM_MARKS}]`, "u"));
/** A date or year after the name, the year taken: "ngày 02 tháng 4 năm 2005", "ngày 19/9/2019", "năm 2005". */
const DATE = /^ (?:ngày \d{1,2}(?: tháng \d{1,2} năm |[/.-]\d{1,2}[/.-])|năm )((?:19|20)\d\d)(?!\d)/u;
/** The words joining the name to a numbered citation after it ("Điều lệ Đảng và Quy định số 24-QĐ/TW"). */
const JOINING_END = /(?:[ ,;]|(?<= )(?:và|cùng))+$/u;
/**
 * What a new item or the enacting formula opens its line with (a list's mark, PREAMBLE_OPENERS,
 * NAMED_BASIS_ITEM_OPENERS, an article): an item without ";" ends before them.
 */
const NEXT_ITEM = new RegExp(String.raw`^[ \t]*(?:[${ITEM_MARKS}]|${phraseSource([...PREAMBLE_OPENERS, ...NAMED_BASIS_ITEM_OPENERS], { keepCase: true })}|Điều \d)`, "u");

/**
 * Every such item's named document in `text`, in text order. `numbered` are the starts of the numbered
 * citations: an item whose name runs into one ("Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW …") ends
 * before it, and one that says its document is carried by a numbered one ("… ban hành kèm theo Quyết
 * định số 84 …") is that document's, not a name's.
 */
export function findBasisNamed(text: string, given: readonly number[], ignorables = true): BasisNamed[] {
  // In text order, as extract() gives them (readItem looks them up by a binary search); sorted here if a caller did not.
  const numbered = ascending(given) ? given : [...given].sort((a, b) => a - b);
  let out: BasisNamed[] | null = null;
  const places = cuePlaces(text);
  for (let k = 0; k < CUES.length; k++) {
    const at = places[k];
    if (at === null) continue;
    const found = readCues(text, CUES[k], at, numbered);
    if (found !== null) out = out === null ? found : [...out, ...found].sort((a, b) => a.start - b.start);
  }
  let carried = carriedOut(text, numbered);
  const titled = titleCarriedOut(text, numbered, ignorables);
  if (titled !== null) carried = carried === null ? [titled] : [...carried, titled];
  const replaced = replacedNamed(text, numbered);
  if (replaced !== null) carried = carried === null ? replaced : [...carried, ...replaced];
  if (carried === null) return out ?? [];
  return out === null ? carried : [...out, ...carried].sort((a, b) => a.start - b.start);
}

/**
 * Where each cue's first word stands (CUES, index for index; null where it stands nowhere), in text order. Found by the
 * word less its first letter ("ăn", "ĂN": one walk for the spellings that share it), the letter asked before it: V8's
 * indexOf stops at every code unit holding the literal's first character's highest byte, and "c" opens every other
 * Vietnamese word, where "ă" is rare: indexOf("căn") cost 6.3 M instructions a devx5 pass, "Căn" 2.4 M, "ăn" 2.7 M
 * (bench/README.md, session 66, speed66c). Every place of a word holds its tail one unit on, and no word overlaps itself.
 */
export function cuePlaces(text: string): (number[] | null)[] {
  // A loop pushing, not CUES.map(): TurboFan's inlined map() makes a holey array where the builtin's is packed, and the
  // compiled cuePlaces met its own array at its first cue as a shape it had not seen ("wrong map", session 70).
  const out: (number[] | null)[] = [];
  for (let k = 0; k < CUES.length; k++) out.push(null);
  for (const { tail, heads } of CUE_TAILS) {
    for (let i = text.indexOf(tail, 1); i >= 0; i = text.indexOf(tail, i + tail.length)) {
      const k = heads.get(text.charCodeAt(i - 1));
      if (k !== undefined) (out[k] ??= []).push(i - 1);
    }
  }
  return out;
}
/** The cues' first words by their tails: each tail once, with the first letters before it that make a cue's word (CUES' index). */
const CUE_TAILS: readonly { tail: string; heads: ReadonlyMap<number, number> }[] = (() => {
  const byTail = new Map<string, Map<number, number>>();
  CUES.forEach((cue, k) => {
    const tail = cue.word.slice(1);
    const heads = byTail.get(tail) ?? new Map<number, number>();
    heads.set(cue.word.charCodeAt(0), k);
    byTail.set(tail, heads);
  });
  return [...byTail].map(([tail, heads]) => ({ tail, heads }));
})();

/** The items each "Căn cứ" of one spelling (CUES) opens at `places` (cuePlaces), their named documents in text order, or null. */
function readCues(text: string, cue: Cue, places: readonly number[], numbered: readonly number[]): BasisNamed[] | null {
  let out: BasisNamed[] | null = null;
  // Where the last document read starts: a list member is read once, by the first cue whose line holds it.
  let last = -1;
  for (let p = 0; p < places.length; p++) {
    const at = places[p];
    const cueEnd = cueAt(text, cue, at);
    if (cueEnd < 0 || !opensItem(text, at, cue.lineOnly)) continue;
    const start = headAt(text, cueEnd, false, cue);
    const m = start < 0 ? null : readItem(text, start, numbered, cue.kinds);
    if (m !== null && m.start > last) {
      (out ??= []).push(m);
      last = m.start;
      // "Căn cứ Nghị quyết của Thành Ủy kỳ họp lần thứ 6 khóa VII và Nghị quyết của Hội đồng nhân dân thành phố kỳ
      // họp lần thứ 7 khóa VI về …" (fresh47d-014): the second resolution is a name of its own (CONVENTIONS §9). So
      // after a charter: "Căn cứĐiều lệ Đảng Cộng sản Việt Nam và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX -
      // nhiệm kỳ (2005-2010);" (a district Party committee's working rules, fresh39c-010), the charter's name ending
      // before "và Nghị quyết" (NAMED_BASIS_NAME_ENDS). Only a resolution named by its body or congress is read there.
      const second = joinedResolution(text, m.end, numbered);
      if (second !== null) {
        out.push(second);
        last = second.start;
      }
    }
    for (const member of listMembers(text, cueEnd, numbered, cue)) {
      if (member.start <= last) continue;
      (out ??= []).push(member);
      last = member.start;
    }
  }
  return out;
}

/**
 * Where the cue at `at` ends, or -1: its words parted by a run of blanks (phraseAt), or by one line break, as a PDF's
 * layout wraps a line after its first word: "Căn⏎cứ vào biên bản bầu cử chức danh Phó Chủ tịch …" (the Standing
 * Committee's 203 NQ/UBTVQH9 as the Quốc hội archive prints it, fresh61g-007), "Căn⏎cứ Luật Tổ chức Hội đồng nhân
 * dân …" (fresh38b-006), "Căn  ⏎cứ vào quyết định số 1436/QĐ-UBND …" (fresh49e-007), "Căn⏎cứ Thông tư số
 * 43/2018/TT-BCT …" (fresh63d-002), "Căn⏎cứ Luật Ngân sách nhà nước …" (fresh63f-009). The role reader reads such a cue
 * already; the first word still opens its item (opensItem), so a line of prose ending in "Căn" is none.
 */
function cueAt(text: string, cue: Cue, at: number): number {
  const end = phraseAt(text, cue.cue, at);
  if (end >= 0) return end;
  let p = at + cue.word.length;
  while (p - at < WRAP_REACH && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  if (text.charCodeAt(p) === 0x0d) p++;
  if (!isLineBreak(text.charCodeAt(p))) return -1;
  p++;
  while (p - at < WRAP_REACH && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  const rest = cue.cue.slice(cue.word.length + 1);
  return text.startsWith(rest, p) ? p + rest.length : -1;
}
/** How far past the cue's first word its second is looked for across a line break. */
const WRAP_REACH = 24;

/** Whether `xs` never goes down. */
function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) return false;
  return true;
}

/**
 * A resolution named by the body that passed it and its subject, carried out in the document's own title
 * (CONVENTIONS §16): "CHỈ THỊ ⏎⏎ Về việc triển khai thực hiện nghị quyết của Quốc hội ⏎⏎ về công tác đầu tư xây dựng
 * cơ bản sử dụng vốn nhà nước ⏎⏎ và chống lãng phí, thất thoát trong đầu tư xây dựng ⏎⏎ ____" (the Prime Minister's
 * 21/2005/CT-TTg, fresh60j-002), "KẾ HOẠCH ⏎ THỰC ⏎ HIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ TRỌNG TÂM PHÁT
 * TRIỂN KINH ⏎ TẾ - XÃ HỘI, THU CHI NGÂN SÁCH 6 THÁNG CUỐI NĂM 2018 ⏎ Thực hiện Kế hoạch …" (Hà Nội's 167/KH-UBND,
 * fresh29e-021). Only the title under the text's first kind heading (vocab NAMED_TITLE_HEADINGS) is read, and only
 * where it opens with the act (NAMED_TITLE_LEAD): in prose such words as often tell of others' work or of another
 * document (§16's "not this drafting"). The name ends where the title does (titleEnd). `ignorables`: whether the text
 * may hold what prints nothing (false only where the extractor's scan found none in the whole text: Landmarks).
 */
function titleCarriedOut(given: string, numbered: readonly number[], ignorables: boolean): BasisNamed | null {
  // The text's head with what prints nothing read as a blank, one unit for one: a CRLF copy's CR is read so (U+2060,
  // prepare's textAsRead), and "KẾ HOẠCH\u2060⏎THỰC\u2060⏎HIỆN NGHỊ QUYẾT …" is the title fresh29e-021 prints. Not
  // searched for where the scan found none: the search of every text's head was a third of the extractor's
  // reading of Căn cứ items (session 61).
  const head = given.slice(0, TITLE_REACH + 2 * TITLE_MAX);
  const text = ignorables ? blankIgnorables(head) : head;
  const from = titleStart(text);
  if (from < 0) return null;
  const end = titleEnd(text, from);
  const { folded, runs } = fold(text, from, end);
  const lower = folded.toLowerCase();
  const lead = NAMED_TITLE_LEAD.exec(lower);
  if (lead === null) return null;
  const k = lead[0].length;
  const kindEnd = k + TITLE_KIND.length;
  if (!lower.startsWith(TITLE_KIND, k) || !NAMED_RESOLUTION_BY.test(lower.slice(kindEnd, kindEnd + BODY_REACH))) return null;
  let cut = lower.length;
  for (const w of NAMED_BASIS_NAME_ENDS) {
    if (w === YEAR_END) continue;
    const at = lower.indexOf(w, kindEnd);
    if (at > 0 && at < cut) cut = at;
  }
  const name = folded.slice(k, cut).replace(/[ ,.;:–-]+$/u, "");
  const about = name.toLowerCase().indexOf(" về ");
  // One resolution: its subject said, and one body before it; "NGHỊ QUYẾT CỦA CHÍNH PHỦ, TỈNH ỦY, HỘI ĐỒNG NHÂN DÂN
  // TỈNH VỀ …" (fresh47b-007's programme) carries out three, which its purpose items number.
  if (about < 0 || /,| và /u.test(name.slice(0, about))) return null;
  const start = offsetAt(runs, k);
  const nameEnd = offsetAt(runs, k + name.length - 1) + 1;
  // A number inside the title names the resolution: it is read as a numbered citation.
  if (numbered.some((n) => n >= start && n < nameEnd)) return null;
  const dated = DATE.exec(folded.slice(cut));
  const year = dated ? Number(dated[1]) : null;
  const endAt = dated ? offsetAt(runs, Math.min(folded.length - 1, cut + dated[0].length - 1)) + 1 : nameEnd;
  return { start, end: endAt, kind: "resolution", kindEnd: offsetAt(runs, kindEnd - 1) + 1, name: name.normalize("NFC"), year };
}

/** The kind word of a resolution, lower case. */
const TITLE_KIND = "nghị quyết";
/** How far into the text its kind heading is looked for: a database's validity lines and the heading come first. */
const TITLE_REACH = 3000;
/** Blank lines a title's wrapped lines may stand apart by (a page's paragraphs each a line: fresh60j-002). */
const TITLE_BLANKS = 2;
/** How long a title may run. */
const TITLE_MAX = 400;
/** How much of a line is read to find a heading or a line's first word. */
const LINE_READ = 120;

/**
 * Where the title under the text's first kind heading starts: the line after the heading (empty lines between), or
 * the heading's own line after its words ("KẾ HOẠCH THỰC HIỆN …"); -1 when no line within TITLE_REACH is a heading.
 */
export function titleStart(text: string): number {
  const limit = Math.min(text.length, TITLE_REACH);
  for (let at = 0; at < limit; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    // A heading's line is short: a line read to LINE_READ at most (a text on one line is not copied whole).
    const cut = Math.min(nl, at + LINE_READ);
    // Only a line whose first character (past blanks: what trim() drops, `\s`) opens a heading is copied and its headings
    // compared: the text's first lines were each sliced, trimmed and compared with every heading, in every text, most
    // of which print none (~5 M instructions of extract()'s warm pass over devx5: bench/README.md, session 65).
    let first = at;
    while (first < cut && WHITESPACE[text.charCodeAt(first)] === 1) first++;
    if (first === cut || HEADING_FIRST[text.charCodeAt(first)] !== 1) {
      at = nl + 1;
      continue;
    }
    // Each heading compared in place, at the line's first character: the line (to `cut`) is not copied and trimmed
    // (bench/README.md, session 67, speed67c). A heading ends with a letter, so one that fits before `cut` is inside
    // the trimmed line; the line is the heading alone where nothing but blanks follows it to `cut`.
    // Each space of a heading a run of blanks (phraseAt): a justified page's "KẾ  HOẠCH" is the same heading.
    for (const h of NAMED_TITLE_HEADINGS) {
      const end = phraseAt(text, h, first);
      if (end < 0 || end > cut) continue;
      if (lastNonBlank(text, end, cut) < end) {
        if (nl - at < LINE_READ) return nextLine(text, nl + 1, TITLE_BLANKS);
        continue;
      }
      if (text.charCodeAt(end) === 0x20) return end + 1;
    }
    at = nl + 1;
  }
  return -1;
}

/** 1 for the first code unit of a heading of NAMED_TITLE_HEADINGS. */
const HEADING_FIRST = (() => {
  const out = new Uint8Array(0x10000);
  for (const h of NAMED_TITLE_HEADINGS) out[h.charCodeAt(0)] = 1;
  return out;
})();

/** The start of the first line from `at` with words on it, past at most `blanks` empty lines; -1 past them or the text's end. */
function nextLine(text: string, at: number, blanks: number): number {
  for (let p = at, empty = 0; p < text.length && empty <= blanks; ) {
    let nl = text.indexOf("\n", p);
    if (nl < 0) nl = text.length;
    const line = text.slice(p, Math.min(nl, p + LINE_READ));
    const lead = line.length - line.trimStart().length;
    if (lead < line.length) return p + lead;
    empty++;
    p = nl + 1;
  }
  return -1;
}

/**
 * Where the title from `from` ends. A title in small letters goes on across its wrapped lines, empty lines between
 * or not, while the next line's first letter is small ("⏎⏎ về công tác …", "⏎⏎và chống lãng phí …"); one in
 * capitals goes on to the next line while that line is in capitals too and is no signer's line or section
 * (NAMED_TITLE_NOT_GOING_ON). A rule "____", a sentence's capital or a line with small letters ends it.
 */
function titleEnd(text: string, from: number): number {
  let nl = text.indexOf("\n", from);
  if (nl < 0) nl = text.length;
  const capitals = !hasSmallLetter(text.slice(from, Math.min(nl, from + TITLE_MAX)));
  let end = nl;
  while (end - from < TITLE_MAX && end < text.length) {
    const next = capitals ? nextLine(text, end + 1, 0) : nextLine(text, end + 1, TITLE_BLANKS);
    if (next < 0) break;
    let lineEnd = text.indexOf("\n", next);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(next, Math.min(lineEnd, next + TITLE_MAX));
    const goesOn = capitals ? HAS_LETTER.test(line) && !hasSmallLetter(line) && !NAMED_TITLE_NOT_GOING_ON.test(line.toLowerCase()) : OPENS_SMALL.test(line);
    if (!goesOn) break;
    end = lineEnd;
  }
  return Math.min(end, from + TITLE_MAX);
}

const SMALL_LETTER = /\p{Ll}/u;
const hasSmallLetter = (s: string): boolean => SMALL_LETTER.test(s);
/** Module constants, not literals in titleEnd: the bundler makes a `\p` literal a RegExp built at every call. */
const HAS_LETTER = /\p{L}/u;
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * A congress's resolution after "Thực hiện" opening a line or an item (vocab NAMED_CARRIED_OUT_CUES), read as a
 * Căn cứ item's named document is; the role reader gives the cue its role. Looked for by the kind word, rarer
 * than the cue, and the cue checked before it.
 */
function carriedOut(text: string, numbered: readonly number[]): BasisNamed[] | null {
  let out: BasisNamed[] | null = null;
  // Found by its first word, then read with each space a run of blanks (phraseAt): "Thực hiện Nghị quyết  Đại  hội …"
  // in a justified or tab-separated copy, or a PDF's layout text (fresh55g-003 with its spaces doubled), is the same item.
  for (let at = text.indexOf(CARRIED_OUT_FIRST); at >= 0; at = text.indexOf(CARRIED_OUT_FIRST, at + CARRIED_OUT_FIRST.length)) {
    if (phraseAt(text, NAMED_CARRIED_OUT_KIND, at) < 0) continue;
    const cue = cueBefore(text, at);
    if (cue < 0 || !(opensItem(text, cue) || titleBefore(text, cue) || issuedProgrammeBefore(text, cue))) continue;
    const m = readItem(text, at, numbered);
    if (m !== null) (out ??= []).push(m);
  }
  return out;
}

/** The kind of NAMED_BASIS_KINDS a replacing text names by name and date (vocab NAMED_REPLACED_KIND). */
const REPLACED_KINDS: readonly Head[] = NAMED_BASIS_KINDS.filter((k) => k.words === NAMED_REPLACED_KIND);
/** Its first word ("Quy"), searched for: rarer than the cue, whose "t" V8's indexOf meets at most places of a text. */
const REPLACED_FIRST = NAMED_REPLACED_KIND.slice(0, NAMED_REPLACED_KIND.indexOf(" "));

/**
 * A document named by name and dated, after "thay thế": "Quy chế này thay thế Quy chế hoạt động của Hội đồng nhân
 * dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996." (vocab NAMED_REPLACED_CUE), read
 * as a Căn cứ item's named document is, and only where a date gives its year.
 */
function replacedNamed(text: string, numbered: readonly number[]): BasisNamed[] | null {
  let out: BasisNamed[] | null = null;
  for (let start = text.indexOf(REPLACED_FIRST); start >= 0; start = text.indexOf(REPLACED_FIRST, start + REPLACED_FIRST.length)) {
    if (phraseAt(text, NAMED_REPLACED_KIND, start) < 0 || !replacedCueBefore(text, start)) continue;
    const m = readItem(text, start, numbered, REPLACED_KINDS);
    if (m === null) continue;
    const year = m.year ?? passedIn(text, m.end);
    if (year !== null) (out ??= []).push(year === m.year ? m : { ...m, year });
  }
  return out;
}

/**
 * Whether NAMED_REPLACED_CUE ends right before `start`, its words and the name parted by a run of blanks (phraseEndingAt)
 * or by one line break, as a page wraps or a justified line widens them anywhere: "thay thế⏎Quy chế hoạt động …", as the
 * Căn cứ cue is read wrapped (cueAt).
 */
function replacedCueBefore(text: string, start: number): boolean {
  let p = start;
  while (start - p < WRAP_REACH && p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  if (p > 0 && isLineBreak(text.charCodeAt(p - 1))) {
    p--;
    if (p > 0 && text.charCodeAt(p) === 0x0a && text.charCodeAt(p - 1) === 0x0d) p--;
    while (start - p < WRAP_REACH && p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  }
  return p < start && phraseEndingAt(text, NAMED_REPLACED_CUE.trimEnd(), p) >= 0;
}
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** How far after a replaced document's name its issuer and date are read: the issuer's 120 characters and the date. */
const PASSED_REACH = 180;

/** "… đã được Quốc hội khoá IX, kỳ họp thứ ba thông qua ngày 7 tháng 7 năm 1993": the year after the name's end (NAMED_REPLACED_ISSUED_BY), or null. */
function passedIn(text: string, end: number): number | null {
  const rest = text.slice(end, end + PASSED_REACH).replace(/\s+/gu, " ");
  const by = NAMED_REPLACED_ISSUED_BY.exec(rest);
  const dated = by === null ? null : DATE.exec(rest.slice(by[0].length));
  return dated ? Number(dated[1]) : null;
}

/** The first word of NAMED_CARRIED_OUT_KIND ("Nghị"). */
const CARRIED_OUT_FIRST = NAMED_CARRIED_OUT_KIND.slice(0, NAMED_CARRIED_OUT_KIND.indexOf(" "));

/**
 * The documents named by name alone that head a later member of the cue's list, after a ";" on the cue's
 * line and in its sentence: "- Căn cứ Điều lệ Đảng; Nghị quyết Đại hội X của Đảng;" (216-QĐ/TW, fresh29a
 * 006), "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, …; Luật Thi đua, khen thưởng năm
 * 2022; …; Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030; Quy định số
 * 09-QĐ/TU, …" (19-QĐ/TU, Tuyên Quang, fresh39c 005). The cue is written once for the list, as for its
 * numbered members, which the role reader gives it: each member is an item of its own, read as a head is.
 * The line's end, or a full stop before a space, ends the list.
 */
function listMembers(text: string, from: number, numbered: readonly number[], cue: Cue = WRITTEN): BasisNamed[] {
  const found: BasisNamed[] = [];
  // Searched within LIST_REACH only: a search of the whole text's rest at every cue was quadratic in a text
  // printed on one line, or with no ";" after its preamble.
  const line = text.slice(from, Math.min(text.length, from + LIST_REACH));
  let end = line.indexOf("\n");
  if (end < 0) end = line.length;
  const stop = line.indexOf(". ");
  if (stop >= 0 && stop < end) end = stop;
  for (let semi = line.indexOf(";"); semi >= 0 && semi < end; semi = line.indexOf(";", semi + 1)) {
    const start = headAt(text, from + semi + 1, true, cue);
    if (start < 0 || start >= from + end) continue;
    const m = readItem(text, start, numbered, cue.kinds);
    if (m !== null) found.push(m);
  }
  return found;
}
/** How far a cue's list is read for its members: fresh39c 005's list of nine runs 1,050 characters. */
const LIST_REACH = 2000;

/** A resolution joined to the one ending at `end` by "và" or ",", read as an item's head (CONVENTIONS §9), or null. */
function joinedResolution(text: string, end: number, numbered: readonly number[]): BasisNamed | null {
  JOINED_RESOLUTION.lastIndex = end;
  const m = JOINED_RESOLUTION.exec(text);
  return m === null ? null : readItem(text, end + m[0].length, numbered);
}
/**
 * "và" or "," and the next resolution's kind word, from a name's end; its words parted by any blanks, as the item's own
 * are ("Nghị\tquyết", two spaces: a single space here lost the resolution under them, audit62).
 */
const JOINED_RESOLUTION = /[ \t\r\n]*(?:,|và)[ \t\r\n]+(?=Nghị[ \t]{1,4}quyết[ \t])/y;

/**
 * Whether a programme's title (vocab NAMED_CARRIED_OUT_TITLES) stands right before the cue, blanks between, as a
 * heading: opening the text, or its line after an empty one ("Chương trình hành động thực hiện Nghị quyết Đại hội …",
 * fresh39c-002). A title word opening a line of wrapped prose has no empty line before it.
 */
function titleBefore(text: string, cue: number): boolean {
  if (cue < 2 || text.charCodeAt(cue - 1) !== 0x20) return false;
  // The title and the blanks before the cue read as a phrase whose last space is that run (phraseEndingAt): a justified
  // page's "Chương  trình  hành  động  thực  hiện …" is the same heading.
  for (const title of NAMED_CARRIED_OUT_TITLES) {
    const start = phraseEndingAt(text, title + " ", cue);
    if (start < 0) continue;
    return start === 0 || afterEmptyLine(text, start);
  }
  return false;
}

/**
 * Whether the document's own article issuing a programme or plan (vocab NAMED_ISSUING_LEADS, "là" at most, then
 * NAMED_ISSUED_PROGRAMMES and its owner "của <body>" at most) ends right before the cue at `cue`. Read in the
 * ISSUED_PROGRAMME_CHARS before the cue only; the owner's words hold no stop, so the test stays linear.
 */
function issuedProgrammeBefore(text: string, cue: number): boolean {
  // What prints nothing read as a blank: a CRLF copy's CR reaches the finder as U+2060 (prepare's textAsRead), which
  // `\s` does not take ("của\u2060⏎UBND tỉnh thực hiện …").
  return ISSUED_PROGRAMME().test(blankIgnorables(text.slice(Math.max(0, cue - ISSUED_PROGRAMME_CHARS), cue)));
}
/** The lead, "là", the programme's title and its owner fit in this much text. */
const ISSUED_PROGRAMME_CHARS = 160;
const ISSUED_PROGRAMME = lazyRegExp(() => new RegExp(
  String.raw`(?:${phraseSource(NAMED_ISSUING_LEADS)})(?:\s+là)?\s+(?:${phraseSource(NAMED_ISSUED_PROGRAMMES)})(?:\s+của\s+[^.;:“”"()]{1,80}?)?\s+$`,
  "iu",
));

/** Whether `at` opens a line that an empty line (spaces and tabs at most) comes before. */
function afterEmptyLine(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  if (j < 0 || text.charCodeAt(j) !== 0x0a) return false;
  j--;
  if (j >= 0 && text.charCodeAt(j) === 0x0d) j--;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  return j < 0 || text.charCodeAt(j) === 0x0a;
}

/** Where a cue of NAMED_CARRIED_OUT_CUES stands right before `at` (one to four spaces between), or -1. */
function cueBefore(text: string, at: number): number {
  let p = at;
  while (at - p < 4 && p > 0 && isSpace(text, p - 1)) p--;
  if (p === at) return -1;
  for (const cue of NAMED_CARRIED_OUT_CUES) {
    // "Thực  hiện" (a run of blanks between the cue's words) is the cue.
    const start = phraseEndingAt(text, cue, p);
    if (start >= 0) return start;
  }
  return -1;
}

/** Whether the cue at `at` opens an item: first on its line (a bullet before it), or after the item before it (";", ".", ":"). Char codes only: the test runs at every "Căn cứ" of every text. */
function opensItem(text: string, at: number, lineOnly = false): boolean {
  let j = at - 1;
  let bullet = false;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09) continue;
    if (IS_ITEM_MARK[c] === 0) break;
    bullet = true;
  }
  if (j < 0 || bullet) return true;
  const c = text.charCodeAt(j);
  // The extractor reads the caller's line breaks as they are (prepare's LINE_BREAKS are unified for the analysis
  // only): a vertical tab, NEL, U+2028 or U+2029 ends a line as "\n" does.
  return isLineBreak(c) || (!lineOnly && (c === 0x3b || c === 0x2e || c === 0x3a));
}

/**
 * Where a kind word of NAMED_BASIS_KINDS heading the item after the cue (from `from`) starts, or -1.
 * Kept apart from readItem: it runs at every item-opening cue (1,245 a pass over /tmp/devx5), the reading
 * at 5; one function doing both got hot, was compiled by TurboFan for 7 ms, deoptimized, and compiled again
 * inside the measured passes (bench/README, session 34, helper speednamed34). A list's `member` (after its
 * ";", listMembers) may follow it with no space, and takes no "vào".
 */
function headAt(text: string, from: number, member = false, cue: Cue = WRITTEN): number {
  let p = skipSpaces(text, from);
  // "Căn cứĐiều lệ Đảng Cộng sản Việt Nam và …" (a district Party committee's rules, fixtures/fresh/fresh39c-010): the
  // copy lost the space after the cue, as "Căn cứThông tư số 07/2010/TT-BKH …" (Đồng Nai, fresh30w-015) and "Căn
  // cứPháp lệnh ngoại hối …" (NHNN, fresh29h-007) lost it before numbered documents the role reader reads so already.
  // Glued, only a kind word's capital opens the item: a word in small letters there goes on another word.
  if (p === from && !member && !capitalUnit(text.charCodeAt(p))) return -1;
  if (!member && text.startsWith(cue.vao, p) && isSpace(text, p + cue.vao.length)) p = skipSpaces(text, p + cue.vao.length);
  const heads = cue.heads;
  // A kind's words open with a letter (no blank), which phraseAt compares first: the kinds whose letter differs are passed over unread.
  const first = text.charCodeAt(p);
  for (let i = 0; i < heads.length; i++) {
    const words = heads[i];
    if (words.charCodeAt(0) !== first) continue;
    // A run of blanks between the kind's words is one space (phraseAt).
    const wordsEnd = phraseAt(text, words, p);
    if (wordsEnd < 0 || !isSpace(text, wordsEnd)) continue;
    // "Căn cứ Nghị quyết số …", the commonest item, is not read: only a resolution whose body or session follows.
    if (cue.byBody[i] && !NAMED_RESOLUTION_BY.test(text.slice(wordsEnd, wordsEnd + BODY_REACH).toLowerCase())) return -1;
    return p;
  }
  return -1;
}

/** How much of the item after a bracket's "(" a term in it may take: "( nhiệm kỳ 2012 - 2017 )". */
const TERM_REACH = 32;

/** How far after "Nghị quyết" its body or session is looked for in headAt ("của Ban Thường vụ " and spaces). */
const BODY_REACH = 40;

/** The named document whose kind word (headAt) starts at `start`, or null. */
function readItem(text: string, start: number, numbered: readonly number[], kinds: readonly Head[] = NAMED_BASIS_KINDS): BasisNamed | null {
  // The kind's words with a run of blanks between them as headAt reads them (phraseAt).
  let kindEnd = -1;
  const head = kinds.find((k) => (kindEnd = phraseAt(text, k.words, start)) >= 0 && isSpace(text, kindEnd));
  if (head === undefined) return null;
  const itemEnd = endOfItem(text, kindEnd);
  // One space between words, the offsets of each kept: the name's end is found in the folded item.
  const { folded, runs } = fold(text, kindEnd, itemEnd);
  const lower = folded.toLowerCase();
  // The first word, split at a space or a mark.
  const firstEnd = lower.slice(1).search(WORD_END);
  const first = firstEnd < 0 ? lower.slice(1) : lower.slice(1, 1 + firstEnd);
  if (first === "" || /^\d/.test(first) || NOT_A_BASIS_NAME.has(first)) return null;
  if (NAMED_BASIS_CARRIED.some((w) => lower.includes(w))) return null;
  // A resolution named by who passed it: the body or session first, and an item that ends (not a letter's sentence
  // running on past ITEM_MAX).
  if (head.byBody && (!NAMED_RESOLUTION_BY.test(lower) || (itemEnd === kindEnd + ITEM_MAX && itemEnd < text.length))) return null;
  // So minutes: an undated record's name runs to its item's end, and a letter's sentence that runs on past ITEM_MAX
  // ("Căn cứ biên bản kiểm tra hiện trường, Đoàn kiểm tra … đề nghị …") is no item's.
  if (head.record && itemEnd === kindEnd + ITEM_MAX && itemEnd < text.length) return null;
  // "Biên bản ngày 04 tháng 11 năm 1999 của …": a date right after the kind word is the name's own, its year the document's.
  // In capitals ("NGÀY 10 THÁNG 11 NĂM 2009") the date is read in small letters; as written, as it is printed.
  const dates = kinds === NAMED_BASIS_KINDS ? folded : lower;
  if (head.signed) return signedItem(text, start, kindEnd, folded, lower, runs, dates, numbered, itemEnd, head.kind);
  const own = DATE.exec(dates);
  // Minutes dated right after their kind word name what they record to words no vocabulary ends (vocab RECORD_KINDS):
  // a date's first word there, however its date is written ("ngày04", "ngày 04 tháng 11" that a blank line breaks).
  if (head.record && RECORD_DATED_FIRST.test(first)) return null;
  let cut = folded.length;
  const term = NAMED_BASIS_TERM.exec(lower);
  if (term !== null) cut = term.index + term[0].length;
  for (const w of NAMED_BASIS_NAME_ENDS) {
    if (head.byBody && w === YEAR_END) continue;
    const k = lower.indexOf(w, own ? own[0].length : 1);
    if (k > 0 && k < cut) cut = k;
  }
  // A charter's name ends before the term of the congress that adopted it (vocab CHARTER_TERM).
  for (const w of head.endsBefore ?? []) {
    const k = lower.indexOf(w, 1);
    if (k > 0 && k < cut) cut = k;
  }
  // A congress's resolution's name ends at a comma not before its term (vocab CONGRESS_NAME_COMMA).
  const at = head.endsAt?.exec(lower);
  if (at && at.index > 0 && at.index < cut) cut = at.index;
  // "… Ban Bí thư (khoá X)", "… lần thứ IX - nhiệm kỳ (2005-2010)": a term in the bracket that ended the name is the name's (vocab NAMED_BASIS_BRACKETED_TERM).
  if (lower.charCodeAt(cut) === 0x28 && head.kind !== "charter") cut += NAMED_BASIS_BRACKETED_TERM.exec(lower.slice(cut, cut + TERM_REACH))?.[0].length ?? 0;
  // A numbered citation inside the item: the name ends before it and the word joining them. Looked up by a binary
  // search of the sorted starts: a walk of them from the text's first, at every item, was quadratic in a text of many
  // items ("Căn cứ Đề án … ( Tờ trình số … ) ;" 40,000 times: a second to read, four times the cost at twice the length).
  const next = lastAtOrBefore(numbered, kindEnd, itself) + 1;
  const numberedAt = next < numbered.length && numbered[next] < itemEnd ? numbered[next] : undefined;
  // "Căn cứ Đề án thành lập các Tổng công ty điện lực … ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của
  // Tập đoàn Điện lực Việt Nam ) ;" (the Ministry of Industry and Trade's decisions setting up each power corporation,
  // dev-049, seg33b-003): the item names two documents, the scheme by its name and, in the bracket, the submission that
  // brought it, whose number the role reader makes a basis of its own. The name ends at the bracket ("(" above,
  // NAMED_BASIS_NAME_ENDS) and is read; the dev gold lists both. Only a bracket does so: a number the name runs into
  // ("… ban hành kèm theo Quyết định số 84 …", NAMED_BASIS_CARRIED) still carries the document.
  if (numberedAt !== undefined && !(lower[cut] === "(" && offsetAt(runs, cut) < numberedAt)) {
    let k = indexFrom(runs, numberedAt, folded.length);
    if (k < 0) k = folded.length;
    const joined = folded.slice(0, k).replace(JOINING_END, "");
    // "Căn cứ Nghị quyết phiên họp Chính phủ thường kỳ tháng 12 năm 2000 Số 19/2000/NQ-CP" (pairs30-010): a number
    // the resolution's words run into, not joined by "và" or a mark, is its own.
    if (head.byBody && joined.length === k && joined.length < cut) return null;
    // "Căn cứ Biên bản kiểm tra số 12/BB-KT …": a number before the minutes' name ends is their own (vocab RECORD_KINDS).
    if (head.record && k < cut) return null;
    if (joined.length < cut) cut = joined.length;
  }
  let name = folded.slice(0, cut).replace(/[ ,.;:–-]+$/u, "");
  if (name.length < 2) return null;
  if (head.byBody && (!NAMED_RESOLUTION_MARK.test(`${name.toLowerCase()} `) || CLAUSE_AFTER_COMMA.test(name))) return null;
  const dated = own ?? DATE.exec(dates.slice(cut));
  const year = dated ? Number(dated[1]) : issuedIn(dates, cut);
  const nameEnd = offsetAt(runs, name.length - 1) + 1;
  name = text.slice(start, kindEnd) + name;
  const end = dated && !own ? offsetAt(runs, Math.min(folded.length - 1, cut + dated[0].length - 1)) + 1 : nameEnd;
  return { start, end, kind: head.kind, kindEnd, name: name.normalize("NFC"), year };
}

/**
 * An agreement signed (vocab INTERNATIONAL_AGREEMENTS): its name the item's words before its signing (SIGNED), the
 * year the signing date's; null where the item tells of no signing or a number inside it is the agreement's own.
 */
function signedItem(text: string, start: number, kindEnd: number, folded: string, lower: string, runs: readonly number[], dates: string, numbered: readonly number[], itemEnd: number, kind: Kind): BasisNamed | null {
  const cut = lower.indexOf(SIGNED);
  if (cut < 1) return null;
  const next = lastAtOrBefore(numbered, kindEnd, itself) + 1;
  if (next < numbered.length && numbered[next] < Math.min(itemEnd, offsetAt(runs, cut))) return null;
  // "… đã được ký kết ngày …": the verbs are the signing's, not the name's.
  const name = folded.slice(0, cut).replace(SIGNING_VERBS, "");
  if (name.length < 2) return null;
  let signing = cut + SIGNED.length - 1;
  if (lower.startsWith(" kết", signing)) signing += 4;
  const dated = DATE.exec(dates.slice(signing));
  const end = offsetAt(runs, dated ? signing + dated[0].length - 1 : name.length - 1) + 1;
  return { start, end, kind, kindEnd, name: (text.slice(start, kindEnd) + name).normalize("NFC"), year: dated ? Number(dated[1]) : null };
}

/** A first word after a record's kind word that opens its date: "ngày", "năm" (a digit glued to it or not). */
const RECORD_DATED_FIRST = /^(?:ngày|năm)/u;

/** "… do UBTVQH ban hành ngày 02/4/2005": the year of the date of issue after the name's issuer (vocab NAMED_ISSUED_BY), or null. */
function issuedIn(dates: string, cut: number): number | null {
  const rest = dates.slice(cut);
  const by = NAMED_ISSUED_BY.exec(rest);
  const dated = by === null ? null : DATE.exec(rest.slice(by[0].length));
  return dated ? Number(dated[1]) : null;
}

/** What may stand between a signed agreement's name and "ký": marks, "đã", "được". */
const SIGNING_VERBS = /(?:[ ,.;:–-]|(?<= )(?:đã|được))+$/u;

/**
 * A comma and a capital: a sentence's clause after its "Căn cứ …" phrase ("…, Thủ tướng Chính phủ giao …",
 * "…, Bộ Kế hoạch và Đầu tư thông báo …"), not a resolution's name.
 */
const CLAUSE_AFTER_COMMA = /, \p{Lu}/u;

/** What may end an item: ";", a "." ending its line or the text, a line break (the line after it then read). */
const ITEM_STOP = /;|\.(?=[\n\r]|$)|\n/g;
/**
 * A line with nothing on it, or a rule and nothing else, read from after a line break: the rule a drafter draws under
 * a title ("… thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng ⏎————⏎Ban Chấp hành Trung ương
 * Đoàn … ban hành …", fresh30f-013; "______" under "… Luật Thuế giá trị gia tăng", fresh61c-009; "======" under a
 * page's headings, fresh64c-007) ends the title as a blank line does. Dashes and en dashes open a new item already
 * (NEXT_ITEM's marks).
 */
const BLANK_LINE = /^[ \t\r]*(?:[—_=]{3,}[ \t\r]*)?(?:\n|$)/u;
/** A run of the whitespace fold makes one space. */
const SPACE_RUN = /[ \t\n\r\u00a0]+/g;

/**
 * Where the item from `from` ends: at ";", at a line a new item opens, at an empty line, at "." ending a line; at most ITEM_MAX on.
 * This and fold let regexes walk the characters: run at 5 items a pass, loops of their own were still
 * compiled by TurboFan inside the measured passes (bench/README, session 34, helper speednamed34).
 */
function endOfItem(text: string, from: number): number {
  const limit = Math.min(text.length, from + ITEM_MAX);
  ITEM_STOP.lastIndex = from;
  for (let m = ITEM_STOP.exec(text); m !== null && m.index < limit; m = ITEM_STOP.exec(text)) {
    const k = m.index;
    if (text.charCodeAt(k) !== 0x0a) return k;
    const line = text.slice(k + 1, k + 40);
    if (BLANK_LINE.test(line) || NEXT_ITEM.test(line)) return k;
  }
  return limit;
}

/**
 * The text from `from` to `to` with each run of whitespace one space (none at the end), and where each of
 * its characters is in `text` as runs: pairs of (index in the folded text, offset in `text`), each run's
 * characters one after another in both (a space's offset is its whitespace's last). Runs, not an offset a
 * character: a loop over every character was compiled by TurboFan inside the measured passes.
 */
function fold(text: string, from: number, to: number): { folded: string; runs: number[] } {
  let folded = "";
  const runs = [0, from];
  let k = from;
  SPACE_RUN.lastIndex = from;
  for (;;) {
    const m = SPACE_RUN.exec(text);
    folded += text.slice(k, m === null ? to : Math.min(m.index, to));
    if (m === null || m.index >= to) break;
    const after = m.index + m[0].length;
    if (after >= to) break;
    runs.push(folded.length, after - 1);
    folded += " ";
    k = after;
  }
  return { folded, runs };
}

/** The offset in `text` of the folded text's character `i` (fold's runs). */
function offsetAt(runs: readonly number[], i: number): number {
  let r = runs.length - 2;
  while (r > 0 && runs[r] > i) r -= 2;
  return runs[r + 1] + i - runs[r];
}

/** The index of the folded text's first character at or after `pos` in `text`, or -1 (fold's runs; `length` the folded text's). */
function indexFrom(runs: readonly number[], pos: number, length: number): number {
  for (let r = 0; r < runs.length; r += 2) {
    const len = (r + 2 < runs.length ? runs[r + 2] : length) - runs[r];
    if (len <= 0) continue;
    if (runs[r + 1] >= pos) return runs[r];
    if (runs[r + 1] + len > pos) return runs[r] + pos - runs[r + 1];
  }
  return -1;
}

/** Whitespace at `at` (a text's end is none). */
const isSpace = (text: string, at: number): boolean => at < text.length && isBreakAt(text, at);
/** Past at most four whitespace characters from `at`. */
function skipSpaces(text: string, at: number): number {
  let p = at;
  while (p - at < 4 && isSpace(text, p)) p++;
  return p;
}
