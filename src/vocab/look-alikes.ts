/**
 * Characters that real documents use in place of the right one, each replaced by exactly one
 * UTF-16 unit so that offsets stay put. Ð (U+00D0, Icelandic eth) is typed for Đ by old fonts
 * and keyboards; dashes of every width separate the parts of a ký hiệu; the fraction slash (U+2044),
 * which OCR and PDF text give for the slash of a number ("Nghị định số 31⁄2018/NĐ-CP", fresh36b-007;
 * a draft's blank "Nghị định so -„⁄2025/NĐ-CP", fresh45c-019), separates its parts as "/" does, and so do the
 * division slash (U+2215) and the fullwidth solidus (U+FF0F), no text of the sets holds them: read as nothing,
 * the year after one was read as a number of its own, a document no text names (audit54).
 */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  "\u00d0": "\u0110", // Ð → Đ
  "\u00f0": "\u0111", // ð → đ
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-", // en dash: "221 – QĐ/TW"
  "\u2014": "-",
  "\u2212": "-",
  "\ufe63": "-", // small hyphen-minus and fullwidth hyphen-minus, an East Asian input method's: read as nothing,
  "\uff0d": "-", // "61/2018/NĐ－CP" was the document "61/2018/NĐ", its ký hiệu cut there (audit54)
  "\u00a0": " ",
  "\u2044": "/", // fraction slash: "31⁄2018/NĐ-CP"
  "\u2215": "/", // division slash, a formula editor's symbol: "61∕2018/NĐ-CP" read as nothing gave a decree "2018/NĐ-CP"
  "\uff0f": "/", // fullwidth solidus, an East Asian input method's: "61／2018／NĐ-CP"
};
/** The look-alikes of "-": the scan takes each where a number's parts are separated (find/patterns.ts). */
export const DASH_LOOK_ALIKES: readonly string[] = Object.keys(LOOK_ALIKES).filter((c) => LOOK_ALIKES[c] === "-");
/** The look-alikes of "/": the scan takes each where a number's parts are separated (find/patterns.ts). */
export const SLASH_LOOK_ALIKES: readonly string[] = Object.keys(LOOK_ALIKES).filter((c) => LOOK_ALIKES[c] === "/");

/**
 * Characters that print nothing inside a word, which web pages and PDF text leave where a word or
 * a number may break: the soft hyphen (U+00AD, "thực hi­ện", "Q­Đ-UBND"), the zero-width space
 * and joiners (U+200B–U+200D, a page's <wbr> after each slash: "61/​2018/​NĐ-CP"), the word joiner
 * (U+2060) and its older form, the zero-width no-break space (U+FEFF), which opens a text as its
 * byte order mark and is left mid-text where files with one were joined. Read as if absent.
 */
export const IGNORABLES: readonly string[] = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
/** IGNORABLES as the inside of a regex character class ("\\u00ad\\u200b…"), for the stages that read them in a pattern. */
export const IGNORABLE_CLASS = IGNORABLES.map((c) => unicodeEscape(c.charCodeAt(0))).join("");
/** A code unit as a regex escape ("\\u00ad"). */
function unicodeEscape(c: number): string {
  return `\\u${c.toString(16).padStart(4, "0")}`;
}

/**
 * What a finder that reads words as the vocabulary writes them (NFC, "Đ") cannot read as written, and prepare() mends:
 * a combining mark (a decomposed letter) and LOOK_ALIKES' eth for "Đ" (Ð, ð), as ranges of code units. The find
 * stage's scan says whether a text holds any (Landmarks.unreadAsWritten), for the named-basis finder
 * (extract/named-laws.ts basisNamedIn), which prepares only such a text whole. A look-alike dash, a glued word or
 * what prints nothing leaves an item readable (its name's slug the same): not these.
 */
export const UNREAD_AS_WRITTEN: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x00d0, 0x00d0],
  [0x00f0, 0x00f0],
];
/** UNREAD_AS_WRITTEN as the inside of a regex character class ("\\u0300-\\u036f\\u00d0\\u00f0"). */
export const UNREAD_AS_WRITTEN_CLASS = UNREAD_AS_WRITTEN.map(([from, to]) => (from === to ? unicodeEscape(from) : `${unicodeEscape(from)}-${unicodeEscape(to)}`)).join("");

/**
 * Letters an OCR reads for the digit one ("ngày 01/ll/1999" for 01/11/1999): no type or issuer code
 * is made of them alone, so a "ký hiệu" of these between a day and a year is a date (find/misread-date.ts).
 */
export const OCR_ONES: readonly string[] = ["l", "I"];

/**
 * The clause's word as an OCR reads it off a scan, the hook above its "a" read as an acute ("theo quy định tại điểm
 * b khoán 1 Điều 9 Nghị định số 118/2021/NĐ-CP", Tổng cục Thuế's letter of 2022, pairs44-007) or as a circumflex ("-
 * Tại khoân 1 Điều 2 Nghị dịnh số 20/2017/NĐ-CP", Tổng cục Thuế's 2953/TCT-TTKT, fresh54e-003; "- Tại Khoân 2 Điều 9
 * Luật số 32/2013/QH13", its 4423/TCT-CS, fresh54e-014). "khoán" is a word of its own ("giao khoán"): find/pinpoint.ts
 * reads these as the clause only with its number and "Điều" right after (and the article's "Điêu", its grave lost,
 * only with its number right after: "điêu" is a word of its own).
 */
export const CLAUSE_WORD_MISREADS: readonly string[] = ["khoán", "khoân"];
