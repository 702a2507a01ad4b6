/**
 * A document other than a law named without a number at the head of a "Căn cứ" item: "- Căn cứ Điều
 * lệ Đảng;", "Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;", "Căn cứ Đề án thành
 * lập các Tổng công ty điện lực … ( Tờ trình số 565/TTr-EVN … )" (vocab/named-documents.ts). The item
 * names what the document rests on as a law's name does, and the dev gold lists it so (dev-046,
 * dev-049); only an item's head is read: in prose "Quy chế", "Đề án" are as often common nouns.
 */
import type { Kind } from "../types.js";
import { NAMED_BASIS_CARRIED, NAMED_BASIS_KINDS, NAMED_BASIS_NAME_ENDS, NOT_A_BASIS_NAME } from "../vocab/named-documents.js";

export interface BasisNamed {
  start: number;
  end: number;
  kind: Kind;
  kindEnd: number;
  /** The name as read, the kind word first, whitespace folded ("Quy chế làm việc của …"). */
  name: string;
  year: number | null;
}

const CUE = "Căn cứ";
/**
 * The cue as looked for: without its "C", checked after. Under cachegrind (bench/README, session 34) an
 * indexOf of "Căn cứ" over /tmp/devx5 cost 90 M instructions a pass, of "ăn cứ" 2.6 M: V8 searches the
 * two literals differently.
 */
const CUE_TAIL = CUE.slice(1);
const CUE_C = CUE.charCodeAt(0);
/** Where a word ends in the folded item: a space or a mark. */
const WORD_END = /[ ,.;:()/\-–"“”]/;
/** How far an item may run: the longest name seen is 190 characters (dev-046). */
const ITEM_MAX = 320;
/** The item's words before the name, as the cue's "vào" ("Căn cứ vào Quy chế …"). */
const VAO = "vào";
/** A bullet or a list's mark before the cue on its line ("- Căn cứ", "+ Căn cứ", "• Căn cứ"). */
const BULLET_CODES: ReadonlySet<number> = new Set(["-", "+", "*", "•", "–"].map((b) => b.charCodeAt(0)));
/** A date or year after the name, the year taken: "ngày 02 tháng 4 năm 2005", "ngày 19/9/2019", "năm 2005". */
const DATE = /^ (?:ngày \d{1,2}(?: tháng \d{1,2} năm |[/.-]\d{1,2}[/.-])|năm )((?:19|20)\d\d)(?!\d)/u;
/** The words a new item or the enacting formula opens its line with: an item without ";" ends before them. */
/** The words joining the name to a numbered citation after it ("Điều lệ Đảng và Quy định số 24-QĐ/TW"). */
const JOINING_END = /(?:[ ,;]|(?<= )(?:và|cùng))+$/u;
const NEXT_ITEM = /^[ \t]*(?:[-+*•–]|Căn cứ|Theo|Xét|Trên cơ sở|Sau khi|Thực hiện|Nay|QUYẾT|Điều \d)/u;

/**
 * Every such item's named document in `text`, in text order. `numbered` are the starts of the numbered
 * citations: an item whose name runs into one ("Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW …") ends
 * before it, and one that says its document is carried by a numbered one ("… ban hành kèm theo Quyết
 * định số 84 …") is that document's, not a name's.
 */
export function findBasisNamed(text: string, numbered: readonly number[]): BasisNamed[] {
  let out: BasisNamed[] | null = null;
  for (let tail = text.indexOf(CUE_TAIL, 1); tail >= 0; tail = text.indexOf(CUE_TAIL, tail + CUE_TAIL.length)) {
    const at = tail - 1;
    if (text.charCodeAt(at) !== CUE_C || !opensItem(text, at)) continue;
    const m = readItem(text, at + CUE.length, numbered);
    if (m !== null) (out ??= []).push(m);
  }
  return out ?? [];
}

/** Whether the cue at `at` opens an item: first on its line (a bullet before it), or after the item before it (";", ".", ":"). Char codes only: the test runs at every "Căn cứ" of every text. */
function opensItem(text: string, at: number): boolean {
  let j = at - 1;
  let bullet = false;
  for (; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09) continue;
    if (!BULLET_CODES.has(c)) break;
    bullet = true;
  }
  if (j < 0 || bullet) return true;
  const c = text.charCodeAt(j);
  return c === 0x0a || c === 0x0d || c === 0x3b || c === 0x2e || c === 0x3a;
}

