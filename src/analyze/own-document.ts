/**
 * Who the document is (its own citation, number and issuer) and where it belongs (identifySelf),
 * read from its header, the citations around it and what a listing says of it.
 */
import type { Citation, Jurisdiction, Kind, Role, SelfDocument, Warning } from "../types.js";
import { extract } from "../extract.js";
import { councilPassedOn, enactingBody, enactingLines, type Header, promulgatingBody } from "./header/index.js";
import { findJurisdiction, headingNamesPlace, statesPeoplesCommitteeIssues } from "./jurisdiction/index.js";
import { issuerByCode, issuerByPhrase, type IssuerEntry } from "../vocab/issuers.js";
import { withSelf } from "./roles/index.js";
import { addressedTitleLineCitation, announcedCitation, authenticatedCitation, datedTitleLineCitation, headedOpinionCitation, recordTitleCitation, sourceLineCitation, buildSelf, effectClauseKind, enactedKind, ownCodeIsLocalAlias, titleLineCitation, wrappedBodyAt } from "./self/index.js";
import type { Layout } from "./sentences.js";
import type { HeadLines } from "./head-lines.js";
import type { AnalyzeOptions } from "./analyze-options.js";
import { knownCitation } from "./known-fields.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
/**
 * Who the document is (its own citation, number and issuer) and where it belongs. A function of its
 * own, not part of analyzeText: the citations it reads (the one the document is attached to, its own)
 * come in several shapes, and the first of a shape it had not met made V8 compile the whole of
 * analyzeText again; here a recompile costs this function's size only.
 */
