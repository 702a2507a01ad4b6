/**
 * The roles the document's own words give, whatever the clause says: its own number and name ("self"),
 * the decision an annex is attached to ("promulgated_by"), an amending law's enacting formula.
 */
import type { Citation, Kind, RelationType, Role } from "../../types.js";
import { ATTACHED_TO, DOCUMENT_CUES } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import type { Layout } from "../sentences.js";
import { ENACTING_VERBS, ISSUER_SUBJECTS } from "../../vocab/parts.js";
import { NAMED_KINDS } from "../../vocab/laws.js";
import { ACTS, RECOUNTING, type SelfKey } from "./reading.js";
import { LISTED_NUMBER_GAP, LISTED_NUMBER_JOIN } from "../../find/shared-symbol.js";
import { inTitlePlace } from "../../extract/title-listed-laws.js";
import { hasSmallLetter } from "../../shared/chars.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

const ATTACHED_REACH = 80;
const ATTACHED = new RegExp(String.raw`^[\s(*_]*(?:${phraseSource(ATTACHED_TO)})\s*$`, "iu");
/**
 * The document's own number, and the decision an annex is attached to ("(Ban hành kèm theo
 * Quyết định số ...)" at the head of its sentence), whatever the clause says.
 */
export function withSelf(doc: Layout, citations: readonly Citation[], kinds: readonly (Kind | null)[], roles: readonly Role[], self: SelfKey): Role[] {
  // Filled by push, not map (see RoleReading's constructor).
  const out: Role[] = [];
  for (let i = 0; i < citations.length; i++) out.push(roleWithSelf(doc, citations[i], citations[i + 1], kinds[i], i, roles[i], self));
  return out;
}

/**
 * `kind` is the citation's, from the array analyzeText fills for all of them: read from the citation
 * here, where few citations get to, it met a shape of citation not met before, and V8 compiled
 * withSelf again.
 */
function roleWithSelf(doc: Layout, cit: Citation, next: Citation | undefined, kind: Kind | null, i: number, role: Role, self: SelfKey): Role {
  const { text, spans, sentenceOf } = doc;
  if (self.number !== null && cit.number === self.number && cit.symbol === self.symbol) return "self";
  if (namesOwnNumber(cit, kind, self) || wrappedOwnNumber(cit, spans[i].start, self)) return "self";
  const from = sentenceOf[i].start;
  if (cit.number === null && kind !== null && kind === self.kind && namesItself(text, spans[i].start, from, self)) return "self";
  if (cit.form === "named" && kind === self.kind && self.number !== null && ownAmendingTitle(text, cit, spans[i].start)) return "self";
  if (enactsAmendmentOf(text, cit, spans[i].start, from)) return "amends";
  if (role === "references" && amendedInEnactment(text, cit, kind, spans[i].start, from)) return "amends";
  // "(Ban hành kèm theo" is short: a longer stretch before the citation is not read at all.
  if (spans[i].start - from <= ATTACHED_REACH && ATTACHED.test(text.slice(from, spans[i].start)) && !listedOn(text, cit, next, spans, i)) {
    if (self.number === null || self.symbol === null) return self.kind !== null && kind === self.kind && self.number === null ? "self" : "promulgated_by";
    // A document issued under a number of its own is no attachment: "(Ban hành kèm theo Quyết định số
    // 28/1999/QĐ-TTg)" right under a circular's title "Hướng dẫn thực hiện Quy chế …" tells what issued
    // the rules the title names, which the title's opening says what the document does to.
    const cue = self.title ? titleOpeningCue(text, self.title, from) : null;
    if (cue !== null) return cue;
  }
  // A report or a submission tells of acts, or asks for them; it performs none (KindEntry.recounts).
  if (self.kind !== null && RECOUNTING.has(self.kind) && ACTS.has(role as RelationType)) return "references";
  return role;
}

/**
 * An annex is attached to one document: "(kèm theo Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr …)",
 * numbers listed before one ký hiệu after "kèm theo" (find/shared-symbol.ts), is what a notice sends
 * with it, not the decision it is attached to. Whether citation `i` is such a number: its digits are
 * all it writes of its number (its ký hiệu, date and issuer are the last number's), it shares the next
 * one's ký hiệu, and goes on into it with only a comma or "và" between (the list's own join,
 * LISTED_NUMBER_JOIN). Two documents each written in full ("(Ban hành kèm theo Quyết định số
 * 20/2019/QĐ-UBND và Quyết định số 21/2019/QĐ-UBND …)") are no such list.
 */
function listedOn(text: string, cit: Citation, next: Citation | undefined, spans: Layout["spans"], i: number): boolean {
  if (next === undefined || cit.symbol === null || next.symbol !== cit.symbol || cit.end !== cit.numberEnd) return false;
  if (!DIGITS_ONLY.test(cit.raw.slice(cit.numberStart - cit.start, cit.numberEnd - cit.start))) return false;
  const gap = spans[i + 1].start - spans[i].end;
  return gap <= LISTED_NUMBER_GAP && LISTED_NUMBER_JOIN.test(text.slice(spans[i].end, spans[i + 1].start));
}
const DIGITS_ONLY = /^[0-9]+$/u;

