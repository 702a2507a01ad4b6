/**
 * A normative document's scope article that names what it governs by another's provisions: "Điều 1. Phạm vi
 * điều chỉnh ⏎ Nghị định này quy định về các cơ chế, chính sách theo quy định tại điểm g và điểm h khoản 1
 * Điều 64, … của Luật Điện lực số 61/2024/QH15": the provisions that leave the matter to it are the
 * document's subject, so it details, guides, that document (DOMAIN.md §4: "quy định chi tiết …" → guides).
 */
import { SCOPE_APPLIES_WORDS, SCOPE_BODY_WORDS, SCOPE_HEADING, SCOPE_UNIT_WORDS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { NEXT_ARTICLE_HEADING } from "./patterns.js";
import type { RoleReading } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * In the scope article (from its heading SCOPE_HEADING to the next article or the "Đối tượng áp dụng"
 * heading), a document named right after "(theo) quy định tại <units>" (SCOPE_UNIT_WORDS: "khoản 5 Điều
 * 24, khoản 6 Điều 41 Luật Thủ đô", "Phụ lục I và Phụ lục III Quyết định số 51/2025/QĐ-TTg") and read as a
 * plain reference is guided. Not where the sentence says to whom or to what the document applies
 * (SCOPE_APPLIES_WORDS: "Khung giá … áp dụng cho các trường hợp quy định tại khoản 7, Điều 151 của Luật Nhà
 * ở", "Thông tư này áp dụng cho các đối tượng quy định tại Điều 2 Nghị định số 168/2025/NĐ-CP"): those
 * name the subjects, not the matter governed.
 */
export function scopeGuides(r: RoleReading): void {
  const { text, spans } = r;
  // Most texts have no scope article: the phrase alone, searched first, spares them SCOPE_START, whose
  // line-start alternation is tried at every place of the text (about twice the phrase's cost).
  if (!hasScopePhrase(text)) return;
  const heading = SCOPE_START().exec(text);
  if (heading === null) return;
  const start = heading.index + heading[0].length;
  const rest = SCOPE_END.exec(text.slice(start, start + SCOPE_CHARS));
  const end = start + (rest === null ? SCOPE_CHARS : rest.index);
  for (let i = 0; i < spans.length && spans[i].start < end; i++) {
    if (spans[i].start < start || r.roles[i] !== "references") continue;
    const before = text.slice(Math.max(start, spans[i].start - UNITS_CHARS), spans[i].start);
    const units = UNITS_BEFORE().exec(before);
    if (units === null) continue;
    // The sentence up to the units: from the last stop ("1." of an item too), or the article's start.
    const head = text.slice(start, spans[i].start - before.length + units.index);
    if (APPLIES().test(head.slice(Math.max(head.lastIndexOf("."), head.lastIndexOf(";")) + 1))) continue;
    // Units naming the bodies right before them (SCOPE_BODY_WORDS: "của các cơ quan thanh tra quy định tại Điều 7 …") say who.
    if (BODY_BEFORE().test(head.slice(-BODY_CHARS))) continue;
    r.roles[i] = "guides";
  }
}

/** The scope article is short: its heading to the next article within this much text. */
const SCOPE_CHARS = 2000;
/** The units and "quy định tại" before the document fit in this much text. */
const UNITS_CHARS = 240;
/** SCOPE_HEADING's words anywhere: a place SCOPE_START needs. */
const SCOPE_PHRASE = phraseSource([SCOPE_HEADING]);
/**
 * The heading's letter the phrase is looked for by: "ỉ" of "chỉnh" (and "Ỉ", the one letter /iu folds to it), rarer
 * in a text than the phrase's first letters. SCOPE_PHRASE.test over the whole text read every place (~2.6 ms a
 * devx5 pass inside analyze()); indexOf finds the few hundred "ỉ"s ("tỉnh", "chỉ") and the phrase is asked only there.
 */
const SCOPE_ANCHOR = "ỉ";
const SCOPE_ANCHOR_AT = SCOPE_PHRASE.indexOf(SCOPE_ANCHOR);
/** SCOPE_PHRASE with its SCOPE_ANCHOR at lastIndex: the words before it looked behind, the rest read on. */
const SCOPE_PHRASE_AT = new RegExp(String.raw`(?<=${SCOPE_PHRASE.slice(0, SCOPE_ANCHOR_AT)})${SCOPE_PHRASE.slice(SCOPE_ANCHOR_AT)}`, "iuy");
/** SCOPE_PHRASE matches somewhere in `text` (new RegExp(SCOPE_PHRASE, "iu").test(text)): at one of its SCOPE_ANCHORs, either case. */
export function hasScopePhrase(text: string): boolean {
  for (const anchor of [SCOPE_ANCHOR, SCOPE_ANCHOR.toUpperCase()]) {
    for (let k = text.indexOf(anchor); k >= 0; k = text.indexOf(anchor, k + 1)) {
      SCOPE_PHRASE_AT.lastIndex = k;
      if (SCOPE_PHRASE_AT.test(text)) return true;
    }
  }
  return false;
}
const SCOPE_START = lazyRegExp(() => new RegExp(String.raw`(?:^|\n)[ \t*]*(?:Điều[ \t]+1[ \t]*[.:][ \t]*)?(?:1[ \t]*\.[ \t]*)?(?:${phraseSource([SCOPE_HEADING])})(?![\p{L}\p{M}])[^\n]*`, "iu"));
const SCOPE_END = new RegExp(String.raw`${NEXT_ARTICLE_HEADING}|\n[ \t*]*(?:[0-9][ \t]*\.[ \t]*)?Đối[ \t]+tượng[ \t]+áp[ \t]+dụng`, "iu");
const UNIT = String.raw`(?:${phraseSource(SCOPE_UNIT_WORDS)})\s+[\p{L}\p{N}]{1,5}(?![\p{L}\p{M}\p{N}])`;
/** "(theo) quy định tại điểm g và điểm h khoản 1 Điều 64, điểm e … Điều 65 của " up to the document. */
const UNITS_BEFORE = lazyRegExp(() => new RegExp(String.raw`quy\s+định\s+tại\s+(?:các\s+)?${UNIT}(?:\s*(?:,|và(?![\p{L}\p{M}]))?\s*${UNIT})*\s*(?:của\s+)?$`, "iu"));
/** How far before the units a body's words are looked for: "các cơ quan có thẩm quyền theo " and a bracket's aside. */
const BODY_CHARS = 120;
/**
 * A body's noun and at most three words in small letters after it ("cơ quan thanh tra"), "theo" at most, ending where the
 * units' "quy định tại" begins. Small letters only: "thẩm quyền của Chính phủ quy định tại …" (fresh46f-013) names the matter.
 */
const BODY_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(SCOPE_BODY_WORDS)})(?:[ \t\r\n]{1,4}[\p{Ll}\p{M}]{1,12}){0,3}(?:[ \t\r\n]{1,4}theo)?[ \t\r\n]{0,4}$`, "u"));
const APPLIES = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(SCOPE_APPLIES_WORDS)})(?![\p{L}\p{M}])`, "iu"));
