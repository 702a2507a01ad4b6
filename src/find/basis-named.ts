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
/** How far an item may run: the longest name seen is 190 characters (dev-046). */
const ITEM_MAX = 320;
/** The item's words before the name, as the cue's "vào" ("Căn cứ vào Quy chế …"). */
const VAO = "vào";
/** A bullet or a list's mark before the cue on its line ("- Căn cứ", "+ Căn cứ", "• Căn cứ"). */
const BULLETS = new Set(["-", "+", "*", "•", "–"]);
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
  for (let at = text.indexOf(CUE); at >= 0; at = text.indexOf(CUE, at + CUE.length)) {
    if (!opensItem(text, at)) continue;
    const m = readItem(text, at + CUE.length, numbered);
    if (m !== null) (out ??= []).push(m);
  }
  return out ?? [];
}

/** Whether the cue at `at` opens an item: first on its line (a bullet before it), or after the item before it (";", ".", ":"). */
function opensItem(text: string, at: number): boolean {
  let j = at - 1;
  let bullet = false;
  while (j >= 0 && (text[j] === " " || text[j] === "\t" || BULLETS.has(text[j]))) {
    if (BULLETS.has(text[j])) bullet = true;
    j--;
  }
  return j < 0 || bullet || text[j] === "\n" || text[j] === "\r" || text[j] === ";" || text[j] === "." || text[j] === ":";
}

/** The named document the item after the cue (from `from`) heads, or null. */
function readItem(text: string, from: number, numbered: readonly number[]): BasisNamed | null {
  let p = skipSpaces(text, from);
  if (p === from) return null;
  if (text.startsWith(VAO, p) && isSpace(text, p + VAO.length)) p = skipSpaces(text, p + VAO.length);
  const head = NAMED_BASIS_KINDS.find((k) => text.startsWith(k.words, p) && isSpace(text, p + k.words.length));
  if (head === undefined) return null;
  const start = p;
  const kindEnd = p + head.words.length;
  const itemEnd = endOfItem(text, kindEnd);
  // One space between words, the offsets of each kept: the name's end is found in the folded item.
  const { folded, offsets } = fold(text, kindEnd, itemEnd);
  const lower = folded.toLowerCase();
  const first = /^ (\p{L}+)/u.exec(lower);
  if (first === null || NOT_A_BASIS_NAME.has(first[1])) return null;
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

const isSpace = (text: string, at: number): boolean => text[at] === " " || text[at] === "\t" || text[at] === "\n" || text[at] === "\r" || text[at] === "\u00a0";
function skipSpaces(text: string, at: number): number {
  let p = at;
  while (p < text.length && p - at < 4 && isSpace(text, p)) p++;
  return p;
}
