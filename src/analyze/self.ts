import type { Citation, Jurisdiction, Kind, SelfDocument, Warning } from "../types.js";
import { documentId, fileId, officialNumber } from "../identify/id.js";
import { readSymbol } from "../identify/symbol.js";
import { branchName, issuerByCode, issuerByPhrase, type IssuerEntry } from "../vocab/issuers.js";
import { fullNameOn } from "../vocab/provinces.js";
import { provinceNamed, slugOf } from "./places.js";
import { partyCommitteeOf, type Header } from "./header/index.js";
import { fnv1a64 } from "../shared/hash.js";
import { ENACTING_KINDS, OWN_EFFECT_WORDS } from "../vocab/parts.js";
import { phraseSource } from "../vocab/phrases.js";
import { KINDS } from "../vocab/kinds.js";
import { namesPrintedText } from "./whole-text-named.js";
import { INTRODUCING_WORDS, ISSUED_WORDS, JUST_ISSUED_WORDS, LINKED_TEXT_WORDS, SAME_SENTENCE_FOLLOWS_WORDS, WHOLE_TEXT_FOLLOWS_WORDS, WHOLE_TEXT_WORDS } from "../vocab/cues.js";

/**
 * A ministry's older or office code (OTHER_CODES: "LĐTBXH", "BNN", "BKH") in the number of a document
 * headed under a local body ("UBND HUYỆN TÂN THẠNH ⏎ PHÒNG LAO ĐỘNG TB&XH ⏎ Số: 312/TTr-LĐTB&XH"): a
 * district's or a province's office writes its sector's initials so, and the document is that
 * office's, not the ministry's. The code then names no body the document can be said to be of.
 */
export function ownCodeIsLocalAlias(header: Header): boolean {
  const line = header.numberLine;
  if (line === null || line.symbolParts.length === 0) return false;
  const code = readSymbol(line.symbolParts, line.written).issuerCode;
  return code !== null && centralAliasUnderLocalHeading(code, header.issuerLines);
}
function centralAliasUnderLocalHeading(code: string, issuerLines: readonly string[]): boolean {
  const body = issuerByCode(code);
  if (body === null || body.code === code) return false;
  if (issuerLines.some((line) => issuerByPhrase(line)?.code === body.code)) return false;
  // A province department's sector initials ("TNMT": Sở Tài nguyên và Môi trường) under a district
  // office's heading ("UBND HUYỆN X ⏎ PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG ⏎ Số: 45/TNMT"): the office's own.
  if (body.level === "province") return issuerLines.some((line) => issuerByPhrase(line)?.level === "district");
  if (body.level !== "central") return false;
  return issuerLines.some((line) => LOCAL_HEADING.test(line) || issuerByPhrase(line)?.local === true);
}
/** A heading line of a local body: a people's committee or council, a district's office, a province's department. */
const LOCAL_HEADING = /^[\s*_]*(?:UBND|HĐND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|PHÒNG|SỞ)(?![\p{L}\p{N}])/iu;

/**
 * A central body's name the heading's narrow column wrapped ("TÒA ÁN NHÂN DÂN ⏎ TỐI CAO", "VIỆN ⏎
 * KIỂM SÁT NHÂN DÂN ⏎ TỐI CAO"): line i joined with the one or two after it, longest first; null when
 * no such join names a central body (a local body's lines are its name and its place: "ỦY BAN NHÂN DÂN ⏎
 * TỈNH X").
 */
export function wrappedBodyAt(lines: readonly string[], i: number): IssuerEntry | null {
  for (let n = Math.min(WRAPPED_NAME_LINES, lines.length - i); n >= 2; n--) {
    const named = issuerByPhrase(lines.slice(i, i + n).join(" "));
    if (named !== null && !named.local) return named;
  }
  return null;
}
const WRAPPED_NAME_LINES = 3;

