/**
 * Where a name a PDF wrapped across lines stops: the word after a line break opens a new paragraph
 * (a heading's number, a cue, another document's kind word, the place and date line) or goes on with the name.
 */
import { DOCUMENT_CUES } from "../../vocab/cues.js";
import { ISSUED_FIELD_LABEL, NUMBER_FIELD_LABELS, PAGE_FIELD_LABEL } from "../../vocab/fields.js";
import { NAMED_KINDS } from "../../vocab/laws.js";
import { placeDateLineAt } from "../place-date-lines.js";
import { NOT_A_KIND_BEFORE_WORDS } from "./kind-word.js";
import { Words } from "../words.js";
import { BARE_STOPS, byFirstWord, OTHER_KINDS_BY_FIRST, partsAt, phraseOfAt } from "./word-phrases.js";
/** The cue phrases a paragraph opens with ("Căn cứ", "Thực hiện"), lower-cased. */
const OPENING_CUES_BY_FIRST = byFirstWord([...new Set(DOCUMENT_CUES.flatMap((c) => c.phrases.map((p) => p.toLowerCase())))]);
/** A letter; a module constant, not a literal in opensParagraph, which the bundler builds anew at every call (lower-case-name.ts MARK). */
const LETTER = /\p{L}/u;
/** What joins the words of one name across a line: "Luật Tổ chức HĐND và ⏎⏎UBND". */
const JOINERS = new Set(["và", ",", "của", "-", "–"]);
/**
 * The cue phrases as a name's words read them, a comma a word of its own ("sửa đổi , bổ sung một số điều của"), by
 * first word; and the longest's length in words, as far back as one may open before a line break and run across it.
 */
const CUE_WORDS = [...new Set(DOCUMENT_CUES.flatMap((c) => c.phrases.map((p) => p.toLowerCase().replace(/,/g, " ,").replace(/\s+/g, " "))))];
const CUES_ACROSS_BY_FIRST = byFirstWord(CUE_WORDS.filter((p) => p.includes(" ")));
const LONGEST_CUE = Math.max(...CUE_WORDS.map((p) => p.split(" ").length));

/**
 * Whether the word after a line break opens a new paragraph rather than going on with a name that
 * a PDF wrapped ("Luật Ngân sách ⏎⏎Nhà nước", "Luật Tổ chức chính quyền địa ⏎phương"): a heading
 * or body in capitals ("UBND huyện xây dựng …"), a cue ("Triển khai …", "Thực hiện …"), another
 * document's kind word, or a word no name holds ("Những"). Where each paragraph is one line, a
 * heading that ends with a law's name ("… từ khi có Luật Kinh doanh ⏎Triển khai Nghị quyết …")
 * is followed by such a word; a wrapped name goes on in lower case or with a name's capital.
 */
export function opensParagraph(words: Words, i: number): boolean {
  const w = words.get(i)!;
  // A heading's number after a title that ends with a law's name: "… Luật Thi đua, khen thưởng ⏎ I. MỤC
  // ĐÍCH", "⏎ 1. Mục đích", "⏎ a) …".
  if (w.text.length <= 4 && HEADING_NUMBER.test(w.text) && HEADING_NUMBER_END.test(words.text.slice(w.end, w.end + HEADING_NUMBER_END_SPAN))) return true;
  if (opensListItem(words, i)) return true;
  if (w.text.charCodeAt(0) === w.lower.charCodeAt(0)) return false;
  if (JOINERS.has(words.get(i - 1)?.lower ?? "")) return false;
  if (kindWordBefore(words, i) || cueRunsAcross(words, i) || initialismEndsName(words, i)) return false;
  if (w.text.length > 1 && w.text === w.text.toUpperCase() && LETTER.test(w.text)) return true;
  return BARE_STOPS.has(w.lower) || phraseOfAt(words, i, OPENING_CUES_BY_FIRST) || phraseOfAt(words, i, OTHER_KINDS_BY_FIRST) || opensPlaceDateLine(words, i) || opensField(words, i);
}

