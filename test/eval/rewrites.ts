/**
 * The development texts as other editors, exports and scanners write the same words: each rewrite
 * changes how the text is laid out, never what it says, so the gold stands and every drop in the
 * scores is a rule that read layout instead of language. `npm run eval` prints a table of them;
 * relations.test.ts holds floors.
 */
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";

/** One line broken at spaces into lines of at most `width` characters, as a plain-text export does. */
function wrap(line: string, width: number): string {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join("\n");
}

/** One line as lines of seven words each, blank lines between. */
function sevenWords(line: string): string {
  const words = line.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 7) out.push(words.slice(i, i + 7).join(" "));
  return out.join("\n\n");
}

/** A page number ("- 2 -") on a line of its own after every `every` lines, as a PDF's text puts it. */
function pageNumbers(text: string, every: number): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if ((i + 1) % every === 0 && i + 1 < lines.length) out.push(`- ${(i + 1) / every + 1} -`);
  }
  return out.join("\n");
}

const ETH = Object.entries(LOOK_ALIKES).find(([, to]) => to === "Đ")![0];
const EN_DASH = Object.entries(LOOK_ALIKES).find(([from]) => from === "\u2013")![0];

export const REWRITES: ReadonlyArray<{ name: string; rewrite: (text: string) => string; namedSlack?: number }> = [
  { name: "as written", rewrite: (t) => t },
  { name: "Windows line ends (\\r\\n)", rewrite: (t) => t.replaceAll("\n", "\r\n") },
  { name: "wrapped at 60 columns", rewrite: (t) => t.split("\n").map((l) => wrap(l, 60)).join("\n") },
  // Where the lines fall matters: at 70 columns a line opens with "Quyết định này" in mid-sentence.
  { name: "wrapped at 70, Windows line ends", rewrite: (t) => t.split("\n").map((l) => wrap(l, 70)).join("\r\n") },
  { name: "a blank line after each line (PDF)", rewrite: (t) => t.replaceAll("\n", "\n\n") },
  { name: "justified (two spaces)", rewrite: (t) => t.replaceAll(" ", "  ") },
  { name: "decomposed (NFD)", rewrite: (t) => t.normalize("NFD") },
  { name: "look-alikes (Ð for Đ, – for -)", rewrite: (t) => t.replaceAll("Đ", ETH).replaceAll("-", EN_DASH) },
  { name: "no ';' at line ends", rewrite: (t) => t.replace(/ ?;[ \t]*\n/g, "\n") },
  // Some preambles end each "Căn cứ …" with a comma, as the last one before "QUYẾT ĐỊNH" always is.
  { name: "',' for ';' at line ends", rewrite: (t) => t.replace(/ ?;([ \t]*\n)/g, ",$1") },
  // Citations are read from the text as given: in capitals a name without a date loses the case
  // that shows where it ends ("LUẬT KINH DOANH RA ĐỜI"), so names are held a little less tightly.
  { name: "typed in capitals", rewrite: (t) => t.toUpperCase(), namedSlack: 0.02 },
  // Some sources lower-case a whole text (a listing's summary, a crawler's copy for search): no
  // capital shows the heading's kind line, the issuer's lines, a cue line or a part's heading; it is
  // read in the case it was printed in (src/analyze/lower-case.ts), its names held as tightly as written.
  { name: "typed in lower case", rewrite: (t) => t.toLowerCase() },
  // All at once, as a PDF of a text typed in capitals without its ";" gives it: where each layout's
  // rules lean on another's (a line's capital, a line's end), they fail together.
  {
    name: "no ';', wrapped at 70, in capitals",
    rewrite: (t) => t.replace(/ ?;[ \t]*\n/g, "\n").split("\n").map((l) => wrap(l, 70)).join("\n").toUpperCase(),
    namedSlack: 0.02,
  },
  // A narrow column (a PDF of a table, a scanned page's OCR): seven words a line, each line followed
  // by a blank one, so a ký hiệu breaks at its dash ("28/TTr ⏎⏎- BCVT") and names across lines.
  // A blank line ends a "Căn cứ" item's name, as a paragraph's end does: dev-049's scheme, "Căn cứ Đề án thành lập
  // các ⏎⏎ Tổng công ty …( Tờ trình số 565/TTr-EVN … )", is cut there and the bracket's submission left a reference,
  // as before session 60 read that scheme in the text as written (named F1 0.989 → 0.995; this layout's 0.984 the same).
  {
    name: "seven words a line, blank lines",
    rewrite: (t) => t.split("\n").map((l) => sevenWords(l)).join("\n\n"),
    namedSlack: 0.02,
  },
  // A hurried typist's "số1234/QĐ-UBND ngày23/4/2018 … tháng4": no space after "số", "ngày" and "tháng" before a number.
  { name: "numbers against 'số', 'ngày', 'tháng'", rewrite: (t) => t.replace(/(^|[^\p{L}\p{M}])(số|Số|SỐ|ngày|Ngày|NGÀY|tháng|Tháng|THÁNG) +(?=\d)/gu, "$1$2") },
  // A word-segmenter's spacing, which the dev texts show in places ("NĐ - CP", "16/12 / 2002"),
  // everywhere: every dash between two codes in capitals, and every separator of a date.
  { name: "dashes of ký hiệu, dates' separators spaced", rewrite: (t) => t.replace(/([A-ZĐƯ]{1,8}[a-z]?)-(?=[A-ZĐƯ])/g, "$1 - ").replace(/\b(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)\b/g, "$1 $2 $3 $2 $4") },
  // An editor's old-style tone marks on open syllables ("Uỷ ban", "hoà", "thuỷ", "khoẻ").
  {
    name: "old-style tones (Uỷ, hoà, thuỷ)",
    rewrite: (t) =>
      t
        .normalize("NFD")
        .replace(/(?<![qQgG])(?:([oO])([\u0300\u0301\u0309\u0303\u0323])([aAeE])|([uU])([\u0300\u0301\u0309\u0303\u0323])([yY]))(?![\p{L}\p{M}])/gu, (_, o, t1, v1, u, t2, v2) => (o ? o + v1 + t1 : u + v2 + t2))
        .normalize("NFC"),
  },
  // Wording a drafter varies without changing what is said: a kind's initials for its word before
  // "số" ("QĐ số", "NĐ số", as reports and tables write them), "kèm" for "kèm theo", "sửa đổi bổ sung"
  // without its comma, "Theo đề nghị" for "Xét đề nghị".
  {
    name: "kind words as initials before 'số'",
    rewrite: (t) => t.replace(/\b(Quyết định|Nghị định|Thông tư|Nghị quyết|Chỉ thị|Kế hoạch)( số)/g, (_, k: string, so: string) => ({ "Quyết định": "QĐ", "Nghị định": "NĐ", "Thông tư": "TT", "Nghị quyết": "NQ", "Chỉ thị": "CT", "Kế hoạch": "KH" })[k] + so),
  },
  { name: "'kèm' for 'kèm theo', no comma in 'sửa đổi, bổ sung'", rewrite: (t) => t.replace(/kèm theo (?=Quyết định)/g, "kèm ").replace(/sửa đổi ?, bổ sung/g, "sửa đổi bổ sung") },
  { name: "'Theo đề nghị' for 'Xét đề nghị'", rewrite: (t) => t.replace(/Xét đề nghị/g, "Theo đề nghị") },
  // A page that prints a document's JSON string shows each line end as its escape "\r\n".
  { name: "line ends shown as '\\r\\n' (escaped)", rewrite: (t) => t.replaceAll("\n", "\\r\\n") },
  // A PDF's pages: lines wrapped at 70 columns, and after every tenth a page ends, its number on a
  // line of its own, centred between dashes, in the middle of whatever sentence runs over the page.
  {
    name: "wrapped at 70, page numbers ('- 2 -')",
    rewrite: (t) => pageNumbers(t.split("\n").map((l) => wrap(l, 70)).join("\n"), 10),
  },
  // A Word list's bullet, as exported text writes it (the Symbol font's private-use "").
  { name: "bullets from Word ( for -)", rewrite: (t) => t.replace(/^([ \t]*)- /gm, "$1\uf0b7 ") },
  // A word segmenter's output (the development corpus's source): every punctuation mark a token
  // of its own, a space before a comma, semicolon, colon, full stop or closing bracket ("Điều 1 .",
  // "năm 2003 ;") and after an opening one.
  {
    name: "word-segmented (a space before , ; : . and inside brackets)",
    rewrite: (t) => t.replace(/([^\s,;:.!?)])([,;:.!?)]+)(?=[ \t]|$)/gm, "$1 $2").replace(/\((?=[^\s(])/g, "( "),
  },
  // The same segmenter splits a number at its slashes where a digit stands beside one
  // ("197 / 2004 / NĐ-CP", "ngày 03/12 / 2004").
  { name: "word-segmented numbers (a slash by a digit spaced)", rewrite: (t) => t.replace(/(?<=\d)\/|\/(?=\d)/g, " / ") },
];
