/**
 * The issuer's lines above the kind line ("UBND TỈNH TRÀ VINH ⏎ SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), as a
 * flattened table or a one-line heading gives them, and whether a line opens with an issuer's name.
 */
import { phraseSource } from "../../vocab/phrases.js";
import { ISSUER_TITLES, allIssuerPhrases, issuerByPhrase, type IssuerEntry } from "../../vocab/issuers.js";
import { findProvince } from "../../vocab/provinces.js";
import { enactingIssuerLines, isPlaceName } from "./enacting.js";
import { LETTER, NATIONAL_MOTTO, SMALL_ASCII, clean } from "./line-text.js";

/**
 * Whether a line opens with the body that issues a document ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN", in capitals in a header, above the preamble of a decision):
 * `^(?:<issuer phrases and titles>)(?:\s|$)` under /iu.
 *
 * The issuer phrases split by their first letter (lower case, as phraseSource reads them), each
 * group's regex `^(?:<its phrases>)(?:\s|$)` under /iu built on its first use. One regex of all of
 * them (6,500 characters under /iu) cost V8 about 100 ms to compile in every process that read a
 * heading in capitals, twice over when it met a one-byte line too; a header names a few bodies,
 * whose groups alone are compiled. The same lines match: the whole alternation is these groups'
 * union (phraseSource's trie branches at its root by first letter), and a group is tried only when
 * the line's first letter matches that letter under the same flags.
 */