export function identifySelf(text: string, layout: Layout, found: readonly Citation[], kinds: readonly (Kind | null)[], roles: readonly Role[], header: Header, options: AnalyzeOptions, lines: HeadLines): {
  built: { self: SelfDocument; warnings: Warning[] };
  jurisdiction: Jurisdiction;
  /** The same document built again in a place its own mentions give (analyze/own-place.ts), dated by them where nothing else dates it. */
  rebuild: (jurisdiction: Jurisdiction, date: string | null) => { self: SelfDocument; warnings: Warning[] };
} {
  const { text: prepared, spans } = layout;
  // First pass: before the document knows its own number, an annex ("Ban hành kèm theo Kế hoạch
  // số 103 /KH-UBND ...") and the decision it is attached to are found by their position.
  const firstRoles = withSelf(layout, found, kinds, roles, {
    kind: header.kind,
    number: header.numberLine?.number ?? null,
    symbol: null,
  });
  const attachedTo = found.find((_, i) => firstRoles[i] === "promulgated_by") ?? null;
  const ownKindHint = () => enactedKind(prepared) ?? effectClauseKind(prepared);
  // A consolidated text numbered only in its authentication block after the body (self/authenticated.ts).
  // The block names the text itself: it comes before a citation the first pass took for self, the circular
  // the text consolidates ("THÔNG TƯ ⏎ … ⏎Thông tư số 13/2022/TT-BLĐTBXH ngày …", its annex "Ban hành kèm theo
  // Thông tư số 13/2022/TT-BLĐTBXH": 470/VBHN-BLĐTBXH, fixtures/fresh/pairs48-003).
  const authenticated = header.numberLine?.number ? null : authenticatedCitation(prepared, found, spans);
  let announced: Citation | null = null;
  const selfCitation = withCommitteeCode(
    knownCitation(options.known) ??
      authenticated?.citation ??
      found.find((_, i) => firstRoles[i] === "self") ??
      headerCitation(found, spans, header) ??
      (header.numberLine?.number
        ? null
        : (authenticated?.citation ?? (announced = announcedCitation(prepared, found, spans, header.kind !== null && header.kindLineStart !== undefined ? { start: header.kindLineStart, kind: header.kind } : null)) ?? namedTitleCitation(found, spans, header) ?? recordTitleCitation(prepared, found, spans, header.kindLineStart, header.kind) ?? (header.kind === null ? sourceLineCitation(prepared, found, spans) : null) ?? (header.kind === null ? titleLineCitation(prepared, found, spans, ownKindHint) : null) ?? (header.kind === null ? (datedTitleLineCitation(prepared, found, spans) ?? addressedTitleLineCitation(prepared, found, spans) ?? headedOpinionCitation(prepared, found, spans)) : null))),
    header,
  );
  // "Hướng dẫn thực hiện công tác … ⏎ Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn
  // …, cụ thể như sau:" (Sở Tư pháp Bắc Kạn's portal, fixtures/fresh/fresh29d-003): a page that announces the text it prints names its kind in the
  // lead ("Văn bản số", "Kế hoạch số"); the sentence-case line above is the portal's headline, whose first word says
  // what the text does, not what it is. The lead's kind is the text's.
  const ownHeader = announced !== null && selfCitation === announced && announced.kindText !== null && sentenceCaseKindLine(prepared, header) ? { ...header, kind: null } : header;

  // A ministry's or the Government's own document ("BỘ TÀI CHÍNH", "Số: 12/2020/TT-BTC") is central,
  // whatever provinces the documents it cites name. A heading line naming a central body makes it
  // central only when its own number names no body: a mass organisation's chapter heads its
  // documents under the national organisation ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM ⏎ LIÊN ĐOÀN LAO
  // ĐỘNG TỈNH X", "HỘI NÔNG DÂN VIỆT NAM ⏎ BCH TỈNH Y"), its number its own (KH-LĐLĐ: local).
  const ownCode = selfCitation?.issuer?.code ?? null;
  // A heading that names a body numbering with another's code ("ĐẢNG ỦY CHÍNH PHỦ", "Số 45-KH/ĐU") is that body.
  // A ministry's older code under a local heading (centralAliasUnderLocalHeading) names no body: the heading tells.
  const ownBody = ownCode !== null && !ownCodeIsLocalAlias(header) ? (sharedCodeBody(header.issuerLines, ownCode) ?? issuerByCode(ownCode)) : null;
  // A national body's branch heads its documents with its place ("BẢO HIỂM XÃ HỘI VIỆT NAM ⏎ BẢO HIỂM
  // XÃ HỘI TỈNH X") and numbers them with the national body's code: the branch's, not central.
  const branch = ownBody?.branches === true && headingNamesPlace(header.issuerLines);
  // The body the preamble's closing formula names (promulgatingBody), read at most once a document: a copy
  // without heading lines asks it for `central` and again for issuerHint (a regex over 5,000 characters).
  let promulgated: IssuerEntry | null | undefined;
  const promulgating = () => (promulgated === undefined ? (promulgated = promulgatingBody(prepared, lines)) : promulgated);
  // A copy printed without its heading: the body its preamble's closing formula names ("Bộ trưởng Bộ
  // Công an ban hành Thông tư …", promulgatingBody), when central, makes it central.
  const central = ownBody !== null
    ? ownBody.level === "central" && !branch
    : header.issuerLines.length > 0
      ? header.issuerLines.some((line, i) => (issuerByPhrase(line) ?? wrappedBodyAt(header.issuerLines, i))?.level === "central")
      : promulgating()?.level === "central";
  const jurisdiction: Jurisdiction = central ? { level: "central", province: null, provinceSuccessor: null, district: null } : findJurisdiction({
    text: prepared,
    title: header.title,
    // The header's own title, read without the citations in it (a listing's title has no offsets).
    titleSpan: header.titleStart < header.bodyStart && !options.known?.title ? { start: header.titleStart, end: header.bodyStart } : null,
    cited: spans,
    issuerLines: header.issuerLines,
    promulgatorPlace: attachedTo?.issuer ? placeOf(attachedTo) : null,
    datePlace: header.place,
    enactingLines: headingNamesPlace(header.issuerLines) ? [] : enactingLines(prepared, header.bodyStart > header.titleStart ? header.titleStart : 0, lines),
  });
  // Read only when no header line or number names the issuer: a regex over the first 6,000 characters.
  // A copy printed without its heading names the body in the line above its preamble (enactingBody),
  // or in the formula closing it ("Bộ trưởng Bộ Công an ban hành Thông tư …": promulgatingBody).
  const issuerHint = () => (statesPeoplesCommitteeIssues(prepared) ? "UBND" : (attachedTo?.issuer?.code ?? (header.issuerLines.length === 0 ? (enactingBody(prepared, header.bodyStart > header.titleStart ? header.titleStart : 0, lines) ?? promulgating())?.code : null) ?? null));
  // A council's resolution printed without its heading dates itself in its closing formula only.
  const dateHint = () => (header.kind === "resolution" ? councilPassedOn(prepared) : null) ?? (selfCitation !== null && selfCitation === authenticated?.citation ? authenticated.date : null);
  const built = buildSelf(ownHeader, jurisdiction, selfCitation, options.path ?? null, text, issuerHint, dateHint, ownKindHint);
  const rebuild = (placed: Jurisdiction, date: string | null) => buildSelf(ownHeader, placed, selfCitation, options.path ?? null, text, issuerHint, () => dateHint() ?? date, ownKindHint);
  return { built, jurisdiction, rebuild };
}

