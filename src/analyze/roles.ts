import type { Citation, Kind, RelationType, Role } from "../types.js";
import {
  ATTACHED_NAME_WORDS, ATTACHED_TO, CATALOGUE_CHARS, CATALOGUE_WORDS, COMMITTEE_NAMES, DOCUMENT_CUES, ENACTED_GUIDANCE_KINDS, ENACTED_GUIDANCE_VERBS, LISTED_PART_WORDS, NEVER_ATTACHED_KINDS, PART_QUALIFIER_WORDS, DRAFT_WORDS, EVENT_TIME_WORDS, FAR_WORDS, HEAD_WORDS, ISSUED_DOCUMENT_VERBS, ISSUED_TEXT_WORDS, ISSUING_ARTICLE_WORDS, ISSUING_SUBJECTS, IN_FORCE_REACH_WORDS, IN_FORCE_WORDS, NAMED_ABOVE_WORDS, NOUN_BEFORE_CUE, NOUN_BEFORE_NESTED_CUE, OBJECT_LINK_WORDS, PLAN_OWNER_BODIES, POST_REPEAL_WORDS, PROPOSED_BEFORE_ACT, JOINING_WORDS, SUBSTITUTE_WORDS, PURPOSE_CLAUSE_WORDS, PURPOSE_OPENERS, THIS_WORD, TIED_TASK_WORDS, GUIDED_WORK_NOT_AFTER, GUIDED_WORK_WORDS, WORK_GUIDING_KINDS,
  type Cue,
  DEMAND_CHARS, DEMAND_HEADS, DEMAND_MANNER_WORDS, DEMAND_SUBJECT_CHARS, DEMAND_VERBS,
} from "../vocab/cues.js";
import { KINDS } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import type { Clause } from "./clauses.js";
import { brokenOnPurpose } from "./lines.js";
import type { Layout } from "./sentences.js";
import { BULLET_CLASS } from "../vocab/bullets.js";
import { lastAtOrBefore } from "../shared/search.js";
import { WHITESPACE } from "../shared/chars.js";
import { CHANGES_WHEN_LOWERCASED } from "../shared/lower-case.js";
import { ANNEX_NOT_DONE, ANNEX_REPEAL_WORDS, CHAPTER_WORD, CONSULTED_OPENERS, ENACTING_VERBS, ISSUER_SUBJECTS } from "../vocab/parts.js";
import { AMENDS_OTHERS, bodyCode, issuerByCode } from "../vocab/issuers.js";
import { AMENDED_ALONE, AMENDED_ALONE_KINDS, NAMED_KINDS } from "../vocab/laws.js";
import { cueRegions, findCues, isSilent, type FoundCue } from "./cue-finder.js";
import { opensUnheadedBasis, unheadedBasisStart, UNHEADED_BASIS } from "./unheaded-basis.js";
import { actsOnNext, bodyLedMember, continuesList, coordinated, endsWithAny, FAR_CHARS, ITEM_MARKER, KIND_WORDS, leadsList, LIST_ITEM, listFollows, namesProvisions, TABLE_HEAD_ITEM, TABLE_ROW_ITEM, THIS_DOCUMENT, withinReach, words } from "./reach.js";

export interface SelfKey {
  kind: Kind | null;
  number: string | null;
  symbol: string | null;
  /** The title part (kind line and subject), when the parts are known. */
  title?: { start: number; end: number } | null;
}

/** A relation between two cited documents, read inside one clause ("A ... triển khai thi hành B"). */
export interface NestedRelation {
  type: RelationType;
  /** Indexes into the citation list. */
  from: number;
  to: number;
}

export interface Reading {
  roles: Role[];
  nested: NestedRelation[];
  /**
   * For each citation, the second act its verb joined to the first ("Sửa đổi, bổ sung, bãi bỏ … X":
   * X's role is amends, its second act repeals), or null.
   */
  alsoActs: (RelationType | null)[];
}

/**
 * Whose document a citation is, as far as acting on it goes: a central body's ("central": a law,
 * a decree, a ministry's circular, the Prime Minister's decision), a local body's ("local": a
 * province's, a district's, a commune's, or their Party committees'), or unknown (null).
 */
export type Tier = "central" | "local" | null;


// A chapter's number ("Chương I", "CHƯƠNG 2") heads its clause as an article's does ("Điều 1.").
const LIST_MARKER = String.raw`(?:[a-zđ][ \t]*\)|[IVXLC]+[ \t]*\.|\d+(?:\.\d+)*[ \t]*[.)]|[${BULLET_CLASS}*#(]|Điều\s+\d+(?:[ \t]*[.:])?|${CHAPTER_WORD}[ \t]+(?:[IVXLC]+|\d+)(?![\p{L}\p{N}])(?:[ \t]*[.:])?)`;
/**
 * Space before a clause's first words, and a line holding only a bar: a page that prints its heading's
 * table cells one a line puts "|" between the last cell ("Kính gửi: …") and the body ("Nhằm thực hiện
 * …", "Thực hiện …"); the bar is layout, as a blank line would be. A bar inside a line is not.
 */
const LEAD = String.raw`(?:[\s,]|(?<=\n[ \t]*)\|(?=[ \t]*\n))*`;
/** Nothing but list markers, an article number and HEAD_WORDS before the cue: the document itself acts. */
const AT_HEAD = new RegExp(String.raw`^${LEAD}(?:${LIST_MARKER}[\s,]*)*(?:(?:${phraseSource(HEAD_WORDS)})(?![\p{L}\p{N}])[\s,]*)*$`, "iu");
/** "Điều 1. (Nay) ban hành": an article that issues the attached text (ISSUING_ARTICLE_WORDS); what follows is its name. */
const ISSUING_ARTICLE = new RegExp(String.raw`^[\s,]*(?:${LIST_MARKER}[\s,]*)*(?:${phraseSource(ISSUING_ARTICLE_WORDS)})(?![\p{L}\p{N}])`, "iu");
/** "Kế hoạch này", "các Quyết định này" right after a cue: the document names itself as the cue's object. */
const THIS_DOCUMENT_NEXT = new RegExp(String.raw`^\s*(?:các\s+)?(?:${KIND_WORDS})\s+${THIS_WORD}(?![\p{L}\p{N}])`, "iu");
/**
 * The enacting formula at the end of a preamble names the issuer, then what it does: "Bộ Tài
 * chính hướng dẫn ... như sau:", "Liên tịch Bộ Tài nguyên và Môi trường - Bộ Tài chính hướng dẫn".
 */
const ISSUER_SUBJECT = new RegExp(String.raw`^[\s,]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])`, "u");
/**
 * "Bãi bỏ các Nghị quyết sau:", "Thay thế các văn bản sau đây:": a cue that introduces a list of
 * documents governs each item under it, whether the items end with ";" or with a full stop. (Not
 * "… như sau:": the new wording quoted after it names documents it does not act on.)
 */
const INTRODUCES_DOCUMENTS = new RegExp(String.raw`(?:^|\s)(?:văn\s+bản|${KIND_WORDS})\s+sau(?:\s+đây)?\s*:\s*$`, "iu");
/**
 * An act's introduction of the parts of documents it lists (LISTED_PART_WORDS), a few words of what they
 * are between: "Bãi bỏ các danh mục mã dùng chung sau đây:". Bounded (PART_QUALIFIER_WORDS plain words).
 */
/**
 * An act that ends its clause with a colon at once ("Quyết định này có hiệu lực … và thay thế: ⏎ - Quyết
 * định số A …. ⏎ - Quyết định số B …", "Bãi bỏ: ⏎ - …"): its objects are the items listed under it, as
 * after "thay thế các văn bản sau:", each item ending with ";" or with a full stop.
 */
const ACT_THEN_COLON = /^[ \t]*:[ \t]*$/u;
const INTRODUCES_PARTS = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(LISTED_PART_WORDS)})(?:\s+[^\s,;.:]+){0,${PART_QUALIFIER_WORDS}}\s+sau(?:\s+đây)?\s*:\s*$`, "iu");
const ENDS_WITH_NOUN = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(NOUN_BEFORE_CUE)})\s*$`, "iu");
const NAMES_A_DRAFT = new RegExp(String.raw`(?:^|[\s,/])(?:${phraseSource(DRAFT_WORDS)})(?![\p{L}\p{N}])`, "iu");
const ENDS_WITH_NESTED_NOUN = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(NOUN_BEFORE_NESTED_CUE)})\s*$`, "iu");
/** A committee's name right before a cue (COMMITTEE_NAMES): the cue is part of the name, not a cited document's act. */
const ENDS_WITH_COMMITTEE = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(COMMITTEE_NAMES)})\s*$`, "iu");
const ENDS_WITH_PROPOSAL = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(PROPOSED_BEFORE_ACT)})\s*$`, "iu");
/** Kinds that tell of acts and perform none (KindEntry.recounts): a submission "về việc bãi bỏ …" proposes it. */
const RECOUNTING: ReadonlySet<Kind | null> = new Set(KINDS.filter((k) => k.recounts === true).map((k) => k.slug));
/** Whether a document of this kind tells of acts and performs none (a report, a submission: RECOUNTING). */
export const recounts = (kind: Kind | null): boolean => RECOUNTING.has(kind);
/** Kinds a proposal may be made in (KindEntry.proposes), and a document whose kind is not known. */
const PROPOSING: ReadonlySet<Kind | null> = new Set([null, ...KINDS.filter((k) => k.proposes === true).map((k) => k.slug)]);
/**
 * A proposal said to be made in a paper named without its number, "tại Báo cáo về tình hình thực hiện
 * Chỉ thị 1737/CT-TTg … (công văn số 864/BNG-LS …)" (a Government Office letter, 2014): what the paper
 * is about follows, and its number, if any, comes later in the clause.
 */
const UNNUMBERED_VEHICLE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:tại|trong)\s+(?:${phraseSource(KINDS.filter((k) => k.proposes === true).flatMap((k) => k.words))})(?![\p{L}\p{M}])(?!\s*(?:số|[0-9]))`,
  "iu",
);
/**
 * The subject of a proposal ("Xét báo cáo của Sở Tài chính về kết quả thực hiện Quyết định số X"):
 * a document named after "về" and not of a kind a proposal is made in is what the proposal is about,
 * never its paper (no proposal in the gold of the dev corpus and fresh sets is made in a decision,
 * decree, law or directive); the proposal goes on to a paper named later in the clause.
 */
const SUBJECT_OF_PROPOSAL = /(?<![\p{L}\p{M}])về(?![\p{L}\p{M}])/iu;
/** Whether the words between a proposal's cue and a document name a paper without its number, or the proposal's subject. */
const proposalAbout = (between: string): boolean => UNNUMBERED_VEHICLE.test(between) || SUBJECT_OF_PROPOSAL.test(between);
/**
 * "(dưới đây gọi chung là", "(sau đây gọi tắt là", "(gọi tắt là", "(sau đây viết tắt là": a short
 * name given to the document just named.
 */
const ALIAS = /^[^()]*\(\s*(?:(?:dưới|sau)\s+đây\s+)?(?:gọi|viết)\s+(?:chung\s+|tắt\s+)?là\s*$/iu;
/** A line that opens with "Quyết định này", "Chỉ thị này" (after a heading line without a full stop, or wrapped mid-sentence). */
const LINE_START = /\n[ \t*_-]*$/u;
/** "..., đồng thời căn cứ ...": a connective after a comma opens a second clause of the document's own. */
const AFTER_CONNECTIVE = /[,;]\s*đồng\s+thời\s*$/iu;
/**
 * "Thực hiện theo Nghị định số ..." is to act as a document says, not to carry it out; so "lập hóa
 * đơn thay thế theo Nghị định số …" replaces an invoice as the decree says, not the decree.
 */
const THEO_NEXT = /^\s*theo(?![\p{L}\p{N}])/iu;
/** "thay thế A bằng B": B, what takes A's place (SUBSTITUTE_WORDS). */
const SUBSTITUTE = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(SUBSTITUTE_WORDS)})(?![\p{L}\p{N}])`, "iu");
const POST_CUES = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(POST_REPEAL_WORDS)})(?![\p{L}\p{N}])`, "iu");
/** "Danh mục văn bản quy phạm pháp luật … hết hiệu lực": a catalogue's title, up to what befell its documents. */
const CATALOGUE_OF_CEASED = new RegExp(
  String.raw`(?:^|\s)(?:${phraseSource(CATALOGUE_WORDS)})\s+(?:các\s+)?văn\s+bản(?![\p{L}\p{N}])[^;.:\n]{0,${CATALOGUE_CHARS}}?\s(?:${phraseSource(POST_REPEAL_WORDS)})(?![\p{L}\p{N}])`,
  "iu",
);
const COLON_CODE = 58;
const POST_CUE: Cue = { type: "repeals", phrases: POST_REPEAL_WORDS, reach: "far" };
/** "Các văn bản sau đây hết hiệu lực …:", "Các Thông tư sau bị bãi bỏ:": a list introduced by what befalls it. */
const REPEALED_LIST = new RegExp(
  String.raw`(?:^|\s)(?:văn\s+bản|${KIND_WORDS})\s+sau(?:\s+đây)?\s+(?:${phraseSource(POST_REPEAL_WORDS)})(?![\p{L}\p{N}])[^.;:]*:\s*$`,
  "iu",
);
/** Nothing but white space. */
const BLANK = /^\s*$/;

