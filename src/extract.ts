import type { Citation } from "./types.js";
import { eachIsland } from "./parse/island.js";
import { parseWholeText } from "./parse/whole-text.js";
import { identify } from "./identify/identify.js";
// The named laws' and the short mentions' modules imported where extract.ts imported the find and
// identify modules they call, before it was split: the bundle keeps its code in the order it had
// (code order alone moves a cachegrind pass by several %: bench/README.md, session 31).
import { withNamed, type ListedAmendment } from "./extract/named-laws.js";
import { withShort } from "./extract/short-mentions.js";
import { pinpointBefore, pinpointInAmendingName } from "./find/pinpoint.js";
import { mayHoldLink } from "./prepare/link-markup.js";
import { WindowPreparer } from "./prepare/window-preparer.js";
import { findLandmarks, readLandmarks, type Landmarks } from "./find/anchors.js";
import { copyNumber, formNamedBefore } from "./find/forms.js";
import { misreadDate } from "./find/misread-date.js";
import { numbersListedBefore } from "./find/shared-symbol.js";
import { textAsRead } from "./prepare/line-breaks.js";
import { legacyText, type LegacyText } from "./prepare/legacy-text.js";
import { singleSpaced, type SingleSpaced } from "./prepare/double-spaced.js";
import { citationInCallerText } from "./extract/in-caller-text.js";
import type { ParsedCitation } from "./parse/types.js";
import type { ExtractOptions } from "./extract/options.js";

export type { ExtractOptions } from "./extract/options.js";
export type { ListedAmendment } from "./extract/named-laws.js";

/**
 * Every numbered citation in `text`, in order, with offsets into `text` itself.
 * Never throws: any string, however odd, gives an array.
 */
export function extract(text: string, options: ExtractOptions = {}): Citation[] {
  if (typeof text !== "string" || text.length === 0) return [];
  // A PDF's copy with a blank line after every line is read single-spaced, its citations given back at the caller's offsets.
  const spaced = singleSpaced(text);
  return spaced === null ? extractAsGiven(text, options) : extractConverted(text, spaced, options, extractAsGiven);
}

function extractAsGiven(text: string, options: ExtractOptions): Citation[] {
  const seen = { legacy: false };
  const found = extractChecked(text, options, null, undefined, false, seen);
  // A string holding legacy font mojibake (TCVN3, VNI) is read converted, its citations given back at the caller's
  // offsets. Asked only where the find stage's scan met a legacy sign: no scan of its own for ordinary text. A legacy
  // text is read twice (as written, then converted), the cost of that.
  const legacy = seen.legacy ? legacyText(text) : null;
  return legacy === null ? found : extractConverted(text, legacy, options, (t, o) => extractChecked(t, o, null));
}

/**
 * extract() of a legacy text, read as converted (prepare/legacy-text.ts), or of a text read single-spaced
 * (prepare/double-spaced.ts), by `read`: each citation's offsets mapped back to `text`, each carrying the conversion's
 * warning where there is one (extract() has no document to give it to; analyze() gives it once, as the document's).
 * The offsets a larger text's citedBefore is asked of are the caller's too.
 */
function extractConverted(text: string, converted: LegacyText | SingleSpaced, options: ExtractOptions, read: (text: string, options: ExtractOptions) => Citation[]): Citation[] {
  const { map } = converted;
  const before = typeof options?.citedBefore === "function" ? options.citedBefore : null;
  const given = before === null || map.isIdentity ? options : { ...options, citedBefore: (kind: string, at: number) => before(kind, map.toOriginal(at)) };
  const found = read(converted.text, given);
  const done = new Set<object>();
  const warning = "warning" in converted ? converted.warning : null;
  for (const c of found) {
    citationInCallerText(c, map, text, converted.text, done);
    if (warning !== null) c.warnings.push({ ...warning, start: c.start, end: c.end });
  }
  return found;
}