/** The named document the item after the cue (from `from`) heads, or null. */
function readItem(text: string, from: number, numbered: readonly number[]): BasisNamed | null {
  let p = skipSpaces(text, from);
  if (p === from) return null;
  if (text.startsWith(VAO, p) && isSpace(text, p + VAO.length)) p = skipSpaces(text, p + VAO.length);
  let head: (typeof NAMED_BASIS_KINDS)[number] | undefined;
  for (const k of NAMED_BASIS_KINDS) {
    if (text.startsWith(k.words, p) && isSpace(text, p + k.words.length)) {
      head = k;
      break;
    }
  }
  if (head === undefined) return null;
  const start = p;
  const kindEnd = p + head.words.length;
  const itemEnd = endOfItem(text, kindEnd);
  // One space between words, the offsets of each kept: the name's end is found in the folded item.
  const { folded, offsets } = fold(text, kindEnd, itemEnd);
  const lower = folded.toLowerCase();
  // The first word, split at a space or a mark.
  const firstEnd = lower.slice(1).search(WORD_END);
  const first = firstEnd < 0 ? lower.slice(1) : lower.slice(1, 1 + firstEnd);
  if (first === "" || /^\d/.test(first) || NOT_A_BASIS_NAME.has(first)) return null;
  if (NAMED_BASIS_CARRIED.some((w) => lower.includes(w))) return null;
  // "Biên bản ngày 04 tháng 11 năm 1999 của …": a date right after the kind word is the name's own, its year the document's.
  const own = DATE.exec(folded);
  let cut = folded.length;
  for (const w of NAMED_BASIS_NAME_ENDS) {
    const k = lower.indexOf(w, own ? own[0].length : 1);
    if (k > 0 && k < cut) cut = k;
  }
  // A numbered citation inside the item: the name ends before it and the word joining them.
  const numberedAt = numbered.find((n) => n > kindEnd && n < itemEnd);
  // "Căn cứ Đề án thành lập … ( Tờ trình số 565/TTr-EVN ngày … )": the bracket's number carries the
  // document, which the role reader gives the item's basis (dev-049, seg33b-003): no name is read.
  if (numberedAt !== undefined && lower[cut] === "(" && offsets[cut] < numberedAt) return null;
  if (numberedAt !== undefined) {
    let k = offsets.findIndex((o) => o >= numberedAt);
    if (k < 0) k = folded.length;
    const before = folded.slice(0, k).replace(JOINING_END, "").length;
    if (before < cut) cut = before;
  }
  let name = folded.slice(0, cut).replace(/[ ,.;:–-]+$/u, "");
  if (name.length < 2) return null;
  const dated = own ?? DATE.exec(folded.slice(cut));
  const year = dated ? Number(dated[1]) : null;
  const nameEnd = offsets[name.length - 1] + 1;
  name = text.slice(start, kindEnd) + name;
  const end = dated && !own ? offsets[Math.min(offsets.length - 1, cut + dated[0].length - 1)] + 1 : nameEnd;
  return { start, end, kind: head.kind, kindEnd, name: name.normalize("NFC"), year };
}

/** Where the item from `from` ends: at ";", at a line a new item opens, at an empty line, at "." ending a line; at most ITEM_MAX on. */
function endOfItem(text: string, from: number): number {
  const limit = Math.min(text.length, from + ITEM_MAX);
  for (let k = from; k < limit; k++) {
    const c = text[k];
    if (c === ";") return k;
    if (c === "." && (k + 1 >= text.length || text[k + 1] === "\n" || text[k + 1] === "\r")) return k;
    if (c === "\n") {
      const line = text.slice(k + 1, k + 40);
      if (/^[ \t\r]*(?:\n|$)/u.test(line) || NEXT_ITEM.test(line)) return k;
    }
  }
  return limit;
}

/** The text from `from` to `to` with each run of whitespace one space, and the offset in `text` of each character kept. */
function fold(text: string, from: number, to: number): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  let space = false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0") {
      space = true;
      continue;
    }
    if (space) {
      folded += " ";
      offsets.push(k - 1);
      space = false;
    }
    folded += c;
    offsets.push(k);
  }
  return { folded, offsets };
}

function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}
function skipSpaces(text: string, at: number): number {
  let p = at;
  while (p < text.length && p - at < 4 && isSpace(text, p)) p++;
  return p;
}