/**
 * The line after a basis heading opens with the document it names, no bullet before it ("I. Căn
 * cứ pháp lý ⏎ Chỉ thị số 10-CT/TW …"): a list whose bullets a web page dropped. `next` is the
 * first citation after the clause.
 */
function documentLineFollows(r: RoleReading, clauseEnd: number, next: number): boolean {
  if (next >= r.spans.length) return false;
  const between = r.text.slice(clauseEnd, r.spans[next].start);
  return BLANK.test(between) && (between.includes("\n") || r.text.slice(Math.max(0, clauseEnd - 3), clauseEnd).includes("\n"));
}
/** A clause of nothing but a table's bars and markup ("⏎|⏎" between a cell's full stop and the next row). */
const SCAFFOLDING = /^[\s|*_#]*$/;
/** A tab or a bar: the clause goes on in a table's cells. */
const CELLS = /[\t|]/;
/** "DANH MỤC VĂN BẢN … BỊ BÃI BỎ" over an annex's rows; group 1 is a word that makes it a proposal ("ĐỀ NGHỊ BÃI BỎ"). */
const ANNEX_REPEALS = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:(${phraseSource(ANNEX_NOT_DONE)})\s+)?(?:${phraseSource(ANNEX_REPEAL_WORDS)})(?![\p{L}\p{N}])`,
  "iu",
);
/** An annex's heading is read this far: it ends where the line saying what it is attached to does. */
const ANNEX_HEADING_CHARS = 400;
const ATTACHED_REACH = 80;
const ATTACHED = new RegExp(String.raw`^[\s(*_]*(?:${phraseSource(ATTACHED_TO)})\s*$`, "iu");
/** The prefix of a clause is read only this far back: a head is short, and long text stays linear. */
const HEAD_REACH = 240;
/** Words a subject may take before its verb ("Bộ Tài chính hướng dẫn", "Quyết định này có hiệu lực ... và thay thế"). */
const SUBJECT_WORDS = 16;
const ACTS: ReadonlySet<RelationType> = new Set(["amends", "replaces", "repeals", "corrects"]);
/** Acts only a document's own issuer performs on it (a higher body also repeals another's: not here). */
const OWN_ISSUER_ACTS: ReadonlySet<RelationType> = new Set(["amends", "replaces", "corrects"]);

/** The codes of a citation's issuers (each of a joint document's), or null when none is known. */
function issuerCodes(c: Citation | undefined): readonly string[] | null {
  const codes = c ? (c.issuers ?? (c.issuer ? [c.issuer] : [])).flatMap((x) => (x.code ? [x.code] : [])) : [];
  return codes.length > 0 ? codes : null;
}

/** Whether a document of these issuers may amend one of those (AMENDS_OTHERS): false only when both are known and neither may. */
function mayAmend(actor: readonly string[] | null | undefined, target: readonly string[] | null | undefined): boolean {
  if (!actor?.length || !target?.length) return false;
  const a = actor.map(bodyCode);
  const t = target.map(bodyCode);
  return a.some((x) => t.includes(x) || (AMENDS_OTHERS[x]?.some((y) => t.includes(y)) ?? false));
}

/**
 * The document's own issuers and a cited document's are all known bodies and none of them may amend
 * the other's (AMENDS_OTHERS): a provincial committee's decision "bổ sung dự toán … theo Nghị quyết
 * số 37/NQ-HĐND", "điều chỉnh … theo Quyết định số 1234/QĐ-TTg" acts under that document, it does not
 * amend it (its own "điều chỉnh danh mục … theo Quyết định số 887/QĐ-UBND" does). Read only after
 * "theo" (ACCORDING_TO): "điều chỉnh … tại Nghị quyết số X" says where the words changed stand.
 * A code that names no body ("UBND-VX": a division) leaves the issuers unknown.
 */
function othersDocument(own: readonly string[] | null, cited: readonly string[] | null): boolean {
  if (!own?.length || !cited?.length || !own.every(isBody) || !cited.every(isBody)) return false;
  return !mayAmend(own, cited);
}
const isBody = (code: string): boolean => issuerByCode(code) !== null;
/** The words before a document end with "theo" ("… theo Nghị quyết số …", "… theo quy định tại …"; not "kèm theo"). */
const ACCORDING_TO = /(?:^|\s)(?<!kèm\s)theo(?:\s+(?:yêu\s+cầu\s+của|quy\s+định\s+tại))?\s*$/iu;

/** A cue's ownAfter words are short: this much before the cue holds them. */
const OWN_AFTER_CHARS = 16;
/** NOUN_BEFORE_CUE phrases are short: this much before a cue holds one. */
const NOUN_REACH = 24;

/** Who a cue's verb belongs to: the citing document (-1) or a cited one (its index). */
const SELF = -1;

/**
 * A cue bound to whose verb it is. Every binding has the same four fields, written in the same
 * order (no spread): objects of one shape keep the code that reads them from being compiled again
 * for each new shape it meets on a cold run.
 */
interface Binding {
  type: RelationType;
  actor: number;
  cue: Cue;
  /** Where the cue's phrase ends: the words from there to a document decide whether it reaches it. */
  end: number;
  /**
   * The cue is passive ("A được sửa đổi bởi B"): `actor` is the document acted on, the one the
   * cue reaches is the one that acts.
   */
  passive: boolean;
  /**
   * A second act joined to this one's verb before the document ("Sửa đổi, bổ sung, bãi bỏ một số
   * điều của Nghị định số X", "sửa đổi, bổ sung và thay thế Quyết định số Y"): the document does
   * both to X, amends it and repeals part of it. Null when the verbs name one act ("thu hồi, hủy bỏ").
   */
  also: RelationType | null;
}

function binding(type: RelationType, actor: number, cue: Cue, end: number, also: RelationType | null = null): Binding {
  return { type, actor, cue, end, passive: cue.passive === true, also };
}

/** The same binding (its act, cue and second act) said by another actor or reaching on from another end. */
const moved = (b: Binding, actor: number, end: number): Binding => ({ ...b, actor, end });

/**
 * What readRoles has read so far, and what one clause passes on to the next. One object of one
 * class, rather than closures over locals, so that the steps below can be functions of their own:
 * a function that V8 compiles again after a deopt is then one step, not the whole reading.
 */
class RoleReading {
  readonly roles: Role[] = [];
  readonly nested: NestedRelation[] = [];
  /** The binding each citation was read with, or null. */
  readonly bindingOf: (Binding | null)[] = [];
  /** The cue of a clause that ended with ";" or ":", for the list it opens. */
  carried: Binding | null = null;
  /** "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH ⏎ - Nghị quyết số …; ⏎ - Quyết định số …": a heading's cue, for the items under it. */
  heading: Binding | null = null;
  /** The clauses read are a table's header row, between a heading's introduction and the rows it governs. */
  inTableHead = false;
  /** The clauses read are a table's rows, under a heading's introduction. */
  inTable = false;
  /** An annex's heading that says what befalls the documents it lists ("… BỊ BÃI BỎ"), for its rows. */
  annexAct: Binding | null = null;
  /** The first citation of the clause being read. */
  clauseFirst = 0;
  /** The document tells of acts and performs none (a report: KindEntry.recounts). */
  recounts = false;
  /**
   * The clause is the document's own text. A page's note above its heading ("note") is another's:
   * what it says of documents holds between them, but none of it is the document's own act.
   */
  own = true;

  constructor(
    readonly text: string,
    readonly spans: readonly { start: number; end: number }[],
    readonly dates: readonly (string | null)[],
    readonly kinds: readonly (Kind | null)[],
    readonly tiers: readonly Tier[],
    /** The citations themselves, whose issuers are read only where an act between two central documents asks (issuerCodes). */
    readonly cited: readonly Citation[] = [],
    /** The document's own issuers' codes, null when unknown. */
    readonly ownIssuers: readonly string[] | null = null,
    /** The document's own kind, null when unknown. */
    readonly ownKind: Kind | null = null,
  ) {
    // Filled by push, not map: map's array is packed while its caller runs in the interpreter and
    // holey once V8 has compiled it, and every function reading it is compiled again for the second shape.
    for (let i = 0; i < spans.length; i++) {
      this.roles.push("references");
      this.bindingOf.push(null);
    }
  }

  bind(i: number, b: Binding): void {
    this.bindingOf[i] = b;
    if (b.passive) {
      const acted = this.actedOn(b, i);
      if (acted !== i && !RECOUNTING.has(this.kinds[i])) this.nested.push({ type: b.type, from: i, to: acted });
      // "Căn cứ Luật A được sửa đổi bởi Luật B": the document rests on A as B amended it, so on B
      // as well; what it does to A itself (amends, repeals) it does not do to B.
      const own = this.bindingOf[acted];
      if (this.own && own && own.actor === SELF && !own.passive && !ACTS.has(own.type)) this.roles[i] = own.type;
    } else if (b.actor === SELF) {
      if (this.own && !(OWN_ISSUER_ACTS.has(b.type) && ACCORDING_TO.test(this.text.slice(b.end, this.spans[i].start)) && othersDocument(this.ownIssuers, issuerCodes(this.cited[i])))) {
        this.roles[i] = b.type;
      }
    } else if (b.type !== "promulgated_by" && b.actor !== i && !(ACTS.has(b.type) && RECOUNTING.has(this.kinds[b.actor]))) {
      this.nested.push({ type: b.type, from: b.actor, to: i });
    }
  }

  /**
   * The document a passive cue speaks of, for document i that acts: the one just before the cue,
   * or, when that one is of another kind, the nearest document of i's kind whose description holds
   * it ("Nghị định A quy định chi tiết Luật Đất đai, đã được sửa đổi bởi Nghị định B": a decree
   * amends a decree, never the law it details). An amending document is of the amended one's kind.
   */
  actedOn(b: Binding, i: number): number {
    const kind = this.kinds[i];
    let at = b.actor;
    for (let depth = 0; depth < this.spans.length && this.kinds[at] !== kind; depth++) {
      const up = this.bindingOf[at];
      if (!up || up.actor === SELF || up.passive) return this.withinReachOf(b.actor, i);
      at = up.actor;
    }
    return this.withinReachOf(this.kinds[at] === kind ? at : b.actor, i);
  }

  /**
   * A local body never amends, replaces or repeals a central body's document: "Quyết định số A/QĐ-UB
   * … quy định trách nhiệm … theo Quyết định số B/QĐ-TTg … bị bãi bỏ, thay thế bởi Quyết định số
   * C/QĐ-UBND": B, named in A's description, is the Prime Minister's; C acts on A. When the document
   * before the passive cue is out of i's reach so, the nearest one before it in the clause that is
   * of i's kind and within reach is the one spoken of; with none, the one before the cue stays.
   */
  withinReachOf(at: number, i: number): number {
    if (this.tiers[i] !== "local" || this.tiers[at] !== "central") return at;
    for (let j = at - 1; j >= this.clauseFirst; j--) {
      if (this.kinds[j] === this.kinds[i] && this.tiers[j] !== "central") return j;
    }
    return at;
  }

  /** Citation i is a central body's, its issuers known. */
  central(i: number): boolean {
    return this.tiers[i] === "central" && issuerCodes(this.cited[i]) !== null;
  }

  /** A cited document cannot act on one dated after it. */
  possible(b: Binding, i: number): boolean {
    if (b.passive) return !laterThan(this.dates[this.actedOn(b, i)], this.dates[i]);
    return b.actor === SELF || !laterThan(this.dates[i], this.dates[b.actor]);
  }

  /**
   * "Căn cứ Thông tư A (5/2006) sửa đổi Thông tư B (2002) ... và Thông tư C (10/2006)": C cannot be
   * in A's description, so it joins the list A heads: the binding that bound A, or the one above.
   */
  outward(b: Binding, i: number): Binding | null {
    if (!b.passive && b.actor !== SELF && OWN_ISSUER_ACTS.has(b.type) && this.central(b.actor) && this.central(i) && !mayAmend(issuerCodes(this.cited[b.actor]), issuerCodes(this.cited[i]))) {
      // "Thông tư hướng dẫn … Nghị định số A … và sửa đổi, bổ sung một số điều của Thông tư số B":
      // a decree never amends a ministry's circular; the document that can (of B's issuer) is the
      // citing one, or, when it is not either, none is said to.
      return mayAmend(this.ownIssuers, issuerCodes(this.cited[i])) ? moved(b, SELF, b.end) : null;
    }
    let at: Binding | null = b;
    for (let depth = 0; at && !this.possible(at, i) && depth < this.spans.length; depth++) at = at.actor === SELF ? null : this.bindingOf[at.actor];
    return at;
  }
}

/** What one clause has read so far, from its start to the citation being read. */
class ClauseReading {
  /** The last cue read, waiting for the document it governs. */
  pending: Binding | null = null;
  /** The binding of the last citation read: the members of its list take it. */
  bound: Binding | null = null;
  /**
   * The binding a cue inside a document's description set aside ("Chỉ thị số A về tăng cường thực
   * hiện các giải pháp … và Kế hoạch số B"): when that cue reaches nothing, B still joins A's list.
   */
  setAside: Binding | null = null;
  /**
   * A subject line's act set aside for the plan named by its kind alone ("điều chỉnh kế hoạch thực hiện
   * Nghị quyết số X"): the document that issued the plan ("… ban hành kèm theo Quyết định số Y") takes it.
   */
  heldAct: Binding | null = null;
  /** The binding of the clause's first citation, and that citation. */
  headBinding: Binding | null = null;
  headCitation = -1;
  /** "Xét đề nghị của A tại Tờ trình số X và (đề nghị của B tại) Báo cáo số Y": every one is a proposal. */
  proposal: Binding | null = null;
  lastCitation = -1;
  /**
   * In a table's row under a heading's list, the row's own document when a cell holds it alone after
   * another cell that names a document in passing ("2⇥Quyết định sửa đổi … Quyết định số A⇥B⇥…": B).
   */
  rowDocument = -1;
  /**
   * A cue of a document named by its kind alone, as a member of the list ("…, Đề án triển khai Nghị
   * quyết số A và Quyết định số B"): the next citation is that document's object, and the list goes
   * on after it with `unnamedOuter`, the binding of the member before it.
   */
  afterUnnamed = false;
  unnamedOuter: Binding | null = null;
  /**
   * A described document's act on documents left unnamed, whose own description holds a cue ("Nghị
   * định số A về việc sửa đổi, bổ sung một số điều của các nghị định hướng dẫn thi hành Luật Đất đai
   * và Nghị định số B"): it passes over what that description names (the law, of another kind) and
   * reaches the next document of the acting one's kind joined to the list (B).
   */
  unnamedAct: Binding | null = null;
  /** The last citation the clause bound: a document after it that nothing bound stands in its description. */
  described = -1;

  constructor(readonly clause: Clause) {}
}

/**
 * The role of each citation for the citing document, and the relations between cited documents,
 * read clause by clause: a cue governs the first document after it within its reach and the
 * members of that document's list; whose verb it is depends on what stands before it in the
 * clause (nothing but a heading: the citing document's; a cited document: that one's).
 * A clause that continues a list after ";" or ":" carries on its introduction's cue.
 * `dates` (ISO or null, one per citation) rule out impossible nestings: a document never names
 * one issued after it, so "A ... sửa đổi B ... và C" with C later than A lists C beside A.
 */
export function readRoles(
  doc: Layout,
  clauses: readonly Clause[],
  dates: readonly (string | null)[],
  kinds: readonly (Kind | null)[],
  tiers: readonly Tier[] = [],
  recounts = false,
  cited: readonly Citation[] = [],
  ownIssuers: readonly string[] | null = null,
  ownKind: Kind | null = null,
): Reading {
  const { text, spans } = doc;
  const r = new RoleReading(text, spans, dates, kinds, tiers, cited, ownIssuers, ownKind);
  r.recounts = recounts;
  // Without a citation there is nothing to read (and no cue scan to make).
  if (spans.length === 0) return { roles: r.roles, nested: r.nested, alsoActs: [] };
  const cues = findCues(text, spans, cueRegions(clauses, spans));
  let c = 0;
  let q = 0;
  let previous: Clause | null = null;
  const quoted = quotedPassages(text);
  let p = 0;
  const leading = new LeadingSpace(text);
  const unheadedBasis = unheadedBasisStart(text);
  for (const clause of clauses) {
    // A citation outside every clause (before the first part) keeps "references".
    while (c < spans.length && spans[c].start < clause.start) c++;
    const first = c;
    while (c < spans.length && spans[c].start < clause.end) c++;
    while (q < cues.length && cues[q].start < clause.start) q++;
    const firstCue = q;
    while (q < cues.length && cues[q].start < clause.end) q++;
    if (isSilent(clause.part) || (clause.part === "annex" && !readsAnnex(r, clause, previous))) {
      r.carried = null;
      r.heading = null;
      previous = clause;
      continue;
    }
    previous = clause;
    r.clauseFirst = first;
    while (p < quoted.length && quoted[p].end <= clause.start) p++;
    // A subject line in quotation marks ("V/v: “triển khai thực hiện Nghị quyết số …”") is the document's own still.
    r.own = clause.part !== "note" && (clause.part === "title" || !(p < quoted.length && quoted[p].start <= clause.start + leading.at(clause.start)));
    if (r.heading === null && opensUnheadedBasis(text, clause, unheadedBasis)) r.heading = binding("based_on", SELF, UNHEADED_BASIS, clause.start);
    readClause(r, clause, first, c, cues, firstCue, q);
    if (clause.part === "annex" && r.heading === null) r.annexAct = null;
  }
  return { roles: r.roles, nested: r.nested, alsoActs: alsoActsOf(r) };
}

/**
 * The second act of each citation the document acts on with two joined verbs (Binding.also): only
 * where the role it was read with is still the binding's own act (a later reading may have given
 * the citation another role).
 */
function alsoActsOf(r: RoleReading): (RelationType | null)[] {
  const out: (RelationType | null)[] = [];
  for (let i = 0; i < r.roles.length; i++) {
    const b = r.bindingOf[i];
    out.push(b !== null && b.also !== null && b.actor === SELF && !b.passive && r.roles[i] === b.type ? b.also : null);
  }
  return out;
}

/**
 * Passages another document's words fill, in quotation marks after a colon: "Ngày 12/3/2020 Tổng cục
 * Thuế đã ban hành Công văn số A …, trong đó yêu cầu các Cục Thuế triển khai thực hiện: ⏎ “… Thực
 * hiện nghiêm Chỉ thị số B …”", "Khoản 3 Điều 10 Thông tư số C quy định: “…”". What the quoted
 * sentences do they do for the document quoted, not for the one quoting it (as a page's note above
 * the heading: RoleReading.own). Each runs from its opening mark to the first closing one, at most
 * QUOTE_CHARS on; an opening mark not closed before that, or before the next opening mark, opens none.
 */
function quotedPassages(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Found from the colons, not from the opening marks: indexOf of "\u201c" (or of any U+20xx)
  // walks a text about thirty times slower than indexOf(":") (V8 looks for the larger of the
  // character's two bytes with memchr: 0x20, which every space holds), ~1 % of a warm analyze();
  // only a mark after a colon opens a passage.
  // The first closing mark after the opening one, searched again only once passed: searched from
  // each opening mark, a text of opening marks and no closing one was read once per mark (quadratic).
  let close = -1;
  let passed = -1;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    // A colon, then nothing but white space and markup (at most AFTER_COLON_CHARS in all), then the opening mark.
    let open = colon + 1;
    while (open - colon < AFTER_COLON_CHARS && AFTER_COLON[text.charCodeAt(open)] === 1) open++;
    // An opening mark inside the passage read last opens none.
    if (text.charCodeAt(open) !== OPENING_MARK || open < passed) continue;
    if (close <= open) close = text.indexOf("\u201d", open + 1);
    if (close < 0) break;
    // Another opening mark first: this one was never closed (OCR drops marks), and opens nothing.
    if (close - open > QUOTE_CHARS || opensBefore(text, open + 1, close)) continue;
    out.push({ start: open, end: close });
    passed = close;
  }
  return out;
}
const OPENING_MARK = 0x201c;
/** Whether an opening mark stands in text[from, to). */
function opensBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === OPENING_MARK) return true;
  return false;
}
/** White space and markup, which may stand between the colon and the opening mark. */
const AFTER_COLON = (() => {
  const table = WHITESPACE.slice();
  table[0x2a] = 1;
  table[0x5f] = 1;
  return table;
})();
/** The colon stands among the twelve characters before the opening mark. */
const AFTER_COLON_CHARS = 12;
const QUOTE_CHARS = 6000;
/**
 * How many white-space and markup characters open the text at a clause's start. A run is read once:
 * clauses of bare markup ("⏎** ⏎** …") each open inside the same run, and read on to its end from
 * each, a text of them was read once per clause (quadratic).
 */
class LeadingSpace {
  private readonly text: string;
  /** The run read last: [from, end), the character at `end` neither white space nor markup. */
  private from = -1;
  private end = -1;
  constructor(text: string) {
    this.text = text;
  }
  at(from: number): number {
    if (this.from < 0 || from < this.from || from > this.end) {
      let i = from;
      while (i < this.text.length && /[\s*_]/u.test(this.text[i])) i++;
      this.from = from;
      this.end = i;
    }
    return this.end - from;
  }
}

/**
 * Whether an annex's clause is read. An annex after the signature is silent, as the signature is,
 * unless its heading says what befalls the documents it lists ("PHỤ LỤC ⏎ DANH MỤC VĂN BẢN QUY PHẠM
 * PHÁP LUẬT BỊ BÃI BỎ ⏎ (Kèm theo Quyết định số …)"): then the rows or items under it are that
 * list, as under "Bãi bỏ các văn bản sau:", and are read until the list ends.
 */
function readsAnnex(r: RoleReading, clause: Clause, previous: Clause | null): boolean {
  const { text } = r;
  if (previous === null || previous.part !== "annex" || previous.end < clause.start || ANNEX_START.test(text.slice(clause.start, clause.start + 40))) {
    // The annex's first clause: its heading, up to the line saying what it is attached to.
    const heading = text.slice(clause.start, clause.start + ANNEX_HEADING_CHARS);
    const stop = heading.search(/\n[ \t*_]*\(/);
    const m = ANNEX_REPEALS.exec(stop < 0 ? heading : heading.slice(0, stop));
    r.annexAct = m !== null && m[1] === undefined ? binding("repeals", SELF, POST_CUE, clause.start) : null;
    r.heading = null;
  }
  if (r.annexAct === null) return false;
  if (r.heading !== null) return true;
  const opening = text.slice(clause.start, clause.start + 24);
  // The heading's lines and what the annex is attached to come first; its act governs the table or list after them.
  if (!TABLE_HEAD_ITEM.test(opening) && !LIST_ITEM.test(opening)) return false;
  r.heading = r.annexAct;
  r.carried = null;
  r.inTableHead = r.inTable = false;
  return true;
}
/** A clause that opens an annex's heading again: a second annex right after the first. */
const ANNEX_START = /^\s*[*_#]*(?:PHỤ[ \t]+LỤC|DANH[ \t]+MỤC|Phụ[ \t]+lục|Danh[ \t]+mục)(?![\p{L}\p{N}])/u;

/** The clause's citations [first, end) and cues [firstCue, endCue), read in text order. */
function readClause(r: RoleReading, clause: Clause, first: number, end: number, cues: readonly FoundCue[], firstCue: number, endCue: number): void {
  const { text, spans } = r;
  if (r.heading) {
    const opening = text.slice(clause.start, clause.start + 24);
    // A table's header row ("STT⇥Tên loại văn bản⇥Số, ký hiệu; ngày ban hành⇥…") stands between the
    // introduction and its rows: its clauses keep the heading for the rows, and name no document.
    // A row's cells may hold ";" or "." ("… quản lý chợ.⏎|"): what follows in the row, between tabs
    // or bars, and the bar lines themselves, are still the table's.
    if (TABLE_HEAD_ITEM.test(opening)) r.inTableHead = true;
    else if (LIST_ITEM.test(opening)) {
      r.inTableHead = false;
      r.inTable = TABLE_ROW_ITEM.test(opening);
    } else if (r.heading.type === "based_on" && first < end && !r.inTable && BLANK.test(text.slice(clause.start, spans[first].start))) {
      // "I. Căn cứ pháp lý ⏎ Chỉ thị số 10-CT/TW …. ⏎⏎ Quyết định số 522/QĐ-TTg …": a web page's
      // list that lost its bullets; an item that opens with the document it names is one of the
      // basis's items still.
      r.inTableHead = false;
    } else if (!SCAFFOLDING.test(text.slice(clause.start, Math.min(clause.end, clause.start + 200))) && !(r.inTable && CELLS.test(text.slice(clause.start, Math.min(clause.end, clause.start + 200)))) && (!r.inTableHead || first < end)) r.heading = null;
  }
  if (!r.heading) r.inTableHead = r.inTable = false;
  if (r.heading && r.carried === null) r.carried = r.heading;
  const s = new ClauseReading(clause);
  if (r.inTable && r.heading !== null) s.rowDocument = rowDocument(text, r.spans, first, end);
  const carriedIn = r.carried;
  let k = firstCue;
  for (let i = first; i <= end; i++) {
    // The cues before citation i (or before the clause's end), in order.
    const limit = i < end ? spans[i].start : clause.end;
    for (; k < endCue && cues[k].start < limit; k++) readCue(r, s, cues[k]);
    if (i === end) break;
    readCitation(r, s, i);
  }
  settleClause(r, s, clause, first, end, carriedIn);
}

/**
 * What a clause leaves to the clauses after it, once its cues and citations are read: the heading
 * that governs a list under it, the cue carried on after ";" or ":". A function of its own, not
 * part of readClause: its branches are each taken by few clauses, and the first clause to take one
 * made V8 compile the whole of readClause again; here a recompile costs this function's size only.
 */
function settleClause(r: RoleReading, s: ClauseReading, clause: Clause, first: number, end: number, carriedIn: Binding | null): void {
  const { text, spans } = r;
  // "Quyết định số X … hết hiệu lực": the document's own repeal, unless it only tells of acts.
  if (s.headBinding === null && first < end && clause.part !== "title" && !r.recounts) readPostCue(r, clause, first, end);
  // The head cue of this clause, or of the list it goes on with ("Thực hiện A; B, UBND tỉnh ban hành …").
  const head = s.headBinding ?? carriedIn;
  if (head !== null && first < end) passToIssued(r, head, clause, first, end);
  const told = head !== null && first < end && narratesEvent(r, head, clause, end);
  // "Căn cứ Kế hoạch này, các phòng …;", "Trên cơ sở Kế hoạch này, …;": the cue's object is the
  // document itself, and the list after it is not what the cue governs.
  let pending = s.pending && THIS_DOCUMENT_NEXT.test(text.slice(s.pending.end, s.pending.end + 40)) ? null : s.pending;
  // "Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực:": the documents listed
  // after it cease to apply, as after "Bãi bỏ các văn bản sau:".
  if (pending === null && s.lastCitation < 0 && clause.opensList && text.charCodeAt(clause.end - 1) === COLON_CODE && clause.part !== "title" && REPEALED_LIST.test(text.slice(Math.max(clause.start, clause.end - HEAD_REACH), clause.end))) {
    pending = binding("repeals", SELF, POST_CUE, clause.end);
  }
  // A heading's basis, or a cue introducing a list of documents ("Điều 1. Bãi bỏ các văn bản sau:"),
  // governs the items listed under it, whether each ends with ";" or with a full stop.
  if (s.lastCitation < 0 && pending?.actor === SELF && ((pending.type === "based_on" && !SENTENCE_ENDS.test(text.slice(Math.max(clause.start, clause.end - 8), clause.end))) || pending.cue === POST_CUE || INTRODUCES_DOCUMENTS.test(text.slice(pending.end, clause.end)) || (ACTS.has(pending.type) && (INTRODUCES_PARTS.test(text.slice(pending.end, clause.end)) || ACT_THEN_COLON.test(text.slice(pending.end, clause.end))))) && (listFollows(text, clause.end) || (pending.type === "based_on" && documentLineFollows(r, clause.end, end)))) {
    r.heading = pending;
  } else if (
    s.headBinding?.type === "based_on" && s.headBinding.actor === SELF && first < end &&
    text.slice(s.headBinding.end, spans[first].start).includes("\n") && documentLineFollows(r, clause.end, end)
  ) {
    // "I. Căn cứ pháp lý ⏎ Chỉ thị số 10-CT/TW …. ⏎ Quyết định số 522/QĐ-TTg …": the basis heading
    // and its first item read as one clause; the items after it, each opening with its document,
    // are under the heading still.
    r.heading = s.headBinding;
  }
  if (!clause.opensList) r.carried = null;
  else if (s.lastCitation < 0) r.carried = pending ?? r.carried;
  // "Thông tư số A …, có hiệu lực kể từ ngày …, được sửa đổi, bổ sung bởi: ⏎ 1. Thông tư số B …; ⏎ 2.
  // Thông tư số C …": a consolidated text's opening lists the documents that amended A; each acts on A.
  // A is the document the clause opens with, however long its description.
  else if (pending?.passive && text.charCodeAt(clause.end - 1) === COLON_CODE && leadsList(text.slice(clause.start, spans[first].start))) {
    r.carried = moved(pending, first, pending.end);
  }
  // "Thực hiện Quyết định số A, UBND tỉnh báo cáo (ban hành Kế hoạch) như sau: ⏎ 1. … Quyết định số
  // C …": what follows "như sau:" is the document's own content, not more of what its cue governs.
  else r.carried = OWN_CONTENT_FOLLOWS.test(text.slice(Math.max(clause.start, clause.end - 24), clause.end)) ? null : (s.proposal ?? s.headBinding);
  // The event told, the list is over: a later clause's document is no more the page's act.
  if (told && r.carried === head) r.carried = null;
}
/**
 * A basis introduces a list as a heading ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") or with a colon ("Căn cứ các
 * văn bản sau:"); a cue inside a sentence that ends with its full stop or semicolon ("Căn cứ hồ sơ
 * nêu trên, cơ quan Hải quan ra quyết định … ." before "2.2. Hàng hoá …") governs no list after it.
 */
const SENTENCE_ENDS = /[.;][\s*_]*$/;
/** "… như sau:": the document's own words follow (read at a clause's end, or anywhere in a main clause). */
const CONTENT_FOLLOWS_SOURCE = String.raw`(?:^|\s)như\s+sau\s*:`;
const OWN_CONTENT_FOLLOWS = new RegExp(String.raw`${CONTENT_FOLLOWS_SOURCE}\s*$`, "iu");

/**
 * "Thực hiện Quyết định số X, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số Y …": a report tells of a
 * document another body issued to carry X out; the head cue is Y's, not the report's. When a later
 * citation of the clause that no cue reached is the object of an issuer's "(đã) ban hành" after a
 * comma, the documents the head cue bound for the citing document are bound for it instead.
 */
function passToIssued(r: RoleReading, head: Binding, clause: Clause, first: number, end: number): void {
  if (head.actor !== SELF || head.passive || (head.type !== "implements" && head.type !== "based_on")) return;
  const { text, spans } = r;
  for (let j = first; j < end; j++) {
    if (r.bindingOf[j] !== null) continue;
    // "ban hành" ends right before the citation, or there is nothing to read: most citations are not so.
    const gap = text.slice(Math.max(0, spans[j].start - VERB_GAP), spans[j].start);
    if (!gap.includes("hành") && !gap.includes("HÀNH")) continue;
    if (!ISSUED_BY_SUBJECT.test(text.slice(Math.max(clause.start, spans[j].start - ISSUED_REACH), spans[j].start))) continue;
    const issued = moved(head, j, head.end);
    // The documents the head cue bound: in this clause, or in the list's clauses before it.
    for (let i = j - 1; i >= 0; i--) {
      if (r.bindingOf[i] !== head) continue;
      r.roles[i] = "references";
      r.bindingOf[i] = issued;
      r.nested.push({ type: head.type, from: j, to: i });
    }
    return;
  }
}

/**
 * A page with no heading of its own (neither its kind nor its number: a news item, a school's post)
 * that opens as a document would ("Thực hiện công văn số X …") and then narrates what was held under
 * X, its main clause opening with the event's time of day and day (EVENT_TIME_WORDS: "…, sáng ngày
 * 09/01/2015, Quận … đã tổ chức …", "… ⏎⏎ Sáng ngày 04/10/2020, …"), tells of X; it carries nothing
 * out itself. The documents the head cue bound for it, in this clause and in the list's clauses
 * before it, are references. Whether it so narrated.
 */
function narratesEvent(r: RoleReading, head: Binding, clause: Clause, end: number): boolean {
  if (head.actor !== SELF || head.passive || head.type !== "implements" || r.ownKind !== null || r.ownIssuers !== null) return false;
  const { text, spans } = r;
  // The main clause: after the clause's last document and its description.
  const main = text.slice(spans[end - 1].end, clause.end);
  if (CONTENT_FOLLOWS.test(main)) return false;
  // Or the clause ends with the document's description and the next clause, or paragraph, opens with
  // the event's day ("… 2025. ⏎⏎ Sáng ngày 04/10/2020, …").
  if (!EVENT_OPENS_CLAUSE.test(main) && !EVENT_OPENS_NEXT.test(text.slice(clause.end, clause.end + NEXT_CLAUSE_CHARS))) return false;
  for (let i = end - 1; i >= 0; i--) if (r.bindingOf[i] === head) r.roles[i] = "references";
  return true;
}
/** "… như sau:" anywhere in the main clause: the document's own words follow, it is no news. */
const CONTENT_FOLLOWS = new RegExp(CONTENT_FOLLOWS_SOURCE, "iu");
/** The stop and blanks between a clause's end and the next clause's day ("2025.⏎⏎Sáng ngày 04/10/2020"). */
const NEXT_CLAUSE_CHARS = 80;
/** An event's time of day with its day: "Sáng ngày 04/10/2020", "sáng ngày 09/01/2015", "Chiều 7/7", "Sáng nay, ngày …", "Chiều nay". */
const EVENT_DAY = String.raw`(?:${phraseSource(EVENT_TIME_WORDS)})[ \t]+(?:(?:nay|qua)(?![\p{L}\p{M}])(?:[ \t,]*(?:ngày[ \t]*)?[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{1,2}|[ \t]+tháng[ \t]+[0-9]{1,2}))?|(?:ngày[ \t]*)?[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{1,2}|[ \t]+tháng[ \t]+[0-9]{1,2}))`;
const EVENT_OPENS_CLAUSE = new RegExp(String.raw`[,;][ \t]*${EVENT_DAY}`, "iu");
const EVENT_OPENS_NEXT = new RegExp(String.raw`^[.;"”]?\s*${EVENT_DAY}`, "iu");

/**
 * The row's own document, when it is not the row's first: the first document after it that fills a
 * cell alone (its number, with "số" and its date), while the first shares its cell with other words
 * (a summary: "Quyết định sửa đổi, bổ sung … Quyết định số A"). -1 when the first is the row's.
 */
function rowDocument(text: string, spans: readonly { start: number; end: number }[], first: number, end: number): number {
  if (end - first < 2 || aloneInCell(text, spans[first])) return -1;
  for (let i = first + 1; i < end; i++) if (aloneInCell(text, spans[i])) return i;
  return -1;
}
/** Nothing but "số", spaces and stops between a citation and the cell's edges (a tab, a bar, a line's ends). */
function aloneInCell(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - CELL_CHARS), span.start);
  const after = text.slice(span.end, span.end + CELL_CHARS);
  return CELL_BEFORE.test(before) && CELL_AFTER.test(after);
}
const CELL_CHARS = 24;
const CELL_BEFORE = /(?:^|[\t|\n])[ \t]*(?:số[ \t]*:?[ \t]*)?$/iu;
const CELL_AFTER = /^[ \t.,;]*(?:[\t|\n]|$)/u;

