import type { ParsedCitation } from "../parse/types.js";
import { composedWord, isDigitCode } from "../shared/chars.js";
import type { Kind } from "../types.js";
import { prepare } from "../prepare/prepare.js";
import { KINDS, kindByWord, KIND_WORDS_SOURCE } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import { SO_SPELLINGS_SOURCE } from "../vocab/numbers.js";

/**
 * "Phương án số 2 và 3/PA-UBND ngày 5 tháng 9 năm 2017", "Kết luận thanh tra số: 09, 10, 11,
 * 12/KL-TTr ngày 20/6/2024": numbers listed after a kind word and "số", the last one written with
 * its ký hiệu, which (with the year, date and issuer written once after it) is every listed
 * number's. `p` is the last number's citation (as the grammar read it, `kind` as identified); the
 * listed numbers before it, each its own citation, in text order: the first from its kind word to
 * its number, the others the number alone (as a list of full citations spans its members). None
 * where the numbers follow no kind word and "số", or the kind word is not the ký hiệu's kind:
 * "khoản 1, 2 và 3 Điều 5", "giai đoạn 2021, 2022" and dates are no such list. `floor`: where the
 * citation before ends; no list is read back past it, so every character is read back at most once.
 */
export function numbersListedBefore(text: string, p: ParsedCitation, kind: Kind, floor: number): ParsedCitation[] {
  // Most citations have their kind word or "số", or nothing listed before them: a look at two characters.
  if (p.kindWord !== null || p.start !== p.number.start || p.start < 3 || !JOIN_LAST.has(text.charCodeAt(p.start - 1))) return NONE;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = p.start; ; ) {
    const member = memberBefore(text, at, floor);
    if (member < 0) break;
    // A long run ("1, 1, 1, …") is no list of documents; bounded, so the walk back stays short.
    if (starts.length === MAX_MEMBERS) return NONE;
    starts.push(member);
    ends.push(numberEndAt(text, member));
    at = member;
  }
  if (starts.length === 0) return NONE;
  const first = starts[starts.length - 1];
  const head = kindWordBefore(text, first, floor);
  if (head === null || head.kind !== kind) return NONE;
  const out: ParsedCitation[] = [];
  for (let i = starts.length - 1; i >= 0; i--) {
    const number = { text: text.slice(starts[i], ends[i]), start: starts[i], end: ends[i] };
    // Copied with Object.assign, as extract copies citations (a spread is slow on Node 20): the ký hiệu's parts, year, date and issuer are the last number's.
    const listed: ParsedCitation = Object.assign({}, p, { start: i === starts.length - 1 ? head.start : starts[i], end: ends[i], number, numberEnd: ends[i] });
    if (i === starts.length - 1) listed.kindWord = { text: head.word, start: head.start, end: head.end };
    out.push(listed);
  }
  return out;
}

const NONE: ParsedCitation[] = [];
const MAX_MEMBERS = 20;
/** Digits of a listed number: longer ones are amounts or codes. */
const MAX_DIGITS = 5;
/** At most this many characters between two listed numbers: ", ", " và ", ", và ". Also read by analyze/roles/with-self.ts. */
export const LISTED_NUMBER_GAP = 8;
/** What joins two listed numbers, whole: a comma, "và" or both, spaces or tabs around; no line break, no stop. */
export const LISTED_NUMBER_JOIN = /^(?:[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$/u;
/** The characters a join ends with, right before the next number: a space, a tab or a comma. */
const JOIN_LAST = new Set([0x20, 0x09, 0x2c]);

/**
 * The start of the number listed right before `at` (a number's start), a join between: -1 where
 * none is. Reads back at most LISTED_NUMBER_GAP characters and a number's digits, never before `floor`.
 */
function memberBefore(text: string, at: number, floor: number): number {
  let gap = at;
  while (gap > floor && at - gap < LISTED_NUMBER_GAP && !isDigitCode(text.charCodeAt(gap - 1))) gap--;
  if (gap === at || gap === floor || !isDigitCode(text.charCodeAt(gap - 1)) || !LISTED_NUMBER_JOIN.test(composedWord(text.slice(gap, at)))) return -1;
  let start = gap;
  while (start > floor && gap - start <= MAX_DIGITS && isDigitCode(text.charCodeAt(start - 1))) start--;
  if (gap - start > MAX_DIGITS) return -1;
  // "15/2020/NĐ-CP, 16": a number inside a ký hiệu, a date, a decimal or a word is none listed.
  return start > 0 && NOT_BEFORE_NUMBER.test(text.charAt(start - 1)) ? -1 : start;
}

const NOT_BEFORE_NUMBER = /[\p{L}\p{M}\p{N}/.\-–]/u;

function numberEndAt(text: string, start: number): number {
  let end = start;
  while (isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/** The kind word, then up to two words ("Kết luận thanh tra"), then "số" or "số:", read back from `at` over LOOK_BACK characters. */
const LOOK_BACK = 48;
const KIND_SO_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(${KIND_WORDS_SOURCE})(?:[ \t]+[\p{L}\p{M}]{1,8}){0,2}\s+(?:${SO_SPELLINGS_SOURCE})[ \t]*:?[ \t]*$`,
  "iu",
);

/** The kind word before the list starting at `at` (KIND_SO_BEFORE), read composed and repaired as the grammar reads; its span in `text`. */
function kindWordBefore(text: string, at: number, floor: number): { kind: Kind; word: string; start: number; end: number } | null {
  const from = Math.max(floor, at - LOOK_BACK);
  const { text: before, map } = prepare(text.slice(from, at));
  const k = KIND_SO_BEFORE.exec(before);
  if (k === null) return null;
  const entry = kindByWord(k[1]);
  if (!entry || entry.slug === "document") return null;
  const wordAt = k.index + k[0].indexOf(k[1]);
  return { kind: entry.slug, word: k[1], start: from + map.toOriginal(wordAt, "start"), end: from + map.toOriginal(wordAt + k[1].length, "end") };
}