/** The citing document's identity from its header and the citations that turned out to be itself. */
export function buildSelf(
  header: Header,
  jurisdiction: Jurisdiction,
  selfCitation: Citation | null,
  path: string | null,
  text: string,
  /** Code of the body the text says issues it, asked only when no header or number names one. */
  issuerHint: () => string | null,
  /** The date the text says it was passed on, asked only when neither its header nor its own number dates it. */
  dateHint: () => string | null = () => null,
  /** The kind the text's enacting formula tells, asked only when neither its header nor its own number tells one. */
  kindHint: () => Kind | null = () => null,
): { self: SelfDocument; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fromHeader = header.numberLine;
  const symbolReading = fromHeader ? readSymbol(fromHeader.symbolParts, fromHeader.written) : null;
  const number = selfCitation?.number ?? (fromHeader?.number ? officialNumber(fromHeader.number) : null);
  // "Số: 11/1998/QĐ .UB" (typed "QĐ.UB"): the citation found on the number's line stops at the
  // spaced dot ("QĐ"), the header's line reads the ký hiệu whole ("QĐ-UB"): the whole one is the
  // document's, where it only goes on from the citation's, for the same number.
  const whole = symbolReading !== null && selfCitation !== null && goesOn(symbolReading.symbol, selfCitation.symbol) && officialNumber(fromHeader!.number ?? "") === selfCitation.number;
  const symbol = (whole ? symbolReading.symbol : selfCitation?.symbol) ?? symbolReading?.symbol ?? null;
  const style = (whole ? symbolReading.style : selfCitation?.style) ?? symbolReading?.style ?? null;
  const date = header.date ?? selfCitation?.date ?? dateHint();
  const year = selfCitation?.year ?? fromHeader?.year ?? null;
  const issuerCode = (whole ? symbolReading.issuerCode : null) ?? selfCitation?.issuer?.code ?? symbolReading?.issuerCode ?? null;
  // A department or a mass organisation heads its documents under the body above it ("ỦY BAN NHÂN
  // DÂN ⏎ TỈNH X ⏎ SỞ Y TẾ", "BAN CHẤP HÀNH TRUNG ƯƠNG ⏎ ĐOÀN TNCS HỒ CHÍ MINH"): the body its own
  // number's ký hiệu names is the issuer (KH-SYT: the department), whichever heading line comes first.
  const byCode = issuerCode && !ownCodeIsLocalAlias(header) ? issuerByCode(issuerCode) : null;
  let entry: IssuerEntry | null = null;
  const lines = header.issuerLines;
  for (let i = 0; i < lines.length && entry === null; i++) {
    for (const named of [wrappedBodyAt(lines, i), issuerByPhrase(lines[i]) ?? partyCommitteeOf(lines[i])]) {
      if (named !== null && entry === null && (byCode === null || named.code === byCode.code)) entry = named;
    }
  }
  if (entry === null) entry = byCode;
  if (entry === null) {
    const hint = issuerHint();
    if (hint) entry = issuerByCode(hint);
  }
  const province = jurisdiction.province ? provinceNamed(jurisdiction.province) : null;
  const place = jurisdiction.district ?? jurisdiction.province;
  // A unit renamed since ("tỉnh Thừa Thiên Huế", "thành phố Huế" from 2025) under the name it had on the document's date.
  const placeTitle = jurisdiction.district ?? (province ? (entry?.party ? province.name : fullNameOn(province, date)) : null);
  const branch = entry !== null && !entry.local && entry.branches === true && jurisdiction.level !== "central" && jurisdiction.level !== null;
  const issuer = entry
    ? { code: entry.code, name: [branch ? branchName(entry) : entry.name, placeTitle].filter(Boolean).join(" "), level: jurisdiction.level, place }
    : null;
  // The hash of the whole text only when no number names the document: it walks every character.
  let id: string;
  if (number && symbol) {
    id = documentId({
      number,
      year,
      symbol,
      party: style === "party",
      dateYear: date ? Number(date.slice(0, 4)) : null,
      // A national body's branch (its heading names its place) numbers as a local body.
      local: entry === null || entry.local || branch,
      provinceSlug: province?.slug ?? null,
      districtSlug: jurisdiction.district ? slugOf(jurisdiction.district) : null,
    });
  } else if (selfCitation !== null && selfCitation.number === null && selfCitation.form === "named" && selfCitation.year !== null) {
    // A law or the Constitution named by its heading, with its year: its name is its identity, as other
    // documents cite it. Without a year ("law:giao-duc@?") the name fits every law so named, and two
    // pages would become one node on a guess.
    id = selfCitation.id;
  } else {
    id = selfIdWithoutNumber(path, text);
    if (number === null) warnings.push({ code: "no-own-number", message: "the document's own number is not stated; it is identified by its path" });
  }
  const self: SelfDocument = {
    id,
    // No kind line ("QUYẾT ĐỊNH") in the header: the own number's type code tells (QĐ: a decision).
    // A consolidated text ("Số: 11/VBHN-BTP") heads itself with the kind it consolidates ("NGHỊ
    // ĐỊNH"): its number says what it is.
    // Neither (a copy that lost its heading, "VỀ VIỆC … ⏎ Căn cứ …"): its enacting formula ("QUYẾT ĐỊNH:").
    // An older number with no type code ("Số: 15-CP", a copy without its "NGHỊ ĐỊNH" line) reads as a
    // letter's for want of a kind word: the enacting formula ("NGHỊ ĐỊNH :"), where there is one, tells.
    kind: selfCitation?.kind === "consolidated-text" ? selfCitation.kind : (header.kind ?? (kindGuessed(selfCitation) ? (kindHint() ?? "official-letter") : (selfCitation?.kind ?? kindHint()))),
    title: header.title,
    number,
    year,
    symbol,
    style,
    date,
    issuer,
    jurisdiction,
    promulgatedBy: null, // set by analyze once citations are localised
  };
  // Set, not spread in: adding properties after a spread costs microseconds on Node 20.
  if (path !== null) self.path = path;
  return { self, warnings };
}

