/**
 * What the role reading has read so far: the public shapes of its result, the binding of a cue to the
 * document whose verb it is, the state one document's reading keeps (RoleReading) and the state of one
 * clause (ClauseReading).
 */
import type { Citation, Kind, RelationType, Role } from "../../types.js";
import type { Cue } from "../../vocab/cues.js";
import { KINDS, NOT_AMENDED_BY_LETTER } from "../../vocab/kinds.js";
import type { Clause } from "../clauses.js";
import { AMENDS_OTHERS, bodyCode, issuerByCode } from "../../vocab/issuers.js";

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
   * For each citation, the further acts its verbs joined to the first ("Sửa đổi, bổ sung, bãi bỏ … X":
   * X's role is amends, its further act repeals), or null.
   */
  alsoActs: (readonly RelationType[] | null)[];
}

const NOT_AMENDED_BY_LETTER_KIND: ReadonlySet<Kind | null> = new Set(NOT_AMENDED_BY_LETTER);

/**
 * Whose document a citation is, as far as acting on it goes: a central body's ("central": a law,
 * a decree, a ministry's circular, the Prime Minister's decision), a local body's ("local": a
 * province's, a district's, a commune's, or their Party committees'), or unknown (null).
 */
export type Tier = "central" | "local" | null;

/** What is known of the cited documents before their roles are read: one entry each, in text order. */
export interface CitedDocuments {
  /** ISO dates, or a number's year, or null: they rule out impossible nestings (laterThan). */
  dates: readonly (string | null)[];
  kinds: readonly (Kind | null)[];
  tiers: readonly Tier[];
  /** The citations themselves, whose issuers are read only where an act between two central documents asks (issuerCodes). */
  citations: readonly Citation[];
}

/** What is known of the citing document itself before the roles are read; null where unknown. */
export interface OwnDocument {
  kind: Kind | null;
  /** The document tells of acts and performs none (a report: KindEntry.recounts). */
  recounts: boolean;
  /** The codes after the type code of its number ("Số: 26/2015/TT-BTC": BTC). */
  issuers: readonly string[] | null;
  /**
   * Every code of its number, the type code's place included ("1730/BHXH-VP": BHXH, VP): a letter's
   * number has no type code, its first code is its issuer's (Cue.ownAfterIssuer).
   */
  codes: readonly string[] | null;
}


/** Kinds that tell of acts and perform none (KindEntry.recounts): a submission "về việc bãi bỏ …" proposes it. */
export const RECOUNTING: ReadonlySet<Kind | null> = new Set(KINDS.filter((k) => k.recounts === true).map((k) => k.slug));
/** Whether a document of this kind tells of acts and performs none (a report, a submission: RECOUNTING). */
export const recounts = (kind: Kind | null): boolean => RECOUNTING.has(kind);
export const ACTS: ReadonlySet<RelationType> = new Set(["amends", "replaces", "repeals", "corrects"]);
/** Acts only a document's own issuer performs on it (a higher body also repeals another's: not here). */
const OWN_ISSUER_ACTS: ReadonlySet<RelationType> = new Set(["amends", "replaces", "corrects"]);
/**
 * The document's own relations to an amended document that its amender does not share (bind, a passive
 * cue): the acts, and guidance. A guiding text details the articles of the document it names, not of
 * the one that changed them, whose name is that document's history: "Hướng dẫn thực hiện một số điều
 * của Quyết định số 57/2013/QĐ-TTg … đã được sửa đổi, bổ sung một số điều tại Quyết định số
 * 62/2015/QĐ-TTg" (07/2022/TT-BLĐTBXH, fixtures/fresh/fresh46h-006), "Bộ Công an quy định chi tiết thi
 * hành một số điều của Nghị định số 58/2001/NĐ-CP … đã được sửa đổi, bổ sung một số điều theo Nghị
 * định số 31/2009/NĐ-CP" (a 2009 circular, seg33d-011): each guides the first only. A basis or a task
 * rests on the text as amended, so on its amender too ("Căn cứ Luật A được sửa đổi bởi Luật B", "Thực
 * hiện quy định tại Điều 22 Luật … số 25/2008/QH12 … đã được sửa đổi, bổ sung một số điều theo Luật số
 * 46/2014/QH13", full32-006: implements both).
 */
const NOT_TO_AMENDER: ReadonlySet<RelationType> = new Set([...ACTS, "guides"]);

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
/**
 * The words before a document end with "theo" ("… theo Nghị quyết số …", "… theo quy định tại …"; not "kèm theo").
 * The blanks between "kèm" and "theo" are a run, not one character: justified or tab-separated copies and PDF layout
 * texts part the words so ("… Phụ lục I.2 ban hành kèm  theo Thông tư số 01/2022/TT-BTNMT", fresh57b-006 with its
 * spaces doubled read the "Thay thế cụm từ" items as references). Bounded: at most eight blanks.
 */
const ACCORDING_TO = /(?:^|\s)(?<!kèm\s{1,8})theo(?:\s+(?:yêu\s+cầu\s+của|quy\s+định\s+tại))?\s*$/iu;

/** Who a cue's verb belongs to: the citing document (-1) or a cited one (its index). */
export const SELF = -1;

/**
 * A cue bound to whose verb it is. Every binding has the same six fields, written in the same
 * order (no spread): objects of one shape keep the code that reads them from being compiled again
 * for each new shape it meets on a cold run.
 */