/** "hành" and the spaces after it: how far before the citation the verb may end. */
const VERB_GAP = 12;
/** How far before the issued document its subject and verb are looked for. */
const ISSUED_REACH = 120;
/** ", Ủy ban nhân dân tỉnh (đã) ban hành " right before a citation: no digit or stop in the subject (line breaks may wrap it). */
const ISSUED_BY_SUBJECT = new RegExp(
  // The issue's date may stand first: "…, ngày 6/3/2021 Sở Nội vụ đã ban hành Kế hoạch số …".
  // A sentence typed in capitals says it so too ("…, UBND TỈNH ĐÃ BAN HÀNH KẾ HOẠCH SỐ …").
  String.raw`[,;]\s*(?:[Nn](?:gày|GÀY)\s*[0-9]{1,2}\s*(?:[\/.-]\s*|(?:tháng|THÁNG)\s+)[0-9]{1,2}\s*(?:[\/.-]\s*|(?:năm|NĂM)\s+)(?:19|20)[0-9]{2}\s*,?\s*)?(?:${phraseSource([...ISSUING_SUBJECTS, ...ISSUING_SUBJECTS.map((w) => w.toUpperCase())], { keepCase: true })})(?![\p{L}\p{N}])[^0-9,;.:()]{0,80}?\s(?:${phraseSource(ISSUED_DOCUMENT_VERBS, { anyCase: true })})\s+$`,
  "u",
);

