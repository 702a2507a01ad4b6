// The core alone: the "x" flag is all these patterns use; the package's index also loads its
// Unicode addons and 110 KB of their data, paid by every process that imports vncite.
import XRegExp from "xregexp/src/xregexp.js";
import { KINDS } from "../vocab/kinds.js";
import { NUMBER_LETTER, NUMBER_PART, SO_MISREAD, YEAR_LAST_DIGIT } from "../vocab/numbers.js";
import { DASH_LOOK_ALIKES, IGNORABLE_CLASS, SLASH_LOOK_ALIKES } from "../vocab/look-alikes.js";
import { PAGE_LINE_NUMBER } from "../vocab/page-lines.js";

/**
 * A pattern written in free-spacing mode (layout and "#" comments, XRegExp's "x" flag) as a plain
 * RegExp's source: XRegExp reads the layout away, and a native RegExp of its source is what runs. The
 * object XRegExp returns carries its own "xregexp" property, and a RegExp with an own property leaves
 * V8's fast paths for exec and lastIndex (session 38: a warm extract() pass measured 5 % cheaper with
 * native patterns, near this machine's run-to-run noise; the start-up is the same). Each piece is read
 * once and the patterns joined from what it reads: the scan's patterns hold NOT_A_TAIL, NUMBER_REST and
 * SYMBOL_TAIL several times each, and XRegExp read every copy in JavaScript at every process's load
 * (bench/README.md, session 68, speed68c).
 */
function read(free: string): string {
  return XRegExp(free, "x").source;
}

/**
 * The regexes of the find stage, in one place. They run on the caller's original text (before
 * NFC and look-alike repair), so each accepts the variants that preparation would fix.
 * Every quantifier is bounded: no input can make them backtrack more than a constant per position.
 */
export const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
/** LETTER but "o", "O", "ố" and "Ố" (U+1ED1, U+1ED0): after "số" (NFC or NFD) a number may be glued (NUMBER_HEAD). */
const LETTER_BUT_O = "A-NP-Za-np-z\\u00C0-\\u024F\\u1E00-\\u1ECF\\u1ED2-\\u1EFF";
/** Combining marks: a letter stays a letter in NFD; a mark after a non-Latin letter ("ἀ") does not make it one. */
export const MARKS = "\\u0300-\\u036F";
/** "-" and its look-alikes (vocab DASH_LOOK_ALIKES: the dashes of every width, the minus, the fullwidth and small hyphen-minus). */
const DASHES = ["-", ...DASH_LOOK_ALIKES].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
/**
 * The fraction slash (U+2044), which OCR and PDF text give for the slash of a number ("Nghị định số
 * 31⁄2018/NĐ-CP", fresh36b-007; a draft's blank "Nghị định so -„⁄2025/NĐ-CP", fresh45c-019): a
 * look-alike prepare() reads as "/" (vocab LOOK_ALIKES), so the scan takes it where a number's parts
 * are separated, and a year after it is no number of its own, as after "/". The other look-alikes of "/" too
 * (SLASH_LOOK_ALIKES: the division slash, the fullwidth solidus).
 */
const FRACTION_SLASH = SLASH_LOOK_ALIKES.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
/**
 * What prints nothing (vocab IGNORABLES), which prepare() drops: a page's <wbr> after each slash
 * ("61/<ZWSP>2018/<ZWSP>NĐ-CP"). Read as a mark after a number's digit (the digit after it is no
 * number of its own) and as a space around a ký hiệu's separators.
 */
const IGNORABLE = IGNORABLE_CLASS;

/**
 * A number followed by a slash or dash and a code letter, with an optional year between:
 * "61/2018/NĐ", "215/KH", "37-NQ", "103 /KH", "18 - nq", "221 – QĐ", "QÐ" with an eth.
 * Dates ("08/4/2022"), ranges ("2021-2030") and page numbers before prose match the shape only
 * partly; the grammar rejects what is not a ký hiệu.
 */
