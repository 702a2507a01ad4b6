import type { Kind } from "../types.js";
import { UnmarkedTable, unmarkedVariants } from "./unmarked.js";
import { phraseSource } from "./phrases.js";

/**
 * Kinds of document (loại văn bản): the words that name them in text, the type code of their
 * ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III) and the English slug vncite reports.
 * Data, not code: the grammar builds its kind-word token from `words`, identify maps codes.
 */
export interface KindEntry {
  slug: Kind;
  /** Vietnamese words as written in text (any case; any run of whitespace between syllables). */
  words: string[];
  /** Type code in a state ký hiệu, or null when the kind has none (công văn, luật). */
  code: string | null;
  /**
   * Type codes texts use for the kind besides the rules' ("38/2001/PL-UBTVQH10": ordinances before the
   * 2008 law gave them none; "630/CV-SLĐTBXH": a local office's công văn).
   */
  formerCodes?: string[];
  /**
   * Its ký hiệu opens with its issuer's code, no type code before it ("Công văn số 4519/BKH-KTĐN"):
   * older letters write that code a space after the number, "công văn số 4519 BKH/KTĐN"
   * (grammars/citation/gates/reference-start.ts spacedIssuerAt).
   */
  issuerFirst?: true;
  /**
   * The type codes of the kind issued jointly by several bodies, where the kind table has no kind of
   * its own for it: a joint resolution ("09/2008/NQLT-CP-UBTƯMTTQVN", "Nghị quyết liên tịch") is a
   * resolution; a department's and a mass organisation's joint plan ("Kế hoạch liên tịch số
   * 15/KHLT-SYT-HPN", "Kế hoạch phối hợp số 02/KHPH-SNN-HND") a plan, their programme of cooperation
   * ("Chương trình phối hợp số 01/CTPH-…") a programme, their rules of cooperation ("Quy chế phối hợp
   * số 01/QCPH-UBND-UBMTTQ") rules; departments' joint guidance ("Hướng dẫn liên ngành số
   * 43/HDLN-SYT-BHXH", "Hướng dẫn liên tịch số 02/HDLT-STC-SNV") a guidance.
   */
  jointCodes?: string[];
  /**
   * The wider kind this one is a form of, whose word texts cite it by as often as by its own: a joint
   * circular is a circular, "Thông tư số 23/2015/TTLT-BGDĐT-BNV" as much as "Thông tư liên tịch số …".
   * That word with this kind's type code names this kind, and the two do not disagree.
   */
  formOf?: Kind;
  /**
   * Codes the type table gives another kind that a number of this kind, without a year, opens with
   * all the same: the kind word written before it says what the code is, and the two do not disagree
   * (no kind-mismatch). A number with a year ("Tờ trình số 12/2010/TT-BTC") keeps the warning: a
   * submission's or a letter's number never carries one.
   */
  sharedCodes?: string[];
  label: string;
  /**
   * The word also names an undertaking, which is often called by the number of the decision
   * that set it up ("Chương trình 135", "Đề án 06", "Dự án 661"), or a set of rules, called by
   * the number of the circular it was issued with or by what it counts ("Quy chế 11"): a number
   * after the word alone is a name, a document only when the text cites that document in full; with "số",
   * a name too where the text cites in full a document of another kind numbered so, the one that approved
   * it ("… Quyết định số 06/QĐ-TTg … Phê duyệt Đề án … (sau đây viết tắt là Đề án số 06)", fresh63a-007;
   * CONVENTIONS §30 (a); extract/short-mentions.ts numbersAnotherKind), else a document.
   */
  namesUndertaking?: true;
  /**
   * The kind word is spelled as a common verb ("quy định", "thông báo"): in lower case, with no "số", a
   * number after it is what the verb says, a count or a stray page number, and names a document only when the
   * text cites that document in full. "Luật PPP quy định 07 loại hợp đồng" (fresh31c-007), "Ủy ban nhân dân
   * phường thông báo 12 đến Trạm Y tế phường, các ban ngành …" (plans32-014), "hành vi vi phạm quy định ⏎⏎ 22 ⏎
   * CÔNG BÁO/Số 751 + 752" (fresh47a-005: the verb, then the gazette's page number).
   */
  spelledAsVerb?: true;
  /**
   * The kind tells of acts, it performs none: a report, a submission, minutes, a communiqué. "Quyết
   * định số X … hết hiệu lực" in its text says that X has ceased to apply, not that the report ends it;
   * a review's list ("- Bãi bỏ Quyết định số X: đã hoàn thành") and its topic labels ("- Về việc bổ sung
   * huyện nghèo … của Nghị quyết 30a: …") tell of other bodies' acts; a submission asks for the acts
   * ("Về việc ban hành Quyết định sửa đổi …"), which the decision it asks for performs.
   */
  recounts?: true;
  /**
   * A document of the kind may be what a proposal is made in ("Xét đề nghị của Sở … tại Tờ trình số …,
   * Công văn số …", "Báo cáo thẩm tra số …", "văn bản số …", "Biên bản số …"). A decree, a decision, a
   * circular, a plan is never the proposal: named in the proposal's clause, it is what the proposal
   * is about ("… tại công văn số A về việc điều chỉnh mức trợ cấp … theo quy định tại Quyết định số B").
   */
  proposes?: true;
}