/** Whether a citation's kind is only the letter's, guessed from a number that names neither a kind word nor a type code. */
function kindGuessed(c: Citation | null): boolean {
  return c !== null && c.kind === "official-letter" && c.kindText === null && c.typeCode === null;
}

/**
 * Whether a mention with the document's own number and ký hiệu is in fact another document:
 * it is dated otherwise, its number's year differs, or it names another issuing place
 * ("Kế hoạch số 30/KH-UBND ngày 10/3/2020 của UBND tỉnh Quảng Nam" in plan 30/KH-UBND of a district).
 */
export function contradictsSelf(c: Citation, self: SelfDocument): boolean {
  if (c.date !== null && self.date !== null && c.date !== self.date) return true;
  if (c.year !== null && self.year !== null && c.year !== self.year) return true;
  // A number's year is the year it was signed: a listing's row "12/QĐ-UBND" of 05/01/2021 that
  // repeals "Quyết định số 12/2020/QĐ-UBND" names last year's decision 12, not itself.
  if (c.year !== null && self.year === null && self.date !== null && c.year !== yearOf(self.date)) return true;
  if (c.year === null && c.date !== null && self.year !== null && self.date === null && yearOf(c.date) !== self.year) return true;
  const place = c.issuer?.place ?? null;
  if (place === null) return false;
  const own = [self.jurisdiction.district, self.jurisdiction.province];
  const named = provinceNamed(place)?.name ?? place;
  return !own.some((p) => p !== null && slugOf(p) === slugOf(named));
}

/** The year of an ISO date ("2021-01-05"). */
const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/**
 * A document whose own number is unknown is named by its file, or, when the caller gave no path,
 * by a hash of its text: two different unnamed texts must not become one node of a graph.
 */
export function selfIdWithoutNumber(path: string | null, text: string): string {
  return path !== null ? fileId(path) : `text:${fnv1a64(text)}`;
}

/** Whether ký hiệu `whole` is `part` with more codes after it ("QĐ-UB" after "QĐ"). */
function goesOn(whole: string | null, part: string | null): boolean {
  return whole !== null && part !== null && whole.startsWith(`${part}-`);
}

/**
 * The kind a text's enacting formula tells (ENACTING_KINDS): the formula alone on its line, a colon
 * after it ("QUYẾT ĐỊNH:", a word segmenter's "Quyết định :"), its two words maybe wrapped over two
 * lines ("QUYẾT ⏎ ĐỊNH:", a narrow table cell copied with its line breaks). The first such line's
 * kind, or null.
 */
export function enactedKind(text: string): Kind | null {
  const m = ENACTING_KIND_LINE.exec(text);
  return m ? (ENACTING_KINDS[m[1].toLowerCase().replace(/\s+/g, " ")] ?? null) : null;
}
// phraseSource writes a space as \s+: the words may stand on two lines.
const ENACTING_KIND_LINE = new RegExp(String.raw`(?:^|\n)[ \t*_#]*(${phraseSource(Object.keys(ENACTING_KINDS))})[ \t*_]*:[ \t*_]*(?:\r?\n|$)`, "iu");