/**
 * NUMBER_FIRST, FIRST_DIGIT then NOT_A_TAIL: a number's first digits, not the tail of a word, a longer number or a ký hiệu (NFC or NFD: any
 * marks); but a number typed against "số" ("Quyết định số1234/QĐ-UBND") is one: preparation puts
 * the space back (prepare.ts); decomposed, "so" + circumflex + acute (marks after the letter, composed
 * or not, read alike: "ố" + a stray acute is "số" either way). One negative look-behind, so a
 * digit inside a number is still ruled out at its first step back (a second, positive look-behind
 * cost a tenth of the scan). All of its digits: what follows a number (a slash, a dash, spaces, a
 * letter, or nothing) is never a digit, so a match never ends inside one, and the look-ahead spares
 * the regex trying each shorter head before failing ("năm 2018": four tries of the tail and the
 * look-behind). Nor a number after a word or number and a spaced slash: in "3e / 2000 / NQ-HĐND" or
 * "12 / 2018 / NĐ-CP" it is the year (read as a number, the year would give a wrong identity: a
 * number not read is only a miss); the glued "/2000" was already ruled out. So after a doubled slash
 * ("12 // 2004 / QĐ-UBND" was read as 2004/QĐ-UBND): its year is no number; the number before it is
 * (SYMBOL_TAIL, the grammar's yearDoubledSlashAt: "Nghị định số 38//2009/NĐ-CP", fresh49e-001).
 */
const FIRST_DIGIT = `
   [0-9]
   (?<! [0-9/${FRACTION_SLASH}] [0-9] )   # NOT_A_TAIL's first alternative where it is surest, asked first: a digit inside a number, or after a slash (a date's month, a number's year), fails here at its first step back
   `;
/**
 * The rest of NUMBER_FIRST's look-behind, asked at the same place (right after the first digit). Two in three numbers
 * that pass it are no scan's match ("ngày 23", "năm 2018": no kind word's letter before, no ký hiệu after), so the
 * scan asks it only after each of its alternatives' own tests (SCAN_BODY, SCAN_PAGE_CUE): look-arounds at one place,
 * the order cannot change the match (bench/README.md, session 68, speed68c).
 */
const NOT_A_TAIL = `
   (?<! [${LETTER_BUT_O}0-9/${FRACTION_SLASH}] (?<! (?<![${LETTER}${MARKS}]) s ) [${MARKS}${IGNORABLE}]*[0-9]   # but after a lone "s", "số" with its "ố" and space lost ("Nghị định s08/2014/NĐ-CP": SO_LETTER_LOST)
      | [0-9] [.] [0-9]   # the second part of "66.7/2025/NQ-CP" is no number of its own (NUMBER_PART)
      | (?:^|[^sS]|[${LETTER}${MARKS}][sS]) (?:[\u1ED0\u1ED1]|[oO]) [${MARKS}]* [0-9]
      | [oO] (?!\u0302\u0301[${MARKS}]*[0-9]) [${MARKS}]* [0-9]
      | [${LETTER}0-9] [${MARKS}${IGNORABLE}]* [\\s${IGNORABLE}]{0,8} / (?: [\\s${IGNORABLE}]{0,8} / )? [\\s${IGNORABLE}]{0,8} [0-9]   # "3e / 2000 / NQ": a number after "<word> / " (spaced; or its slash typed twice, "12 // 2004 / QĐ") is none either
      | [0-9] [\\s]{0,2} : [\\s]{0,2} (?:1(?=9)|2(?=0)) )   # "QCVN 01:2021/BXD", "ISO 9001: 2008": a year after "<digits>:" is a standard's, no document's number ("3: 125/QĐ" stays one)
   `;
const NUMBER_FIRST = FIRST_DIGIT + NOT_A_TAIL;
/** The rest of the number NUMBER_FIRST starts: all of its digits. */
const NUMBER_REST = `
   (?: [0-9] | [${IGNORABLE}]{1,4} [0-9] ){0,5} (?! [0-9] | [${IGNORABLE}]{1,4} [0-9] )   # "1<ZWSP>3/2019": what prints nothing between digits is read past, as prepare() drops it
   `;