/**
 * A database's field after its title line: "Nghị định 111/2002/NĐ-CP hướng dẫn thi hành Pháp lệnh Thể dục, thể thao
 * ⏎⏎Số hiệu: 111/2002/NĐ-CP Loại văn bản: …" (thuvienphapluat.vn, fixtures/fresh/fresh59d-003), "… hướng dẫn Pháp lệnh
 * sửa đổi Điều 10 của Pháp lệnh Dân số ⏎Số hiệu: | 18/2011/NĐ-CP | …" (pairs58-002), "… của Bộ luật Hình sự ⏎ Cơ quan
 * ban hành: …" (luatvietnam.vn's attribute block, pairs59-006): a title that ends with a law's name, then the field
 * with the document's own number, its date of issue or another attribute (vocab/fields.ts). No name goes on into the
 * label ("Pháp lệnh Thể dục, thể thao Số hiệu"), nor takes the field's number or date as its own.
 */
export const opensField = (words: Words, i: number): boolean => {
  const w = words.get(i)!;
  const at = words.text.slice(w.start, w.start + FIELD_LABEL_SPAN);
  return FIELD_LABEL.test(at);
};
/** The labels (vocab/fields.ts) at a word's start, each with its colon; "Ngày ban hành" with the date after it too. */
const FIELD_LABEL = new RegExp(`^(?:${PAGE_FIELD_LABEL}|${NUMBER_FIELD_LABELS.join("|")}|${ISSUED_FIELD_LABEL}[ \\t]*[0-9])`, "u");
/** Enough of the text after a word to hold the longest label and its colon. */
const FIELD_LABEL_SPAN = 40;

/**
 * "V/v triển khai Luật Dược ⏎ Hà Nội, ngày 14 tháng 3 năm 2018": a letter's subject line that ends
 * with a law's name, then the letter's place and date line (find/place-date-lines.ts, as the
 * citations' windows end there): no name goes on into it ("Luật Dược Hà Nội"), nor takes its date as the law's.
 */
export const opensPlaceDateLine = (words: Words, i: number): boolean => placeDateLineAt(words.text, words.get(i)!.start) >= 0;

/**
 * A numbered list item after a line that ends with a law's name: "… hướng dẫn Luật Hợp tác xã ⏎- 6 Luật ngân
 * sách nhà nước 2015", "… Luật ban hành văn bản quy phạm pháp luật ⏎- 4Luật Ban hành … sửa đổi 2020" (the list
 * of the documents a text refers to that a law site prints before it, fresh46d-002, -014): the item's number
 * and words are the next item's, not the name's, nor its year. A name wrapped at a hyphen goes on in words
 * ("Luật Giáo dục quốc phòng ⏎- an ninh"), never with a number. The dash is in the word's gap (words.ts reads
 * "⏎- " as the whitespace before "4Luật", "6").
 */
export function opensListItem(words: Words, i: number): boolean {
  const w = words.get(i)!;
  return LIST_DASH_AFTER_BREAK.test(w.gap) && DIGIT_FIRST.test(w.text);
}

/** A list item's dash at a line's start, in the whitespace before the word after it: "⏎- 4Luật …", "⏎- 6 Luật …". */
const LIST_DASH_AFTER_BREAK = /[\r\n\u2028\u2029][ \t]*[-–][ \t]/;
/** A word that opens with a digit: the list item's number ("6") or the number glued to its first word ("4Luật"). */
const DIGIT_FIRST = /^[0-9]/;

/** What numbers a heading or a list item: a Roman numeral, a number, a letter. */
const HEADING_NUMBER = /^(?:[IVX]{1,4}|[0-9]{1,2}|[a-zđ])$/;
/**
 * What follows a heading's number: its "." or ")" (after blanks where a word-segmented source put a space, "b ) …",
 * which a justified copy widens: "1  .") and a space.
 */
const HEADING_NUMBER_END = /^[ \t]{0,8}[.)][ \t]/;
/** The blanks, the mark and the space after it. */
const HEADING_NUMBER_END_SPAN = 10;

/** A capitalised cue after a line break, not joined to the line before: a new paragraph ("Căn cứ …", "Xét đề nghị …"). */
export function opensWithCue(words: Words, i: number): boolean {
  const w = words.get(i)!;
  // After a comma too: "… thi hành Luật Đất đai, ⏎Căn cứ Nghị định số 197/…" ends its items with commas.
  const before = words.get(i - 1)?.lower ?? "";
  if (w.text.charCodeAt(0) === w.lower.charCodeAt(0) || (before !== "," && JOINERS.has(before)) || kindWordBefore(words, i)) return false;
  return phraseOfAt(words, i, OPENING_CUES_BY_FIRST);
}