export interface Binding {
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
   * The other acts joined to this one's verb before the document ("Sửa đổi, bổ sung, bãi bỏ một số
   * điều của Nghị định số X", "sửa đổi, bổ sung và thay thế Quyết định số Y"): the document does
   * both to X, amends it and repeals part of it; a series of three names three ("Thay thế, sửa đổi,
   * bổ sung, bãi bỏ một số điều, khoản, điểm, cụm từ của Nghị quyết số X": replaces, amends,
   * repeals), in the order written. Null when the verbs name one act ("thu hồi, hủy bỏ").
   */
  also: readonly RelationType[] | null;
}

export function binding(type: RelationType, actor: number, cue: Cue, end: number, also: readonly RelationType[] | null = null): Binding {
  return { type, actor, cue, end, passive: cue.passive === true, also };
}

/**
 * The same binding (its act, cue and second act) said by another actor or reaching on from another end.
 * Written out as binding() writes it, not as `{ ...b, actor, end }`: V8 gives a spread copy a map
 * of its own, and every function reading bindings of both maps was compiled again ("wrong map").
 */
export const moved = (b: Binding, actor: number, end: number): Binding => ({ type: b.type, actor, cue: b.cue, end, passive: b.passive, also: b.also });

/**
 * What readRoles has read so far, and what one clause passes on to the next. One object of one
 * class, rather than closures over locals, so that the steps below can be functions of their own:
 * a function that V8 compiles again after a deopt is then one step, not the whole reading.
 */
export class RoleReading {
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
  /** The clause read lies inside an article of a document with a preamble (article-basis.ts). */
  inArticle = false;
  /** The clause read lies in a body past its first division: an article, an item, a section (reach-limits.ts DivisionTracker). */ divided = false;
  /**
   * The clause is the document's own text. A page's note above its heading ("note") is another's:
   * what it says of documents holds between them, but none of it is the document's own act.
   */
  own = true;

  readonly dates: readonly (string | null)[];
  readonly kinds: readonly (Kind | null)[];
  readonly tiers: readonly Tier[];
  readonly cited: readonly Citation[];
  readonly ownIssuers: readonly string[] | null;
  readonly ownKind: Kind | null;
  /** OwnDocument.recounts. */
  readonly recounts: boolean;
  /** OwnDocument.codes. */
  readonly ownCodes: readonly string[] | null;

  constructor(
    readonly text: string,
    readonly spans: readonly { start: number; end: number }[],
    cited: CitedDocuments,
    own: OwnDocument,
  ) {
    this.dates = cited.dates;
    this.kinds = cited.kinds;
    this.tiers = cited.tiers;
    this.cited = cited.citations;
    this.ownIssuers = own.issuers;
    this.ownKind = own.kind;
    this.recounts = own.recounts;
    this.ownCodes = own.codes;
    // Filled by push, not map: map's array is packed while its caller runs in the interpreter and
    // holey once V8 has compiled it, and every function reading it is compiled again for the second shape.
    for (let i = 0; i < spans.length; i++) {
      this.roles.push("references");
      this.bindingOf.push(null);
    }
  }

  /** The documents before `end` that `head` bound become references: the cue was not the document's own act after all. */
  referencesOnly(head: Binding, end: number): void {
    for (let i = end - 1; i >= 0; i--) if (this.bindingOf[i] === head) this.roles[i] = "references";
  }

  bind(i: number, b: Binding): void {
    this.bindingOf[i] = b;
    if (b.passive) {
      const acted = this.actedOn(b, i);
      if (acted !== i && !RECOUNTING.has(this.kinds[i])) this.nested.push({ type: b.type, from: i, to: acted });
      // "Căn cứ Luật A được sửa đổi bởi Luật B": the document rests on A as B amended it, so on B
      // as well; what it does to A itself (amends, repeals) or guides in A it does not to B (NOT_TO_AMENDER).
      const own = this.bindingOf[acted];
      if (this.own && own && own.actor === SELF && !own.passive && !NOT_TO_AMENDER.has(own.type)) this.roles[i] = own.type;
    } else if (b.actor === SELF) {
      if (this.own && !this.letterAmending(b.type, i) && !(OWN_ISSUER_ACTS.has(b.type) && ACCORDING_TO.test(this.text.slice(b.end, this.spans[i].start)) && othersDocument(this.ownIssuers, issuerCodes(this.cited[i])))) {
        this.roles[i] = b.type;
      }
    } else if (b.type !== "promulgated_by" && b.actor !== i && !(ACTS.has(b.type) && RECOUNTING.has(this.kinds[b.actor]))) {
      this.nested.push({ type: b.type, from: b.actor, to: i });
    }
  }

  /** The citing document is a letter, and citation i of a kind it never amends (NOT_AMENDED_BY_LETTER). */
  letterAmending(type: RelationType, i: number): boolean {
    return type === "amends" && this.ownKind === "official-letter" && NOT_AMENDED_BY_LETTER_KIND.has(this.kinds[i]);
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
export class ClauseReading {
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
  /** The last citation the clause bound: a document after it that nothing bound stands in its description. */ described = -1;
  /** The document's own "thực hiện" the last citation's "theo" stopped (workUnderRule): a task tied to it is the document's still. */ underRule: Binding | null = null;

  constructor(readonly clause: Clause) {}
}

/** Both dates known and the first after the second; a year alone (an undated number's year) is later only in a later year. */
export function laterThan(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && (a.length === 4 || b.length === 4 ? a.slice(0, 4) > b.slice(0, 4) : a > b);
}
