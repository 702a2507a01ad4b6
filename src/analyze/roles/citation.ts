/**
 * Which binding a citation is read with: the cue pending before it, if it reaches it; else the list the
 * citation is a member of (the one before it, the clause's head, a proposal, a table's heading).
 * Also the tests of sameness between citations (an alias, a twin, one series) that decide it.
 */
import type { Citation, Kind } from "../../types.js";
import { ALIAS_OPENERS, ATTACHED_NAME_WORDS } from "../../vocab/cues.js";
import { KINDS } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { CONSULTED_OPENERS, ISSUER_SUBJECTS } from "../../vocab/parts.js";
import { AMENDED_ALONE_KINDS } from "../../vocab/laws.js";
import { actsOnNext, bodyLedMember, continuesList, coordinated, FAR_CHARS, ITEM_MARKER, leadsDescribedPaper, withinReach, words } from "../reach.js";
import { belowHeading, guidesWorkUnder, namesDraft, nextItemsTask, quotedByWordingCue, recountedTask, spentOnNamed, taskItem, taskOnNamedLaw, workUnderRule } from "./reach-limits.js";
import { basisClauseEnded, basisThingUnderRule, carriedBasisEnded } from "./fronted-basis.js";
import { enactedInCarriedClause } from "./enacted-after-proposal.js";
import { ACTS, type Binding, ClauseReading, RoleReading, SELF, laterThan } from "./reading.js";
import { ENDS_PLAIN_PROMULGATION, namesRule } from "./patterns.js";
import { amendedInEnactment } from "./with-self.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
/** The kinds of a document named without a number that a body's task may carry out (taskOnNamedLaw). */
const NAMED_LAW_KINDS: ReadonlySet<Kind | null> = new Set<Kind | null>(["law", "code", "ordinance"]);

/** Kinds a proposal may be made in (KindEntry.proposes), and a document whose kind is not known. */
const PROPOSING: ReadonlySet<Kind | null> = new Set([null, ...KINDS.filter((k) => k.proposes === true).map((k) => k.slug)]);
/**
 * A proposal said to be made in a paper named without its number, "tại Báo cáo về tình hình thực hiện
 * Chỉ thị 1737/CT-TTg … (công văn số 864/BNG-LS …)" (a Government Office letter, 2014): what the paper
 * is about follows, and its number, if any, comes later in the clause.
 */
const UNNUMBERED_VEHICLE = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:tại|trong)\s+(?:${phraseSource(KINDS.filter((k) => k.proposes === true).flatMap((k) => k.words))})(?![\p{L}\p{M}])(?!\s*(?:số|[0-9]))`,
  "iu",
));
/**
 * The subject of a proposal ("Xét báo cáo của Sở Tài chính về kết quả thực hiện Quyết định số X"):
 * a document named after "về" and not of a kind a proposal is made in is what the proposal is about,
 * never its paper (no proposal in the gold of the dev corpus and fresh sets is made in a decision,
 * decree, law or directive); the proposal goes on to a paper named later in the clause.
 */
const SUBJECT_OF_PROPOSAL = lazyRegExp(() => /(?<![\p{L}\p{M}])về(?![\p{L}\p{M}])/iu);
/** Whether the words between a proposal's cue and a document name a paper without its number, or the proposal's subject. */
const proposalAbout = (between: string): boolean => UNNUMBERED_VEHICLE().test(between) || SUBJECT_OF_PROPOSAL().test(between);
/**
 * "(dưới đây gọi chung là", "(sau đây gọi tắt là", "(gọi tắt là", "(sau đây viết tắt là": a short
 * name given to the document just named (the openers drafters write: ALIAS_OPENERS).
 */
const ALIAS = new RegExp(String.raw`^[^()]*\(\s*(?:(?:dưới|sau)\s+đây\s+)?(?:${phraseSource(ALIAS_OPENERS)})\s*$`, "iu");
/**
 * "Căn cứ Quyết định số 06/QĐ-TTg … phê duyệt Đề án phát triển ứng dụng dữ liệu dân cư … (gọi tắt là
 * Đề án 06/CP)": an alias of another kind than the document before it, whose kind word that document's
 * description holds, names what the description names (the scheme the decision approved), not the
 * decision: it is not the decision's basis or act. ("Thông tư liên tịch số A … (sau đây gọi tắt là
 * Thông tư A)": no "Thông tư" in the description, the same document.)
 */
function aliasesDescribed(before: Kind | null, alias: Kind | null, between: string): boolean {
  if (alias === null || alias === before) return false;
  let words = KIND_WORDS_OF.get(alias);
  if (words === undefined) {
    const entry = KINDS.find((k) => k.slug === alias);
    words = entry ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(entry.words)})(?![\p{L}\p{N}])`, "iu") : null;
    KIND_WORDS_OF.set(alias, words);
  }
  return words !== null && words.test(between.slice(0, between.lastIndexOf("(")));
}
/** Whether an alias names by its name alone a document the citation before it numbers ("… số 100/2025/QH15 (sau đây gọi là Luật Dẫn độ)"). */
const namesNumberedLawAgain = (before: Citation | undefined, alias: Citation | undefined): boolean =>
  before !== undefined && alias !== undefined && alias.form === "named" && alias.number === null && before.number !== null && before.symbol !== null;