export const KINDS: readonly KindEntry[] = [
  // "Nghị đinh", the dot under "i" of "định" lost in typing: "khoản 1 Điều 1 Nghị đinh số 13/2010/NĐ-CP" (Quảng Ngãi's
  // welfare decision, fixtures/fresh/full32c-002, six times), "sửa đổi, bổ sung một số điều của Nghị đinh số
  // 92/2006/NĐ-CP" (a 2008 planning decision, fresh31c-010). "đinh" after "Nghị" names nothing else.
  // "Nghị dịnh" and "Nghị dinh", the bar of "đ" lost to a scan (and the dot with it): "- Tại khoân 1 Điều 2 Nghị dịnh
  // số 20/2017/NĐ-CP" (Tổng cục Thuế's 2953/TCT-TTKT, fresh54e-003), "Nghị dịnh số 51/2010/NĐ-CP" (a Bộ Tài chính letter,
  // fresh50b-014), "Nghị dịnh số 91/2022/NĐ-CP" and "Nghị dinh số 91/2022/NĐ-CP" (Tổng cục Thuế, fresh50b-015).
  // Neither names anything else after "Nghị".
  { slug: "decree", words: ["Nghị định", "Nghị đinh", "Nghị dịnh", "Nghị dinh"], code: "NĐ", label: "Nghị định" },
  { slug: "decision", words: ["Quyết định"], code: "QĐ", label: "Quyết định" },
  { slug: "directive", words: ["Chỉ thị"], code: "CT", label: "Chỉ thị" },
  // Before the 1996 law a joint circular was a "Thông tư liên bộ", numbered "12/TTLB" (Bộ Tư pháp and the
  // Government's personnel board, 1993); texts still write that word and code for one ("Thông tư liên bộ
  // số 17/2010/TTLB - BTTTT - BNV" for 17/2010/TTLT-BTTTT-BNV): fresh31f-010, fresh30n-019.
  { slug: "joint-circular", words: ["Thông tư liên tịch", "Thông tư liên bộ"], code: "TTLT", formerCodes: ["TTLB"], formOf: "circular", label: "Thông tư liên tịch" },
  // "Thông tu" and "Thong tư", a mark of "tư" or of "Thông" lost in typing or to a scan, as with "Nghị đinh": "khoản 1 Điều 25
  // Thông⏎tu 111/2013/TT-BTC" and "Thông tu số 95/2016/TT-BTC" (two Cục Thuế letters, fresh45c-007 and -018), "Điều 10 Thong
  // tư số 19/2021/TT-BTC" (Tổng cục Thuế, fresh50b-015), "Thong tư sé 48/2015/TT-BTC" (fresh36b-011). Neither names anything else.
  { slug: "circular", words: ["Thông tư", "Thông tu", "Thong tư"], code: "TT", label: "Thông tư" },
  { slug: "resolution", words: ["Nghị quyết", "Nghị quyết liên tịch"], code: "NQ", jointCodes: ["NQLT"], label: "Nghị quyết" },
  // Two departments' joint plan writes "liên ngành" as the guidance does (HDLN): "Kế hoạch liên ngành 5440/KHLN-YT-GDĐT"
  // of Hà Nội's Health and Education departments (2025, fresh62c-007), its heading "KẾ HOẠCH LIÊN NGÀNH".
  { slug: "plan", words: ["Kế hoạch", "Kế hoạch liên tịch", "Kế hoạch phối hợp", "Kế hoạch liên ngành", "Kế hoạch hành động"], code: "KH", jointCodes: ["KHLT", "KHPH", "KHLN"], label: "Kế hoạch" },
  { slug: "program", words: ["Chương trình", "Chương trình phối hợp", "Chương trình hành động"], code: "CTr", jointCodes: ["CTPH"], label: "Chương trình", namesUndertaking: true },
  // No type code by the rules (its ký hiệu is its issuer's and its drafting unit's), but district and
  // provincial offices write one all the same: "Công văn số 630/CV-SLĐTBXH", "Số 33/CV-LĐTBXH".
  // Its ký hiệu opens with its issuer's code, and the finance bodies' older one, TC (Tài chính), is the
  // communiqué's type code too: "Công văn số 1066-TC/TCT" of 1991 (Bộ Tài chính, Tổng cục Thuế;
  // bare30-002), "Công văn số 6573/TC-HCSN" of Sở Tài chính TP HCM, 2004 (dev-032; seg33b-016 held).
  { slug: "official-letter", words: ["Công văn"], code: null, formerCodes: ["CV"], sharedCodes: ["TC"], label: "Công văn", proposes: true, issuerFirst: true },
  // Named by its name and year, never numbered (src/find/constitution.ts): "Căn cứ Hiến pháp năm 2013".
  { slug: "constitution", words: ["Hiến pháp"], code: null, label: "Hiến pháp" },
  { slug: "code", words: ["Bộ luật"], code: null, label: "Bộ luật" },
  { slug: "law", words: ["Luật"], code: null, label: "Luật" },
  { slug: "ordinance", words: ["Pháp lệnh"], code: null, formerCodes: ["PL"], label: "Pháp lệnh" },
  { slug: "guidance", words: ["Hướng dẫn", "Hướng dẫn liên ngành", "Hướng dẫn liên tịch"], code: "HD", jointCodes: ["HDLN", "HDLT"], label: "Hướng dẫn" },
  // "Thông báo kết luận số 12/TB-UBND": a notice of a meeting's conclusions, not a Kết luận.
  // "Thông tri" is a Party notice (its type code TT: "Thông tri số 01-TT/TW").
  { slug: "notice", words: ["Thông báo", "Thông báo kết luận", "Thông tri"], code: "TB", label: "Thông báo", proposes: true, spelledAsVerb: true },
  { slug: "conclusion", words: ["Kết luận"], code: "KL", label: "Kết luận" },
  { slug: "scheme", words: ["Đề án"], code: "ĐA", label: "Đề án", namesUndertaking: true },
  { slug: "project", words: ["Dự án"], code: "DA", label: "Dự án", namesUndertaking: true },
  // A council committee's verification and the justice department's appraisal are reports: "Báo cáo thẩm tra số 48/BC-BKTNS";
  // the department numbers its appraisals with a code of their own too: "Báo cáo thẩm định số 18/BCTĐ-STP".
  // A supplementary appraisal in a proposal's list: "Xét Báo cáo thẩm định số 17/BC-BQL …; Báo cáo thẩm định bổ sung số
  // 217/BC-BQL …" (Lào Cai's economic-zone board, 2026, invest58-003). A paper named by what it records ("Báo cáo kết
  // quả thẩm định văn bản số 1238/BC-STP", fresh54g-005) is read by its kind word and description (analyze/reach.ts
  // AT_DESCRIBED_PAPER), not listed here word by word.
  { slug: "report", words: ["Báo cáo", "Báo cáo thẩm tra", "Báo cáo thẩm định", "Báo cáo thẩm tra bổ sung", "Báo cáo thẩm định bổ sung"], code: "BC", formerCodes: ["BCTĐ"], label: "Báo cáo", recounts: true, proposes: true },
  // "Tờ trình liên ngành số 12/TTrLN-STC-SXD", "Tờ trình liên Sở": departments submit jointly.
  // Offices numbered their submissions with TT, Tờ trình's initials, before Thông tư liên tịch
  // 55/2005/TTLT-BNV-VPCP gave them TTr, and many after: "Tờ trình số 2655/TT-HĐQT" (1999, dev-046),
  // 213/TT-SNV (2005, dev-031), 419/TT-SXD (2006, dev-003), 1289/TT-LĐTBXH (2008, seg33b-023),
  // 669/TT-STNMT (2009, seg33b-009), 1044/TT-STC (2014, fresh29l-025), 09/TT-SCT (2017, pairs31-007).
  // A joint submission's code is also written without the "r": "Tờ trình liên ngành số 415/TTLN-TP-TC" (Nghệ An 2005,
  // seg33e-007), "Tờ trình liên ngành số 20877/TTLN / CT-STC" (Hà Nội 2009, seg33-022).
  { slug: "submission", words: ["Tờ trình", "Tờ trình liên ngành", "Tờ trình liên sở"], code: "TTr", jointCodes: ["TTrLN", "TTrLS", "TTLN"], sharedCodes: ["TT"], label: "Tờ trình", recounts: true, proposes: true },
  { slug: "regulation", words: ["Quy định", "Qui định"], code: "QyĐ", label: "Quy định", spelledAsVerb: true },
  // A set of rules is issued with a decision or a circular, and called by its number: "Quy chế tuyển sinh … ban
  // hành kèm theo Thông tư số 11/2014/TT-BGDĐT (sau đây gọi chung là Quy chế 11)", "(sau đây gọi là Quy chế 06)",
  // "(… gọi là Quy chế 01)" (fresh30l-013, Phú Thọ 2023); or by what it counts: "Quy chế 3 công khai theo TT36/2017
  // thay thế TT09/2009" (a school's page, thpthuongkhe.hatinh.edu.vn). Neither is a rules document numbered so.
  { slug: "rules", words: ["Quy chế", "Qui chế", "Quy chế phối hợp"], code: "QC", jointCodes: ["QCPH"], label: "Quy chế", namesUndertaking: true },
  { slug: "dispatch", words: ["Công điện"], code: "CĐ", label: "Công điện" },
  { slug: "consolidated-text", words: ["Văn bản hợp nhất"], code: "VBHN", label: "Văn bản hợp nhất" },
  { slug: "order", words: ["Lệnh"], code: "L", label: "Lệnh" },
  { slug: "communique", words: ["Thông cáo"], code: "TC", label: "Thông cáo", recounts: true },
  { slug: "minutes", words: ["Biên bản"], code: "BB", label: "Biên bản", recounts: true, proposes: true },
  // A charter (the Party's, a mass organisation's: "Căn cứ Điều lệ Đảng;"), named, never numbered: no words for the
  // grammar ("Điều lệ" next to "Điều 5" is read by src/find/basis-named.ts at a Căn cứ item's head only).
  { slug: "charter", words: [], code: null, label: "Điều lệ" },
  { slug: "contract", words: ["Hợp đồng"], code: "HĐ", label: "Hợp đồng" },
  { slug: "memorandum", words: ["Bản ghi nhớ"], code: "BGN", label: "Bản ghi nhớ" },
  // Bản thỏa thuận (Nghị định 30/2020/NĐ-CP, Điều 7 and Phụ lục III: BTT): an agreement between
  // bodies (provinces of a region, a ministry and a province), or a ministry's written agreement to
  // a plan ("Thoả thuận số 240/BXD-KTQH ngày … của Bộ Xây dựng v/v thẩm định …"), numbered as its
  // letters are. Both places of the tone mark, as the texts write them.
  { slug: "agreement", words: ["Thỏa thuận", "Thoả thuận", "Bản thỏa thuận", "Bản thoả thuận"], code: "BTT", label: "Thỏa thuận" },
  { slug: "option-plan", words: ["Phương án"], code: "PA", label: "Phương án", namesUndertaking: true },
  // A court's judgment (bản án): its ký hiệu is no body's, but the case's type and the court's instance
  // (JUDGMENT_CASE_TYPES, JUDGMENT_INSTANCES): "Bản án số: 19/2021/HS-ST", "BẢN ÁN 18/2022/HC-PT NGÀY …".
  { slug: "judgment", words: ["Bản án"], code: null, label: "Bản án" },
  { slug: "document", words: ["Văn bản"], code: null, label: "Văn bản", proposes: true },
];

