import type { Kind, RelationType, Role } from "../types.js";
import { BASIS_HEAD_WORDS } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import {
  CARRY_OUT_WORDS,
  PLAN_MAKING_WORDS,
  PLAN_OPENING_CHARS,
  PLAN_OPENING_CLOSE,
  PLAN_OPENING_FILLERS,
  PLAN_OPENING_SUBJECT_WORDS,
  PLAN_WORDS,
} from "../vocab/schemes.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * A plan whose opening sentence is its basis and its own act at once, the act naming no object:
 * "Căn cứ Chỉ thị số 21/CT-TTg … về phòng ngừa …, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện
 * như sau:" (vocab/schemes.ts, PLAN_MAKING_WORDS). The plan carries out the document it rests on, as a
 * reader says: based_on from the "Căn cứ", and implements as a second act of the same mention.
 *
 * Only where one document heads the "Căn cứ" (nothing but its description, no ";" and no other
 * "Căn cứ" head, before the comma that ends it), and only in a plan: "Căn cứ Luật …; Quyết định …,
 * Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau" does not say which of them is carried out.
 */

const WORDS = (phrases: readonly (readonly string[])[]) => phrases.map((p) => p.join(" "));
/** ", <issuer> ban hành|xây dựng Kế hoạch [triển khai] thực hiện[,] [cụ thể] như sau": the opening's own act, with nothing after "thực hiện" to carry out. */
const OPENING = lazyRegExp(() => new RegExp(
  String.raw`,(?:\s+[\p{L}\p{M}\p{N}&.()-]+){1,${PLAN_OPENING_SUBJECT_WORDS}}?\s+(?:${phraseSource(PLAN_MAKING_WORDS)})\s+${PLAN_WORDS.join(String.raw`\s+`)}(?:\s+(?:${phraseSource(WORDS(CARRY_OUT_WORDS))})){1,2}\s*,?\s*(?:(?:${phraseSource(PLAN_OPENING_FILLERS)})\s+)?(?:${phraseSource(PLAN_OPENING_CLOSE)})\s*:`,
  "iu",
));
/**
 * "hoạch" less its first letter, as printed in a sentence or in capitals: the indexOf before OPENING must
 * pass every case OPENING (flag i) takes, title case too ("ban hành Kế Hoạch thực hiện như sau:"), and a
 * wrapped line may stand between "Kế" and "hoạch".
 */
const PLAN_FORMS = [PLAN_WORDS[1].slice(1), PLAN_WORDS[1].slice(1).toUpperCase()];
/** "Căn cứ" or "Căn cứ vào" (BASIS_HEAD_WORDS) right before the document: it heads the basis, not a description. */
const BASIS_HEAD = new RegExp(String.raw`(?:${phraseSource(BASIS_HEAD_WORDS)})\s*$`, "iu");
/** "Căn cứ vào" and the blanks after it. */
const BASIS_HEAD_CHARS = 16;
/** A second basis head between the document and its opening's comma. */
const ANOTHER_HEAD = new RegExp(phraseSource(BASIS_HEAD_WORDS), "iu");

/** The second act of each citation: implements for the one document such an opening rests on, null for the rest. */
export function basisCarriedOut(text: string, spans: readonly { start: number; end: number }[], roles: readonly Role[], ownKind: Kind | null): (RelationType | null)[] {
  const out: (RelationType | null)[] = [];
  for (let i = 0; i < spans.length; i++) out.push(null);
  if (ownKind !== "plan") return out;
  for (let i = 0; i < spans.length; i++) {
    if (roles[i] !== "based_on" || !BASIS_HEAD.test(text.slice(Math.max(0, spans[i].start - BASIS_HEAD_CHARS), spans[i].start))) continue;
    // The opening ends the Căn cứ's clause: read up to its first ";" only, and only where "kế hoạch"
    // stands in it (indexOf spares the regular expression most heads of a plan's Căn cứ list).
    const semicolon = text.indexOf(";", spans[i].end);
    const window = text.slice(spans[i].end, semicolon >= 0 ? Math.min(semicolon, spans[i].end + PLAN_OPENING_CHARS) : spans[i].end + PLAN_OPENING_CHARS);
    if (window.indexOf(PLAN_FORMS[0]) < 0 && window.indexOf(PLAN_FORMS[1]) < 0) continue;
    const m = OPENING().exec(window);
    if (m === null) continue;
    const between = window.slice(0, m.index);
    // One sentence, one head: no stop, no ";" and no second "Căn cứ" between the document and its opening's comma,
    // and no document after it read as a basis of its own (a "và" head: "Căn cứ A … và Kế hoạch số B").
    if (/[.;:]/u.test(between.replace(/\d[.:]\d/gu, "")) || ANOTHER_HEAD.test(between)) continue;
    const to = spans[i].end + m.index;
    let other = false;
    for (let k = i + 1; k < spans.length && spans[k].start < to; k++) if (roles[k] !== "references") other = true;
    if (!other) out[i] = "implements";
  }
  return out;
}
