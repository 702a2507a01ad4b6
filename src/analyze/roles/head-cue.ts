/**
 * A cue before its clause's first citation (the head verb): the document's own when only a heading, its
 * name or its issuer stand before it (speaker.ts); two joined verbs of one act; a proposal's clause
 * joined to the bases; an act on a plan named by its kind alone.
 */
import type { RelationType } from "../../types.js";
import { FURTHER_GUIDANCE_WORK, OBJECT_LINK_WORDS, PLAN_OWNER_BODIES, REPLACED_PART_WORDS, defineCue } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastAtOrBefore } from "../../shared/search.js";
import type { FoundCue } from "../cue-finder.js";
import { FAR_CHARS, KIND_WORDS, words } from "../reach.js";
import { demandOfDirective, enactedGuidance } from "./formulas.js";
import { ACTED_ON_UNNAMED, AT_HEAD, BLANK, ENDS_WITH_NOUN, HEAD_REACH } from "./patterns.js";
import { ACTS, type Binding, ClauseReading, RoleReading, SELF, binding, moved } from "./reading.js";
import { issuesTextForPurpose, speaksForItself } from "./speaker.js";
import { thisNamesToldDocument } from "./news-event.js";
import { isBasisWord } from "./article-basis.js";
import { joinedAfter, ownProposalAfterBasis } from "./joined-proposal.js";
import { AGENCIES, guidesPeople, inPurposeSection } from "./reach-limits.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** readCue's part for a cue before the clause's first citation (the head verb); true when it has settled r.carried itself. */
export function readHeadCue(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text } = r;
  // "Vướng mắc của doanh nghiệp tại Hội nghị tập huấn các Thông tư hướng dẫn Luật Hải quan năm 2014" (Đà Nẵng
  // customs' letter 978/HQĐNg-GSQL, fixtures/fresh/listing61 row 69): a guiding cue right after documents named by a
  // plural and their kind alone (ACTED_ON_UNNAMED), with nothing pending, is theirs: the circulars guide the law, the
  // letter answers questions. Texts name unnamed documents by what they do so: "… đối với các Thông tư quy định chi
  // tiết thi hành Luật Bảo vệ môi trường 2020" (fresh54f-009), "… Luật Đất đai năm 2024 và các văn bản hướng dẫn thi
  // hành Luật" (fresh56d-009), "… LUẬT ĐẤT ĐAI VÀ CÁC NGHỊ ĐỊNH HƯỚNG DẪN THI HÀNH LUẬT ĐẤT ĐAI" (fresh29f-005's
  // title). An own act before them is read below ("Sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết …").
  if (cue.cue.type === "guides" && s.pending === null && ACTED_ON_UNNAMED.test(text.slice(Math.max(0, cue.start - UNNAMED_CHARS), cue.start))) {
    r.carried = null;
    return true;
  }
  // The head verb governs: "hướng dẫn việc thực hiện nghĩa vụ thuế ... tại Nghị định" guides;
  // but the enacting formula after a proposal states the document's own act ("Theo đề nghị của
  // Vụ trưởng Vụ Pháp chế, Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết …").
  const enacts = s.pending?.type === "proposed_by" && enactsBefore(text, s.pending.end, cue.start);
  if (s.pending?.actor === SELF && !enacts) {
    // "Căn cứ vào tình hình thực tế và theo đề nghị của Sở Tài chính tại Công văn số X": the
    // preamble's last clause joined to a basis without a document of its own; the proposal governs X.
    if (ownProposalAfterBasis(s, s.pending, cue) && (s.pending.type !== "implements" || joinedAfter(text, s.pending.end, cue))) {
      s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
      return true;
    }
    // "Thu hồi, hủy bỏ Quyết định số X", "thu hồi và bãi bỏ …": two verbs of one act, joined; the
    // head's reach runs from the second.
    if (ACTS.has(s.pending.type) && ACTS.has(cue.cue.type) && JOINED_ACT.test(text.slice(s.pending.end, cue.start))) {
      // "Sửa đổi, bổ sung, bãi bỏ một số điều của …": the second verb names another act, kept beside the
      // first; so each further one ("Thay thế, sửa đổi, bổ sung, bãi bỏ một số điều, khoản, điểm, cụm từ
      // của Nghị quyết số X", fresh41d-007; "Sửa đổi, bổ sung, thay thế, bãi bỏ một số cụm từ, khoản,
      // điều của Quy định …", fresh41a-015): X is replaced, amended and repealed in part.
      const known = cue.cue.type === s.pending.type || (s.pending.also !== null && s.pending.also.includes(cue.cue.type));
      const also = known ? s.pending.also : s.pending.also === null ? [cue.cue.type] : [...s.pending.also, cue.cue.type];
      s.pending = binding(s.pending.type, SELF, s.pending.cue, cue.end, also);
      return true;
    }
    // "Thông tư sửa đổi, bổ sung Điều 7 và thay thế Phụ lục II, III của Thông tư số X" (07/2024/TT-BGDĐT), "Sửa đổi,
    // bổ sung một số điều của Quy chế tuyển sinh … và thay thế Phụ lục IV ban hành kèm theo Quyết định số X" (4495/QĐ-
    // ĐHĐN; fixtures/fresh/listing65 rows 69, 88): the amended parts, then a part of the same document replaced: X is
    // amended and replaced in part (CONVENTIONS.md §33), the amending verb's reach running on from the second.
    if (s.pending.type === "amends" && cue.cue.type === "replaces" && !s.pending.passive && partReplacedAfterAmended(text, s.pending.end, cue)) {
      const also = s.pending.also === null ? [cue.cue.type] : s.pending.also.includes(cue.cue.type) ? s.pending.also : [...s.pending.also, cue.cue.type];
      s.pending = binding(s.pending.type, SELF, s.pending.cue, cue.end, also);
      return true;
    }
    // "Bộ Tài chính hướng dẫn công tác lập dự toán, … nguồn vốn ngân sách nhà nước thực hiện
    // Quyết định số X": what is guided is carried out under X, which the guidance therefore
    // guides; the reach to X runs from "thực hiện", however long the activity named between. So
    // from a second guiding verb: "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn
    // thi hành Luật Dược" (the title formula of decrees since Luật BHVBQPPL 2025). Guidance given to
    // people goes on only to what they carry out, named right after "thực hiện" ("hướng dẫn các địa
    // phương thực hiện Nghị định số X"), not to a task of theirs ("… phân công người thực hiện nhiệm vụ
    // … theo quy định tại …", guidesPeople).
    if (s.pending.type === "guides" && cue.cue.type === "amends" && BLANK.test(text.slice(s.pending.end, cue.start)) && objectFollows(r, cue.end) && !GUIDED_WORK_NEXT.test(text.slice(cue.end, cue.end + HEAD_REACH))) {
      // "V/v Hướng dẫn sửa đổi, bổ sung Thông tư số 45/2008/TT-BTC" (a 2010 circular, fixtures/fresh/listing51
      // row 65), "Về việc hướng dẫn bổ sung thông tư số 69/TC-TCT" (fresh47d-018's subject), "Thông tư số
      // 141/2007/TT-BTC … hướng dẫn sửa đổi , bổ sung Thông tư số 120/2005/TT-BTC" (seg33c-009): the guidance
      // writes new text into the document named next, which it amends (fixtures/fresh/CONVENTIONS.md §7: the
      // word after "bổ sung" decides). "hướng dẫn bổ sung thực hiện Quy định số X" (fresh39c-006) stays guides.
      s.pending = binding("amends", SELF, cue.cue, cue.end);
    } else if (s.pending.type === "guides" && (cue.cue.type === "implements" || cue.cue.type === "guides") && !(guidesPeople(text, s.pending) && !objectFollows(r, cue.end)) && !ENDS_WITH_NOUN().test(text.slice(Math.max(s.clause.start, cue.start - HEAD_REACH), cue.start))) {
      s.pending = moved(s.pending, SELF, cue.end);
    } else if (
      s.pending.type === "implements" && cue.cue.type === "implements" && cue.cue.reach === "far" && !s.pending.passive &&
      (nextTask(text, s.pending.end, cue.start) || purposeItemGoesOn(text, s, cue) || issuesTextForPurpose(text, s.clause, cue))
    ) {
      // A series of the document's own tasks, the document after the last: "- Nhằm cụ thể hóa nội dung
      // quan điểm … đối với công tác PCTN, triển khai thực hiện Nghị quyết số 82/NQ-CP" (pairs31-015),
      // "Để tiếp tục phát huy …, thực hiện thắng lợi “Quy hoạch …” và từng bước thực hiện “Chiến lược
      // …” thực hiện Chỉ thị số 22/CT-TTg" (fresh30r-001). The first verbs' objects are no documents;
      // the reach to the document runs from the last verb, not from the first, however long the tasks.
      // Only a verb that opens the next task of the series (nextTask): "Thực hiện nhiệm vụ …, Bộ trưởng
      // … đã ban hành Kế hoạch … triển khai thực hiện Nghị quyết số X" (fresh31d-012) is the plan's task,
      // "Thực hiện chỉ đạo của Chính phủ về việc tiếp tục đẩy mạnh thực hiện Nghị quyết số Y" (fresh30w-010)
      // the direction's object.
      s.pending = moved(s.pending, SELF, cue.end);
    } else if (ACTS.has(s.pending.type) && (cue.cue.type === "guides" || cue.cue.type === "implements") && ACTED_ON_UNNAMED.test(text.slice(Math.max(s.pending.end, cue.start - 40), cue.start))) {
      // "Sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết Luật Đất đai": the act is
      // on documents left unnamed, which detail the law; the document does not amend the law.
      s.pending = null;
      r.carried = null;
    } else if (
      s.clause.part === "title" && ACTS.has(s.pending.type) && (cue.cue.type === "guides" || cue.cue.type === "implements") &&
      ACTED_ON_KIND.test(text.slice(Math.max(s.pending.end, cue.start - ACTED_ON_KIND_CHARS), cue.start)) && objectFollows(r, cue.end)
    ) {
      // "điều chỉnh kế hoạch thực hiện Quyết định số X", "bãi bỏ Kế hoạch triển khai Chỉ thị số X": a
      // subject line's act is on the plan it names by its kind alone, which carries X out; X, the
      // plan's own object, is not what the document amends or repeals. The act still reaches what
      // issued the plan ("… ban hành kèm theo Quyết định số Y"). ("điều chỉnh kế hoạch thực hiện dự
      // án … tại Quyết định số Y": the plan's object is no document; the act reaches Y.)
      s.heldAct = s.pending;
      s.pending = null;
      r.carried = null;
    }
    return true;
  }
  if (!enacts && s.pending === null && demandOfDirective(text, s.clause, cue, r.ownKind)) {
    // Built by defineCue as every cue is (one map); a spread then a store of governsList would write that field twice.
    s.pending = binding(cue.cue.type, SELF, defineCue({ ...cue.cue, governsList: true }), cue.end);
    return false;
  }
  // "Điều 1. … ⏎ Căn cứ Nghị quyết số X, Hội đồng nhân dân ghi nhận": an article's "Căn cứ" is what a
  // provision rests on; the document's basis is its preamble's (article-basis.ts).
  const articleBasis = r.inArticle && cue.cue.type === "based_on" && isBasisWord(text, cue.start);
  // "… thực hiện Quyết định số X …. Quyết định này thay thế …" on a page of no heading: X's act, not the page's.
  const told = enacts ? SELF : thisNamesToldDocument(r, s.clause, cue.start);
  if (told !== SELF) {
    s.pending = binding(cue.cue.type, told, cue.cue, cue.end);
    return false;
  }
  s.pending = enacts || (!articleBasis && speaksForItself(text, s.clause, cue, r.ownKind)) ? binding(enactedGuidance(text, cue, r.ownKind) ? "guides" : cue.cue.type, SELF, cue.cue, cue.end) : null;
  return false;
}