const ISSUER_GROUPS: { first: RegExp; phrases: string[]; regex: RegExp | null }[] = (() => {
  const byFirst = new Map<string, string[]>();
  for (const phrase of [...allIssuerPhrases(), ...ISSUER_TITLES]) {
    const first = [...phrase.trim().toLowerCase()][0];
    if (first === undefined) continue;
    const group = byFirst.get(first);
    if (group) group.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  return [...byFirst].map(([letter, phrases]) => ({ first: new RegExp(`^(?:${phraseSource([letter])})`, "iu"), phrases, regex: null }));
})();

/** See ISSUER_GROUPS. */
export function opensWithIssuerPhrase(line: string): boolean {
  for (const g of ISSUER_GROUPS) {
    if (!g.first.test(line)) continue;
    g.regex ??= new RegExp(String.raw`^(?:${phraseSource(g.phrases)})(?:\s|$)`, "iu");
    if (g.regex.test(line)) return true;
  }
  return false;
}
/**
 * Whether a line opens with an issuer's name or title whose copy lost a space between two of its words: "CỦA
 * BỘTÀI CHÍNH SỐ 1140 TC/VP NGÀY 7 THÁNG 2 NĂM 2003" (Bộ Tài chính's 1140 TC/VP, fixtures/fresh/pairs40-003),
 * "CỦA TỔNGCỤC TRƯỞNG TỔNG CỤC BƯU ĐIỆN SỐ 784/2001/QĐ-TCBĐ NGÀY …" (fresh47d-007). The line's first words,
 * run together, are a name or title of several words run together (GLUED_ISSUER_PHRASES): the name ends where
 * one of the line's words does. For the Official Gazette's heading only (opensHeadingIssuer), where "CỦA … SỐ …
 * NGÀY" already says an issuer stands there.
 */
function opensWithGluedIssuerPhrase(line: string): boolean {
  const words = line.trim().split(SPACES, GLUED_WORDS);
  let joined = "";
  for (const w of words) {
    joined += w.toLowerCase();
    if (GLUED_ISSUER_PHRASES.has(joined)) return true;
  }
  return false;
}
/** Whether the issuer's words of an Official Gazette heading ("CỦA <issuer> SỐ … NGÀY …") open with an issuer's name, its spaces kept or one lost. */
export function opensHeadingIssuer(issuer: string): boolean {
  return opensWithIssuerPhrase(issuer) || opensWithGluedIssuerPhrase(issuer);
}
const SPACES = /\s+/u;
/** The longest name or title read so (in words as the line writes them): "ủy ban nhân dân tỉnh" and a little more. */
const GLUED_WORDS = 8;
/** Every issuer's name and title of two words or more, lower case, its spaces taken out ("bộtàichính"). */
const GLUED_ISSUER_PHRASES: ReadonlySet<string> = new Set(
  [...allIssuerPhrases(), ...ISSUER_TITLES].filter((p) => SPACES.test(p.trim())).map((p) => p.toLowerCase().replace(/\s+/gu, "")),
);

/**
 * The lines in capitals of a header's top, the national motto left out, each a line of its own: a
 * header laid out as a table and flattened puts its two columns on one line, between bars or after
 * a tab ("HUYỆN ỦY NÚI THÀNH | ĐẢNG CỘNG SẢN VIỆT NAM |", "HUYỆN X⇥Độc lập - Tự do - Hạnh phúc"), or
 * after a run of spaces where a page's text keeps the columns aligned ("UBND HUYỆN X␣␣␣␣␣␣CỘNG HOÀ XÃ HỘI …"),
 * and each cell is read as the line it was.
 */
export function pushIssuerLines(top: string, issuerLines: string[]): void {
  for (const line of top.split("\n")) {
    // A line with no space between its words is a tab-separated copy's ("UBND⇥TỈNH⇥LÀO⇥CAI⇥⇥⇥CỘNG⇥HÒA …"): its
    // single tabs part words, as spaces do, and a run of them parts the columns (fresh55g-002's header, every space
    // a tab, read the place as "LÀO" and "CAI" apart and took another province named in the body).
    const breaks = line.includes(" ") ? CELL_BREAK : TAB_SPACED_CELL_BREAK;
    for (const cell of breaks.test(line) ? line.split(breaks) : [line]) {
      // The columns run together with one space, row by row, as a portal's copy of a letter gives them:
      // "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ⏎ HUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc".
      for (const part of MOTTO_CELL.test(cell) ? cell.split(MOTTO_CELL) : [cell]) {
        const t = capitalsLine(part);
        if (t && LETTER().test(t) && !NATIONAL_MOTTO().test(t)) issuerLines.push(t);
      }
    }
  }
}

/**
 * A local body's heading written on one line with its place ("HĐND TỈNH NGHỆ AN", "UBND HUYỆN TÂN
 * THẠNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ"), as a copy that flattened the heading or abbreviated it
 * prints it: read as the two lines a heading splits it into (the body's, the place's), as
 * enactingIssuerLines reads an enacting line. Only the heading's last line (the issuer's; a line
 * above it names the body it answers to: "UBND HUYỆN X ⏎ PHÒNG VĂN HÓA", whose office issues), a
 * people's committee's or council's kind of body (local, not the Party's), opening the line.
 */
export function withLocalBodySplit(lines: string[]): string[] {
  const last = lines.length - 1;
  if (last < 0 || issuerByPhrase(lines[last]) !== null) return lines;
  const split = enactingIssuerLines(lines[last]);
  if (split === null || split.length !== 2 || !lines[last].startsWith(split[0])) return lines;
  const body = issuerByPhrase(split[0]);
  return body !== null && body.local && !body.party ? [...lines.slice(0, last), ...split] : lines;
}
/**
 * A local Party committee's heading on one line, its place named without a type word: "TỈNH ỦY QUẢNG
 * TRỊ" (a province's committee names the province), "HUYỆN ỦY CAM LỘ", "QUẬN ỦY HẢI CHÂU" (the place
 * type the committee's name implies: impliedPlaceType). The committee, or null: a heading without a
 * number names its issuer so (a numbered one's ký hiệu does too). The line is kept whole, as the
 * jurisdiction reads the place from it.
 */
export function partyCommitteeOf(line: string): IssuerEntry | null {
  const words = line.split(" ");
  if (words.length > PARTY_HEADING_WORDS) return null;
  for (let n = Math.min(words.length - 1, PARTY_COMMITTEE_WORDS); n >= 2; n--) {
    const body = issuerByPhrase(words.slice(0, n).join(" "));
    if (body === null) continue;
    if (!body.party || !body.local) return null;
    const rest = words.slice(n).join(" ");
    const fits = body.impliedPlaceType !== undefined ? isPlaceName(body.impliedPlaceType, rest) : body.level === "province" && findProvince(rest) !== null;
    return fits ? body : null;
  }
  return null;
}
/** "BAN THƯỜNG VỤ HUYỆN ỦY" and the place's four words at most. */
const PARTY_COMMITTEE_WORDS = 5;
const PARTY_HEADING_WORDS = 9;
const CELL_BREAK = /[|\t]| {3,}/;
/** The columns' break in a line whose words tabs part: a bar, or two tabs or more. */
const TAB_SPACED_CELL_BREAK = /\||\t{2,}/;
/** The space before the motto's column where a header's columns run together on one line (pushIssuerLines). */
const MOTTO_CELL = /[ \t]+(?=CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI|Độc[ \t]+[Ll]ập[ \t]*[-–]|ĐỘC[ \t]+LẬP[ \t]*[-–])/u;

/**
 * The line cleaned when it is written in capitals, else "": a line with a small ASCII letter is not
 * (cleaning keeps every letter), and is not cleaned. The lines above a kind line found far down
 * the head are mostly sentences.
 */
function capitalsLine(line: string): string {
  if (SMALL_ASCII.test(line)) return "";
  const t = clean(line);
  return t === t.toUpperCase() ? t : "";
}