/**
 * Kinds an official letter (công văn) never amends: the legal normative documents and the decisions,
 * resolutions and directives of a body, each amended only by a document of its own kind or a higher
 * one. A letter revokes a decision ("thu hồi quyết định số …", repeals), replaces a letter ("Công văn
 * này thay thế Công văn số …") and corrects misprints in any ("xin đính chính …", pairs40); its
 * "Sửa đổi, bổ sung … Thông tư số X" is another's act it quotes or tells of: a tax answer quoting a
 * circular's article, "“3. Sửa đổi, bổ sung Khoản 5 Điều 18 Thông tư số 78/2014/TT-BTC …" (26998/CT-TTHT,
 * 2019; fixtures/fresh/fresh30b-029), "2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:"
 * (1414/TCT-CS, 2013; full32b-015), or a subject line "V/v: điều chỉnh giá hợp đồng theo Thông tư số
 * 09/2008/TT-BXD" (106/BXD-KTXD, 2009; pairs32-011).
 */
export const NOT_AMENDED_BY_LETTER: readonly Kind[] = ["constitution", "code", "law", "ordinance", "decree", "circular", "joint-circular", "decision", "resolution", "directive"];

/**
 * A kind's initials written for its word before "số", as reports, plans and tables shorten it
 * ("Thực hiện KH số 45/KH-UBND", "Căn cứ NĐ số 21/2007/NĐ-CP", "theo QĐ số 156/2006/QĐ-UB"): the
 * kind word of the citation, in capitals as the type codes write them (and lower-cased, as a
 * listing's summary writes everything). Only before "số": elsewhere "CT", "KH", "TB" are other words.
 */
