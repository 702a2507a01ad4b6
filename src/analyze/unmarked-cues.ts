import { CUES, LINK_WORDS, THIS_WORD } from "../vocab/cues.js";
import { KINDS } from "../vocab/kinds.js";
import { NAME_SPELLED_AS_KIND, withoutMarks } from "../vocab/unmarked.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * A copy that lost every mark (vocab/unmarked.ts: typed without an input method, a PDF's font or an OCR
 * without them) writes its cue phrases as plain Latin: "… co hieu luc thi hanh sau 15 ngay … va thay the
 * Nghi dinh so 29/1998/ND-CP …" (decree 79/2003/NĐ-CP reposted so, fixtures/fresh29j-025), "Theo de nghi
 * cua Giam doc So Cong Thuong tai To trinh so 6205/TTr-SCT" (a Lào Cai decision of 2026 OCR'd so,
 * fresh60e-007). Its citations are read already (kinds, codes and issuers have their unmarked spellings),
 * but the role reader's cue phrases and link words are written with their marks, and every cue of such a
 * text was lost: its replaced decree and its proposal read as references. Such a text is read with its
 * cue phrases, link words and kind words written with their marks, letter for letter in the case printed (a Vietnamese
 * letter with marks is one UTF-16 unit in NFC, as its plain letter is), so offsets stay put. Citations
 * are still read from the text as given.
 *
 * Only a text with (almost) no marked letter is read so: a Vietnamese text with its marks holds one in a
 * few letters, and there a plain "thay the" is no cue anyone wrote. A plain spelling two phrases of
 * different cues share is left as written (a guess between two acts is no reading), and so is a cue of
 * one word ("Căn" as "Can", a classifier or a name's syllable: "Can Tho").
 */
export function withMarkedCues(text: string): string {
  if (!isUnmarkedText(text)) return text;
  return text.replace(UNMARKED_CUE(), (plain: string) => {
    const marked = markedOf().get(plainKey(plain));
    return marked ? sameCase(plain, marked) : plain;
  });
}

/**
 * At most one character past ASCII up to the Vietnamese block (U+00C0–U+1EFF, × and ÷ aside: Latin letters with
 * marks, and the Greek, Cyrillic and other scripts between, whose text is no plain Vietnamese either) in
 * MARKED_EVERY characters, and a text long enough to say (MIN_CHARS): fresh60e-007's 3,395 characters hold
 * none, a Vietnamese text with its marks one in five or so. Read until the limit is passed: most texts stop
 * within their first lines (a plain copy is scanned whole, and its cues marked: ~40 ms more a megabyte).
 * @public exported for test/analyze/unmarked-cues.test.ts.
 */
export function isUnmarkedText(text: string): boolean {
  if (text.length < MIN_CHARS) return false;
  const limit = Math.floor(text.length / MARKED_EVERY);
  let marked = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x1eff && c !== 0xd7 && c !== 0xf7 && ++marked > limit) return false;
  }
  return true;
}
const MARKED_EVERY = 200;
const MIN_CHARS = 200;

/** Whitespace inside a plain phrase: a line may break between its words. */
const GAP = "[ \\t\\r\\n]{1,8}";
const plainKey = (plain: string): string => plain.toLowerCase().replace(/[ \t\r\n]+/g, " ");

/**
 * The marked phrase of each plain spelling (lower case), its cue's type (LINK_WORDS: "link") deciding a shared one.
 * Built when a plain copy first asks: every process loading vncite would otherwise pay for it, and few texts are plain.
 */
let MARKED_OF: Map<string, string | null> | null = null;
const markedOf = (): Map<string, string | null> => (MARKED_OF ??= buildMarkedOf());
function buildMarkedOf(): Map<string, string | null> {
  const out = new Map<string, { marked: string; type: string } | null>();
  const add = (phrase: string, type: string): void => {
    const plain = withoutMarks(phrase).toLowerCase();
    if (plain === phrase.toLowerCase() || !/ /.test(plain) && type !== "link") return;
    const seen = out.get(plain);
    if (seen === undefined) out.set(plain, { marked: phrase.toLowerCase(), type });
    // Two types sharing one marked phrase share it ("hướng dẫn", a cue and a kind): only two marked phrases are a guess.
    else if (seen !== null && seen.type !== type && seen.marked !== phrase.toLowerCase()) out.set(plain, null);
  };
  for (const cue of CUES) for (const p of cue.phrases) add(p, cue.type);
  for (const w of LINK_WORDS) add(w, "link");
  // The document naming itself ("Nghi dinh nay co hieu luc … va thay the …"): what makes a clause its own.
  for (const k of KINDS) for (const w of k.words) add(`${w} ${THIS_WORD}`, "self");
  // The kind words themselves (of two words or more: "Nghi dinh", "Quyet dinh", "Thong tu"): a plain copy's title line
  // ("Nghi dinh cua Chinh phu So 79/2003/ND-CP ngay … ban hanh …", fresh29j-025) names its kind by them, and the
  // header reads that line as the document's own only where it knows the kind word.
  for (const k of KINDS) for (const w of k.words) if (!NAME_SPELLED_AS_KIND.has(withoutMarks(w).toLowerCase())) add(w, "kind");
  return new Map([...out].map(([k, v]) => [k, v?.marked ?? null]));
}

/** The plain spellings, longest first, as whole words (ASCII: the text holds no marked letter next to them). */
const UNMARKED_CUE = lazyRegExp(() => {
  const marked = markedOf();
  const plains = [...marked.keys()].filter((k) => marked.get(k) !== null && /^[a-z ,]+$/.test(k));
  plains.sort((a, b) => b.length - a.length);
  const source = plains.map((p) => p.split(" ").join(GAP)).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu");
});

/** `marked` (lower case) written letter for letter in `plain`'s case and whitespace. */
function sameCase(plain: string, marked: string): string {
  const letters = marked.replace(/ /g, "");
  let k = 0;
  let out = "";
  for (const ch of plain) {
    if (/[ \t\r\n]/.test(ch)) {
      out += ch;
      continue;
    }
    const m = letters[k++] ?? ch;
    const upper = m.toUpperCase();
    out += ch !== ch.toLowerCase() && upper.length === 1 ? upper : m;
  }
  return out.length === plain.length ? out : plain;
}
