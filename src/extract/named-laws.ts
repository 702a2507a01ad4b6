/**
 * The laws, codes and ordinances, and the Constitution, cited by name, merged into the numbered
 * citations in text order; and the laws an amending law's name lists with their numbers.
 */
import type { Citation } from "../types.js";
import { findNamedMentionsIn, type KnownClean, type NamedMention } from "../find/named/index.js";
import { findConstitutionMentions, withConstitution } from "../find/constitution.js";
import { findCodeInitials } from "../find/code-initials.js";
import { identifyNamed, identifySecondLaw, namedId, tidyName } from "../identify/named.js";
import { findBasisNamed, type BasisNamed } from "../find/basis-named.js";
import { prepare } from "../prepare/prepare.js";
import type { Landmarks } from "../find/anchors.js";
import { isWhitespaceAt } from "../shared/chars.js";
import { PREAMBLE_OPENERS } from "../vocab/parts.js";
import { BULLET_CLASS } from "../vocab/bullets.js";
import { phraseSource } from "../vocab/phrases.js";
import { titleListedLaws, type TitleList } from "./title-listed-laws.js";

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 …":
 * an amending law named by the laws it amends, each with its own number. The name says what the law
 * amends: `from` (the amending law's named citation) amends `to` (each law's numbered citation).
 */
export interface ListedAmendment {
  from: Citation;
  to: Citation;
}

/** An amending law's own title, then each law it lists, each amended by the title. */
function pushTitleList(out: Citation[], title: TitleList, amended: ListedAmendment[] | null): void {
  out.push(title.title);
  for (const c of title.listed) {
    out.push(c);
    amended?.push({ from: title.title, to: c });
  }
}

/**
 * A listing's row that is an amending law's title closed by a number, as the numberOfName branch of withNamed reads
 * it: "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14" (the row of 123/2025/QH15 in dut.udn.vn's
 * listing, fixtures/fresh/listing65 row 21), "Luật Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công số
 * 141/2025/QH15" (the row of 141/2025/QH15, listing54 row 16). The words alone do not say whose number it is; the
 * row's own number does: where it is another (`ownId`, the listing's number field read as a citation), the number
 * is the law the title lists last, right before it, and that law's named citation and the number's are one
 * mention, as "Nghị định sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14" reads them: the amendment
 * goes to the numbered law. `citations` and `amended` (extract's, in text order) are changed in place.
 */
export function numberOfLastListedLaw(text: string, citations: Citation[], amended: ListedAmendment[], ownId: string): void {
  for (const a of amended) {
    const listed = a.to;
    if (listed.form !== "named") continue;
    const j = citations.indexOf(listed);
    const next = j < 0 ? undefined : citations[j + 1];
    if (next === undefined || next.form !== "full" || next.name !== undefined || next.id === ownId || !sameKind(listed.kind, next.kind) || !onlyBlanks(text, listed.end, next.start)) continue;
    const merged: Citation = Object.assign({}, next, { start: listed.start, raw: text.slice(listed.start, next.end), kind: listed.kind, kindText: listed.kindText });
    merged.name = listed.name;
    citations.splice(j, 2, merged);
    a.to = merged;
  }
}

/** A code's number is a law's: "Bộ luật Hình sự số 100/2015/QH13" (its QH code reads as a law's). */
function sameKind(named: Citation["kind"], numbered: Citation["kind"]): boolean {
  return named === numbered || (named === "code" && numbered === "law");
}

/** Whether text[from, to) is white space alone (and not empty of it: a word's end and the next word's start). */
function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_BLANKS) return false;
  for (let i = from; i < to; i++) if (!isWhitespaceAt(text, i)) return false;
  return true;
}
const MAX_BLANKS = 4;

/** Decomposed text writes the dot below of "luật", "lệnh" after its vowel: a law rhyme at one is decomposed. */
const COMBINING_DOT_BELOW = 0x323;

/**
 * Adds the laws, codes and ordinances, and the Constitution, cited by name ("Luật Đất đai năm 2003"), in text order. A
 * name written before a number ("Luật Đất đai số 13/2003/QH11") is given to that citation, whose
 * span then starts at the kind word: one mention, and the graph learns that name and number are
 * one law.
 */