/** How far before an opening cue (Cue.opening) its clause's start may lie: an item's marker and quote marks. */
const OPENING_CHARS = 16;
/** Nothing before the cue in its clause but white space, an item's marker, bullets and quote marks. */
const OPENS_CLAUSE = new RegExp(String.raw`^(?:${LIST_MARKER}|[\s_"“‘'])*$`, "u");
/**
 * Whether the cue at `at` opens its clause, or a paragraph inside it in capitals ("Kính gửi: Phòng …
 * ⏎⏎ Thi hành Quyết định số …": the salutation's clause runs on to the body's first sentence; a
 * wrapped line's "thi hành" goes on a sentence).
 */
function opensClause(text: string, clauseStart: number, at: number): boolean {
  // The line's start is looked for only back to the furthest `from` may lie: looked for back to the
  // text's start, a text of such cues and no line break was read once per cue (quadratic).
  const least = Math.max(0, clauseStart, at - OPENING_CHARS);
  const line = lineStartFrom(text, at, least);
  const from = Math.max(least, line);
  if (!OPENS_CLAUSE.test(text.slice(from, at))) return false;
  return from === clauseStart || (from === line && text[at] !== text[at].toLowerCase());
}
/** Where the line holding `at` starts if at `least` or after, else -1 (the text's start: 0). */
function lineStartFrom(text: string, at: number, least: number): number {
  for (let i = at - 1; i >= least - 1 && i >= 0; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return least === 0 ? 0 : -1;
}
/** A cue read in its clause: whose verb it is, waiting for the document it governs. */
function readCue(r: RoleReading, s: ClauseReading, cue: FoundCue): void {
  const { text } = r;
  // A cue said only at a clause's opening (Cue.opening) is no cue anywhere else: nothing is read.
  if (cue.cue.opening && !opensClause(text, s.clause.start, cue.start)) return;
  if (cue.cue.type === "promulgated_by") {
    // "Sửa đổi ... Quy định ban hành kèm theo Quyết định số X", "Căn cứ định mức ... ban hành
    // kèm theo Quyết định số X": what X promulgated stands for X.
    const { bound } = s;
    const held = s.heldAct;
    const from =
      s.pending ??
      (bound && ACTS.has(bound.type) ? moved(bound, bound.actor, r.spans[s.lastCitation].end) : null) ??
      (held && s.lastCitation >= 0 ? moved(held, held.actor, r.spans[s.lastCitation].end) : null);
    s.pending = from && reachesAttached(text.slice(from.end, cue.start), from.type) ? moved(from, from.actor, cue.end) : null;
    return;
  }
  if (s.lastCitation >= 0 && s.bound) s.setAside = s.bound;
  s.bound = null;
  if (cue.cue.ownAfter && endsWithAny(text.slice(Math.max(0, cue.start - OWN_AFTER_CHARS), cue.start), cue.cue.ownAfter)) {
    s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
    return;
  }
  if ((cue.cue.type === "implements" || cue.cue.type === "guides") && isHeadingOnly(text, cue, r.spans)) {
    // "Điều 2. Tổ chức thực hiện ⏎ Quyết định này … thay thế Quyết định số X", "IV. TỔ CHỨC THỰC
    // HIỆN ⏎ Sở Tư pháp hướng dẫn triển khai Nghị định số Y": an article's or a section's heading
    // names what follows; its words act on no document. (A basis heading, "I. CĂN CỨ", governs the
    // items listed under it: see `heading`. An act's verb alone on its line, "Điều 2. Bãi bỏ ⏎
    // Quy định ban hành kèm theo …", is as often wrapped as a heading: left as it was.)
    s.pending = null;
    r.carried = null;
    return;
  }
  if (cue.cue.type === "replaces" && !cue.cue.passive && replacesAnother(r, s, cue)) {
    s.pending = null;
    r.carried = null;
    return;
  }
  const followed = cue.cue.type === "implements" && THEO_NEXT.test(text.slice(cue.end, cue.end + 12));
  // "Quyết định này … thay thế phần danh mục thủ tục hành chính thực hiện theo cơ chế một cửa … tại
  // Quyết định số X": "thực hiện theo" describes the part the document's own act names; it is no cue,
  // and the act before it still reaches its document.
  if (followed && s.lastCitation < 0 && s.pending !== null && s.pending.actor === SELF && !s.pending.passive && ACTS.has(s.pending.type)) return;
  if (!followed) {
    // Each kind of cue is read by a function of its own, not in readCue: the branches are each taken
    // by few cues, and the first cue to take one made V8 compile the whole of readCue again; there a
    // recompile costs that branch's size only. Each says whether it has settled r.carried itself.
    const settled = cue.cue.passive ? readPassiveCue(r, s, cue) : s.lastCitation < 0 ? readHeadCue(r, s, cue) : readCueAfterCitation(r, s, cue);
    if (settled) return;
  } else s.pending = null;
  if (s.pending === null) r.carried = null;
}

/**
 * Whether a "thay thế" names what it replaces before any document: "- Về việc thay thế liên 1 hóa đơn
 * bằng bảng kê …: ⏎ Tổng cục thuế có công văn số X …", "thay thế Liên 1 bằng Bảng kê … là thực hiện
 * theo hướng dẫn … tại công văn số X" (2728/TCT-DNL, 2014): the object and what takes its place come
 * before X, which is only where the practice is allowed; "lập hóa đơn thay thế theo Nghị định
 * 123/2020/NĐ-CP": the invoice is replaced as the decree says. An act on a document names the document
 * (or its part) before "bằng": "thay thế Phụ lục … kèm theo Quyết định số X bằng Phụ lục …".
 */
function replacesAnother(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text, spans } = r;
  if (THEO_NEXT.test(text.slice(cue.end, cue.end + 12))) return true;
  let next = Math.max(s.lastCitation + 1, r.clauseFirst);
  while (next < spans.length && spans[next].start < cue.end) next++;
  const to = Math.min(next < spans.length ? spans[next].start : text.length, s.clause.end, cue.end + FAR_CHARS);
  return to > cue.end && SUBSTITUTE.test(text.slice(cue.end, to));
}