export const KIND_ABBREVIATIONS: readonly string[] = ["NĐ", "QĐ", "CT", "TTLT", "TT", "NQ", "NQLT", "KH", "KHLT", "CTr", "CV", "HD", "TB", "KL", "BC", "TTr", "CĐ"];

/** The kind an abbreviation before "số" names ("QĐ", "qđ" → decision): its type code's kind, state or (CV) Party; or null. */
export function kindByAbbreviation(written: string): Kind | null {
  return abbreviated().get(written.toUpperCase()) ?? null;
}
let abbreviations: Map<string, Kind> | null = null;
const abbreviated = (): Map<string, Kind> =>
  (abbreviations ??= new Map(KIND_ABBREVIATIONS.map((a) => [a.toUpperCase(), kindByStateCode(a)?.slug ?? PARTY_TYPE_CODES[a]])));

/**
 * Words a document's kind line may add after its kind word: "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH
 * HÀNH ĐỘNG" head a programme or plan of action (a Party committee's or a government's, carrying
 * out a resolution; its number says CTr or KH), the title below it. The kind is the kind word's.
 */
export const KIND_LINE_QUALIFIERS: readonly string[] = ["hành động"];

/**
 * A document naming itself by its kind's abbreviation, as district and commune plans write in their
 * closing: "KH này thay thế KH số 12/KH-UBND …", "QĐ này có hiệu lực …". Not "CT" or "TT", which
 * stand for other nouns too ("CT này" is as often a company).
 */