export function withNamed(text: string, marks: Landmarks, numbered: Citation[], amended: ListedAmendment[] | null, ignorables: boolean, known: KnownClean | null = null): Citation[] {
  // "pháp" decomposed is looked for only in a text whose "luật" or "lệnh" the scan saw decomposed: another walk of every text cost more than all the rest of the Constitution's reading.
  const decomposed = marks.lawRhymes.some((r) => text.charCodeAt(r) === COMBINING_DOT_BELOW);
  // marks.unreadAsWritten false: the text holds no combining mark (the scan saw none, or the caller knew it clean and it was not asked).
  const byName = withConstitution(findNamedMentionsIn(text, prepare, marks.lawRhymes, ignorables, known, marks.unreadAsWritten), findConstitutionMentions(text, prepare, decomposed));
  // Codes named by their initials ("Điều 131 BLDS"), merged in text order as the Constitution's mentions are; most texts hold no "BL".
  const mentions = text.includes("BL") ? withConstitution(byName, findCodeInitials(text, prepare)) : byName;
  if (mentions.length === 0) return withBasisNamed(text, numbered, ignorables, marks.unreadAsWritten);
  const out: Citation[] = [];
  // The amending laws named by the laws they amend, each law with its number (NamedMention.amendedNumbers), and where each is in `out`.
  let listed: { at: number; mention: NamedMention }[] | null = null;
  let n = 0;
  for (const m of mentions) {
    const { start, end } = m;
    for (; n < numbered.length && numbered[n].end <= start; n++) out.push(numbered[n]);
    const next = numbered[n];
    if (out.length === 0 && isPageMenuLine(text, m, next)) continue;
    if (cutByTextEnd(text, m)) continue;
    // "Luật số 43/2024/QH15 sửa đổi, bổ sung … của Luật Đất đai số 31/2024/QH15, …": the number's citation is the amending law the name lists the laws of.
    if (m.ownNumberAt !== undefined && next !== undefined && next.form === "full" && next.numberStart === m.ownNumberAt) {
      const own = numberedAmending(m, next, text);
      (listed ??= []).push({ at: out.length, mention: own.mention });
      out.push(own.citation);
      n++;
      continue;
    }
    // "Luật Đất đai số 13/2003/QH11": the number right after the name is the name's.
    const numberOfName = m.numberAt !== null && next !== undefined && next.start <= m.numberAt + 2 && !next.name;
    // "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13": a name that ends in "luật" lends
    // the number its kind word, so the number's citation starts inside the name; it is still the name's number.
    if (next && next.start < end && !(numberOfName && next.start > start)) continue; // inside a numbered citation's own words
    const named = identifyNamed(m, text);
    if (numberOfName) {
      // A listing's subject line that is an amending law's title closed by the law's own number, right
      // after the one law it amends: "Luật Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công số
      // 141/2025/QH15" (the row of 141/2025/QH15, fixtures/fresh/listing54 row 16), "Luật sửa đổi, bổ sung
      // một số điều của Luật tổ chức Quốc hội số 83/2007/QH11 của Quốc hội XI" (listing56 row 156). Merged
      // with the number, the amending law's name took the amended law's in, and the law amended was lost;
      // the title lists it as the one closed by ", số 90/2025/QH15" does (titleListedLaws, listing50 row
      // 54), the number left its own citation after the list. Only a title opening the text is read so.
      const title = m.amendedNumbers ? null : titleListedLaws(text, Object.assign({}, m, { numberAt: null }));
      if (title !== null) {
        pushTitleList(out, title, amended);
        continue;
      }
      // Copied with Object.assign, not spread: a spread that adds a property (name) costs microseconds on Node 20.
      const merged: Citation = Object.assign({}, next, { start, raw: text.slice(start, next.end), kind: named.kind, kindText: named.kindText });
      merged.name = named.name;
      out.push(merged);
      n++;
      continue;
    }
    if (m.amendedNumbers) (listed ??= []).push({ at: out.length, mention: m });
    // "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT X VÀ LUẬT Y": an amending law's own title lists the laws it amends by name.
    const title = m.amendedNumbers ? null : titleListedLaws(text, m);
    if (title !== null) {
      pushTitleList(out, title, amended);
      continue;
    }
    out.push(named);
    // "… tố cáo năm 2004 và 2005": the second amending law, its year or date its span, unless a numbered citation stands before that ends.
    if (m.second && !(n < numbered.length && numbered[n].start < m.second.end)) out.push(identifySecondLaw(m, m.second, text));
  }
  for (; n < numbered.length; n++) out.push(numbered[n]);
  if (listed) for (const l of listed) amendedInList(text, out, l.at, l.mention, amended);
  return withBasisNamed(text, out, ignorables, marks.unreadAsWritten);
}