/**
 * The document's own kind and number without a ký hiệu, that no earlier citation resolves: listings
 * print a row's subject line so ("THÔNG TƯ 19" for circular 19/2018/TT-BGDĐT, "NGHỊ ĐỊNH 20" for decree
 * 20/2014/NĐ-CP, on two education offices' pages), and it is the row's own document, not another of
 * that kind and number (a year of another makes it another: contradictsSelf).
 */
function namesOwnNumber(cit: Citation, kind: Kind | null, self: SelfKey): boolean {
  return cit.form === "short" && cit.symbol === null && self.number !== null && cit.number === self.number && kind === self.kind && cit.id.startsWith("short:");
}

/**
 * The header's own number whose ký hiệu's last codes a wrapped cell put on a later line ("Số: 255 / BC-BCĐPCGD- ⏎⏎
 * Nga Sơn, ngày … ⏎⏎ XMC": header/number-line.ts withWrappedCodes): the citation read on the number's line, above
 * the title, with the own number and the first codes of the own ký hiệu, is the document itself.
 */
function wrappedOwnNumber(cit: Citation, start: number, self: SelfKey): boolean {
  return self.number !== null && self.symbol !== null && !!self.title && start < self.title.start && cit.number === self.number && cit.symbol !== null && self.symbol.startsWith(`${cit.symbol}-`);
}

/**
 * A law, a code, an ordinance or the Constitution is named, not numbered, and says its own name twice
 * before its articles: its heading ("LUẬT ⏎ TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG", "HIẾN PHÁP NƯỚC CỘNG HOÀ
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992") and its enacting formula ("Quốc hội ban hành Luật tổ chức chính
 * quyền địa phương."). A mention of the document's own kind, without a number, that opens its title or
 * follows its issuer's "ban hành" there is the document itself, not a law it cites.
 */
function namesItself(text: string, start: number, sentence: number, self: SelfKey): boolean {
  if (self.title && start >= self.title.start && start < self.title.end && TITLE_OPENS.test(text.slice(self.title.start, start))) return true;
  // The formula opens its sentence or its line: read from there, or not at all when that lies farther back.
  return followsEnactingFormula(text, start, sentence);
}
/** The issuer and "ban hành" right before `start`, from the start of its sentence or its line (ENACTING_FORMULA). */
function followsEnactingFormula(text: string, start: number, sentence: number): boolean {
  const from = Math.max(sentence, start - ENACTING_REACH);
  const before = text.slice(from, start);
  const opens = Math.max(before.lastIndexOf("\n"), before.lastIndexOf(";"));
  return (opens >= 0 || from === sentence) && ENACTING_FORMULA().test(before.slice(opens + 1));
}

/**
 * An amending law's or ordinance's enacting formula names the law it amends with that law's number:
 * "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 50/2014/QH13." (Luật
 * 62/2020/QH14), "… của Luật điện lực số 28/2004/QH11," (Luật 24/2012/QH13). Read as one citation,
 * the document's own kind word, its act and the amended law's name ("Luật sửa đổi, bổ sung một số điều
 * của Luật Xây dựng") carry the amended law's number; the number is not the document's own (withSelf
 * reads that first), so the act is the document's: it amends that law. Elsewhere the same words name
 * the amending law itself ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số
 * 46/2014/QH13" is the amending law's number), so only after the enacting formula.
 */
function enactsAmendmentOf(text: string, cit: Citation, start: number, sentence: number): boolean {
  return cit.number !== null && cit.name !== undefined && AMENDING_NAME().test(cit.name) && followsEnactingFormula(text, start, sentence);
}
/**
 * An amending law's enacting formula may list the laws it amends each with its history between them:
 * "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14, Luật Kế toán
 * số 88/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 38/2019/QH14, Luật Kiểm toán độc lập số
 * 67/2011/QH12 đã được …" (Luật 56/2024/QH15, fresh45b-013), "… của Luật Đầu tư công số 39/2019/QH14 đã được
 * sửa đổi, bổ sung một số điều theo Luật số 64/2020/QH14 và Luật số 72/2020/QH14; Luật Đầu tư theo phương
 * thức đối tác công tư số 64/2020/QH14; …" (Luật 03/2022/QH15, fresh45b-007). The amending name's list
 * (find/named/amended-laws.ts, amendedList) ends at the first history; each law the sentence goes on to name
 * with its name and number is one the law amends as well, where the histories write their amending laws by
 * number alone ("Luật số 38/2019/QH14") after "theo", "bởi" or "tại". Whether citation `cit` is such a law:
 * a law, code or ordinance with its name and number, on the line the formula opens, in its sentence, not
 * right after those words.
 */
