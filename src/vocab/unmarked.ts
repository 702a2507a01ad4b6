/**
 * Text typed without Vietnamese marks: no tone marks, no breve, circumflex or horn, đ as d
 * ("Nghi dinh so 61/2018/ND-CP ngay 23 thang 4 nam 2018 cua Chinh phu"). Real copies are written
 * so: email and chat copies typed without an input method, OCR that loses the marks, old systems
 * that stored ASCII. The vocabularies are written with their marks; these give each phrase as such
 * a text writes it, and the look-ups that read it back.
 */
import { BoundedCache } from "../shared/memo.js";
import { composedWord } from "../shared/chars.js";

/** The phrase as text without marks writes it: "Ủy ban nhân dân" → "Uy ban nhan dan", "Đảng" → "Dang". */
export function withoutMarks(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/**
 * Kind words whose spelling without marks opens a body's name as often (analyze/unmarked-cues.ts marks a plain
 * copy's kind words): "Ban an" is "Ban An ninh", "Ban An toàn giao thông" (a heading's issuer line) as much as "Bản án".
 */
export const NAME_SPELLED_AS_KIND: ReadonlySet<string> = new Set(["ban an"]);

/** Whether `s` is plain ASCII, as text typed without marks is (Vietnamese letters without marks are ASCII). */
export function isUnmarked(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/**
 * Spellings of vocabulary words as text without marks writes them, with where they may be read so:
 * in any case, or only as written (lower case, or capitals), and, where the same letters are also
 * an ordinary word or a name, only `before` a name (a capital or a number follows), a number
 * (`reference`: after a colon or not, "SO: 12/…"), a year, or an issuing body or its title.
 */
export interface UnmarkedSpelling {
  words: readonly string[];
  case: "any" | "lower" | "upper";
  before?: "name" | "number" | "reference" | "year" | "body" | "so" | "ownCode";
}

/**
 * The spellings without marks of `phrases` that differ from every phrase as written (the marked
 * list matches the rest already), each once, in the order of the phrases they come from.
 */
export function unmarkedVariants(phrases: readonly string[]): string[] {
  const written = new Set(phrases.map((p) => p.toLowerCase()));
  const out = new Map<string, string>();
  for (const p of phrases) {
    const u = withoutMarks(p);
    if (!written.has(u.toLowerCase()) && !out.has(u.toLowerCase())) out.set(u.toLowerCase(), u);
  }
  return [...out.values()];
}

/** How many strings an UnmarkedTable keeps the answers of before it empties them (a few hundred are asked over the dev texts). */
const ANSWERS_KEPT = 4096;

/**
 * A table from keys as written to values, also read without marks: `get("Chinh phu")` finds what
 * "Chính phủ" keys. A spelling without marks that two keys with different values share
 * ("Thủ trưởng", "Thứ trưởng") finds neither: a guess between two bodies is no reading.
 */
export class UnmarkedTable<V> {
  private readonly unmarked = new Map<string, V | null>();

  constructor(
    private readonly marked: ReadonlyMap<string, V>,
    private readonly fold: (s: string) => string,
  ) {
    for (const [key, value] of marked) {
      const u = fold(withoutMarks(key));
      const seen = this.unmarked.get(u);
      this.unmarked.set(u, seen === undefined || seen === value ? value : null);
    }
  }

  /**
   * What get() answered, by the string asked. A pass over a document asks a few phrases again and
   * again ("ỦY BAN NHÂN DÂN", "TỈNH", "Ủy ban nhân dân tỉnh": 2,780 calls and 237 strings over the 300
   * devx5 texts), and folding one (its lower case, a call into ICU for Vietnamese letters, and the
   * fold's replaces) cost more than the look-up. The tables are fixed once built, so an answer kept
   * is the answer; emptied when ANSWERS_KEPT are held (a BoundedCache), text being no closed set of strings (as
   * shared/lower-case.ts's LOWERED is).
   */
  private readonly answers = new BoundedCache<V | null>(ANSWERS_KEPT);
  private readonly read = (written: string): V | null => {
    // Keys are composed; a decomposed copy's words (NFD: macOS, some PDFs) are sliced from the caller's text as written.
    const key = this.fold(composedWord(written));
    const exact = this.marked.get(key);
    if (exact !== undefined) return exact;
    // Only text without marks is read without them: "Chính phu" is a typo, not an unmarked copy.
    return isUnmarked(written) ? (this.unmarked.get(key) ?? null) : null;
  };

  /** The value of `written` as a marked key, else as the unmarked spelling of exactly one. */
  get(written: string): V | null {
    return this.answers.get(written, this.read);
  }

  /** Whether the unmarked spelling of more than one value is `written` (for the grammar: read no token there). */
  ambiguous(written: string): boolean {
    return this.unmarked.get(this.fold(withoutMarks(written))) === null;
  }
}