/**
 * extract(), with what the names of amending laws say they amend (analyze reads it as relations between the cited
 * documents), and whether the find stage's scan met a legacy font sign (Landmarks.legacy: analyze then asks whether
 * the text is legacy mojibake; nothing is converted here).
 */
export function extractListing(text: string, options: ExtractOptions = {}): { citations: Citation[]; amended: ListedAmendment[]; legacy: boolean } {
  const amended: ListedAmendment[] = [];
  if (typeof text !== "string" || text.length === 0) return { citations: [], amended, legacy: false };
  const seen = { legacy: false };
  return { citations: extractChecked(text, options, amended, undefined, false, seen), amended, legacy: seen.legacy };
}

/**
 * extractListing() of a whole text the caller has read as the extractor reads it: `read` is
 * blankPageLines(textAsRead(text), false) (analyze() has it from its own reading of the same
 * text, one walk of the lines instead of two). `clean`: the caller knows that no stretch of `read`
 * needs preparing (analyze()'s prepareDocument found nothing in the whole text), so no window is
 * asked (WindowPreparer). `signless`: clean, and no legacy font sign in it either (findLandmarks).
 */
export function extractListingRead(text: string, read: string, clean: boolean, signless = false): { citations: Citation[]; amended: ListedAmendment[]; legacy: boolean } {
  const amended: ListedAmendment[] = [];
  if (typeof text !== "string" || text.length === 0) return { citations: [], amended, legacy: false };
  const seen = { legacy: false };
  return { citations: extractChecked(text, {}, amended, read, clean, seen, signless), amended, legacy: seen.legacy };
}

/**
 * The text as the extractor reads it. Line ends a page shows as their escapes ("…/KH-UBND\r\nngày …",
 * a page that prints a document's JSON string) are read as the breaks they stand for, one unit for
 * one: offsets stay the caller's, and each citation's raw text is the caller's own. A PDF page's
 * number or running head between two lines of a citation ("… của HĐND ⏎ - 3 - ⏎ huyện …") is blank,
 * as analyze reads it: the issuer phrase goes on over it (readLandmarks: not a last line, since
 * extract-chunks gives a chunk, whose last line may go on past it). `amended` collects what amending
 * laws' names say they amend, when the caller asks (not null); `given` is the text so read, when the
 * caller has it; `seen.legacy` is set to whether the scan met a legacy font sign (Landmarks.legacy).
 */
function extractChecked(text: string, options: ExtractOptions, amended: ListedAmendment[] | null, given?: string, clean = false, seen?: { legacy: boolean }, signless = false): Citation[] {
  try {
    // One pass marks where numbers, document numbers and law names may be; each later step reads only there.
    const { read, marks } = given === undefined ? readLandmarks(textAsRead(text)) : { read: given, marks: findLandmarks(given, clean, signless) };
    if (seen) seen.legacy = marks.legacy;
    const found = extractFrom(read, marks, options, amended, clean);
    if (read !== text) for (const c of found) withWritten(c, text, read);
    return found;
  } catch {
    if (amended) amended.length = 0;
    return [];
  }
}

/**
 * A citation's raw text and kind word as the caller wrote them, where the text read differs (textAsRead: one unit for
 * one): "CHƯƠNG\r\nTRÌNH HÀNH ĐỘNG SỐ 77-CTr/TU" of a CRLF file (fresh56a-011) had its kind word with the CR read as what
 * prints nothing (U+2060) in it, where its raw text was the caller's (crlf56). The kind word starts at or after the
 * citation's start.
 */
function withWritten(c: Citation, text: string, read: string): void {
  c.raw = text.slice(c.start, c.end);
  if (c.kindText === null) return;
  const at = read.indexOf(c.kindText, c.start);
  if (at >= 0) c.kindText = text.slice(at, at + c.kindText.length);
}