/** The heading line's body that numbers with `code` though the code is another entry's (IssuerEntry.sharesCode), if one is named. */
function sharedCodeBody(issuerLines: readonly string[], code: string): IssuerEntry | null {
  for (const line of issuerLines) {
    const named = issuerByPhrase(line);
    if (named?.sharesCode && named.code === code) return named;
  }
  return null;
}

/**
 * "TỈNH ỦY THỪA THIÊN HUẾ … Số 445-KL/TƯ": a header naming a local Party committee makes "TƯ" in
 * the document's own number that committee's code (TU, HU …) typed with an Ư, as identify reads
 * "13-NQ/TƯ của Tỉnh ủy"; read as TW, the committee's conclusion was the Central Committee's.
 * The citation is the extractor's own object: its ký hiệu and issuer are set in place.
 */
function withCommitteeCode(c: Citation | null, header: Header): Citation | null {
  if (c === null || c.issuer?.code !== "TW" || c.style !== "party" || !/T\.?Ư/iu.test(c.raw)) return c;
  let entry = null;
  for (const line of header.issuerLines) if ((entry = committeeOfHeading(line)) !== null) break;
  if (!entry?.party || !entry.local) return c;
  const read = extract(`${c.number}-${c.typeCode}/${entry.code}`)[0];
  if (!read?.issuer || read.issuer.code !== entry.code) return c;
  c.symbol = read.symbol;
  c.issuer = read.issuer;
  c.id = read.id;
  c.warnings.push({ code: "issuer-mismatch", message: `"TƯ" read as ${entry.code}, not TW: the header names ${entry.name}`, start: c.start, end: c.end });
  return c;
}

/** "TỈNH ỦY THỪA THIÊN HUẾ", "HUYỆN ỦY CHÂU THÀNH": the committee a heading line names, by its first two words ("Tỉnh ủy"). */
const COMMITTEE_HEADING = lazyRegExp(() => /^(\p{Lu})(\p{Lu}*)[ \t]+([ỦU][ỶY])(?![\p{L}\p{N}])/u);
function committeeOfHeading(line: string) {
  const m = COMMITTEE_HEADING().exec(line);
  return m ? issuerByPhrase(`${m[1]}${m[2].toLowerCase()} ${m[3].toLowerCase()}`) : null;
}

/**
 * A document named, not numbered, by its heading ("HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 * NĂM 1992", "LUẬT ⏎ ĐẤT ĐAI" on a page that drops "Luật số: …"): the citation of its own kind, without
 * a number, that opens the kind line is the document, and its name its identity.
 */
function namedTitleCitation(found: readonly Citation[], spans: readonly { start: number }[], header: Header): Citation | null {
  const at = header.kindLineStart;
  if (at === undefined || header.kind === null) return null;
  for (let i = 0; i < found.length && spans[i].start <= at; i++) {
    if (spans[i].start === at && found[i].number === null && found[i].kind === header.kind) return found[i];
  }
  return null;
}

/** "Số: 103/KH-UBND" in the header, when the extractor found it as a citation. */
function headerCitation(found: readonly Citation[], spans: readonly { start: number }[], header: Header): Citation | null {
  const line = header.numberLine;
  if (!line?.number) return null;
  return found.find((_, i) => spans[i].start >= line.start && spans[i].start < line.end) ?? null;
}

/** The place of an issuer phrase, split into its place word and name ("huyện" + "Long Hồ"). */
function placeOf(c: Citation): { placeType: string | null; place: string | null } {
  const place = c.issuer?.place ?? null;
  if (!place) return { placeType: c.issuer?.level === "province" ? "tỉnh" : null, place: null };
  const typed = /^(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+(.+)$/iu.exec(place);
  return typed ? { placeType: typed[1], place: typed[2] } : { placeType: "tỉnh", place };
}

/** Whether the header's kind comes from a line in sentence case ("Hướng dẫn thực hiện …"), not a heading in capitals ("HƯỚNG DẪN"). */
function sentenceCaseKindLine(prepared: string, header: Header): boolean {
  if (header.kind === null || header.kindLineStart === undefined) return false;
  const second = prepared.charAt(header.kindLineStart + 1);
  return second !== second.toUpperCase();
}
