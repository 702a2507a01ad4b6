/**
 * The public record types of vncite. Every stage of the pipeline speaks these.
 * Offsets are always UTF-16 code units into the caller's original string.
 */

/** English slug for the kind of document (loại văn bản). */
export type Kind =
  | "decree"
  | "decision"
  | "directive"
  | "circular"
  | "joint-circular"
  | "resolution"
  | "plan"
  | "program"
  | "official-letter"
  | "constitution"
  | "law"
  | "code"
  | "ordinance"
  | "guidance"
  | "notice"
  | "conclusion"
  | "scheme"
  | "project"
  | "report"
  | "submission"
  | "regulation"
  | "rules"
  | "dispatch"
  | "order"
  | "consolidated-text"
  | "communique"
  | "minutes"
  | "charter"
  | "contract"
  | "memorandum"
  | "agreement"
  | "option-plan"
  | "judgment"
  | "document";

export type Level = "central" | "province" | "district" | "commune";

/** "state" numbering is n[/yyyy]/TYPE-ISSUER; "party" numbering is n-TYPE/ISSUER (Hướng dẫn 36-HD/VPTW). */
export type Style = "state" | "party";

export interface Issuer {
  /** Issuer code as in the ký hiệu (CP, TTg, BNV, UBND, TU...), or null when only a phrase names it. */
  code: string | null;
  /** Body's name: "Chính phủ", "Ủy ban nhân dân tỉnh Hậu Giang". */
  name: string | null;
  level: Level | null;
  /** Canonical province or district named for a local issuer ("Hậu Giang"), when the text names one. */
  place?: string | null;
}