/** A passive cue's part of readCue ("bị bãi bỏ", "được sửa đổi"); true when it has settled r.carried itself. */
function readPassiveCue(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text } = r;
  // A passive cue speaks of the document before it; with none, of nothing it can name. A status
  // table's row opens with its date and the cue ("Lịch sử hiệu lực: Thông tư X ⏎ … ⏎ 05/11/2019
  // Bị bãi bỏ Y"): every row speaks of the document the table is the history of, named first.
  const acted = s.lastCitation < 0 ? -1 : statusRowBefore(text, cue.start) ? r.clauseFirst : s.lastCitation;
  // "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số
  // điều theo Nghị quyết số B": the basis named first is no citation, and the document rests on
  // it as B amended it, so on B (as in bind, "Căn cứ Luật A được sửa đổi bởi Luật B").
  if (acted < 0 && s.pending !== null && s.pending.actor === SELF && !s.pending.passive && s.pending.type === "based_on" && cue.cue.type === "amends") {
    s.pending = moved(s.pending, SELF, cue.end);
    return true;
  }
  s.pending = acted < 0 ? null : binding(cue.cue.type, acted, cue.cue, cue.end);
  // "Kế hoạch số X … được thay thế bằng Kế hoạch này": the agent is the citing document itself.
  if (acted >= 0 && byThisDocument(text.slice(cue.end, cue.end + 40))) {
    r.bind(acted, { type: cue.cue.type, actor: SELF, cue: cue.cue, end: cue.end, passive: false, also: null });
    s.pending = null;
  }
  return false;
}

/**
 * Whether a cue reaches "ban hành kèm theo" over `between`: FAR_WORDS words, or for an act the whole
 * name of the attached text it acts on (ATTACHED_NAME_WORDS), in one sentence.
 */
function reachesAttached(between: string, type: RelationType): boolean {
  const n = words(between);
  return n <= FAR_WORDS || (ACTS.has(type) && n <= ATTACHED_NAME_WORDS && !/[.;:]/u.test(between));
}

/**
 * A proposal's cue ("theo đề nghị", "xét đề nghị") in a preamble clause the document opened with its
 * own basis ("Căn cứ …"): older preambles join their last clause to the bases so.
 */
function ownProposalAfterBasis(s: ClauseReading, before: Binding, cue: FoundCue): boolean {
  return s.clause.part === "preamble" && before.actor === SELF && !before.passive && JOINED_TO_PROPOSAL.has(before.type) && cue.cue.type === "proposed_by" && cue.cue.reach === "far";
}
/**
 * The document's own cues a proposal's clause is joined to: its bases, or "Xét" said of no document
 * ("Xét tình hình thực tế ở địa phương và theo đề nghị của Giám đốc Sở Nội vụ tại Công văn số X").
 */
const JOINED_TO_PROPOSAL: ReadonlySet<RelationType> = new Set(["based_on", "proposed_by"]);
/** What ends a document's mention before a clause joined to it: "và", ",", ";" ("… của Chính phủ và theo đề nghị …"). */
const JOINED_CLAUSE = /(?:[,;]|(?:^|\s)và)\s*$/u;

/** readCue's part for a cue before the clause's first citation (the head verb); true when it has settled r.carried itself. */
function readHeadCue(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text } = r;
  // The head verb governs: "hướng dẫn việc thực hiện nghĩa vụ thuế ... tại Nghị định" guides;
  // but the enacting formula after a proposal states the document's own act ("Theo đề nghị của
  // Vụ trưởng Vụ Pháp chế, Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết …").
  const enacts = s.pending?.type === "proposed_by" && enactsBefore(text, s.pending.end, cue.start);
  if (s.pending?.actor === SELF && !enacts) {
    // "Căn cứ vào tình hình thực tế và theo đề nghị của Sở Tài chính tại Công văn số X": the
    // preamble's last clause joined to a basis without a document of its own; the proposal governs X.
    if (ownProposalAfterBasis(s, s.pending, cue)) {
      s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
      return true;
    }
    // "Thu hồi, hủy bỏ Quyết định số X", "thu hồi và bãi bỏ …": two verbs of one act, joined; the
    // head's reach runs from the second.
    if (ACTS.has(s.pending.type) && ACTS.has(cue.cue.type) && JOINED_ACT.test(text.slice(s.pending.end, cue.start))) {
      // "Sửa đổi, bổ sung, bãi bỏ một số điều của …": the second verb names another act, kept beside the first.
      const also = s.pending.also ?? (cue.cue.type !== s.pending.type ? cue.cue.type : null);
      s.pending = binding(s.pending.type, SELF, s.pending.cue, cue.end, also);
      return true;
    }
    // "Bộ Tài chính hướng dẫn công tác lập dự toán, … nguồn vốn ngân sách nhà nước thực hiện
    // Quyết định số X": what is guided is carried out under X, which the guidance therefore
    // guides; the reach to X runs from "thực hiện", however long the activity named between. So
    // from a second guiding verb: "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn
    // thi hành Luật Dược" (the title formula of decrees since Luật BHVBQPPL 2025).
    if (s.pending.type === "guides" && (cue.cue.type === "implements" || cue.cue.type === "guides") && !ENDS_WITH_NOUN.test(text.slice(Math.max(s.clause.start, cue.start - HEAD_REACH), cue.start))) {
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
    s.pending = binding(cue.cue.type, SELF, { ...cue.cue, governsList: true }, cue.end);
    return false;
  }
  s.pending = enacts || speaksForItself(text, s.clause, cue, r.ownKind) ? binding(enactedGuidance(text, cue, r.ownKind) ? "guides" : cue.cue.type, SELF, cue.cue, cue.end) : null;
  return false;
}

/**
 * The demand's subject and verb (DEMAND_HEADS, ISSUER_SUBJECTS; DEMAND_VERBS, lower case), a few words
 * of the issuer's name between. Not the noun: "Thủ tướng Chính phủ đã ban hành chỉ thị số …" retells.
 */