/**
 * The document a page prints in full under no heading of its own (JUST_ISSUED_WORDS): in the page's
 * opening, a citation right after "đã/vừa ban hành" (or a bare "ban hành" when the page introduces the
 * text: "trân trọng giới thiệu toàn văn …", INTRODUCING_WORDS) whose kind the page names again when it
 * says the text follows ("toàn văn (nội dung) Nghị quyết", "Nội dung Chỉ thị như sau"), or right after "(đã)
 * ban hành" when the page says its text follows in so many words ("Toàn văn như sau:", or "cụ thể như
 * sau:" closing the lead's sentence: WHOLE_TEXT_FOLLOWS_WORDS, SAME_SENTENCE_FOLLOWS_WORDS). Another kind named
 * there, or no such words, leave the page unnumbered: a news item that tells of a document it does
 * not print is not that document, nor is one whose text a link offers ("Xem toàn văn Chương trình …
 * TẠI ĐÂY", LINKED_TEXT_WORDS). A citation right after "toàn văn" is the page's, verb or none
 * (namesPrintedText). `spans` are the citations' offsets in `text`; null when none.
 */
export function announcedCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): Citation | null {
  for (let i = 0; i < found.length && spans[i].start <= ANNOUNCEMENT_REACH; i++) {
    const kind = found[i].kind;
    if (kind === null) continue;
    const before = text.slice(Math.max(0, spans[i].start - JUST_ISSUED_CHARS), spans[i].start);
    const issued = ISSUED.test(before);
    if (found[i].number !== null && found[i].symbol !== null && found[i].kindText !== null && namesPrintedText(before)) return found[i];
    const after = text.slice(spans[i].end, spans[i].end + WHOLE_TEXT_REACH);
    if ((issued || opensItsLine(text, spans[i].start, found[i])) && contentClosesLead(after, found[i])) return found[i];
    if (!issued) continue;
    const m = WHOLE_TEXT_FOLLOWS.exec(after);
    if (m === null) continue;
    // "Toàn văn như sau:" names no kind: the whole text follows, whatever it is.
    if (m[3] !== undefined) return found[i];
    if (m[4] !== undefined) {
      if (!SENTENCE_END.test(after.slice(0, m.index))) return found[i];
      continue;
    }
    const issuedJustNow = JUST_ISSUED.test(before) || INTRODUCED.test(after.slice(0, m.index));
    if (issuedJustNow && KIND_OF_WORD.get((m[1] ?? m[2]).toLowerCase().replace(/\s+/g, " ")) === kind) return found[i];
  }
  return null;
}
/**
 * A lead that names a letter, as what was issued or as its own subject, closed by the next sentence
 * "Nội dung (…) như sau:" at the paragraph's end: "… đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo
 * … . Nội dung văn bản chỉ đạo như sau:" (Tuyên Quang), "Công văn số 5468/BNN-VPĐP ngày 3/7/2017 của
 * Bộ … gửi UBND các tỉnh … về việc báo cáo … . Nội dung như sau:" (a ministry's portal). Between
 * "Nội dung" and "như sau", nothing or the letter's own kind word (and a word or two of what it does,
 * "chỉ đạo"): another kind word there names another document.
 */