/**
 * Whether word `i`, in capitals after a line break, is the initialism that ends a name read in lower case: "… (theo quy
 * định tại Luật thuế ⏎GTGT) và 10% …" (fresh36b-014), "… sửa đổi, bổ sung một số điều của Luật thuế ⏎GTGT, ⏎Luật
 * thuế TTĐB …" (fresh50b-001, fresh45c-010): a word of two to six capitals that the sentence goes on right after (a
 * comma, ";" or a closing bracket), after a word in lower case. A heading or a body in capitals opens with a word a
 * blank follows ("UBND huyện xây dựng …", "QUYẾT ĐỊNH:"), or after a line in capitals.
 */
function initialismEndsName(words: Words, i: number): boolean {
  const w = words.get(i)!;
  const before = words.get(i - 1);
  if (before === undefined || w.text.length < 2 || w.text.length > 6 || !INITIALISM.test(w.text)) return false;
  return CLAUSE_GOES_ON.includes(words.text.charAt(w.end)) && SMALL_LAST.test(before.text);
}
/** A word of capitals only ("GTGT", "TTĐB", "TNDN"); module constants (LETTER's note). */
const INITIALISM = /^\p{Lu}+$/u;
/** A word that ends in a small letter (its marks after it, decomposed). */
const SMALL_LAST = /\p{Ll}\p{M}*$/u;
/** What goes on a sentence right after a word: a comma, ";", a closing bracket. */
const CLAUSE_GOES_ON = ",;)";

/** The kind words of laws, codes and ordinances, lower-cased, each as its words ("bộ luật" → ["bộ", "luật"]). */
const NAMED_KIND_PARTS = NAMED_KINDS.flatMap((k) => k.words.map((w) => w.toLowerCase().split(" ")));
/**
 * Whether a law's kind word, written with its capital ("Luật", "Bộ luật", "Pháp lệnh", "LUẬT"), ends right before
 * word `i`: a kind word names nothing by itself, so the line after it holds its name, whatever its first word ("…
 * Luật Sửa đổi, bổ sung một số điều của Luật ⏎Thi hành án dân sự ngày 25/11/2014", fresh30t-019; "… Luật Thuế tiêu
 * thụ đặc biệt và Luật ⏎Thi hành án dân sự ngày 11 tháng 01 năm 2022", fresh59b-003: "Thi hành" is a cue's words
 * too). Prose "pháp luật" is no kind word, in lower case or in capitals ("… QUY PHẠM PHÁP LUẬT ⏎THỦ TƯỚNG CHÍNH PHỦ").
 */
function kindWordBefore(words: Words, i: number): boolean {
  for (const parts of NAMED_KIND_PARTS) {
    const first = words.get(i - parts.length);
    if (first !== undefined && first.text.charCodeAt(0) !== first.lower.charCodeAt(0) && partsAt(words, i - parts.length, parts)) return !NOT_A_KIND_BEFORE_WORDS.has(words.get(i - parts.length - 1)?.lower ?? "");
  }
  return false;
}

/**
 * Whether a cue phrase opened before word `i` and runs on past it: a hard-wrapped title broke it at the line ("LUẬT
 * SỬA ĐỔI, BỔ SUNG MỘT ⏎SỐ ĐIỀU CỦA LUẬT TẦN SỐ VÔ TUYẾN ĐIỆN", a title line wrapped near a column, "PHÁP LỆNH SỬA
 * ĐỔI, BỔ ⏎SUNG MỘT SỐ ĐIỀU CỦA …"). The line break inside a phrase is a blank where the sentence goes on, whatever
 * the case of the word after it. Bounded: LONGEST_CUE words back, each list of phrases by its first word.
 */
function cueRunsAcross(words: Words, i: number): boolean {
  for (let k = 1; k < LONGEST_CUE && i - k >= 0; k++) {
    const phrases = CUES_ACROSS_BY_FIRST.get(words.get(i - k)!.lower);
    if (phrases === undefined) continue;
    for (const parts of phrases) if (parts.length > k && partsAt(words, i - k, parts)) return true;
  }
  return false;
}