export const SELF_ABBREVIATIONS: readonly string[] = ["KH", "QĐ", "NQ"];

/**
 * Party type codes (Hướng dẫn 36-HD/VPTW) that differ from the state table or add to it.
 * QĐ in a party ký hiệu is a decision, QĐi a regulation, CV a party official letter, TT a thông tri.
 */
export const PARTY_TYPE_CODES: Readonly<Record<string, Kind>> = {
  NQ: "resolution",
  QĐ: "decision",
  QĐi: "regulation",
  CT: "directive",
  KL: "conclusion",
  QC: "rules",
  HD: "guidance",
  TB: "notice",
  BC: "report",
  KH: "plan",
  CTr: "program",
  TTr: "submission",
  CV: "official-letter",
  TT: "notice",
  ĐA: "scheme",
  // The order of the Chairman of the Council of State (Lệnh Chủ tịch, 1981–1992), numbered in this shape with the
  // Council's code and term: "Lệnh số: 58 LCT/HĐNN ngày 19/8/1991 của Chủ tịch nước, "về việc công bố Luật Bảo vệ và
  // phát triển rừng"" (a 1999 Lâm Đồng decision's Căn cứ, fixtures/fresh/pairs43-001), "lệnh số 49 - LTC / HĐNN ngày
  // 02/0l/1991" (the same code, its letters swapped, seg33c-006); the laws and ordinances it promulgated are cited by
  // that number ("Bộ luật Tố tụng hình sự 1998 số 7-LCT/HĐNN8", "41-LCT/HĐNN8"). DOMAIN.md §2's Lệnh (order), whose
  // code since 1992 is the state table's L ("L-CTN").
  LCT: "order",
};