const NUMBER_HEAD = NUMBER_FIRST + NUMBER_REST;
/** A year's four digits ("200l": YEAR_TYPED_L), what prints nothing between them read past as between a number's (NUMBER_HEAD). */
const YEAR_DIGITS = `(?: 19 | 20 | 1[${IGNORABLE}]{1,4}9 | 2[${IGNORABLE}]{1,4}0 ) [${IGNORABLE}]{0,4} [0-9] [${IGNORABLE}]{0,4} ${YEAR_LAST_DIGIT}`;
/** A type code of letters only (the table's odd "Số: 12/SY-UBND" is none): safe to join into a pattern as written. */
const CODE_LETTERS = /^[A-Za-z\u0110\u0111]+$/;
/**
 * The type codes the vocabulary writes with a small letter ("TTr", "CTr", "QyĐ"), as a pattern: glued to
 * a number that lost its slash ("Tờ trình số 667TTr-STP") they start a ký hiệu (the grammar's
 * spacedKindCodeAt), where the capitals-only pattern below would not see one.
 */
const MIXED_CASE_CODES = [...new Set(KINDS.map((k) => k.code).filter((c): c is string => c !== null && CODE_LETTERS.test(c) && c !== c.toUpperCase()))].join("|");
/** NUMBER_PART, what prints nothing around its dot and between its digits read past ("66.2<ZWSP>5/NĐ"), as between a number's. */
const NUMBER_PART_READ = NUMBER_PART.replace(String.raw`\.`, String.raw`[${IGNORABLE}]{0,4}\.[${IGNORABLE}]{0,4}`).replace("[0-9]{1,2}", `[0-9](?:[${IGNORABLE}]{0,4}[0-9])?`);
/** What makes the number a document number: a slash or dash and a code letter, with an optional year between. */
const SYMBOL_TAIL = `
   (?: ${NUMBER_LETTER}   # the letter of "30a/2008/NQ-CP", "3e/2000/NQ-HĐND" (the grammar's NumberTok reads it)
     | ${NUMBER_PART_READ} )?   # the second part of "66.7/2025/NQ-CP" (NUMBER_PART)
   (?: [\\s${IGNORABLE}]{0,8}
       (?: / [\\s${IGNORABLE}]{0,2} / [\\s${IGNORABLE}]{0,2} (?: ${YEAR_DIGITS} [\\s${IGNORABLE}]{0,8} / [\\s${IGNORABLE}]{0,8} )?   # "263//KQTĐ-SXD": no year, the number's slash typed twice (the grammar's bareDoubledSlashAt); "38//2009/NĐ-CP", before the year (yearDoubledSlashAt)
         | [/${FRACTION_SLASH}${DASHES}] [\\s${IGNORABLE}]{0,8}
           (?: ${YEAR_DIGITS} [\\s${IGNORABLE}]{0,8} [/${FRACTION_SLASH}] [\\s${IGNORABLE}]{0,8} (?: / [\\s${IGNORABLE}]{0,8} )? )? )   # year of a legal normative document ("200l": YEAR_TYPED_L); its slash typed twice, "113/2016//TT-BTC" (the grammar's doubledSlashAt)
       [A-Za-z\\u00D0\\u00F0\\u0110\\u0111\\u01AF\\u01B0]   # a letter a code may start with (as CODE_LIKE in the grammar)
     | (?: [ \\t\\u00A0]{0,2} | [\\r\\u2060]? \\n ) [A-Z\\u00D0\\u0110]{2,6} [/-]   # "227 NQ/UBTVQH9": a space where older numbering's dash belongs, or nothing ("20NQ/TW"; the grammar's spacedTypeAt); "03 NQ-CP", a space for the slash (spacedKindCodeAt); a hard-wrapped copy's line break for the space ("số 84 ⏎QĐ/TWĐTN", a CRLF's CR read as U+2060)
     | (?: ${MIXED_CASE_CODES} ) -   # "667TTr-STP": a type code with a small letter glued to the number, its slash lost (spacedKindCodeAt)
     | / ${YEAR_DIGITS} [ \\t\\u00A0]{0,2} [A-Z\\u00D0\\u0110]{2,6} -   # "95/2024 NĐ-CP": a space for the slash after the year, or nothing ("96/2026NĐ-CP"; the grammar's spacedKindCodeAt)
     | [ ] (?:19|20) [0-9]{2} [ ] [A-Za-z\\u0110\\u0111]{2}   # "nghi dinh so 40 2020 nd cp": a web address's words, spaces for the slashes (the grammar's spacedSlugAt)
     | [.] (?: (?:19|20) [0-9]{2} [.] )? [A-Z\\u0110]{2} )   # "138.2004.NĐ-CP", "0971.QĐ-BTM", "04.TTLB": a dot for each slash (the grammar's dotsForSlashesAt)
  `;