export function amendedInEnactment(text: string, cit: Citation, kind: Kind | null, start: number, sentence: number): boolean {
  if (cit.number === null || cit.name === undefined || !AMENDABLE_BY_NAME.has(kind)) return false;
  // The formula opens its line (a "Căn cứ …;" item before it may be the same sentence), within reach.
  const from = Math.max(sentence, start - ENACTMENT_LIST_CHARS);
  const before = text.slice(from, start);
  const line = before.lastIndexOf("\n") + 1;
  if (line === 0 && from > sentence) return false;
  if (!AMENDING_ENACTMENT().test(before.slice(line, line + ENACTMENT_HEAD_CHARS))) return false;
  return !HISTORY_AGENT_BEFORE().test(before.slice(-12));
}
const AMENDABLE_BY_NAME: ReadonlySet<Kind | null> = new Set<Kind | null>(NAMED_KINDS.map((k) => k.kind));
/** The formula and the amending law's name up to the first law it amends: "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật". */
const AMENDING_ENACTMENT = lazyRegExp(() => new RegExp(
  String.raw`^[\s*_-]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^.;:\n]{0,60}?[ \t](?:${phraseSource(ENACTING_VERBS)})[ \t]+(?:${phraseSource(NAMED_KINDS.flatMap((k) => k.words), { anyCase: true })})[ \t]+(?:${phraseSource(DOCUMENT_CUES.filter((c) => c.type === "amends").flatMap((c) => c.phrases), { anyCase: true })})[ \t]+(?:của[ \t]+)?(?:${phraseSource(NAMED_KINDS.flatMap((k) => k.words), { anyCase: true })})(?![\p{L}\p{N}])`,
  "u",
));
/** The words that bring an amended law's history's amending law: "… đã được sửa đổi, bổ sung một số điều theo Luật …". */
const HISTORY_AGENT_BEFORE = lazyRegExp(() => /(?<![\p{L}\p{N}])(?:theo|bởi|tại)\s+$/iu);
/** How far the formula's sentence is read for its list: the longest of the two laws above is about 1,300 characters. */
const ENACTMENT_LIST_CHARS = 3000;
/** How far into the sentence the formula and the name's head are looked for. */
const ENACTMENT_HEAD_CHARS = 200;

/**
 * A law's own title that a crawler's page prints on the date line ("Hà Nội, ngày 22 tháng 11 năm 2019
 * LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ …", Luật 47/2019/QH14; Luật
 * 56/2024/QH15 and 03/2022/QH15 the same), where the header reads no title: an amending name of the
 * document's own kind, in capitals, its kind word first on its line or right after the date. A law
 * cited by name in a title is in capitals too, but after the words that cite it ("KẾ HOẠCH TRIỂN KHAI
 * THI HÀNH LUẬT SỬA ĐỔI …"); the document numbered as a law is the only law such a title can name.
 */
function ownAmendingTitle(text: string, cit: Citation, start: number): boolean {
  return cit.name !== undefined && AMENDING_NAME().test(cit.name) && !hasSmallLetter(cit.raw) && inTitlePlace(text, start);
}

/** A name made of an amending cue and the amended law's kind word: "sửa đổi, bổ sung một số điều của Luật Xây dựng". */
const AMENDING_NAME = lazyRegExp(() => new RegExp(
  String.raw`^(?:${phraseSource(DOCUMENT_CUES.filter((c) => c.type === "amends").flatMap((c) => c.phrases), { anyCase: true })})[ \t]+(?:của[ \t]+)?(?:${phraseSource(NAMED_KINDS.flatMap((k) => k.words), { anyCase: true })})(?![\p{L}\p{N}])`,
  "iu",
));
/** Nothing before the citation in the title but white space and markup. */
const TITLE_OPENS = /^[\s*_#|]*$/u;
/** The issuer, then "ban hành", right before the citation, from the start of its sentence or its line. */
const ENACTING_FORMULA = lazyRegExp(() => new RegExp(String.raw`^[\s*_-]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^.;:\n]{0,60}?[ \t](?:${phraseSource(ENACTING_VERBS)})[ \t]+$`, "u"));
const ENACTING_REACH = 160;

/**
 * The act a title opens with ("Hướng dẫn thực hiện …": guides; "Sửa đổi, bổ sung …": amends), on
 * the title's line after its kind line, when the sentence at `from` follows the title with nothing
 * but whitespace between. A basis or a proposal is no title's opening.
 */
function titleOpeningCue(text: string, title: { start: number; end: number }, from: number): RelationType | null {
  if (from < title.end || text.slice(title.end, from).trim() !== "") return null;
  TITLE_LINE_CUE().lastIndex = title.start;
  for (let m = TITLE_LINE_CUE().exec(text); m !== null && m.index < title.end; m = TITLE_LINE_CUE().exec(text)) {
    const type = TITLE_ACTS.get(m[1]);
    if (type !== undefined) return type;
  }
  return null;
}
const TITLE_ACTS = new Map<string, RelationType>(
  DOCUMENT_CUES.filter((c) => c.type !== "based_on" && c.type !== "proposed_by").flatMap((c) => c.phrases.map((p) => [p, c.type] as const)),
);
/** A title line opening with one of TITLE_ACTS' phrases, longest first (phraseSource), as written. */
const TITLE_LINE_CUE = lazyRegExp(() => new RegExp(String.raw`(?:^|\n)[ \t*_]*(${phraseSource([...TITLE_ACTS.keys()], { keepCase: true })})(?![\p{L}\p{N}])`, "gu"));