/**
 * Whether citation i is the number, in a bracket opened right after it, of document `last` named without a number
 * (a scheme, rules, a charter: not a law, code, ordinance or the Constitution, whose bracketed number is its own),
 * which holds a role of its own. Nothing but the bracket between them.
 */
function numberInBracket(r: RoleReading, last: number, i: number, between: string): boolean {
  const named = r.cited[last];
  const held = r.bindingOf[last];
  return named?.form === "named" && named.number === null && !NAMED_LAW_KINDS.has(r.kinds[last]) && r.kinds[last] !== "constitution" && r.cited[i]?.form === "full" && !!held && !held.passive && OPENS_BRACKET.test(between);
}
/** Only a bracket's opening, blanks about it. */
const OPENS_BRACKET = /^\s{0,4}\(\s{0,4}$/u;
/** Each kind's words, built when an alias first asks for them (aliases are rare). */
const KIND_WORDS_OF = new Map<Kind, RegExp | null>();

/** Citation i, after the cues before it: the binding it is read with, if any. */
export function readCitation(r: RoleReading, s: ClauseReading, i: number): void {
  const { text, spans } = r;
  const last = s.lastCitation;
  const between = last >= 0 ? text.slice(spans[last].end, spans[i].start) : "";
  if (last >= 0 && ALIAS.test(between)) {
    const aliased = r.bindingOf[last];
    if (aliased && !aliased.passive && aliased.actor !== SELF && sameNumbered(r.cited[i], r.cited[aliased.actor])) {
      // "Nghị quyết số 26/NQ-CP … của Chính phủ thực hiện Nghị quyết số 36-NQ/TW (viết tắt là Nghị quyết
      // số 26/NQ-CP của Chính phủ) và Kế hoạch số 187-KH/TU …": the short name is the describing
      // document's, not the one its description ends with. It closes that description, and the list goes
      // on with the describing document's own binding (187 is the plan's, not what 26 carries out).
      const outer = r.bindingOf[aliased.actor];
      if (outer) r.bind(i, outer);
      s.pending = null;
      s.bound = outer;
      return;
    }
    // "Nghị định số 78/2006/NĐ-CP ... (dưới đây gọi chung là Nghị định số 78/2006/NĐ-CP) và Nghị
    // định số 121/2007/NĐ-CP": the alias is the same document; the list goes on past it.
    // A law's short name for the numbered law just cited ("Luật Đầu tư số 143/2025/QH15 (sau đây gọi là Luật
    // Đầu tư)", Nghị quyết 66.17/2026/NQ-CP; "Điều 11 của Luật Dẫn độ số 100/2025/QH15 (sau đây gọi là Luật Dẫn
    // độ)", Nghị định 172/2026/NĐ-CP: fixtures/fresh/fresh47a-003, -010) is that law again, by a name: the
    // numbered mention holds the relation, and the name adds none of its own (a second edge, to a law
    // named without a number).
    if (aliased && !aliasesDescribed(r.kinds[last], r.kinds[i], between) && !namesNumberedLawAgain(r.cited[last], r.cited[i])) r.bind(i, aliased);
    // The alias closes that document's description, and the list goes on with the document's own
    // binding: a cue inside the description found no document there ("Kết luận số 48-KL/TW … về
    // tiếp tục thực hiện sắp xếp đơn vị hành chính (gọi tắt là …), Nghị quyết số 35/…": "thực hiện"
    // governs the arrangement, and the resolution is the next member of the list "Thực hiện" opens).
    s.pending = null;
    s.bound = aliased;
    return;
  }
  if (last >= 0 && numberInBracket(r, last, i, between)) {
    // "Căn cứ Đề án thành lập các Tổng công ty điện lực … ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của
    // Tập đoàn Điện lực Việt Nam ) ;" (dev-049, seg33b-003): a document named without a number, then in a bracket
    // the numbered paper that brought it, no word between. The bracket gives no description of the scheme but
    // the number it is known by: the submission takes the scheme's role (the dev gold lists both as bases), and
    // the list goes on past it as past an alias.
    const held = r.bindingOf[last]!;
    r.bind(i, held);
    s.pending = null;
    s.bound = held;
    return;
  }
  const { pending, clause } = s;
  // "Thay thế cụm từ “… Nghị định số A …” bằng cụm từ “…” tại khoản 3 Điều 4": a document the quoted
  // words name is no object of the wording cue, nor a member of any list; the cue waits on for the
  // document whose words change, if one is named after the quotes (quotedByWordingCue).
  if (pending !== null && quotedByWordingCue(text, pending, spans[i].start)) return;
  // "1. Triển khai đầy đủ các nhiệm vụ theo Kế hoạch số A … gắn với việc thực hiện Nghị quyết số B": A is
  // the rule the task follows (a reference), and the task tied to it is still the document's own.
  const underRule = pending !== null && workUnderRule(text, pending, spans[i].start, r.divided);
  s.underRule = underRule ? pending : null;
  let found: Binding | null = null;
  // In a proposal's clause a description ("Tờ trình số X về điều chỉnh dự toán ... và ý kiến của Sở
  // Tài chính tại Công văn số Y") names the subject of a submission, not another relation.
  const nestedInProposal = s.proposal !== null && pending !== null && pending.actor !== SELF;
  const reached =
    pending && !nestedInProposal && !recountedTask(text, pending, r.recounts, r.divided) && !taskOnNamedLaw(text, pending, r.cited[i]?.form === "named" && NAMED_LAW_KINDS.has(r.kinds[i]), r.divided) && !taskItem(text, pending, r.divided, r.ownKind) && !spentOnNamed(text, pending, spans[i].start) && !guidesWorkUnder(text, pending, pending.end, spans[i].start, r.ownKind) && !underRule && withinReach(text, pending.end, spans[i].start, pending.cue, clause.part) && !belowHeading(text, pending, spans[i].start) && !basisClauseEnded(text, pending, spans[i].start) && !basisThingUnderRule(text, pending, spans[i].start, clause.part) && !enclosureClosed(r, pending, last, i)
      ? r.outward(pending, i)
      : null;
  // A cue governs the first document after it, or none: never one behind another document.
  s.pending = null;
  if (reached && reached.type === "proposed_by" && reached.actor === SELF && !PROPOSING.has(r.kinds[i]) && r.cited[i]?.kindText && (r.cited[i]?.form === "named" || proposalAbout(text.slice(pending!.end, spans[i].start)))) {
    // "Xét đề nghị của Bộ Ngoại giao tại Báo cáo về tình hình thực hiện Chỉ thị 1737/CT-TTg …
    // (công văn số 864/BNG-LS …)": the directive is what the report is about (KindEntry.proposes, as for
    // the clause's later documents); the proposal goes on to the report's own number.
    // A law, code or constitution named without a number is never the paper of a proposal either (none
    // is in the gold of any corpus): "Xét đề nghị của Uỷ ban dự thảo sửa đổi, bổ sung một số điều của
    // Hiến pháp năm 1992" (Quốc hội, 2001: the proposer's own name), "trên cơ sở xem xét đề nghị của
    // Kiểm sát viên, Hội đồng xét xử xét thấy … tình tiết giảm nhẹ quy định tại khoản 1 Điều 51 Bộ luật
    // Hình sự" (a judgment's reasoning, 2021: the rule the court weighs).
    s.proposal = reached;
  } else if (reached) {
    found = reached;
  } else if (nestedInProposal && actsOnNext(text, pending.end, spans[i].start)) {
    // "Xét Tờ trình số X ... về việc bãi bỏ khoản 2 Điều 1 Nghị quyết số Y": Y is what the submission
    // asks to act on, not a proposal; it stays a reference (the document's own act on Y is stated elsewhere).
    found = null;
  } else if (clause.part === "title" && s.headBinding?.actor === SELF && s.unnamedAct === null && last > s.headCitation && coordinated(text, spans[last].end, spans[i].start) && sameSeries(r, i, s.headCitation, last)) {
    found = r.outward(s.headBinding, i);
  } else if ((s.bound ?? s.setAside) && last >= 0 && (coordinated(text, spans[last].end, spans[i].start) || (s.bound?.type === "proposed_by" && r.cited[i]?.kindText && bodyLedMember(text, spans[last].end, spans[i].start)))) {
    let held: Binding | null = (s.bound ?? s.setAside)!;
    // After the parenthesis that held the amenders, the list goes on with the document they amended.
    if (enclosureClosed(r, held, last, i)) held = r.bindingOf[held.actor];
    // A twin of the describing document goes on with the list that document is a member of.
    if (held !== null && twinOfActor(r, held, last, i)) held = r.bindingOf[held.actor];
    // An amending law's enacting formula goes on from the last law's history ("… đã được sửa đổi, bổ sung
    // một số điều theo Luật số 97/2015/QH13, Luật Ngân sách nhà nước số 83/2015/QH13 …") to the next law it
    // amends (with-self.ts, amendedInEnactment), not to another amender of that history.
    if (held !== null && held.passive && amendedInEnactment(text, r.cited[i], r.kinds[i], spans[i].start, 0)) held = null;
    found = held === null || (held === s.unnamedAct && r.kinds[i] !== r.kinds[held.actor]) ? null : r.outward(held, i);
  } else if (s.proposal) {
    // The clause's later documents go on with the proposal ("Tờ trình số A, Công văn số B"); a decree
    // or a decision named by its kind word is what the proposal is about (KindEntry.proposes). A bare
    // number's kind is its code's, which an older ký hiệu puts otherwise ("số 6573/TC-HCSN"): it goes on.
    if (PROPOSING.has(r.kinds[i]) || !r.cited[i]?.kindText) found = s.proposal;
  } else if (s.rowDocument >= 0) {
    // A cue in the summary cell before it may have dropped the carried list: the heading still governs the row.
    if (i === s.rowDocument) found = r.heading;
  } else if (s.bound === null && s.setAside === null && s.described >= 0 && last > s.described && coordinated(text, spans[last].end, spans[i].start) && laterThan(r.dates[i], r.dates[s.described])) {
    // "Thực hiện Kết luận số A ngày 24/01/2025 … về tổng kết Nghị quyết số B và Kết luận số C ngày
    // 14/02/2025": A's description ends with B, and C, issued after A, is no part of it (a document never
    // names one issued after it): C joins the list A heads, as a member after A's own list would.
    const outer = r.bindingOf[s.described];
    found = outer ? r.outward(outer, i) : null;
  } else if (last < 0 && !underRule && r.carried && carriedReaches(r, r.carried, clause.start, i)) {
    // Not where the clause's own cue stopped at the work's rule (underRule): "Căn cứ Quyết định số A …;
    // thực hiện chế độ báo cáo theo quy định tại Luật …, Nghị định số B" (fresh41b-015) rests on A alone.
    found = r.carried;
  }
  // "…: dự án Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật." (a draft moved in the
  // law-making programme, fresh47e-005): a draft law's name is no law any cue, pending or carried from the item's
  // article ("Điều 1. Điều chỉnh Chương trình …"), acts on (namesDraft).
  if (found !== null && r.cited[i]?.form === "named" && namesDraft(text, spans[i].start)) found = null;
  const passedOver = found === null && s.unnamedAct !== null && r.kinds[i] !== r.kinds[s.unnamedAct.actor] ? s.unnamedAct : null;
  s.bound = found ?? (s.afterUnnamed ? s.unnamedOuter : null) ?? passedOver;
  // "Nghị quyết số A … sửa đổi, bổ sung một số điều của Hiến pháp nước …, Luật … số B, Kết luận số C": A
  // amends the Constitution alone (AMENDED_ALONE); B goes on with the list A heads, not with A's act.
  if (found !== null && found.type === "amends" && !found.passive && found.actor !== SELF && AMENDED_ALONE_KIND.has(r.kinds[i])) s.bound = r.bindingOf[found.actor] ?? null;
  s.unnamedAct = passedOver;
  s.afterUnnamed = false;
  s.unnamedOuter = null;
  s.setAside = null;
  if (last < 0) {
    s.headBinding = found;
    s.headCitation = i;
  }
  if (found?.type === "proposed_by" && found.actor === SELF) s.proposal = found;
  s.lastCitation = i;
  if (found) {
    r.bind(i, found);
    s.described = i;
  }
}

/**
 * "sửa đổi, bổ sung một số điều của Thông tư số A/2020/TT-BCA … quy định chi tiết … Nghị định số
 * B/2020/NĐ-CP … và Thông tư số C/2018/TT-BCA …": after a document of another kind and ký hiệu that A's
 * description named, one of A's own kind and ký hiệu (the same body's series) is the next member of the
 * list A heads (A the title's first document, acted on by the document itself), not more of A's
 * description, whatever its date. A title lists what the document acts on; in a basis ("Căn cứ Nghị
 * định số A sửa đổi … các nghị định hướng dẫn Luật X và Nghị định số B") the description goes on.
 */
function sameSeries(r: RoleReading, i: number, head: number, last: number): boolean {
  const own = r.cited[i]?.symbol?.toUpperCase();
  return own !== undefined && r.kinds[i] !== null && r.kinds[i] === r.kinds[head] && r.kinds[last] !== r.kinds[head] && own === r.cited[head]?.symbol?.toUpperCase() && own !== r.cited[last]?.symbol?.toUpperCase();
}

/**
 * Whether the cue carried from an earlier clause (a list's head, ";"-joined items) reaches citation i, the
 * first of a clause that names no document before it: the clause goes on with the list, or is an item of
 * an attached document's parts, or a proposal's next paper; and it is not the document enacting itself,
 * a consultation, or a task that a guidance or a rule governs. The carried cue stops where its own would:
 * "…; thực hiện các biện pháp …; tổ chức thực hiện phát triển … theo quy định tại Điều 4 của Nghị định số X"
 * keeps X as the rule the later task follows (workUnderRule), as "thực hiện <việc> theo quy định tại X" in
 * one task does (fixtures/fresh/fresh42c-006). Nor does a cue reach from inside one item of a list into
 * the next item, a task of its own (nextItemsTask), nor a task item's verb into the documents listed under it
 * ("2. Tiếp tục triển khai các văn bản chỉ đạo của Sở …: ⏎ - Công văn số 2187/SGDĐT-VP …", taskItem).
 */
function carriedReaches(r: RoleReading, carried: Binding, from: number, i: number): boolean {
  const { text, spans } = r;
  const to = spans[i].start;
  const goesOn =
    continuesList(text, from, to) ||
    (ACTS.has(carried.type) && attachedPartsItem(text, from, to, r.clauseFirst > 0 ? spans[r.clauseFirst - 1].end : 0)) ||
    (carried.type === "proposed_by" && !!r.cited[i]?.kindText && bodyLedMember(text, from, to)) ||
    // "…; Báo cáo kết quả thẩm định văn bản số 1238/BC-STP": the member's paper named by kind word and what it records.
    (carried.type === "proposed_by" && leadsDescribedPaper(text, from, to));
  // A "Căn cứ" whose own clause named no document and went on to the writer's main clause ("Căn cứ chức năng, nhiệm vụ,
  // Cục Thuế tỉnh Bắc Ninh trả lời vướng mắc … như sau:", fresh54e-009) has ended there (fronted-basis.ts).
  if (!goesOn || recountedTask(text, carried, r.recounts, r.divided) || taskItem(text, carried, r.divided, r.ownKind) || nextItemsTask(text, carried, from) || enactedInCarriedClause(text, carried, from, to) || carriedBasisEnded(text, carried, from, spans)) return false;
  const before = text.slice(from, to);
  return !ENACTS_ITSELF().test(before) && !CONSULTED().test(before) && !guidesWorkUnder(text, carried, from, to, r.ownKind) && !workUnderRule(text, carried, to, r.divided);
}

/** Two citations give the same number and ký hiệu (case aside): one document named twice. */
function sameNumbered(a: Citation | undefined, b: Citation | undefined): boolean {
  if (!a || !b || a.number === null || a.symbol === null || b.symbol === null) return false;
  return a.number === b.number && a.symbol.toUpperCase() === b.symbol.toUpperCase();
}

/**
 * "Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01
 * tháng 4 năm 2025 … hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số
 * 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 …": after the document of another kind that 78's description
 * names, one of 78's own series (kind and ký hiệu) dated the same day is its twin, issued beside it:
 * the next member of the list 78 is in (187 amends both), not what 78's cue acts on. One body's
 * documents of one day do not act on each other; a series member of another day still may ("Nghị
 * định số A hướng dẫn Luật X và Nghị định số B" with B older is left to the cue).
 */
function twinOfActor(r: RoleReading, b: Binding, last: number, i: number): boolean {
  if (b.passive || b.actor === SELF) return false;
  const date = r.dates[i];
  // A day, not a year alone (an undated document's number's year): one year's series are not twins.
  return date !== null && date.length > 4 && date === r.dates[b.actor] && sameSeries(r, i, b.actor, last);
}

/**
 * "Điều 2. Bãi bỏ các danh mục sau đây: ⏎ 1. Phụ lục 01 Danh mục …, Phụ lục 02 … và Phụ lục 04 … áp dụng
 * trong hóa trị, xạ trị ban hành kèm theo Quyết định số A": an item of an act's list names the parts it
 * acts on, at whatever length, before the document they are attached to: ATTACHED_NAME_WORDS words at
 * most, in one sentence, ending with "(ban hành) kèm theo", or with "ban hành theo" after a
 * regulation's name (vocab PLAIN_PROMULGATION: "1 . Điểm b , khoản 3 , mục III của Bản quy định …
 * ban hành theo quyết định số 2751/2002/QĐ-UB", seg33b-021).
 */
function attachedPartsItem(text: string, from: number, to: number, cited: number): boolean {
  if (to - from > ATTACHED_ITEM_CHARS) return false;
  const lead = text.slice(from, to);
  if (ENDS_PLAIN_PROMULGATION.test(lead) && !namesRule(lead) && !/[.;:]/u.test(lead)) return namedBeforeSemicolon(text, from, to, cited);
  const attached = ENDS_ATTACHED.test(lead) || (ENDS_PLAIN_PROMULGATION.test(lead) && namesRule(lead));
  return attached && !/[.;:]/u.test(lead.replace(ITEM_MARKER(), "")) && words(lead) <= ATTACHED_NAME_WORDS;
}

/**
 * "2 . Sửa đổi , bổ sung điểm b , khoản 3 , mục III của bản quy định chế độ trợ cấp đối với cán bộ ,
 * công chức đi học ; cán bộ , công chức được điều động … và chính sách thu hút nhân tài ban hành theo
 * quyết định số 2751/QĐ-UB" (seg33b-021): a regulation's name may list its subjects with ";" ("Quy
 * định hỗ trợ đối với cán bộ, công chức, viên chức được cử đi đào tạo sau đại học; mức thưởng khuyến
 * khích ưu đãi tài năng và thu hút nhân tài", UBND Hưng Yên 01/2018/QĐ-UBND), so the clause after the
 * ";" goes on with the name its line began. Read so only when the line names a regulation before the
 * ";", holds no other stop and no document before this one (`cited`: where the last one before the
 * clause ends): a ";" after a document is a list's. The line start is looked for over
 * ATTACHED_ITEM_CHARS at most, never back to a one-line text's start.
 */
function namedBeforeSemicolon(text: string, from: number, to: number, cited: number): boolean {
  let stop = from;
  while (stop > 0 && (text.charCodeAt(stop - 1) === 0x20 || text.charCodeAt(stop - 1) === 0x09)) stop--;
  if (text.charCodeAt(stop - 1) !== 0x3b) return false;
  let line = stop - 1;
  const floor = Math.max(0, to - ATTACHED_ITEM_CHARS, cited);
  while (line > floor && text.charCodeAt(line - 1) !== 0x0a) line--;
  if (line > 0 && text.charCodeAt(line - 1) !== 0x0a) return false;
  const name = text.slice(line, stop - 1);
  return namesRule(name) && !/[.:]/u.test(name.replace(ITEM_MARKER(), "")) && words(text.slice(line, to)) <= ATTACHED_NAME_WORDS;
}
/** ATTACHED_NAME_WORDS Vietnamese words are never longer than this. */
const ATTACHED_ITEM_CHARS = 2 * FAR_CHARS;
const ENDS_ATTACHED = /(?:^|\s)kèm(?:\s+theo)?\s*$/iu;

/**
 * "Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025) và Nghị quyết số B", "Quyết định số A
 * (được sửa đổi bởi Quyết định số C) và Quyết định số D": a passive cue inside a parenthesis opened
 * after the document it speaks of ends with that parenthesis; a document after its closing mark is
 * the sentence's next member, not what acted on A. The closing mark is looked for between citation
 * i and the cue, or the citation read last after it: each stretch is read once.
 */
function enclosureClosed(r: RoleReading, b: Binding, last: number, i: number): boolean {
  if (!b.passive || b.actor < 0) return false;
  const { text, spans } = r;
  const acted = spans[b.actor];
  if (acted.end > b.end) return false;
  const lead = text.slice(Math.max(acted.end, b.end - ENCLOSED_CUE_CHARS), b.end);
  if (lead.lastIndexOf("(") <= lead.lastIndexOf(")")) return false;
  let depth = 0;
  for (let p = last >= 0 && spans[last].end > b.end ? spans[last].end : b.end; p < spans[i].start; p++) {
    const c = text.charCodeAt(p);
    if (c === OPEN_PAREN) depth++;
    else if (c === CLOSE_PAREN && depth-- === 0) return true;
  }
  return false;
}
const AMENDED_ALONE_KIND: ReadonlySet<Kind | null> = new Set(AMENDED_ALONE_KINDS);
/** How far before a passive cue's end the parenthesis it stands in is looked for. */
const ENCLOSED_CUE_CHARS = 60;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/**
 * "Quốc hội ban hành Luật Đất đai.", "Chính phủ ban hành Nghị định …": the enacting formula after the
 * preamble's last ";" names the document itself, not one more basis of the list before it.
 */
const ENACTS_ITSELF = lazyRegExp(() => new RegExp(String.raw`^[\s,]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^.;:]{0,40}?\sban\s+hành\s*$`, "u"));
/**
 * "Căn cứ Nghị định số A …; ⏎ Sau khi có ý kiến của Bộ Y tế tại Công văn số B …": an item telling of
 * the consultation the document followed (CONSULTED_OPENERS) opens a new item; B is no more of A's list.
 */
const CONSULTED = lazyRegExp(() => new RegExp(String.raw`^[\s*_(-]*(?:${phraseSource(CONSULTED_OPENERS)})(?![\p{L}\p{N}])`, "iu"));