/**
 * The documents other than laws a "Căn cứ" item heads by name ("- Căn cứ Điều lệ Đảng;",
 * src/find/basis-named.ts), added in text order where no citation already holds their words. `ignorables` and
 * `unread`: the scan's answers (Landmarks), whether the text holds what prints nothing, and a combining mark or an eth.
 */
function withBasisNamed(text: string, cited: Citation[], ignorables: boolean, unread: boolean): Citation[] {
  const found = basisNamedIn(text, cited, ignorables, unread);
  if (found.length === 0) return cited;
  const out: Citation[] = [];
  let i = 0;
  for (const b of found) {
    for (; i < cited.length && cited[i].end <= b.start; i++) out.push(cited[i]);
    if (i < cited.length && cited[i].start < b.end) continue;
    out.push(basisCitation(text, b));
  }
  for (; i < cited.length; i++) out.push(cited[i]);
  return out;
}

/**
 * findBasisNamed of the text as prepare() reads it, offsets mapped back to `text`. The items' words are looked for as
 * the vocabulary writes them (NFC, "Đ"): a copy decomposed (NFD: "Căn cứ Đề án …" with each tone a mark of its own)
 * held no item the finder could read, and one with look-alikes ("Ð" for "Đ", the OCR's and some fonts' eth) gave
 * "điều lệ Ðảng cộng sản Việt Nam" the id charter:dieu-le-ang-…, where the numbered citations and the laws by name,
 * read through prepare(), were found and named as the vocabulary spells them (dev-049's scheme under the eval's
 * rewrites: named R 0.979 there against 0.989 as written). The name is the prepared text's, as a law's is ("Luật
 * Phòng, chống tác hại của rượu – bia" is named "… rượu - bia"). Only a text that holds what the finder cannot read
 * as written (a combining mark or an eth, vocab UNREAD_AS_WRITTEN: `unread`, the find stage's scan's answer) is
 * prepared whole; most hold none, and their names stay as printed. The scan reads every character anyway: a regex of
 * its own over every whole text here cost ~31 M instructions a devx5 warm pass, 8 % of extract()'s (bench/README.md,
 * session 62).
 */
function basisNamedIn(text: string, cited: readonly Citation[], ignorables: boolean, unread: boolean): BasisNamed[] {
  const starts = cited.map((c) => c.start);
  // `ignorables` (the scan's answer) is of the text as written; the prepared text's title is blanked as before.
  if (!unread) return findBasisNamed(text, starts, ignorables);
  const { text: read, map } = prepare(text);
  if (read === text) return findBasisNamed(text, starts, ignorables);
  const found = findBasisNamed(
    read,
    starts.map((s) => map.fromOriginal(s)),
  );
  for (const b of found) {
    b.start = map.toOriginal(b.start);
    b.end = map.toOriginal(b.end, "end");
    b.kindEnd = map.toOriginal(b.kindEnd, "end");
  }
  return found;
}

/** A document named at a Căn cứ item's head as a Citation: its name and year its identity, no issuer read. */
function basisCitation(text: string, b: BasisNamed): Citation {
  return {
    start: b.start,
    end: b.end,
    raw: text.slice(b.start, b.end),
    kind: b.kind,
    kindText: text.slice(b.start, b.kindEnd),
    form: "named",
    name: tidyName(b.name),
    number: null,
    year: b.year,
    symbol: null,
    typeCode: null,
    style: "state",
    date: null,
    issuer: null,
    id: namedId(b.kind, b.name, b.year),
    numberStart: b.start,
    numberEnd: b.end,
    warnings: [],
  };
}

/**
 * A law's name alone on a web page's first line, above the line that names the page's document by kind and
 * number: a link of the site's menu, printed before the page's title ("Luật Đất đai 2024 ⏎⏎ Thông tư
 * 10/2025/TT-BNV hướng dẫn …", thuviennhadat.vn; "Luật Đất đai 2024 ⏎⏎ Nghị định 79/2025/NĐ-CP về kiểm
 * tra, …", lawnet.vn). No document opens so: it is no mention of the document's, and it is not read.
 * A name with words around it on its line, or a first line the document's title does not follow, is.
 */