/** The pieces as read (read): each once. */
const FIRST_DIGIT_SOURCE = read(FIRST_DIGIT);
const NOT_A_TAIL_SOURCE = read(NOT_A_TAIL);
const NUMBER_REST_SOURCE = read(NUMBER_REST);
const SYMBOL_TAIL_SOURCE = read(SYMBOL_TAIL);

/**
 * A number followed by a slash or dash and a code letter, with an optional year between:
 * "61/2018/NĐ", "215/KH", "37-NQ", "103 /KH", "18 - nq", "221 – QĐ", "QÐ" with an eth.
 * Dates ("08/4/2022"), ranges ("2021-2030") and page numbers before prose match the shape only
 * partly; the grammar rejects what is not a ký hiệu.
 */
export const ANCHOR: RegExp = new RegExp(FIRST_DIGIT_SOURCE + NOT_A_TAIL_SOURCE + NUMBER_REST_SOURCE + SYMBOL_TAIL_SOURCE, "g");

/**
 * The rhyme of the last syllable of "luật" and "lệnh" (so of "Bộ luật" and "Pháp lệnh"), in
 * either case, composed or decomposed: where a law may be named. As a regex (the reference the
 * tests hold findLawRhymes to); the scan itself looks for these literals with indexOf. "ệnh" only
 * after its "l" (or "L"): that is the only word the named pass reads it in (named.ts asks the
 * letter before every rhyme), and "ệ" is so common in Vietnamese ("việc", "hiện", "nghiệp") that
 * indexOf("ệnh") stopped at each, where "lệnh" and "Lệnh" are looked for at half the cost.
 */
export const LAW_RHYME = /ật|ẬT|(?<=[lL])ệnh|ỆNH|\u0323\u0302(?:t|T|nh|NH)/g;

/**
 * Mistyped kind words' last syllables that the grammar reads before a ký hiệu but the scan does not take as a short
 * form's kind: "tu" of "Thông tu 111/2013/TT-BTC" (a hook lost). "u" ends very many words before a number ("sau 30
 * ngày", "đầu 2024", "nhau"): with it the scan's look-behind reported them all, 1.1 % of extract()'s warm pass
 * (bench/README "Session 53, the lead"), for a short form no read text writes ("Thông tu số 95" takes "số").
 */
const NOT_SCANNED_ENDINGS: ReadonlySet<string> = new Set(["tu"]);
/** The last syllable of every kind word ("định", "thị", "hoạch"...), lower-cased, and "số" (or "số:"; or "sô", "só", "sé", as scans misread it: SO_MISREAD) that may follow one. */
export const KIND_ENDINGS: ReadonlySet<string> = new Set([
  ...KINDS.flatMap((k) => k.words.map((w) => w.split(" ").pop()!.toLowerCase())).filter((w) => !NOT_SCANNED_ENDINGS.has(w)),
  ...["số", ...SO_MISREAD].flatMap((so) => [so, `${so}:`]),
]);
/** The characters those end with, in both cases. */
export const KIND_ENDING_LAST: string = [...new Set([...KIND_ENDINGS].flatMap((w) => [w[w.length - 1], w[w.length - 1].toUpperCase().charAt(0)]))].join("");
const unitClass = (chars: string): string => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