/**
 * An act's object named by its kind alone, right before a cue: "điều chỉnh kế hoạch (hành động) thực
 * hiện …", its owner between ("Chương trình hành động của Chính phủ thực hiện …", PLAN_OWNER_BODIES,
 * a few words of its place after the body's name). The owner's words hold no number or stop, and are
 * split by spaces only, so the run backs off linearly.
 */
const ACTED_ON_KIND = new RegExp(
  String.raw`(?:^|\s)(?:${KIND_WORDS})(?:\s+hành\s+động)?(?:\s+của\s+(?:${phraseSource(PLAN_OWNER_BODIES)})(?:\s+[^\s,;.:\d]+){0,5})?\s*$`,
  "iu",
);
/** The stretch before a cue ACTED_ON_KIND reads: a kind, "hành động" and an owner's name fit in it. */
const ACTED_ON_KIND_CHARS = 90;
/** A plural ("các", "những", "một số") and the longest kind's words fit in this much text before a cue. */
const UNNAMED_CHARS = 40;
/** Words that make the next document a link's, not the cue's object: "thực hiện dự án tại Quyết định số …". */
const OBJECT_LINK = new RegExp(String.raw`(?:^|\s)(?:${phraseSource([...OBJECT_LINK_WORDS, "kèm"])})(?:\s|$)`, "iu");
/** Plain words a cue's object may follow it by ("thực hiện các nội dung Chỉ thị số …"). */
const OBJECT_WORDS = 3;
/** The carrying out a further guidance is on ("hướng dẫn bổ sung (việc) thực hiện X"): X is guided, not amended. */
const GUIDED_WORK_NEXT = new RegExp(String.raw`^\s*(?:việc\s+)?(?:${phraseSource(FURTHER_GUIDANCE_WORK)})(?:\s|$)`, "iu");
/** The next document follows the cue ending at `end` as its object: a few plain words between, no link word. */
function objectFollows(r: RoleReading, end: number): boolean {
  const k = lastAtOrBefore(r.spans, end, (x) => x.start) + 1;
  if (k >= r.spans.length) return false;
  const between = r.text.slice(end, r.spans[k].start);
  return !/[;.:]/u.test(between) && words(between) <= OBJECT_WORDS && !OBJECT_LINK.test(between);
}