function contentClosesLead(after: string, cited: Citation): boolean {
  const m = CONTENT_CLOSES_LEAD.exec(after);
  if (m === null || SENTENCE_END.test(m[1])) return false;
  if (m[2] === undefined) return true;
  const word = m[2].toLowerCase().replace(/\s+/g, " ");
  return KIND_OF_WORD.get(word) === cited.kind || word === cited.kindText?.toLowerCase().replace(/\s+/g, " ");
}
/** A citation that opens its line, a numbered letter the lead is about: "Công văn số 5468/BNN-VPĐP ngày … gửi …". */
function opensItsLine(text: string, start: number, cited: Citation): boolean {
  if (cited.number === null || cited.symbol === null) return false;
  return /^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
}
/** A sentence's end between the lead's citation and its "cụ thể như sau": a full stop before a blank, or a line break (a subject line's ";" lists its parts: "phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; …"). */
const SENTENCE_END = /[.!?][ \t]|\n/;
/** How far into the page its opening, and the citation it announces, may lie. */
const ANNOUNCEMENT_REACH = 800;
/** The verbs' longest form and the spaces around it. */
const JUST_ISSUED_CHARS = 32;
/** How far after the citation the page says its text follows: the subject and a sentence or two. */
const WHOLE_TEXT_REACH = 600;
const ISSUED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(ISSUED_WORDS)})[ \t]+$`, "iu");
/** The publisher's "giới thiệu" right before the whole-text words (INTRODUCING_WORDS). */
const INTRODUCED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(INTRODUCING_WORDS)})[ \t]+$`, "iu");
const JUST_ISSUED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(JUST_ISSUED_WORDS)})[ \t]+$`, "iu");
const KIND_WORD_SOURCE = phraseSource(KINDS.flatMap((k) => k.words));
const WHOLE_TEXT_FOLLOWS = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<!(?:${phraseSource(LINKED_TEXT_WORDS)})[ \t]+)(?:(?:${phraseSource(WHOLE_TEXT_WORDS)})[ \t]+(${KIND_WORD_SOURCE})|nội[ \t]+dung[ \t]+(${KIND_WORD_SOURCE})[ \t]+như[ \t]+sau|(${phraseSource(WHOLE_TEXT_FOLLOWS_WORDS)})|(${phraseSource(SAME_SENTENCE_FOLLOWS_WORDS)}))(?![\p{L}\p{M}])`,
  "iu",
);
const KIND_OF_WORD = new Map<string, Kind>(KINDS.flatMap((k) => k.words.map((w) => [w.toLowerCase(), k.slug] as const)));
const CONTENT_CLOSES_LEAD = new RegExp(
  String.raw`^([^\n]*?)[.!?][ \t]+Nội[ \t]+dung(?:[ \t]+(${KIND_WORD_SOURCE})(?:[ \t]+[\p{L}\p{M}]+){0,2})?[ \t]+như[ \t]+sau[ \t]*:[ \t]*(?:\r?\n|$)`,
  "iu",
);

/**
 * The kind an article's own effect clause tells (OWN_EFFECT_WORDS), for a copy of the articles with
 * neither heading nor enacting formula: "Điều 14. Hiệu lực thi hành ⏎ Thông tư này có hiệu lực …"
 * (the article's heading may stand on its line before it), "Điều 2. Thông tư này có hiệu lực …". Said
 * in an article, the words are the document's own, not a news item's telling of another document. The
 * first such article's kind, or null.
 */
export function effectClauseKind(text: string): Kind | null {
  const at = text.indexOf("Điều");
  if (at < 0) return null;
  const m = OWN_EFFECT_ARTICLE.exec(at === 0 ? text : text.slice(text.lastIndexOf("\n", at) + 1));
  return m ? (KIND_OF_WORD.get(m[1].toLowerCase().replace(/\s+/g, " ")) ?? null) : null;
}
/** How much of an article's heading may stand on its line before the effect clause's line. */
const ARTICLE_HEADING_CHARS = 80;
const OWN_EFFECT_ARTICLE = new RegExp(
  String.raw`(?:^|\n)[ \t*_]*Điều[ \t]+[0-9]{1,3}[ \t]*[.:][^\n]{0,${ARTICLE_HEADING_CHARS}}?(?:\n[ \t*_]*)?(${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})[ \t]+này[ \t]+(?:${phraseSource(OWN_EFFECT_WORDS)})(?![\p{L}\p{M}])`,
  "u",
);

/**
 * A legal database's page opens with its own title line, the document's kind, number and subject
 * ("Thông tư 15/2018/TT-BTNMT Ban hành định mức kinh tế - kỹ thuật …", "Thông tư 07/2020/TT-BTC quy
 * định chế độ quản lý tài chính …", "Quyết định 1589/QĐ-TTg năm 2025 về …"), above the text it
 * prints. Where that text has no heading of its own, the title line's citation is the document, when
 * the text says of itself that it is of that kind (`ownKind`: its enacting formula, its effect
 * clause). The citation must open the text, nothing but blanks before it. Null otherwise.
 */
export function titleLineCitation(text: string, found: readonly Citation[], spans: readonly { start: number }[], ownKind: () => Kind | null): Citation | null {
  if (found.length === 0 || found[0].number === null || found[0].symbol === null || found[0].kind === null) return null;
  if (!BLANK_LEAD.test(text.slice(0, spans[0].start))) return null;
  return ownKind() === found[0].kind ? found[0] : null;
}
/** What may stand before the title line's kind word: blanks, a markdown heading's marks. */
const BLANK_LEAD = /^[\s#*_]{0,8}$/u;