/**
 * The find stage's one pass over the whole text: each number that starts a document number
 * (group 1 or 2 holds its ký hiệu's start, as ANCHOR: see SCAN) and each other number that follows, after
 * whitespace (a line break too: "Quyết định số ⏎1605"), a letter some kind word or "số" ends with, or a combining mark (a short form's
 * candidate: "Nghị định 64"; findShortMentions asks the same first). Two numbers in three follow
 * no such letter ("ngày 23", "năm 2018"): not reported, they cost no match object, no array slot
 * and no test (177,000 → 59,000 matches a pass over 2,000 plans). The look-behind's run of spaces
 * is unbounded, as findShortMentions reads it; each run is read back from the one number after it.
 * What prints nothing between the number's digits is read past, as NUMBER_HEAD reads it ("Nghị định 17<ZWSP>2").
 * One regex, because most of a scan's cost is walking the text. The law rhymes
 * were a third alternative here: V8 then tried every position against the non-ASCII literals too,
 * dearer than four indexOf walks (66 → 38 + 12 ms a pass over 2,000 plans). NOT_A_TAIL after each alternative's own
 * test (the ký hiệu's, whole, in a look-ahead where no kind word's letter comes before): most numbers fail those first.
 */
const SCAN_BODY = `(?:(?<=[${unitClass(KIND_ENDING_LAST)}${MARKS}]\\s+[0-9])${NOT_A_TAIL_SOURCE}${NUMBER_REST_SOURCE}(${SYMBOL_TAIL_SOURCE})?|(?=${NUMBER_REST_SOURCE}${SYMBOL_TAIL_SOURCE})${NOT_A_TAIL_SOURCE}${NUMBER_REST_SOURCE}(${SYMBOL_TAIL_SOURCE}))`;
/**
 * SCAN's ký hiệu (ANCHOR's SYMBOL_TAIL) is group 1 where the number follows such a letter and
 * group 2 where it does not: the look-behind asked once at the number's first digit, where it reads
 * back one digit, not at its end across all of its digits (as "(SYMBOL_TAIL) | (?<=… [0-9]
 * (?: [IGNORABLE]{0,4} [0-9] ){0,5})" did, the same matches: a number's first digit follows no digit,
 * NUMBER_FIRST).
 */
export const SCAN: RegExp = new RegExp(FIRST_DIGIT_SOURCE + SCAN_BODY, "g");

/** The pieces SCAN is built of, for the test that holds it to the form it was first written in (test/find/patterns.test.ts). */
export const SCAN_PIECES = { NUMBER_FIRST, NUMBER_REST, SYMBOL_TAIL, KIND_LETTER: `[${unitClass(KIND_ENDING_LAST)}${MARKS}]` } as const;

/**
 * SCAN, first asking at each number whether it may be a PDF page's number line (PAGE_LINE_NUMBER,
 * vocab/page-lines.ts): group 1 (empty) says it may; SCAN's groups 1 and 2 are then groups 2 and 3. Every page line
 * holds such a number, and its first digit is one NUMBER_HEAD takes (after a dash, whitespace or
 * "Số", never after a letter or a digit): a text where this never matches has no page line, and
 * blankPageLines, a walk from line to line over the whole text, is not run on it.
 */
export const SCAN_PAGE_CUE: RegExp = new RegExp(`${FIRST_DIGIT_SOURCE}(?:()(?:${PAGE_LINE_NUMBER.map(([before, after]) => `(?<=${before}[0-9])${after ? `(?=${NUMBER_REST_SOURCE}${after})` : ""}`).join("|")})${NOT_A_TAIL_SOURCE}${NUMBER_REST_SOURCE}|${SCAN_BODY})`, "g");