/**
 * A ký hiệu of a legislature's code alone, with its term and no type code, numbers the kind that body
 * passes: the National Assembly's "51/2001/QH10" a law ("Luật số: 77/2015/QH13"), its Standing
 * Committee's "…/UBTVQH10" an ordinance.
 */
const KIND_BY_LEGISLATURE_CODE: Readonly<Record<string, Kind>> = { QH: "law", UBTVQH: "ordinance" };
/** The legislature's code whose numbers are `kind`'s (KIND_BY_LEGISLATURE_CODE), as a regex source. */
export const legislatureCodesOf = (kind: Kind): string =>
  Object.keys(KIND_BY_LEGISLATURE_CODE)
    .filter((code) => KIND_BY_LEGISLATURE_CODE[code] === kind)
    .join("|");

const byWord = new Map<string, KindEntry>();
const byCode = new Map<string, KindEntry>();
for (const k of KINDS) {
  for (const w of k.words) byWord.set(w.toLowerCase(), k);
  for (const c of stateCodesOf(k)) byCode.set(c, k);
}

/**
 * The type codes whose numbers may carry a year between two slashes: a legal normative document's
 * (Luật Ban hành văn bản quy phạm pháp luật: nghị quyết and nghị quyết liên tịch, nghị định, quyết
 * định, thông tư and thông tư liên tịch, chỉ thị before 2016; an ordinance's former "PL"). A number
 * with one of them and nothing between two slashes ("12//QĐ-UBND") may have lost its year, which is no
 * slash typed twice; any other kind's number ("12//TTr-SNV", "263//BC-SXD") holds no year.
 */
export const YEAR_BEARING_CODES: ReadonlySet<string> = new Set(["NQ", "NQLT", "NĐ", "QĐ", "TT", "TTLT", "CT", "PL"]);

/** The type codes a state ký hiệu may give the kind: today's, former ones and the joint one. */
export function stateCodesOf(k: KindEntry): string[] {
  const others = [...(k.formerCodes ?? []), ...(k.jointCodes ?? [])];
  return k.code ? [k.code, ...others] : others;
}