/**
 * A plan's purpose item (inPurposeSection) that directs others to carry a document out: "1. Quán triệt và chỉ đạo
 * các cấp, các ngành tập trung tổ chức thực hiện có hiệu quả Nghị quyết số 01/NQ-CP …; Nghị quyết số 12-NQ/TU …"
 * (Cà Mau 01/CTr-UBND, fixtures/fresh/fresh47b-007). The plan's own "Quán triệt" goes on in the carrying out it
 * directs: the reach to the document runs from the later verb, as in a series of the document's own tasks. The
 * agencies named between (AGENCIES), one sentence (no stop), the later verb after no noun ("việc thực hiện").
 */
function purposeItemGoesOn(text: string, s: ClauseReading, cue: FoundCue): boolean {
  if (s.clause.part !== "body" || s.pending === null || cue.start - s.pending.end > HEAD_REACH) return false;
  const between = text.slice(s.pending.end, cue.start);
  return !/[.;:]/u.test(between) && AGENCIES().test(between) && !ENDS_WITH_NOUN().test(between) && inPurposeSection(text, cue.start);
}

/** What ends one task of a series before the next: a comma, a closing quote mark (the task's object a quoted name), "và". */
const TASK_END = lazyRegExp(() => /[,”"]|(?<![\p{L}\p{N}])và(?![\p{L}\p{N}])/gu);
/** The last TASK_END lies this close before the next verb: only head words (AT_HEAD) may stand between. */
const TASK_END_CHARS = 60;
/**
 * Whether the implements cue at `cueStart` opens the next task of a series the document's own cue (its
 * reach from `from`) opened: a TASK_END, then only head words ("tiếp tục") before it.
 */
function nextTask(text: string, from: number, cueStart: number): boolean {
  const tail = text.slice(Math.max(from, cueStart - TASK_END_CHARS), cueStart);
  let after = -1;
  // An exec loop, not matchAll, which builds a new regex from TASK_END at every call (its species
  // constructor). TASK_END matches no empty string.
  TASK_END().lastIndex = 0;
  for (let m = TASK_END().exec(tail); m !== null; m = TASK_END().exec(tail)) after = m.index + m[0].length;
  return after >= 0 && AT_HEAD().test(tail.slice(after));
}

/** What joins two acts of one actor: ",", "và", "đồng thời" ("thu hồi, hủy bỏ …", "thay thế A và bãi bỏ B"). */
const JOINED_ACT = /^\s*(?:[,;]\s*(?:và\s+|đồng\s+thời\s+)?|(?:và|đồng\s+thời)\s+)$/iu;
/**
 * Whether a replacing cue follows an amending verb's parts and "và" ("sửa đổi, bổ sung Điều 7 và thay thế …", "… một số
 * điều của Quy chế tuyển sinh … và thay thế …"), no stop between, and names a part after it ("Phụ lục", "Điều",
 * "khoản", REPLACED_PART_WORDS): one document's parts amended and replaced. A document replaced whole ("… và thay thế
 * Quyết định số Y") is the replacing cue's own object, not this.
 */
function partReplacedAfterAmended(text: string, amendEnd: number, cue: FoundCue): boolean {
  if (cue.start - amendEnd > FAR_CHARS || !PART_REPLACED_NEXT().test(text.slice(cue.end, cue.end + PART_WORD_CHARS))) return false;
  const between = text.slice(amendEnd, cue.start);
  return AMENDED_PARTS_THEN_AND().test(between);
}
/** The amended parts, no stop among them, then "và" (or ", đồng thời"). Linear: one class run, then the joiner. */
const AMENDED_PARTS_THEN_AND = lazyRegExp(() => /^[^.;:]*?(?:\s|,)(?:và|đồng\s+thời)\s+$/iu);
const PART_REPLACED_NEXT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:(?:các|toàn\s+bộ)\s+)?(?:${phraseSource(REPLACED_PART_WORDS)})(?![\p{L}\p{N}])`, "iu"));
const PART_WORD_CHARS = 24;
/** "… ban hành Thông tư" right before a cue: the document is issued to do what the cue says. */
const ISSUES_KIND = new RegExp(String.raw`(?:^|[\s,])ban\s+hành\s+(?:${KIND_WORDS})\s*$`, "iu");
function enactsBefore(text: string, from: number, cueStart: number): boolean {
  return cueStart - from <= FAR_CHARS && ISSUES_KIND.test(text.slice(Math.max(from, cueStart - 48), cueStart));
}