const DEMAND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${phraseSource([...ISSUER_SUBJECTS, ...DEMAND_HEADS], { keepCase: true })})(?![\p{L}\p{N}])[^.;:]{0,${DEMAND_SUBJECT_CHARS}}?\s(?:${phraseSource(DEMAND_VERBS)})(?![\p{L}\p{N}])(?!\s+(?:số|này)(?![\p{L}\p{N}]))`,
  "u",
);
/** How the demanded work is to be carried out, right after the cue ("thực hiện nghiêm", "thực hiện tốt"). */
const DEMAND_MANNER = new RegExp(String.raw`^\s+(?:${phraseSource(DEMAND_MANNER_WORDS)})(?![\p{L}\p{N}])`, "iu");
/**
 * A directive's body sentence "<issuer> yêu cầu <addressees> … thực hiện nghiêm …" (DEMAND_VERBS): the
 * directive's own "thực hiện", however long the addressees' list; in the same sentence, before the
 * clause's first document. Only a directive: a report or a letter retells others' demands so.
 */
function demandOfDirective(text: string, clause: Clause, cue: FoundCue, ownKind: Kind | null): boolean {
  if (ownKind !== "directive" || clause.part === "title" || cue.cue.type !== "implements" || !DEMAND_MANNER.test(text.slice(cue.end, cue.end + 16))) return false;
  const before = text.slice(Math.max(clause.start, cue.start - DEMAND_CHARS), cue.start);
  const stop = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"));
  return DEMAND.test(before.slice(stop + 1));
}

/** How far a "Thi hành …" sentence is read for its enacting formula (ENACTED_GUIDANCE_VERBS): a decree's title and date, an aside. */
const GUIDANCE_SENTENCE_CHARS = 600;
/** Where the sentence ends: a full stop or a colon before whitespace ("… như sau:"). */
const SENTENCE_STOP = /[.:](?=\s)/u;
/** ", Bộ Nội vụ hướng dẫn": the issuer as the subject of a guiding verb, a few words of its name between. */
const GUIDANCE_FORMULA = new RegExp(
  String.raw`,\s*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^,;.:()]{0,48}?\s(?:${phraseSource(ENACTED_GUIDANCE_VERBS)})(?![\p{L}\p{N}])`,
  "u",
);
/**
 * "Thi hành Nghị định số X …, Bộ Nội vụ hướng dẫn thực hiện như sau:": in a circular
 * (ENACTED_GUIDANCE_KINDS), the sentence's formula makes the document guide X (ENACTED_GUIDANCE_VERBS).
 */
function enactedGuidance(text: string, cue: FoundCue, ownKind: Kind | null): boolean {
  if (cue.cue.type !== "implements" || cue.cue.reach !== "next" || ownKind === null || !ENACTED_GUIDANCE_KINDS.includes(ownKind)) return false;
  const rest = text.slice(cue.end, cue.end + GUIDANCE_SENTENCE_CHARS);
  const stop = SENTENCE_STOP.exec(rest);
  return GUIDANCE_FORMULA.test(stop === null ? rest : rest.slice(0, stop.index));
}

/** readCue's part for a cue after a citation (the cited document's verb, or a next act); true when it has settled r.carried itself. */
function readCueAfterCitation(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text } = r;
  // "thay thế Quyết định số A và bãi bỏ Quyết định số B": a second act joined at once to a first
  // one is said by the same document (here the citing one), not by A; so in a description,
  // "Quyết định số C về việc sửa đổi Quyết định số D và bổ sung Quyết định số E": C amends E.
  const since = r.spans[s.lastCitation].end;
  const between = text.slice(since, cue.start);
  if (cue.start - since <= NOUN_REACH && !cue.cue.passive) {
    // "Triển khai … Kế hoạch số A … của UBND tỉnh gắn với việc thực hiện Nghị quyết số B": the task
    // tied to the first is the same actor's (the citing document's here), not A's.
    if (TIED_TASK.test(between)) {
      const first = s.setAside;
      s.pending = first !== null && !first.passive ? binding(cue.cue.type, first.actor, cue.cue, cue.end) : null;
      if (s.pending === null) r.carried = null;
      return true;
    }
    // "Thực hiện Nghị quyết số A, Đề án triển khai Nghị quyết số A và Quyết định số B": a member named
    // by its kind alone carries out A itself; the list before it goes on with B.
    if (UNNAMED_MEMBER.test(between)) {
      s.afterUnnamed = true;
      s.unnamedOuter = s.setAside;
      s.pending = null;
      return true;
    }
  }
  // "Căn cứ Nghị định số A … và theo đề nghị của Sở Tài chính tại Tờ trình số B": the preamble's last
  // clause, joined to the basis's list; the proposal is the document's own, not A's.
  if (s.setAside !== null && ownProposalAfterBasis(s, s.setAside, cue) && JOINED_CLAUSE.test(between)) {
    s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
    return true;
  }
  const joined = joinedAct(r, s, cue);
  if (joined !== null) {
    s.pending = binding(cue.cue.type, joined, cue.cue, cue.end);
    return true;
  }
  // "Thông tư số A … hướng dẫn một số nội dung thực hiện Nghị định số B": what A guides is carried
  // out under B, which A therefore guides, as the document's own guidance does (above); the
  // reach to B runs from "thực hiện".
  const before = text.slice(Math.max(s.clause.start, cue.start - NOUN_REACH), cue.start);
  // "Công văn số A … đề nghị bãi bỏ Quyết định số B": a proposal, no act of A's.
  if (ACTS.has(cue.cue.type) && ENDS_WITH_PROPOSAL.test(before)) {
    s.pending = null;
    r.carried = null;
    return true;
  }
  const p = s.pending;
  // "Thông báo số A kết luận của Trưởng Ban Chỉ đạo quốc gia triển khai Nghị quyết số B": the
  // committee's name holds the cue; A does not carry B out, as a review's noun does not (below).
  const review = ENDS_WITH_NESTED_NOUN.test(before) || ENDS_WITH_COMMITTEE.test(before);
  if (p !== null && p.actor === s.lastCitation && !p.passive && p.type === "guides" && cue.cue.type === "implements" && !review) {
    s.pending = moved(p, p.actor, cue.end);
    return true;
  }
  // "Công văn số A về việc báo cáo kết quả thực hiện Chỉ thị số B": a review of B's
  // implementation, A does not carry B out; a verb before it ("hướng dẫn việc thực hiện") still governs.
  if (review) return true;
  // "Căn cứ Nghị định số 28/CP … quy định chi tiết Pháp lệnh X, các Nghị định sửa đổi, bổ sung
  // Nghị định số 28/CP": the act is by documents left unnamed, not by the document before them.
  // "Thực hiện Công văn số X …, Sở Tư pháp kính trình UBND tỉnh ban hành Quyết định sửa đổi …
  // Quyết định số Y": after a comma another subject speaks; the act is not X's.
  const unnamedObject = ACTED_ON_UNNAMED.test(text.slice(Math.max(since, cue.start - 40), cue.start));
  if (unnamedObject && p !== null && p.actor === s.lastCitation && !p.passive && ACTS.has(p.type) && (cue.cue.type === "guides" || cue.cue.type === "implements")) {
    s.unnamedAct = p;
  }
  s.pending =
    unnamedObject || (cue.start - since <= ISSUED_REACH && ANOTHER_SUBJECT.test(text.slice(since, cue.start)))
      ? null
      : binding(cue.cue.type, s.lastCitation, cue.cue, cue.end);
  return false;
}

/**
 * A comma, then a body as the subject of what follows, and the document that acts named by its kind
 * alone right before the cue: "…, Sở Tư pháp kính trình UBND tỉnh xem xét ban hành Quyết định". Not a
 * joint issuer's name ("… của Bộ Tài chính, Bộ Tư pháp hướng dẫn …": the cited document still acts).
 */
const ANOTHER_SUBJECT = new RegExp(String.raw`,\s*(?:${phraseSource(ISSUING_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^,;.:()]*\s(?:${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})\s*$`, "u");

/** "bằng Kế hoạch này", "bởi Quyết định này" right after a passive cue: the citing document acts. */
const BY_THIS_DOCUMENT = new RegExp(String.raw`^\s*(?:bằng|bởi|theo|tại)\s+(?:${KIND_WORDS})\s+${THIS_WORD}(?![\p{L}\p{N}])`, "iu");
/**
 * BY_THIS_DOCUMENT where the words hold "này" at all: compiling its kind words and letter classes cost
 * a fresh process 2-20 ms (bench/regex-compile.mjs), for a test none of the 2,000 plans' windows
 * passed (none holds "này"); the word alone compiles in a fraction of a millisecond.
 */
const byThisDocument = (words: string): boolean => THIS_WORD_IN.test(words) && BY_THIS_DOCUMENT.test(words);
const THIS_WORD_IN = new RegExp(THIS_WORD, "iu");

/** A row of a status table, up to its status: its date alone ("05/11/2019 "). */
const STATUS_ROW = /^[ \t|]*\d{1,2}\/\d{1,2}\/\d{4}[ \t|]+$/u;
/** What STATUS_ROW's line may hold before the status, by UTF-16 code: spaces, tabs, bars, digits, slashes. */
const ROW_CHAR = new Uint8Array(0x80);
for (const c of " \t|/0123456789") ROW_CHAR[c.charCodeAt(0)] = 1;
/**
 * Whether the line before `at` is a status row's opening (STATUS_ROW). Its start is looked for only
 * back over what such an opening holds: found with lastIndexOf("\n"), a text on one line walked back to
 * its start for every passive cue ("… đã được sửa đổi, " repeated: 1,000,000 characters 5 s, 2,000,000 20 s).
 */
function statusRowBefore(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i - 1); i > 0 && c < 0x80 && ROW_CHAR[c] === 1; c = text.charCodeAt(--i - 1));
  if (i > 0 && text.charCodeAt(i - 1) !== 0x0a) return false;
  return STATUS_ROW.test(text.slice(i, at));
}

/** TIED_TASK_WORDS right after a document's mention (its issuer ends it), before a cue. */
const TIED_TASK = new RegExp(String.raw`^\s*,?\s*(?:${phraseSource(TIED_TASK_WORDS)})\s*$`, "iu");
/** ", Đề án " between a document and a cue: a next member of the list, named by its kind alone. */
const UNNAMED_MEMBER = new RegExp(String.raw`^\s*[,;]\s*(?:${KIND_WORDS})\s*$`, "iu");
/** An act's object named by its kind alone, without a number: "… một số điều của các thông tư". */
const ACTED_ON_UNNAMED = new RegExp(String.raw`(?:^|\s)(?:các|những|một\s+số)\s+(?:${KIND_WORDS})\s*$`, "iu");
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
/** Words that make the next document a link's, not the cue's object: "thực hiện dự án tại Quyết định số …". */
const OBJECT_LINK = new RegExp(String.raw`(?:^|\s)(?:${phraseSource([...OBJECT_LINK_WORDS, "kèm"])})(?:\s|$)`, "iu");
/** Plain words a cue's object may follow it by ("thực hiện các nội dung Chỉ thị số …"). */
const OBJECT_WORDS = 3;
/** The next document follows the cue ending at `end` as its object: a few plain words between, no link word. */
function objectFollows(r: RoleReading, end: number): boolean {
  const k = lastAtOrBefore(r.spans, end, (x) => x.start) + 1;
  if (k >= r.spans.length) return false;
  const between = r.text.slice(end, r.spans[k].start);
  return !/[;.:]/u.test(between) && words(between) <= OBJECT_WORDS && !OBJECT_LINK.test(between);
}

/**
 * An act's cue right after a document acted on, joined to that act by "và", "," or "đồng thời"
 * alone: the actor of the first act (SELF or a cited document's index), or null.
 */
function joinedAct(r: RoleReading, s: ClauseReading, cue: FoundCue): number | null {
  const first = s.setAside;
  if (first === null || first.passive || !(joinable(first.type, cue.cue.type) || ownTitleVerbs(s, first, cue.cue.type))) return null;
  const from = r.spans[s.lastCitation].end;
  return cue.start - from <= NOUN_REACH && JOINED_AFTER_MENTION.test(r.text.slice(from, cue.start)) ? first.actor : null;
}
/**
 * Two verbs one actor says of two documents in a row: two acts ("thay thế A và bãi bỏ B"), or two
 * guiding verbs ("Thông tư này hướng dẫn thi hành Nghị định số A và quy định chi tiết khoản 3 Điều 5
 * của Nghị định số B": B is guided by the document, not by A, which no description of A begins with "và").
 */
function joinable(first: RelationType, then: RelationType): boolean {
  return (ACTS.has(first) && ACTS.has(then)) || (first === "guides" && then === "guides");
}
/**
 * A subject line's own verbs, one per document: "thực hiện Chỉ thị số A và triển khai Nghị quyết số B",
 * "ban hành kế hoạch thực hiện Quyết định số A và bãi bỏ Kế hoạch số B". Right after A's mention (its
 * number, date, issuer) comes no description of A, so the verb after "và" is the document's, as the
 * one before A was, not A's.
 */
function ownTitleVerbs(s: ClauseReading, first: Binding, then: RelationType): boolean {
  if (s.clause.part !== "title" || first.actor !== SELF) return false;
  const carries = (t: RelationType) => t === "implements" || ACTS.has(t);
  return (carries(first.type) || first.type === "guides") && carries(then);
}
/** What joins two acts of one actor: ",", "và", "đồng thời" ("thu hồi, hủy bỏ …", "thay thế A và bãi bỏ B"). */
const JOINED_ACT = /^\s*(?:[,;]\s*(?:và\s+|đồng\s+thời\s+)?|(?:và|đồng\s+thời)\s+)$/iu;
/** The same after a document acted on, which may be named again with "nêu trên": "thay thế Quyết định số 15 nêu trên và bãi bỏ …". */
const JOINED_AFTER_MENTION = new RegExp(`^\\s*(?:(?:${phraseSource(NAMED_ABOVE_WORDS)})\\s*)?(?:[,;]\\s*(?:và\\s+|đồng\\s+thời\\s+)?|(?:và|đồng\\s+thời)\\s+)$`, "iu");

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
/** Each kind's words, built when an alias first asks for them (aliases are rare). */
const KIND_WORDS_OF = new Map<Kind, RegExp | null>();

/** Citation i, after the cues before it: the binding it is read with, if any. */
function readCitation(r: RoleReading, s: ClauseReading, i: number): void {
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
    if (aliased && !aliasesDescribed(r.kinds[last], r.kinds[i], between)) r.bind(i, aliased);
    // The alias closes that document's description, and the list goes on with the document's own
    // binding: a cue inside the description found no document there ("Kết luận số 48-KL/TW … về
    // tiếp tục thực hiện sắp xếp đơn vị hành chính (gọi tắt là …), Nghị quyết số 35/…": "thực hiện"
    // governs the arrangement, and the resolution is the next member of the list "Thực hiện" opens).
    s.pending = null;
    s.bound = aliased;
    return;
  }
  const { pending, clause } = s;
  let found: Binding | null = null;
  // In a proposal's clause a description ("Tờ trình số X về điều chỉnh dự toán ... và ý kiến của Sở
  // Tài chính tại Công văn số Y") names the subject of a submission, not another relation.
  const nestedInProposal = s.proposal !== null && pending !== null && pending.actor !== SELF;
  const reached =
    pending && !nestedInProposal && !spentOnNamed(text, pending, spans[i].start) && !guidesWorkUnder(text, pending, pending.end, spans[i].start, r.ownKind) && withinReach(text, pending.end, spans[i].start, pending.cue, clause.part) && !belowHeading(text, pending, spans[i].start) && !enclosureClosed(r, pending, last, i)
      ? r.outward(pending, i)
      : null;
  // A cue governs the first document after it, or none: never one behind another document.
  s.pending = null;
  if (reached && reached.type === "proposed_by" && reached.actor === SELF && !PROPOSING.has(r.kinds[i]) && r.cited[i]?.kindText && proposalAbout(text.slice(pending!.end, spans[i].start))) {
    // "Xét đề nghị của Bộ Ngoại giao tại Báo cáo về tình hình thực hiện Chỉ thị 1737/CT-TTg …
    // (công văn số 864/BNG-LS …)": the directive is what the report is about (KindEntry.proposes, as for
    // the clause's later documents); the proposal goes on to the report's own number.
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
  } else if (last < 0 && r.carried && (continuesList(text, clause.start, spans[i].start) || (ACTS.has(r.carried.type) && attachedPartsItem(text, clause.start, spans[i].start)) || (r.carried.type === "proposed_by" && r.cited[i]?.kindText && bodyLedMember(text, clause.start, spans[i].start))) && !ENACTS_ITSELF.test(text.slice(clause.start, spans[i].start)) && !CONSULTED.test(text.slice(clause.start, spans[i].start)) && !guidesWorkUnder(text, r.carried, clause.start, spans[i].start, r.ownKind)) {
    found = r.carried;
  }
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
  return date !== null && date === r.dates[b.actor] && sameSeries(r, i, b.actor, last);
}

/**
 * "Điều 2. Bãi bỏ các danh mục sau đây: ⏎ 1. Phụ lục 01 Danh mục …, Phụ lục 02 … và Phụ lục 04 … áp dụng
 * trong hóa trị, xạ trị ban hành kèm theo Quyết định số A": an item of an act's list names the parts it
 * acts on, at whatever length, before the document they are attached to: ATTACHED_NAME_WORDS words at
 * most, in one sentence, ending with "(ban hành) kèm theo".
 */
function attachedPartsItem(text: string, from: number, to: number): boolean {
  if (to - from > ATTACHED_ITEM_CHARS) return false;
  const lead = text.slice(from, to);
  return ENDS_ATTACHED.test(lead) && !/[.;:]/u.test(lead.replace(ITEM_MARKER, "")) && words(lead) <= ATTACHED_NAME_WORDS;
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
 * Whether a letter's own "hướng dẫn" reaches, through "theo", the rule the guided work follows
 * (GUIDED_WORK_WORDS): the words from `from` (the cue's end, or the start of the list item it was
 * carried to) to the document name that rule. The document is quoted, not guided.
 */
function guidesWorkUnder(text: string, b: Binding, from: number, to: number, ownKind: Kind | null): boolean {
  if (b.type !== "guides" || b.actor !== SELF || b.passive || !WORK_GUIDING.has(ownKind)) return false;
  return GUIDED_WORK.test(text.slice(from, to));
}
const WORK_GUIDING: ReadonlySet<Kind | null> = new Set(WORK_GUIDING_KINDS);
const GUIDED_WORK = new RegExp(String.raw`(?<!(?:${phraseSource(GUIDED_WORK_NOT_AFTER)})\s+)(?<![\p{L}\p{N}])(?:${phraseSource(GUIDED_WORK_WORDS)})(?![\p{L}\p{N}])`, "iu");

/**
 * "Nghị quyết số A … sửa đổi, bổ sung một số điều của Hiến pháp nước …, Luật … số B, Kết luận số C":
 * the amendment's object, named right after its cue, is a document amended alone (AMENDED_ALONE): the
 * cue is spent on it, and B is no object of A's; it goes on with the list A heads.
 */
function spentOnNamed(text: string, b: Binding, to: number): boolean {
  if (b.type !== "amends" || b.passive) return false;
  const words = text.slice(b.end, Math.min(to, b.end + AMENDED_ALONE_CHARS));
  return AMENDED_ALONE_OPENS.test(words) && AMENDED_ALONE_AT.test(words);
}
const AMENDED_ALONE_OPENING = String.raw`^\s*(?:của\s+)?(?:${phraseSource(AMENDED_ALONE, { anyCase: true })})`;
const AMENDED_ALONE_AT = new RegExp(String.raw`${AMENDED_ALONE_OPENING}(?![\p{L}\p{N}])`, "iu");
/**
 * AMENDED_ALONE_AT without its look-ahead, tried first: the letter and digit classes under "iu" are most
 * of its cost to compile (~2-5 ms a process), and none of 2,000 plans' 713 windows opens with the name.
 */
const AMENDED_ALONE_OPENS = new RegExp(AMENDED_ALONE_OPENING, "iu");
const AMENDED_ALONE_CHARS = 24;

/**
 * A section heading in capitals ("II. TỔ CHỨC THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN") names what the
 * section is about; its cue governs a document listed under it ("I. CĂN CỨ PHÁP LÝ ⏎ Nghị quyết số
 * …"), not one in the middle of the paragraph below it ("… báo cáo theo mẫu kèm theo Công văn số …").
 */
function belowHeading(text: string, b: Binding, to: number): boolean {
  if (b.actor !== SELF) return false;
  // The line's ends are looked for within HEADING_CHARS of the cue, no further: a longer line is no
  // heading. Looked for with indexOf and lastIndexOf, they were walked to the text's ends for each
  // binding asked, and a text on one line (no "\n" to stop at) cost the square of its length.
  const lineEnd = newlineIn(text, b.end, Math.min(to, b.end + HEADING_CHARS + 1));
  if (lineEnd < 0) return false;
  const lineStart = newlineBack(text, b.end - 1, lineEnd - HEADING_CHARS - 1) + 1;
  if (lineStart === 0 && lineEnd - HEADING_CHARS - 1 > 0) return false;
  const line = text.slice(lineStart, lineEnd);
  if (line.length > HEADING_CHARS || !HEADING_LINE.test(line)) return false;
  return !leadsList(text.slice(text.lastIndexOf("\n", to - 1) + 1, to));
}
const NEWLINE = 0x0a;
/** The first "\n" in text[from, to), or -1. */
function newlineIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === NEWLINE) return i;
  return -1;
}
/** The last "\n" at or before `from` and after `limit` (at least 0), or -1. */
function newlineBack(text: string, from: number, limit: number): number {
  for (let i = from; i >= 0 && i >= limit; i--) if (text.charCodeAt(i) === NEWLINE) return i;
  return -1;
}
/** A numbered section heading: its number, then words in capitals and nothing that ends a sentence. */
const HEADING_LINE = /^[\s*#_]*[IVXLC]{1,6}[ \t]*[.)][^\p{Ll}.;:]*$/u;
const HEADING_CHARS = 120;

/** "Quyết định số X ... hết hiệu lực": the document named first in a clause without a cue before it ceases to apply. */
function readPostCue(r: RoleReading, clause: Clause, first: number, end: number): void {
  const { text, spans } = r;
  if (!endsWithPostCue(text, spans[end - 1].end, clause.end)) return;
  if (spans[first].start - clause.start > HEAD_REACH) return;
  const lead = text.slice(clause.start, spans[first].start);
  // "Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số X … hết hiệu lực": the time comes first.
  const bare = lead.replace(ITEM_MARKER, "").replace(SINCE_LEAD, "");
  // "các quy định tại Điều 3 và Điều 4 Nghị định số X … hết hiệu lực": the parts named first cease.
  if (!leadsList(lead) && !leadsList(bare) && !namesProvisions(bare)) return;
  const b = binding("repeals", SELF, POST_CUE, clause.end);
  r.bind(first, b);
  // "Nghị định số A … quy định chi tiết Luật X và Nghị định số B … hết hiệu lực": X is named in A's
  // description (A guides X); it ceases nothing, and the list goes on past it to B.
  const described = (i: number) => r.nested.some((n) => n.to === i && n.from >= first && n.from < i);
  for (let i = first + 1, prev = first; i < end; prev = i++) {
    if (described(i)) continue;
    if (!coordinated(text, spans[prev].end, spans[i].start)) break;
    r.bind(i, b);
  }
}
/** "Kể từ ngày Nghị định này có hiệu lực thi hành, ", "Từ ngày 01 tháng 7 năm 2026, ": when a clause's act takes effect. */
const SINCE_LEAD = /^\s*(?:kể\s+)?từ\s+ngày\s[^,;.:]{1,80},\s*/iu;
/** Both ISO dates known and the first after the second. */
function laterThan(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a > b;
}

/** "... hết hiệu lực kể từ ngày Thông tư này có hiệu lực": the cue after the clause's last document. */
function endsWithPostCue(text: string, from: number, end: number): boolean {
  const after = text.slice(from, Math.min(end, from + 4 * HEAD_REACH));
  if (!POST_CUES.test(after)) return false;
  // "- 2Quyết định 318/QĐ-UBND năm 2020 công bố Danh mục văn bản … hết hiệu lực …" (a site's list of
  // related documents, a list of a decision's sources): the cue belongs to the catalogue the document
  // publishes. A cue after the catalogue's is the clause's own ("… năm 2019 hết hiệu lực kể từ …").
  const catalogue = CATALOGUE_OF_CEASED.exec(after);
  return catalogue === null || POST_CUES.test(after.slice(catalogue.index + catalogue[0].length));
}

/**
 * The document's own number, and the decision an annex is attached to ("(Ban hành kèm theo
 * Quyết định số ...)" at the head of its sentence), whatever the clause says.
 */
export function withSelf(doc: Layout, citations: readonly Citation[], kinds: readonly (Kind | null)[], roles: readonly Role[], self: SelfKey): Role[] {
  // Filled by push, not map (see RoleReading's constructor).
  const out: Role[] = [];
  for (let i = 0; i < citations.length; i++) out.push(roleWithSelf(doc, citations[i], kinds[i], i, roles[i], self));
  return out;
}

/**
 * `kind` is the citation's, from the array analyzeText fills for all of them: read from the citation
 * here, where few citations get to, it met a shape of citation not met before, and V8 compiled
 * withSelf again.
 */
function roleWithSelf(doc: Layout, cit: Citation, kind: Kind | null, i: number, role: Role, self: SelfKey): Role {
  const { text, spans, sentenceOf } = doc;
  if (self.number !== null && cit.number === self.number && cit.symbol === self.symbol) return "self";
  const from = sentenceOf[i].start;
  if (cit.number === null && kind !== null && kind === self.kind && namesItself(text, spans[i].start, from, self)) return "self";
  if (enactsAmendmentOf(text, cit, spans[i].start, from)) return "amends";
  // "(Ban hành kèm theo" is short: a longer stretch before the citation is not read at all.
  if (spans[i].start - from <= ATTACHED_REACH && ATTACHED.test(text.slice(from, spans[i].start))) {
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
  return (opens >= 0 || from === sentence) && ENACTING_FORMULA.test(before.slice(opens + 1));
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
  return cit.number !== null && cit.name !== undefined && AMENDING_NAME.test(cit.name) && followsEnactingFormula(text, start, sentence);
}
/** A name made of an amending cue and the amended law's kind word: "sửa đổi, bổ sung một số điều của Luật Xây dựng". */
const AMENDING_NAME = new RegExp(
  String.raw`^(?:${phraseSource(DOCUMENT_CUES.filter((c) => c.type === "amends").flatMap((c) => c.phrases), { anyCase: true })})[ \t]+(?:của[ \t]+)?(?:${phraseSource(NAMED_KINDS.flatMap((k) => k.words), { anyCase: true })})(?![\p{L}\p{N}])`,
  "iu",
);
/** Nothing before the citation in the title but white space and markup. */
const TITLE_OPENS = /^[\s*_#|]*$/u;
/** The issuer, then "ban hành", right before the citation, from the start of its sentence or its line. */
const ENACTING_FORMULA = new RegExp(String.raw`^[\s*_-]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^.;:\n]{0,60}?[ \t](?:${phraseSource(ENACTING_VERBS)})[ \t]+$`, "u");
const ENACTING_REACH = 160;

/**
 * The act a title opens with ("Hướng dẫn thực hiện …": guides; "Sửa đổi, bổ sung …": amends), on
 * the title's line after its kind line, when the sentence at `from` follows the title with nothing
 * but whitespace between. A basis or a proposal is no title's opening.
 */
function titleOpeningCue(text: string, title: { start: number; end: number }, from: number): RelationType | null {
  if (from < title.end || text.slice(title.end, from).trim() !== "") return null;
  TITLE_LINE_CUE.lastIndex = title.start;
  for (let m = TITLE_LINE_CUE.exec(text); m !== null && m.index < title.end; m = TITLE_LINE_CUE.exec(text)) {
    const type = TITLE_ACTS.get(m[1]);
    if (type !== undefined) return type;
  }
  return null;
}
const TITLE_ACTS = new Map<string, RelationType>(
  DOCUMENT_CUES.filter((c) => c.type !== "based_on" && c.type !== "proposed_by").flatMap((c) => c.phrases.map((p) => [p, c.type] as const)),
);
/** A title line opening with one of TITLE_ACTS' phrases, longest first (phraseSource), as written. */
const TITLE_LINE_CUE = new RegExp(String.raw`(?:^|\n)[ \t*_]*(${phraseSource([...TITLE_ACTS.keys()], { keepCase: true })})(?![\p{L}\p{N}])`, "gu");

/** An article's or a section's number, alone before a cue on its line: "Điều 2.", "IV.", "3.". */
const HEADING_NUMBER = /(?:^|\n)[ \t*#_]*(?:Điều[ \t]+\d{1,3}[ \t]*[.:]|[IVXLC]{1,6}[ \t]*[.)]|\d{1,2}(?:\.\d{1,2})*[ \t]*[.)])[ \t]*$/u;
/** Nothing after the cue on its line but its stop or markup, then the next line's first character. */
const LINE_ENDS = /^[ \t*_:.]*\n\s*/u;
/**
 * A heading made of a number and the cue alone: "Điều 2. Tổ chức thực hiện", "IV. TỔ CHỨC THỰC
 * HIỆN", then a sentence of its own, capitalised. Not a line wrapped after its cue: "1. Triển
 * khai thực hiện ⏎ Kết luận số 45-KL/TW …" goes on with the document it carries out, "Điều 2.
 * Bãi bỏ ⏎ điểm e khoản 3 Điều 6 …" with the part it repeals.
 */
function isHeadingOnly(text: string, cue: FoundCue, spans: readonly { start: number }[]): boolean {
  const after = LINE_ENDS.exec(text.slice(cue.end, cue.end + 48));
  if (after === null || !HEADING_NUMBER.test(text.slice(Math.max(0, cue.start - 24), cue.start))) return false;
  const next = cue.end + after[0].length;
  // No citation opens the next line. Looked up before the capital is tested, not after: a heading
  // followed by a capital comes late in a run of documents, and its first look-up, a call V8 had
  // not seen, made it compile readCue again.
  const k = lastAtOrBefore(spans, next, (x) => x.start);
  const opensWithCitation = k >= 0 && spans[k].start === next;
  // The line goes on with a capital (what toLowerCase changes), read by table: comparing the
  // character with its lower case met strings of two kinds (a Latin-1 letter is a shared one, a
  // Vietnamese one is new), and the second kind made V8 compile readCue again.
  return CHANGES_WHEN_LOWERCASED[text.charCodeAt(next)] === 1 && !opensWithCitation;
}

/**
 * "Quốc hội ban hành Luật Đất đai.", "Chính phủ ban hành Nghị định …": the enacting formula after the
 * preamble's last ";" names the document itself, not one more basis of the list before it.
 */
const ENACTS_ITSELF = new RegExp(String.raw`^[\s,]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^.;:]{0,40}?\sban\s+hành\s*$`, "u");
/**
 * "Căn cứ Nghị định số A …; ⏎ Sau khi có ý kiến của Bộ Y tế tại Công văn số B …": an item telling of
 * the consultation the document followed (CONSULTED_OPENERS) opens a new item; B is no more of A's list.
 */
const CONSULTED = new RegExp(String.raw`^[\s*_(-]*(?:${phraseSource(CONSULTED_OPENERS)})(?![\p{L}\p{N}])`, "iu");
/** "… ban hành Thông tư" right before a cue: the document is issued to do what the cue says. */
const ISSUES_KIND = new RegExp(String.raw`(?:^|[\s,])ban\s+hành\s+(?:${KIND_WORDS})\s*$`, "iu");
function enactsBefore(text: string, from: number, cueStart: number): boolean {
  return cueStart - from <= FAR_CHARS && ISSUES_KIND.test(text.slice(Math.max(from, cueStart - 48), cueStart));
}

/**
 * A numbered section heading on a line of its own, no stop in it ("II. NỘI DUNG", "1. Mục đích"),
 * then the next line's capital.
 */
const HEADING_THEN_LINE = /^[\s*#_]*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[ \t]*[.)][^\n.;:!?]{1,60}\n[ \t*_]*(?=\p{Lu}|$)/u;
const CAPITAL = /^\p{Lu}/u;

/** Does the citing document say this cue itself? Only a heading, its own name, or its issuer may stand before it. */
function speaksForItself(text: string, clause: Clause, cue: FoundCue, ownKind: Kind | null = null): boolean {
  const cueStart = cue.start;
  const before = text.slice(Math.max(clause.start, cueStart - HEAD_REACH), cueStart);
  const near = cueStart - clause.start <= HEAD_REACH;
  if (near && AT_HEAD.test(before)) return true;
  // "II. NỘI DUNG ⏎ Tiếp tục thực hiện Kế hoạch số …": a section's heading line, then a sentence that
  // opens with head words and the cue: as if the heading stood alone (a bullet would have split them).
  if (near && clause.part !== "title") {
    const heading = HEADING_THEN_LINE.exec(before);
    if (heading !== null) {
      // The next line opens with head words ("Tiếp tục"), or with the cue itself, capitalised ("Cụ thể hóa").
      const rest = before.slice(heading[0].length);
      if (rest === "" ? CAPITAL.test(text.charAt(cueStart)) : AT_HEAD.test(rest)) return true;
    }
  }
  // "Xét đề nghị", "Theo đề nghị" are said by the document whoever's proposal it reads.
  if (cue.cue.type === "proposed_by" && cue.cue.reach === "far") return true;
  // "2. Hội đồng nhân dân tỉnh đồng ý theo Tờ trình số …": a council's article approving a submission
  // (the approval cues, the proposal cues reaching only the next document), its issuer the sentence's
  // subject (ISSUER_SUBJECTS), in the body as in the preamble. Not "Xét" (reach "short"): "UBND huyện xét
  // hồ sơ …" in a body is a task.
  if (cue.cue.type === "proposed_by" && cue.cue.reach === "next" && near && clause.part !== "title" && ISSUER_SUBJECT.test(before.replace(ITEM_MARKER, "")) && words(before) <= SUBJECT_WORDS) return true;
  // "..., đồng thời căn cứ Nghị định số ...": a second clause of the same sentence.
  if (AFTER_CONNECTIVE.test(before)) return true;
  // "Để nâng cao …, thực hiện Chỉ thị số …, Chủ tịch UBND tỉnh yêu cầu": the document's purpose, then its own cue.
  if (near && clause.part !== "title" && afterPurpose(before)) return true;
  // "Điều 1. Ban hành Quy định về trình tự, thủ tục … sửa đổi, bổ sung và thay thế Quyết định số X":
  // the attached text's act on the older document is the issuing document's own.
  if (near && clause.part !== "title" && ACTS.has(cue.cue.type) && issuesAttachedText(before, text.slice(cue.end, cue.end + FAR_CHARS))) return true;
  // A subject line is the document's own purpose: its verbs are the document's, wherever they stand.
  if (clause.part === "title") return !ENDS_WITH_NOUN.test(before) && !NAMES_A_DRAFT.test(before);
  // Read near the clause's start only, and only where "này" stands at all (THIS_WORD_IN, a
  // cheap scan): the kind words' alternation was tried at every character of each cue's 240.
  const self = near && THIS_WORD_IN.test(before) ? THIS_DOCUMENT.exec(before) : null;
  if (self && opensItsSentence(text, cueStart - before.length, before.slice(0, self.index)) && !anotherKindNamed(self[0], ownKind)) {
    const predicate = before.slice(self.index + self[0].length);
    const n = words(predicate);
    if (n <= SUBJECT_WORDS) return true;
    // "Quyết định này có hiệu lực sau 10 ngày, đăng báo … kể từ ngày ký và thay thế Quyết định số X":
    // the closing article's act, after however the document says when it takes effect.
    if (ACTS.has(cue.cue.type) && n <= IN_FORCE_REACH_WORDS && IN_FORCE_THEN_ACT.test(predicate)) return true;
  }
  return clause.part === "preamble" && near && ISSUER_SUBJECT.test(before) && words(before) <= SUBJECT_WORDS;
}

/**
 * "Luật này", "Nghị định này" in a document of another kind (NEVER_ATTACHED_KINDS): the law or decree
 * it named before, not itself ("Luật Hải quan … có hiệu lực từ ngày 01/01/2015. Luật này thay thế Luật
 * Hải quan số 29/2001/QH10" in a ministry's letter). Unknown when the document's own kind is.
 */
function anotherKindNamed(mention: string, ownKind: Kind | null): boolean {
  if (ownKind === null) return false;
  const named = mention.toLowerCase();
  for (const k of NEVER_ATTACHED_WORDS) if (named.startsWith(k.word) && /\s/u.test(named.charAt(k.word.length))) return k.kind !== ownKind;
  return false;
}
/** NEVER_ATTACHED_KINDS' words, lower case, longest first ("bộ luật" before "luật"). */
const NEVER_ATTACHED_WORDS = KINDS.filter((k) => NEVER_ATTACHED_KINDS.includes(k.slug))
  .flatMap((k) => k.words.map((w) => ({ word: w.toLowerCase(), kind: k.slug })))
  .sort((a, b) => b.word.length - a.word.length);

/** "Để", "Nhằm" opening the sentence (after list markers): a purpose clause (PURPOSE_OPENERS). */
const PURPOSE_OPENER = new RegExp(String.raw`^${LEAD}(?:${LIST_MARKER}[\s,]*)*(?:${phraseSource(PURPOSE_OPENERS)})(?![\p{L}\p{N}])`, "iu");
/** A comma or a joining word (JOINING_WORDS) that ends the purpose and starts the next part of the sentence. */
const PURPOSE_JOIN = new RegExp(String.raw`,|(?<![\p{L}\p{N}])(?:${phraseSource(JOINING_WORDS)})(?![\p{L}\p{N}])`, "giu");
/**
 * Whether `before` (the clause up to a cue) is a purpose clause and a comma or a joining word, with
 * only HEAD_WORDS after the last of them: "Để …, thực hiện", "Nhằm … và triển khai" (PURPOSE_OPENERS).
 */
function afterPurpose(before: string): boolean {
  const opener = PURPOSE_OPENER.exec(before);
  if (opener === null) return false;
  const rest = before.slice(opener[0].length);
  if (/[.;:!?]/u.test(rest) || words(rest) > PURPOSE_CLAUSE_WORDS) return false;
  let tail = -1;
  for (const m of rest.matchAll(PURPOSE_JOIN)) tail = m.index + m[0].length;
  // The purpose needs words of its own before the join ("Để, thực hiện" says none).
  return tail > 0 && words(rest.slice(0, tail)) >= 2 && AT_HEAD.test(rest.slice(tail));
}

/** "có hiệu lực … và" before an act's cue (IN_FORCE_WORDS): the closing article's own act follows, in the same sentence. */
const IN_FORCE_THEN_ACT = new RegExp(String.raw`^\s*(?:${phraseSource(IN_FORCE_WORDS)})(?![\p{L}\p{N}])[^.;:]*(?:,|\s)(?:${phraseSource(JOINING_WORDS)})\s*$`, "iu");

/**
 * "Điều 1. (Nay) ban hành Quy chế …" right before an act's cue: the name of the text issued, in one
 * sentence and not too long, is all that stands between (no noun of a review, a proposal or a draft
 * right before the cue: "ban hành Quy chế về việc thay thế …" names a procedure, not an act). The act's
 * object follows at once, with no link word before its kind word: "Danh mục thủ tục hành chính sửa đổi,
 * bổ sung tại Quyết định số X", "thủ tục hành chính thay thế trong lĩnh vực … theo Quyết định số Y"
 * name procedures that X and Y changed, which the document only lists.
 */
function issuesAttachedText(before: string, after: string): boolean {
  const head = ISSUING_ARTICLE.exec(before);
  if (head === null) return false;
  const name = before.slice(head[0].length);
  if (/[;:.]/u.test(name) || words(name) > ISSUED_TEXT_WORDS || ENDS_WITH_NOUN.test(before) || ENDS_WITH_PROPOSAL.test(before) || NAMES_A_DRAFT.test(name)) return false;
  const kind = KIND_AFTER_ACT.exec(after);
  return kind !== null && !LINK_BEFORE_OBJECT.test(after.slice(0, kind.index).replace(ATTACHED_LINK, " "));
}
/** The kind word, "số" or the number of the document an attached text's act names ("QĐ số 40/2006/QĐ-UBND" as some write it). */
const KIND_AFTER_ACT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KIND_WORDS}|số)(?![\p{L}\p{N}])|[0-9]`, "iu");
/** "kèm theo", "kèm" before the document ("thay thế Danh mục ban hành kèm theo Quyết định số Y") is no link of another act. */
const ATTACHED_LINK = /(?<![\p{L}\p{N}])kèm(?:\s+theo)?(?![\p{L}\p{N}])/giu;
const LINK_BEFORE_OBJECT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(OBJECT_LINK_WORDS)})(?![\p{L}\p{N}])|[;:.]`, "iu");

/**
 * Whether "Quyết định này" after `lead` (which starts at `from`) opens its sentence: only a heading
 * or list markers stand before it, or it opens a line that a heading ended on purpose. A line the
 * layout wrapped ("… trước ngày ⏎ Quyết định này có hiệu lực thì …") goes on with the sentence.
 */
function opensItsSentence(text: string, from: number, lead: string): boolean {
  if (AT_HEAD.test(lead)) return true;
  return LINE_START.test(lead) && brokenOnPurpose(text, from + lead.lastIndexOf("\n") + 1);
}