function extractFrom(text: string, marks: Landmarks, options: ExtractOptions, amended: ListedAmendment[] | null, clean: boolean): Citation[] {
  try {
    // Whether the text holds what prints nothing (the scan's answer): the named pass and the pinpoints read around it only where it does.
    const ignorables = marks.ignorables;
    const candidates = typeof options?.shortFormCandidates === "function" ? options.shortFormCandidates : null;
    const before = typeof options?.citedBefore === "function" ? options.citedBefore : null;
    const page = options?.page ?? null;
    if (options.strategy === "whole-text") {
      const all: Citation[] = [];
      for (const p of parseWholeText(text)) if (!isForm(p, text)) pushWithListed(all, p, text);
      return withPinpoints(text, withShort(text, marks, withNamed(text, marks, all, amended, ignorables), candidates, before, page), ignorables);
    }
    // Each citation is identified as soon as it is parsed, so the parse's own objects die young.
    // Collected first, a long text's tens of thousands of them outlived the young generation, and
    // V8 then allocated them (pretenuring) in the old one, where for every later text they were
    // garbage only a full collection frees: documents after one long text ran at half speed.
    const out: Citation[] = [];
    // The laws by name read 400 characters after each kind word, through the citations the islands
    // read: what the islands' windows found needs no preparing is not looked at again.
    const preparer = new WindowPreparer(text, clean);
    eachIsland(text, (p) => (isForm(p, text) ? undefined : pushWithListed(out, p, text)), marks.anchors, preparer);
    return withPinpoints(text, withShort(text, marks, withNamed(text, marks, out, amended, ignorables, preparer), candidates, before, page), ignorables);
  } catch {
    // A bug must not cost the caller the rest of a batch; the property tests hunt for this path.
    if (amended) amended.length = 0;
    return [];
  }
}

/**
 * Pushes the citation `p`, after the numbers listed before it that share its ký hiệu ("Phương án
 * số 2 và 3/PA-UBND": 2/PA-UBND, then 3/PA-UBND; find/shared-symbol.ts), onto `out`.
 */
function pushWithListed(out: Citation[], p: ParsedCitation, text: string): void {
  const c = identify(p, text);
  const listed = numbersListedBefore(text, p, c.kind, out.length > 0 ? out[out.length - 1].end : 0);
  for (let i = 0; i < listed.length; i++) out.push(identify(listed[i], text));
  out.push(c);
}

/** "điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP": the pinpoint written right before a citation. */
function withPinpoints(text: string, found: Citation[], ignorables: boolean): Citation[] {
  // Units written as markdown links are read through them only in a text that holds one (find/pinpoint.ts).
  const links = found.length > 0 && mayHoldLink(text);
  for (let i = 0; i < found.length; i++) {
    const p = pinpointBefore(text, found[i].start, ignorables, links);
    // Never reaching back into the citation before: "Nghị định số 1/2020/NĐ-CP Điều 5 Thông tư ..." is no pinpoint of the first.
    // Set on the citation, which is this call's own: copying it with a spread costs microseconds on Node 20.
    if (p && (i === 0 || p.start >= found[i - 1].end)) found[i].pinpoint = p;
    else if (found[i].form === "named") {
      // An amending law's name holding the units it amends: its one named citation carries them (pinpointInAmendingName).
      const inName = pinpointInAmendingName(text, found[i].start, found[i].end, ignorables);
      if (inName) found[i].pinpoint = inName;
    }
  }
  return found;
}

/**
 * "Mẫu số 01/BC": a citation without a kind word whose "số" follows a template's or annex's word.
 * "Số: 96/SL ⏎ SAO Y BẢN CHÍNH": an office's copy number in its stamp block (copyNumber).
 */
const isForm = (p: ParsedCitation, text: string): boolean =>
  p.kindWord === null && (formNamedBefore(text, p.start) || copyNumber(text, p.start, p.end, p.parts[0]) || (p.year === null && misreadDate(text, p.number, p.end)));

/** The typed identifier of one citation as a user would type it ("nghị quyết 76/nq-cp"), or null. */
export function parseCitation(text: string): Citation | null {
  return extract(text)[0] ?? null;
}