function isPageMenuLine(text: string, m: NamedMention, next: Citation | undefined): boolean {
  if (next === undefined || next.form !== "full" || next.kindText === null) return false;
  for (let i = 0; i < m.start; i++) if (!isWhitespaceAt(text, i)) return false;
  let at = m.end;
  while (at < text.length && text.charCodeAt(at) !== NEWLINE && isWhitespaceAt(text, at)) at++;
  if (at < text.length && text.charCodeAt(at) !== NEWLINE) return false;
  while (at < text.length && isWhitespaceAt(text, at)) at++;
  return next.start === at;
}
const NEWLINE = 0x0a;

/**
 * A preamble's item the text's end cuts inside its name: "Căn cứ Luật Ban hành văn bản quy " (Sơn La's
 * decision as a page stored it, fresh30q-009), "Căn cứ Luật Tổ chức " (Thanh Hóa's, fresh30p-014), "…; Luật
 * sửa đổi, bổ sung một số " (fresh31g-003): no date, nothing after the name but white space, on a line a
 * preamble opener opens (PREAMBLE_OPENERS). An item goes on to its ";" or its date; cut, its words name no
 * law one can tell ("law:to-chuc@?"), and none is read. A name ending a subject line or a listing's row
 * (no preamble's line) is read as before.
 */
function cutByTextEnd(text: string, m: NamedMention): boolean {
  if (m.date !== null || m.year !== null) return false;
  for (let i = m.end; i < text.length; i++) if (!isWhitespaceAt(text, i)) return false;
  const line = text.lastIndexOf("\n", m.start) + 1;
  // As NFC: a decomposed copy's "Căn cứ" is the opener too (the item is read through prepare(); its line was not).
  return PREAMBLE_LINE.test(text.slice(line, m.start).normalize("NFC"));
}
/** A line a preamble's item opens, a list's mark or spaces before it. */
const PREAMBLE_LINE = new RegExp(String.raw`^[\s${BULLET_CLASS}*]*(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})`, "u");

/**
 * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, … và Luật Các
 * tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law's numbered citation
 * (its span unchanged) takes the name and the date after the list, which amendedInList then takes
 * from the last law. The date is the amending law's only where the citation has none of its own and
 * its number's year is the date's (a law's number carries the year it was passed); else the date is
 * left where it was, to the last law, and the mention goes on without it.
 */
function numberedAmending(m: NamedMention, c: Citation, text: string): { citation: Citation; mention: NamedMention } {
  const named = identifyNamed(m, text);
  const citation: Citation = Object.assign({}, c);
  citation.name = named.name;
  const dated = m.date !== null && c.date === null && c.year !== null && c.year === m.year;
  if (dated) {
    citation.date = named.date;
    citation.warnings = [...c.warnings, ...named.warnings];
    return { citation, mention: m };
  }
  return { citation, mention: Object.assign({}, m, { date: null, year: null }) };
}

/**
 * The laws an amending law's name lists with their numbers (out[at] is its citation): each law's
 * citation, after it in `out`, is one whose number starts where the name read one. The date after
 * the list is the amending law's, not the last law's, whose citation the number's grammar ran on
 * over it ("… và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024"): the last
 * law's citation ends with its number, undated, where its identity does not rest on that date (its
 * number has its year).
 */
function amendedInList(text: string, out: Citation[], at: number, m: NamedMention, amended: ListedAmendment[] | null): void {
  const numbers = m.amendedNumbers!;
  const last = numbers[numbers.length - 1];
  const from = out[at];
  for (let j = at + 1; j < out.length && out[j].start <= last; j++) {
    const c = out[j];
    if (c.form !== "full" || !numbers.includes(c.numberStart)) continue;
    amended?.push({ from, to: c });
    // "… của Luật Đất đai số 31/2024/QH15, …": the first law's name is the amending law's mention's words; its number's citation is named so, as the others are.
    if (c.numberStart === numbers[0] && c.name === undefined && m.firstAmendedName) c.name = tidyName(m.firstAmendedName);
    if (m.date === null || c.date === null || c.year === null || c.start >= m.date.start || c.end <= m.date.start || c.numberEnd > m.date.start) continue;
    const dateStart = m.date.start;
    c.end = c.numberEnd;
    c.raw = text.slice(c.start, c.end);
    c.date = null;
    c.warnings = c.warnings.filter((w) => w.code !== "year-mismatch" && (w.start === undefined || w.start < dateStart));
  }
}