const wordTable = new UnmarkedTable(byWord, (w) => w.toLowerCase().replace(/\s+/g, " "));

/** Folds a kind word as written ("NGHỊ   ĐỊNH", "Chỉ\nthị", "Nghi dinh" without marks) to its table entry. */
export function kindByWord(written: string): KindEntry | null {
  return wordTable.get(written);
}

/** The kind words as text without marks writes them ("Nghi dinh", "Quyet dinh"), those that name one kind. */
export function unmarkedKindWords(): string[] {
  return unmarkedVariants(KINDS.flatMap((k) => k.words)).filter((w) => !wordTable.ambiguous(w));
}

/** Kind implied by a canonical state type code ("NĐ" → decree). */
export function kindByStateCode(code: string): KindEntry | null {
  return byCode.get(code) ?? null;
}

export function kindLabel(slug: Kind): string {
  return KINDS.find((k) => k.slug === slug)?.label ?? "Văn bản";
}

/**
 * What a plan numbers as it numbers documents but is part of one: its templates, tables and annexes
 * ("theo Mẫu số 01/BC", "Biểu số 02/TK", "Phụ lục số 01/PL-KH"). Lower case.
 */
export const FORM_WORDS: readonly string[] = ["mẫu", "biểu", "biểu mẫu", "mẫu biểu", "phụ lục", "phụ biểu"];

/**
 * A copy of a document made by an office (Nghị định 30/2020/NĐ-CP, Điều 25-27 and Phụ lục III: bản
 * sao y, bản sao lục, bản trích sao) is numbered with a copy's type code: "Số: 12/SY-UBND", "Số:
 * 96/SL", "Số: 05/TS-VP". The copy's stamp block stands after the copied text, titled by one of
 * COPY_STAMP_WORDS ("SAO Y BẢN CHÍNH", "SAO Y", "SAO LỤC", "TRÍCH SAO"), with the copying office's
 * name, that number, a place and date, and a signature: the number is the copy's, not a document
 * the text cites. "SL" alone also numbered the President's decrees of the 1940s-50s (Sắc lệnh số
 * 63/SL), which is why a stamp must stand in the block as well (src/find/forms.ts copyNumber).
 */
export const COPY_TYPE_CODES: readonly string[] = ["SY", "SL", "TS"];
/** The titles of a copy's stamp block, lower case (see COPY_TYPE_CODES). */
export const COPY_STAMP_WORDS: readonly string[] = ["sao y", "sao lục", "trích sao"];


/**
 * A kind word written in small letters right after another kind word, as that document's modifier:
 * "Thông tư hướng dẫn số 03/VGNN-KHCS", "Công văn hướng dẫn số 1203/BNV-CCVC" are a circular and an
 * official letter that guide; the first kind word is the document's kind.
 */
export const MODIFIER_KIND_WORDS: readonly string[] = ["hướng dẫn"];

/** Every kind word as one regex source, lower case (for "i" regexes): built once, read by the stages that name documents by their kind. */
export const KIND_WORDS_SOURCE = phraseSource(KINDS.flatMap((k) => k.words));

/**
 * A judgment's ký hiệu (Nghị quyết 01/2017/NQ-HĐTP's and 02/2017/NQ-HĐTP's forms): the type of case, a dash,
 * the instance: hình sự, dân sự, hành chính, hôn nhân và gia đình, kinh doanh thương mại, lao động, phá sản;
 * sơ thẩm, phúc thẩm, giám đốc thẩm, tái thẩm ("19/2021/HS-ST", "18/2022/HC-PT", "01/2018/HNGĐ-PT",
 * "01/2022/LĐ-ST", "23/2006/DS-GĐT").
 */
export const JUDGMENT_CASE_TYPES: readonly string[] = ["HS", "DS", "HC", "HNGĐ", "KDTM", "LĐ", "PS"];
export const JUDGMENT_INSTANCES: readonly string[] = ["ST", "PT", "GĐT", "TT"];