export interface Warning {
  /** Stable machine code, e.g. "year-mismatch", "invalid-date", "split-year", "unknown-type-code", "blank-number"; README, "Warnings and errors", lists every one. */
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Citation {
  /** Start of the whole mention (kind word to date/issuer), UTF-16 offset into the original text. */
  start: number;
  end: number;
  /** text.slice(start, end) of the original text. */
  raw: string;
  kind: Kind;
  /** The kind word as written, null when the citation has none (list member, bare number). */
  kindText: string | null;
  /**
   * "full": number and ký hiệu ("Nghị định số 61/2018/NĐ-CP"); "named": a law, code or ordinance
   * by its name ("Luật Đất đai năm 2003"), without a number; "short": kind and number alone ("Nghị
   * định 64"), resolved to the one full citation of that kind and number in the same text.
   */
  form: "full" | "named" | "short";
  /** The name of a law, code or ordinance as written, tidied ("Đất đai", "Tổ chức HĐND và UBND"), when the text gives one. */
  name?: string;
  /**
   * Where in the document the text points, when it says so right before the citation ("điểm a
   * khoản 2 Điều 5 Nghị định số ..."): each unit in the text's own numbering ("1, 2" for "khoản 1,
   * khoản 2"), with the offsets of the pinpoint's words.
   */
  pinpoint?: Pinpoint;
  /** Document number with official zero-padding below 10 ("02", "61", "1031"); null for a named law. */
  number: string | null;
  /** The year inside the number (legal normative documents), or the year a named law gives; null otherwise. */
  year: number | null;
  /** Canonical ký hiệu after number/year: "NĐ-CP", "KH-UBND", "NQ/TW", "VP.UBND-NC"; null for a named law. */
  symbol: string | null;
  /** Type code (NĐ, QĐ, KH, NQ...) or null for a công văn's ký hiệu. */
  typeCode: string | null;
  style: Style;
  /** ISO yyyy-mm-dd, or null when absent or impossible. */
  date: string | null;
  issuer: Issuer | null;
  /** Every issuer of a joint document ("TTLT-BTC-BGDĐT": Bộ Tài chính, Bộ Giáo dục và Đào tạo), first = `issuer`; absent when there is one. */
  issuers?: Issuer[];
  /** Canonical identity; see README "Identifiers". */
  id: string;
  /** Offsets of the number+ký hiệu part alone. */
  numberStart: number;
  numberEnd: number;
  warnings: Warning[];
}

export type Role =
  | "based_on"
  | "implements"
  | "promulgated_by"
  | "proposed_by"
  | "guides"
  | "amends"
  | "replaces"
  | "repeals"
  | "corrects"
  | "self"
  | "references";

/** Relations between documents: every role but "self". */
export type RelationType = Exclude<Role, "self">;

export interface Jurisdiction {
  level: Level | null;
  /** Canonical province name before the 2025 merge ("Hậu Giang"), or null. */
  province: string | null;
  /** The province that took it over on 1 July 2025 ("Cần Thơ"), or null when unchanged/unknown. */
  provinceSuccessor?: string | null;
  /** District-level unit ("thị xã Hoàng Mai", "huyện Long Hồ"), or null. */
  district: string | null;
}

export interface AnalyzedCitation extends Citation {
  role: Role;
  /** The jurisdiction the citation's issuer belongs to, after defaulting to the citing document's. */
  jurisdiction: Jurisdiction | null;
}

export interface SelfDocument {
  /** Identity of the citing document; "file:<path>" when its own number is unknown. */
  id: string;
  kind: Kind | null;
  title: string | null;
  number: string | null;
  year: number | null;
  symbol: string | null;
  style: Style | null;
  date: string | null;
  issuer: Issuer | null;
  jurisdiction: Jurisdiction;
  /** The decision this document is attached to ("Ban hành kèm theo Quyết định số ..."), if any. */
  promulgatedBy: Citation | null;
  path?: string;
}

export interface Evidence {
  file?: string;
  start: number;
  end: number;
  /** 1-based page of `start`, set by whoever knows the pages (the CLI, for PDFs). */
  page?: number;
  sentence: string;
  /**
   * The parts of the cited document the relation acts on, when the text names them: "sửa đổi
   * khoản 2 Điều 5 Nghị định …" amends { article: "5", clause: "2" }.
   */
  pinpoint?: Pinpoint;
}

/** Where in a document a citation points, in the text's own numbering, and the offsets of those words. */
export interface Pinpoint {
  /** "Phụ lục II", "Phụ lục số 01": an appendix of the document. */
  appendix?: string;
  part?: string;
  chapter?: string;
  section?: string;
  article?: string;
  clause?: string;
  point?: string;
  /** "tiết a": an item of a point, in older circulars ("tiết a điểm 2.1 mục II"). */
  subpoint?: string;
  /**
   * Where the units lie inside an amending law's or ordinance's own name ("Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân
   * số"): the offset of the amended law's kind word, the document the units point into; the citation carrying them is
   * the amending law's whole name, whose own units they are not (its relations' evidence leaves them out).
   */
  amendedAt?: number;
  start: number;
  end: number;
}

export interface Relation {
  type: RelationType;
  /** id of the acting document. */
  from: string;
  /** id of the document acted on. */
  to: string;
  evidence: Evidence;
}

/** The parts of a document (Nghị định 30/2020/NĐ-CP layout), in text order. */
/**
 * "other": a second document printed after the first one's end (its own motto heading, or its own kind
 * line and "Căn cứ"): another's text, citing for itself; none of its citations has a role of this document's.
 */
export type PartType = "note" | "header" | "title" | "preamble" | "body" | "closing" | "signature" | "recipients" | "annex" | "other";

export interface DocumentPart {
  type: PartType;
  /** UTF-16 offsets into the analysed text, as given. */
  start: number;
  end: number;
}

export interface Analysis {
  path?: string;
  self: SelfDocument;
  /** Where each part of the document stands: a citation's role is read from its part and clause. */
  parts?: DocumentPart[];
  citations: AnalyzedCitation[];
  relations: Relation[];
  warnings: Warning[];
}
