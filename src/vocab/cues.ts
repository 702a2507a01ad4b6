import type { Kind, RelationType } from "../types.js";
import { KINDS } from "./kinds.js";

/**
 * Cue phrases (DOMAIN.md §4): the words with which a text says what a document does to another.
 * The same words work at two levels: said by the citing document itself ("Căn cứ Quyết định số
 * ...", "Điều 1. Bãi bỏ Quyết định số ...") and said inside a cited document's description
 * ("Kế hoạch số 63/KH-UBND ... triển khai thi hành Chỉ thị số 43/CT-TTg"). Which level a cue
 * speaks at is decided by where it stands (src/analyze/roles/), not by the table.
 *
 * `reach` bounds the words between the cue and the document it governs:
 * - "far": up to FAR_WORDS when the filler ends with a link word ("Thực hiện chỉ đạo của Thủ
 *   tướng Chính phủ tại Công văn số ..."), NEAR_WORDS otherwise;
 * - "near": the same words are everyday verbs too ("thu hồi đất", "điều chỉnh giá"), so only a
 *   short filler, or one ending with "tại"/"của" ("điều chỉnh mục đích sử dụng đất tại Quyết định").
 * - "short": up to SHORT_WORDS and no link ("Xét Báo cáo thẩm định số ..."; "tổ chức xét tuyển ... theo
 *   Nghị định" is no proposal);
 * - "next": the document must follow the cue at once, or after one word ("Xét Tờ trình số ...",
 *   "Thu hồi các Quyết định số: ..."; "thu hồi đất ... tại Quyết định" recovers land, not the decision).
 */
type CueReach = "far" | "near" | "short" | "next";

export interface Cue {
  type: RelationType;
  phrases: string[];
  reach: CueReach;
  /** Link words of this cue alone, besides LINK_WORDS. */
  links?: string[];
  /**
   * The cue governs a list of objects, the document one of its members: the reach runs to FAR_WORDS
   * over a list ending with "," or "và" before the document (a directive's demand, DEMAND_VERBS).
   */
  governsList?: true;
  /**
   * Said after the document acted on, of it, in the passive: the document after the cue is the one
   * that acts ("Luật … số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15").
   */
  passive?: true;
  /**
   * Words that, right before the cue, make it the citing document's own wherever it stands: a
   * correction notice says "(thừa ủy quyền Thủ tướng Chính phủ,) xin đính chính … trong Quyết định
   * số …" after the signer's mandate, not at the head of its sentence.
   */
  ownAfter?: string[];
  /**
   * The document's own issuer named right before the cue, as the subject of its verb, makes it the
   * document's own in any part (OWN_ISSUER_SUBJECT_CHARS): a correction letter names itself by its
   * issuer in its body, "Do sơ suất kỹ thuật khi soạn thảo văn bản, Bảo hiểm xã hội Việt Nam đính chính
   * một số nội dung trong công văn số 1658/BHXH-CSXH …" (1730/BHXH-VP, 2011; fresh30b-025), "…, Bộ Tài
   * chính xin đính chính lại như sau:" (13158/BTC-VP, 2006, and 4184/TC-VP, 2003; pairs40-001, -002).
   * Another body's name ("Bộ Tài chính đính chính …" in a province's letter) or a word between ("… đã
   * đính chính") leaves the cue as it was read before.
   */
  ownAfterIssuer?: true;
  /**
   * The phrase is the citing document's own clause wherever it stands in its sentence: "Ngoài các nội dung
   * được sửa đổi, bổ sung tại Quyết định này, các nội dung còn lại được giữ nguyên theo quy định tại Quyết
   * định số X" (full32-007) speaks of what the document itself changed, whatever opens the sentence.
   */
  own?: true;
  /**
   * Read only where it opens its clause (an item's marker, a bullet or quote marks before it at
   * most): the same words inside a sentence are another verb's ("có hiệu lực thi hành kể từ …").
   */
  opening?: true;
  /**
   * Read only where it joins a clause in which the document spoke for itself before it (its basis,
   * what it carries out, a proposal): "Theo Quyết định số X …, và đề nghị của Giám đốc Sở Nội vụ tại Tờ
   * trình số Y". Elsewhere the same words retell another's proposal, and nothing is read.
   */
  joinsOwn?: true;
  /**
   * Read only where a ";" ends the clause right before it: a bare "đề nghị của …" listed as the next
   * item after the document's own ("Thực hiện …; đề nghị của Sở Nội vụ tại Công văn số Y; UBND tỉnh ban
   * hành …"), and only where the clause that ";" ended was the document's own (its basis, what it carries
   * out, a proposal). Inside a sentence the same words are another's ("theo yêu cầu, đề nghị của cơ quan …").
   */
  afterSemicolon?: true;
  /**
   * Read only right before one of these words (the document the cue governs named by its kind): "Theo" is
   * the proposal before a submission, "Theo Tờ trình số …", and no cue before any other kind ("Theo Quyết
   * định số …" names another clause's ground).
   */
  before?: readonly string[];
  /**
   * Read only in a document whose office is to guide the application of what it names (a circular, a
   * joint circular, a resolution of the Supreme People's Court's Council of Judges: purpose-guidance.ts).
   * A province's decision that opens "Để thi hành Luật …" is left as it was read before.
   */
  guidingOnly?: true;
  /**
   * The term's new end may stand between the cue and its document, uncounted: "V/v gia hạn thực hiện đến
   * ngày 31/08/2006 của Quyết định số 344/2001/QĐ-BTS …" (Bộ Thủy sản 553/2006/QĐ-BTS and 659/2006/QĐ-BTS,
   * fixtures/fresh/listing56 rows 96 and 99). Only "đến (hết) ngày <date> (của)": any other word there still
   * counts ("gia hạn thời gian thực hiện dự án tại Quyết định số …" extends a project, not the decision).
   */
  untilDate?: true;
  /**
   * Read only in a document of one of these kinds (the citing document's own kind): "Về thi hành Luật …" is a
   * decree's subject that sets the law's rules of application; the same words head no plan's or letter's act.
   */
  kinds?: readonly Kind[];
}

/**
 * A Cue with every field written, in the interface's order, the optional ones undefined where a cue has none: V8
 * gives each object literal of a different set of fields a hidden class of its own, and findCues, readRoles and
 * settleClause met cues of a dozen, their compiled code thrown away ("wrong map" at `cue.type`) when a cue of a
 * shape not met yet came (bench/README, session 57). Built here, once, so that one map serves every cue; the
 * cues are still compared by identity (roles/: WORDING_AMENDS_CUE …), so each is built once, never copied.
 */
export function defineCue(c: Cue): Cue {
  return {
    type: c.type,
    phrases: c.phrases,
    reach: c.reach,
    links: c.links,
    governsList: c.governsList,
    passive: c.passive,
    ownAfter: c.ownAfter,
    ownAfterIssuer: c.ownAfterIssuer,
    own: c.own,
    opening: c.opening,
    joinsOwn: c.joinsOwn,
    afterSemicolon: c.afterSemicolon,
    before: c.before,
    guidingOnly: c.guidingOnly,
    untilDate: c.untilDate,
    kinds: c.kinds,
  };
}

/** "Xét đề nghị của Sở …": whose proposal the document answers, said in the preamble's last clause. */
const PROPOSAL_PHRASES = [
  "Theo đề nghị", "Xét đề nghị", "Theo đề xuất", "Xét đề xuất", "Trên cơ sở xem xét", "Trên cơ sở đề nghị", "Sau khi xem xét",
  "Qua xem xét",
  // Copies that lost the space inside "đề nghị" at a line join: "Theo đềnghị của Giám đốc Sở Kế hoạch và Đầu
  // tư tại Văn bản số 600/SKHĐT-TH …" (Đồng Nai 36/2011/QĐ-UBND), "- Theo đềnghị của Giám đốc Sở Nội vụ,"
  // (fresh29u-001); "Xétbáo cáo của" below is the same loss.
  "Theo đềnghị", "Xét đềnghị",
  // A Government Office letter answering a ministry: "Xét kiến nghị của Bộ Y tế tại Tờ trình số …, Thủ
  // tướng Chính phủ có ý kiến như sau" — the submission it answers, as "Xét đề nghị" says it.
  "Xét kiến nghị",
  // A Government Office letter answering a report as it answers a proposal: "Xét báo cáo của Phòng Thương
  // mại và Công nghiệp Việt Nam (công văn số 1033/PTM-SME …), Phó Thủ tướng … có ý kiến như sau" (2541/VPCP-QHQT,
  // 2009), "Xét báo cáo của Bộ Tài chính tại công văn số 15390/BTC-CST …" (6699/VPCP-XDPL, 2007): the paper
  // comes after the reporter's name, beyond "Xét"'s short reach. Also "Xét báo cáo và đề nghị của Bộ Y tế …
  // (Báo cáo số 1787/BC-BYT …)" (8297/VPCP-KGVX, 2021). Copies that lost the space: "Xétbáo cáo" (2541/VPCP-QHQT,
  // 2009). Only with "của" after it: in "Xét báo cáo số 15/BC-VPTWH …" the words are the cited report's own.
  "Xét báo cáo của", "Xét báo cáo và đề nghị của", "Xét báo cáo, đề nghị của", "Xétbáo cáo của",
  // Older councils' resolutions: "Sau khi nghe Tờ trình số … của UBND tỉnh; Báo cáo thẩm tra của Ban …".
  "Sau khi nghe",
];

/**
 * "Thi hành Nghị định số 115/2003/NĐ-CP … (sau đây gọi tắt là Nghị định số 115/2003/NĐ-CP), Bộ Nội vụ
 * hướng dẫn thực hiện như sau:", "Thi hành Nghị định số 204/2004/NĐ-CP …; sau khi trao đổi ý kiến với
 * Bộ Tài chính …, Bộ Nội vụ hướng dẫn …": an older circular's preamble names the decree it was made
 * for with "Thi hành", and its enacting formula, the issuer (ISSUER_SUBJECTS) then these verbs in the
 * same sentence, says how: by guiding it. The decree is guided, not carried out.
 */
export const ENACTED_GUIDANCE_VERBS = ["hướng dẫn", "quy định chi tiết"];
/**
 * Subjects of that formula besides ISSUER_SUBJECTS: older inter-ministry circulars (Thông tư liên bộ) write
 * "Liên bộ Lao động - Thương binh và xã hội và Tài chính hướng dẫn như sau:" (4/TT-LB, 1991), "bộ" in lower case.
 */
export const ENACTED_GUIDANCE_SUBJECTS = ["Liên bộ"];
/**
 * The joint subjects of that formula, which name every issuer after them: "Liên tịch Bộ Lao động - Thương
 * binh và Xã hội - Trung ương Đoàn thanh niên cộng sản Hồ Chí Minh hướng dẫn thực hiện như sau:" (17/2003/TTLT/
 * BLĐTBXH-TƯĐTNCSHCM, fresh62c-003: a ministry and the Youth Union, 84 characters of names), "Liên tịch Bộ Tài
 * nguyên và Môi trường - Bộ Tài chính - Bộ Kế hoạch và Đầu tư hướng dẫn" (dev-043, three ministries). One
 * ministry's name fits the formula's usual few words; two or more joined by " - " do not.
 */
export const JOINT_GUIDANCE_SUBJECTS = ["Liên tịch", "Liên Bộ", "Liên bộ"];
/** How many characters of issuers' names may stand between a joint subject and its verb (four ministries: about 150). */
export const JOINT_GUIDANCE_SUBJECT_CHARS = 160;
/**
 * The kinds whose enacting formula guides what "Thi hành" names: a circular is the instrument that
 * guides a decree. A department's letter "Thi hành Nghị quyết số …, Sở Tài chính hướng dẫn như sau:"
 * carries the resolution out; its guidance is to the districts, of the tasks, not of the resolution.
 */
export const ENACTED_GUIDANCE_KINDS: readonly Kind[] = ["circular", "joint-circular"];
/** A guiding document's purpose line: "Để thi hành (đúng) …", "Để áp dụng thống nhất …" (Cue.guidingOnly). */
const PURPOSE_GUIDANCE_PHRASES = [
  "Để thi hành", "Để bảo đảm thi hành", "Để đảm bảo thi hành", "Để áp dụng thống nhất", "Để áp dụng đúng và thống nhất",
  "Để áp dụng đúng", "Để thi hành đúng và thống nhất",
];
/**
 * A letter that guides the uniform carrying out of documents (src/analyze/roles/purpose-guidance.ts
 * `lettersGuide`): its sentence says the purpose "để (đảm bảo) (việc) (triển khai) thực hiện … (được)
 * thống nhất …", then its issuer and the verb: "Để đảm bảo việc thực hiện Thông tư 02/2023/TT-NHNN
 * thống nhất trong toàn hệ thống …, Ngân hàng Nhà nước có ý kiến giải đáp …" (6248/NHNN-TD, 2023;
 * fresh41b-011), "Sau một thời gian thực hiện Luật Hải quan, Nghị định số 101/2001/NĐ-CP … , để việc
 * triển khai thực hiện được thống nhất trong toàn ngành, Tổng cục Hải quan hướng dẫn …" (2695/TCHQ-GSQL,
 * 2002; pairs42-002). The words before "thực hiện" in the purpose, in their order; each may be left out.
 */
export const GUIDING_LETTER_PURPOSE_WORDS = [["đảm bảo", "bảo đảm"], ["việc"], ["triển khai"]];
/** The purpose's last words before the issuer: what the carrying out is to be. */
export const GUIDING_LETTER_UNIFORM = "thống nhất";
/**
 * The letter's verb after its issuer's name: it guides or answers ("có ý kiến giải đáp"). A letter that
 * asks ("Bộ Tài chính đề nghị … chỉ đạo thực hiện", 12166/BTC-TCHQ, fresh30b-027) carries out what it names.
 */
export const GUIDING_LETTER_VERBS = ["hướng dẫn", "giải đáp", "có ý kiến giải đáp", "có ý kiến hướng dẫn"];
/**
 * The councils whose resolutions guide the uniform application of laws: the Council of Judges of the
 * Supreme People's Court (Hội đồng Thẩm phán, "NQ-HĐTP"), whose office the law on the courts sets so.
 */
export const GUIDING_COUNCILS = ["HĐTP"];
/**
 * A scope article's heading, the units a document's provisions are named by, and the words that say whom
 * the document applies to (analyze/roles/scope-guides.ts): "Điều 1. Phạm vi điều chỉnh ⏎ Nghị định này quy
 * định về các cơ chế, chính sách theo quy định tại điểm g và điểm h khoản 1 Điều 64 … của Luật Điện lực số
 * 61/2024/QH15" (135/2026/NĐ-CP, fresh49b-006), "1. Nguyên tắc, … quyết định đề án … quy định tại khoản 5
 * Điều 24, khoản 6 Điều 41 Luật Thủ đô" (25/2024/TT-BKHĐT, fresh49b-007): guides.
 */
export const SCOPE_HEADING = "Phạm vi điều chỉnh";
export const SCOPE_UNIT_WORDS = ["điểm", "khoản", "điều", "phụ lục", "mục", "chương"];
export const SCOPE_APPLIES_WORDS = ["áp dụng"];
/**
 * Bodies named by the provisions that set them up: "Thông tư này hướng dẫn việc xây dựng Định hướng chương trình thanh
 * tra, kế hoạch thanh tra hằng năm của các cơ quan thanh tra quy định tại Điều 7 Luật Thanh tra" (04/2025/TT-TTCP,
 * fresh55c-014: the law's Điều 7 lists the inspection bodies, who plan; the gold reads no guides). The same drafting names
 * bodies by a document's provisions outside scope articles, a reference in every gold: "Cơ quan nhà nước có thẩm quyền,
 * cơ quan có thẩm quyền (…) quy định tại Điều 4, khoản 1 Điều 6 … Nghị định số 58/2001/NĐ-CP" (seg33d-011), "Cơ quan có
 * trách nhiệm bồi thường trong hoạt động quản lý hành chính quy định tại khoản 1 Điều 14 Luật Trách nhiệm bồi thường của
 * Nhà nước" (seg34-017), "cơ quan, tổ chức, đơn vị theo quy định tại khoản 9 Điều 3 Luật Phòng, chống tham nhũng"
 * (fresh46h-007). Such units say who, as SCOPE_APPLIES_WORDS's subjects do, not the matter governed or guided: neither the
 * scope article (scope-guides.ts) nor the document's own "hướng dẫn" (reach-limits.ts guidesWorkUnder) guides the document
 * they are in. Only "cơ quan": "tổ
 * chức" is as often the verb ("tổ chức thi hành …", the matter itself).
 */
export const SCOPE_BODY_WORDS = ["cơ quan"];

/**
 * An amending document's new wording of the amended one's scope article, in quotation marks: "1. Sửa đổi Điều 1 như
 * sau: ⏎ “Điều 1. Phạm vi điều chỉnh ⏎ Thông tư này quy định chi tiết … khoản 4 Điều 27 và khoản 7 Điều 28 Nghị định số
 * 06/2022/NĐ-CP …”" (08/2025/TT-BNNMT amending 01/2022/TT-BTNMT, fresh57b-006), "Điều 1. Sửa đổi, bổ sung Điều 1 của
 * Thông tư số 09/2022/TT-BLĐTBXH … như sau: ⏎ “Điều 1. Phạm vi áp dụng ⏎ Thông tư này hướng dẫn … Chương trình … ban
 * hành kèm theo Quyết định số 90/QĐ-TTg …, gồm:" (fresh46b-013). "Thông tư này" is the amended circular: it details,
 * guides, the documents its first sentence names (a nested relation, analyze/roles/quoted-scope.ts).
 */
export const QUOTED_SCOPE_VERBS = ["quy định chi tiết", "hướng dẫn"];
/** A proposal's cue read only where it opens its clause (Cue.opening). */
// "đề xuất" is a proposal's word as "đề nghị" is (PROPOSAL_PHRASES: "Theo đề xuất", "Xét đề xuất"): "Về đề
// xuất của Bộ Lao động - Thương binh và Xã hội tại văn bản số 72/BC-LĐTBXH … tại Báo cáo tình hình triển
// khai thực hiện Nghị quyết số 42/NQ-CP …, Phó Thủ tướng … có ý kiến như sau" (4361/VPCP-KGVX, 2020).
/** A submission's words ("Tờ trình", "Tờ trình liên ngành", …) as written and in small letters (Cue.before). */
const SUBMISSION_WORDS = KINDS.find((k) => k.slug === "submission")!.words.flatMap((w) => [w, w.toLowerCase()]);

const OPENING_PROPOSAL_PHRASES = ["Về đề nghị", "Vềđề nghị", "Về đề xuất"];

/**
 * Words opening a clause that names the document's basis, not another member of the list a cue before
 * it carries: "Thực hiện Quyết định số A …; Công văn số B …; trên cơ sở kết luận của Thường trực Tỉnh ủy
 * tại Thông báo số C …" (Quảng Ngãi 1088/KH-UBND), "Thực hiện Quyết định số A …; trên cơ sở tham mưu
 * của Công an tỉnh tại Công văn số D" (a province's police plan): C and D are not carried out.
 */
export const BASIS_CLAUSE_WORDS = ["trên cơ sở"];

/**
 * The kind words of a committee's verification report, the paper that goes with the submission it verified
 * (DOMAIN.md §4's preamble: "Trên cơ sở xem xét Tờ trình …; Báo cáo thẩm tra …"): in a preamble it proposes
 * whatever cue stands before it (roles/verification-report.ts).
 */
export const VERIFICATION_REPORT_WORDS = ["Báo cáo thẩm tra"];

/**
 * The words that head a document's basis: "Căn cứ Luật …", "Căn cứ vào Quyết định số …" (also read by analyze/basis-carried-out.ts).
 * A scan's text read by OCR changes a mark of them as it does of the kind words ("Thông tu", "Nghị đinh", vocab/kinds.ts):
 * "Cân cứ Luật Đất đai ngày 29 tháng 11 năm 2013;" (â for ă: fixtures/fresh/full33b-006, full33b-011, fresh54f-006, a joint
 * circular's scan), "Căn củ Nghị định sổ 21/2013/NĐ-CP" (ủ for ứ, fresh54f-006). Neither pair of words means anything else.
 * A scan's OCR also drops the breve of "ă" and reads the "ứ" as "t" or "tr" (its horn and hook taken for letters): "Can ct
 * Didu 4 Thông tư số 96/2015/TT-BTC" (a tax office's answer, fixtures/fresh/pairs44-002), "Can ctr Nghi dinh số
 * 29/2004/NĐ-CP" (Bộ Thương mại's circular 04/2007/TT-BTM, fresh54b-001), "Can ct Quyết định số 53/2012/QĐ-TTg" (Bộ Tài
 * chính's circular, fresh36b-011), and the breve alone: "Can cứ Nghị định số 59/2015/NĐ-CP" (fresh54a-009). "ct" and
 * "ctr" are no Vietnamese syllables, nor is "can" ever said before "cứ": each pair is that OCR's "Căn cứ" only.
 * A copy that lost every diacritic (a PDF's font without them, an OCR trained on plain Latin) prints "Can cu": "Can cu
 * Nghi dinh so 150/2025/ND-CP ngdy 12/6/2025 cua Chinh phu …; Can cu Thong tu so 37/2025/TT-BCT …" (UBND Lào Cai's
 * 3628/QĐ-UBND of 2026, fixtures/fresh/fresh60e-007), "Can cu khoan 2 Dieu 2 Thong tu …" (a Cục Thuế's answer of 2021,
 * fresh54e-008). Such a copy writes no "cần cù" beside it; a document's kind word or unit follows (the cue's own reach).
 */
const BASIS_HEAD_MISREAD = ["Cân cứ", "Căn củ", "Can cứ", "Can ct", "Can ctr", "Can cu"];
export const BASIS_HEAD_WORDS = ["Căn cứ", "Căn cứ vào", ...BASIS_HEAD_MISREAD];
/**
 * "căn cứ" as a noun, the base a levy is reckoned on, with the words after it: "Về căn cứ tính thuế đối với
 * thu nhập từ tiền lương, tiền công, đề nghị Công ty căn cứ tại Điều 7 Thông tư số 111/2013/TT-BTC" (Cục Thuế
 * Vĩnh Phúc's reply, fixtures/fresh/fresh43b-014: as to the tax base, the company is to follow Điều 7),
 * "Căn cứ tính lệ phí trước bạ được pháp luật quy định tại Điều 5 Nghị định số 140/2016/NĐ-CP" (a district
 * portal's answer, kyanh.hatinh.gov.vn). The sentence tells where the base is set; it rests on nothing, so
 * "căn cứ" there is no basis cue (analyze/cue-finder.ts). Not "căn cứ tính chất …" ("based on the nature
 * of …"), which is the preposition.
 */
export const LEVY_BASE_TAILS = ["tính thuế", "tính phí", "tính lệ phí"];

/**
 * "Thay thế cụm từ “A” bằng cụm từ “B” tại khoản 2 Điều 5 Thông tư số …": words put in or replaced in a
 * provision amend the document; it is not replaced. The roles read a wording's object by this cue
 * (analyze/roles/cue.ts, reach-limits.ts), so it is named here, not looked up by a phrase.
 */
export const WORDING_AMENDS_CUE: Cue = defineCue({
  type: "amends",
  phrases: [
    "Thay thế cụm từ", "Thay thế các cụm từ", "Thay cụm từ", "Thay các cụm từ",
    "Bỏ cụm từ", "Bỏ các cụm từ", "Bổ sung cụm từ", "Bổ sung các cụm từ",
  ],
  reach: "far",
});
/**
 * "Bãi bỏ cụm từ "dấu hỏa" tại khoản 2 Điều 1 của Thông tư số 18/2025/TT-BCT" (21/2026/TT-BCT, fresh45b-002),
 * "4. Bãi bỏ cụm từ “Ủy ban nhân dân cấp huyện” tại khoản 5 Điều 23" (Hà Nội 12/2025/NQ-HĐND, fresh41d-007):
 * "bãi bỏ" of a part, down to a phrase, repeals the document, as the dev gold reads "Bãi bỏ điểm e khoản 3
 * Điều 6 của Qui định … Quyết định số 06/2008/QĐ-UBND" (dev-005) and fixtures/fresh/CONVENTIONS.md §2 settles.
 */
export const WORDING_REPEALS_CUE: Cue = defineCue({ type: "repeals", phrases: ["Bãi bỏ cụm từ", "Bãi bỏ các cụm từ"], reach: "far" });

/**
 * "Căn cứ" as some sites' copies write it where a format changed: "ứ " lost, "Căn c" run into the next
 * word ("Căn cLuật phí và lệ phí …", "Căn cHiến pháp …", "Căn cNghị định số …"). The cue below, and the
 * find stage's names read after it (find/lost-cue.ts), only where a capital follows.
 */
export const LOST_LETTER_BASIS_CUE = "Căn c";
/**
 * "Căn cứ" as some sites' copies print a preamble's items whose lines lost their first characters: "n cứ Luật Tổ chức
 * chính quyền địa phương ngày 19 tháng 6 năm 2015;" (UBND Bến Tre's 2895/QĐ-UBND of 2017, fixtures/fresh/fresh30m-030),
 * "n cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; ⏎⏎ n cứ các Nghị quyết của Chính phủ: Số 19/NQ-CP …" (UBND Hưng
 * Yên's 1124/QĐ-UBND of 2016, fresh66a-009: every item so). No Vietnamese word is "n"; read only where it opens its
 * clause (Cue.opening), as an item does.
 */
export const LOST_OPENING_BASIS_CUE = "n cứ";
/**
 * Its cue, given where a clause opens with it (analyze/lost-opening.ts), not among CUES: in the cue regex the phrase
 * stood inside every "căn cứ" and slowed the scan (+4 to +11 M instructions a warm analyze() pass over devx5).
 */
export const LOST_OPENING_CUE: Cue = defineCue({ type: "based_on", phrases: [LOST_OPENING_BASIS_CUE], reach: "far", opening: true });

/**
 * "Các nội dung khác (không đề cập) (vẫn/được) giữ nguyên theo/như (quy định tại) <X>", "các nội dung còn lại được
 * giữ nguyên theo quy định tại <X>": a changing text's clause on the rest of the document it changed (the amends
 * cue below; CONVENTIONS.md §15). Every subject, verb and link spelled out: the phrase is the whole clause head.
 */
const KEPT_REST_SUBJECTS = ["Các nội dung khác", "Các nội dung khác không đề cập", "Các nội dung còn lại", "Những nội dung khác"];
const KEPT_REST_VERBS = ["giữ nguyên", "vẫn giữ nguyên", "được giữ nguyên"];
const KEPT_REST_LINKS = ["theo", "như", "theo quy định tại", "như quy định tại"];
const KEPT_REST_PHRASES = KEPT_REST_SUBJECTS.flatMap((s) => KEPT_REST_VERBS.flatMap((v) => KEPT_REST_LINKS.map((l) => `${s} ${v} ${l}`)));

export const CUES: readonly Cue[] = [
  defineCue({ type: "based_on", phrases: BASIS_HEAD_WORDS, reach: "far" }),
  // "GIÁM ĐỐC BỆNH VIỆN … Căn Thông tư 19/2013/BYT …; Căn vào Quyết định số 23/2021/QĐ-UBND …": a
  // document-sharing site's preview drops short words ("cứ", "của", "và", "số") from the text it
  // shows, and "Căn cứ" comes out as "Căn". Only with the document right after it: "căn" alone is
  // otherwise a classifier ("căn nhà", "căn hộ") and names no document.
  defineCue({ type: "based_on", phrases: ["Căn", "Căn vào"], reach: "next" }),
  // "Căn cHiến pháp …; Căn cLuật Tổ chức Quốc hội số 57/2014/QH13 …", "Căn cNghị định số 78/2018/NĐ-CP":
  // some sites' copies lose "ứ " where a format changed and run "Căn c" into the document's name. Only
  // so run in (cue-finder's gluedAt): "căn c" before a lower-case letter is another word ("Căn cước").
  defineCue({ type: "based_on", phrases: [LOST_LETTER_BASIS_CUE], reach: "far" }),
  // "Trên cơ sở Kế hoạch số 6103/KH-UBND …, UBND tỉnh ban hành Kế hoạch": a plan's opening names
  // its basis so. Only the document right after it: "trên cơ sở kết quả thực hiện Kế hoạch số …"
  // rests on results, not on the plan.
  defineCue({ type: "based_on", phrases: ["Trên cơ sở"], reach: "next" }),
  defineCue({
    type: "implements",
    phrases: [
      "Thực hiện", "Triển khai thực hiện", "Triển khai", "Tổ chức thực hiện", "Tổ chức triển khai thực hiện",
      "Tổ chức triển khai", "Triển khai thi hành", "Tổ chức thi hành", "Quán triệt và triển khai thực hiện",
      // "Quán triệt chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số …, UBND tỉnh đã ban hành Kế hoạch số …":
      // a report's and a party plan's opening, as "Thực hiện" is.
      "Quán triệt", "Quán triệt và thực hiện", "Quán triệt, triển khai", "Quán triệt và triển khai",
      // "Theo chỉ đạo của UBND tỉnh tại Công văn số …, Sở đã …": said as "Thực hiện chỉ đạo của … tại".
      "Theo chỉ đạo", "Theo ý kiến chỉ đạo",
      // "… triển khai thực hiện các nội dung theo hướng dẫn tại Công văn số 4158/BTP-BTTP", "theo hướng dẫn
      // của Bộ Nội vụ tại Công văn số …": what is done follows the guidance the document gives; the
      // document is carried out, as one whose direction is followed ("Theo chỉ đạo"), not guided.
      "Theo hướng dẫn",
      "Quán triệt, triển khai thực hiện",
      // "V/v triên khai Công văn số 315/TCHQ-TXNK" (a customs office's record, listing52b), "Quyết định số 90/QD- BTC
      // ngày 08/01/2019 triên khai Nghị quyết số 02/2019/NQ-CP" (Bộ Tài chính's OCR'd notice, fresh50b-005): "triển"
      // typed or scanned without its hook. "triên" is no word of its own, so nothing else is read as the cue.
      "Triên khai", "Triên khai thực hiện",
      // "Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi ng nhn dn tnh …" (Sở VHTTDL Phú Thọ's guidance
      // 02/HD-SVHTTDL, fresh29d-010), "ngoài vic thc hin đúng quy đnh ca Lut NSNN" (Sở Tài chính's guidance,
      // fresh38b-005): a PDF's text layer that drops the letters its font maps outside Latin-1 ("ự", "ệ"). "thc" and
      // "hin" are no Vietnamese syllables: the pair is that copy's "Thực hiện" only.
      "Thc hin",
      // "Để cụ thể hóa Chương trình hành động số 12-CTr/TU …, Ban Thường vụ Huyện ủy xây dựng Kế hoạch":
      // a Party committee's or a district's plan makes the document above it concrete, so carries it out.
      "Cụ thể hóa", "Cụ thể hoá",
    ],
    reach: "far",
  }),
  // "Thi hành Quyết định số 212/QĐ-CTN ngày 23/2/2010 của Chủ tịch nước về việc truy tặng …, Sở đề nghị
  // Phòng …": older letters and plans open so as others do with "Thực hiện". Only the document right
  // after it: "(có) hiệu lực thi hành kể từ ngày", "cơ quan thi hành án dân sự … Quyết định số …" carry
  // out no document.
  defineCue({ type: "implements", phrases: ["Thi hành"], reach: "next", opening: true }),
  defineCue({
    type: "guides",
    phrases: [
      "Hướng dẫn thi hành", "Hướng dẫn thực hiện", "Hướng dẫn", "Quy định chi tiết thi hành", "Quy định chi tiết",
      "Quy định chi tiết và hướng dẫn thi hành",
      // A scan's reading of "chi tiết" with a hook above the i ("Nghị định số 134/2016/NĐ-CP … quy định chỉ
      // tiết một số điều và biện pháp thi hành Luật …, đã được sửa đổi, bổ sung tại Nghị định số 18/2021/NĐ-CP",
      // NQ 106/NQ-CP and three more OCR'd Bộ Tài chính texts, fresh36b): the same words. "chỉ tiêu" is another word.
      "Quy định chỉ tiết thi hành", "Quy định chỉ tiết",
      // A minister's circular sets the measures to carry out a law or a decree without "chi tiết": "Thông tư
      // số 02/2026/TT-BCT … quy định một số biện pháp thi hành Luật Hóa chất và Nghị định số 25/2026/NĐ-CP"
      // (customs.gov.vn's list, listing45), "Thông tư số 01/2024/TT-BNV quy định biện pháp thi hành Luật Thi
      // đua, khen thưởng", "Thông tư số 17/2017/TT-BTTTT … quy định một số nội dung và biện pháp thi hành
      // Quyết định số 45/2016/QĐ-TTg" (fresh30a-001's Căn cứ). "biện pháp thi hành" alone stays no cue: a
      // plan's "các nhiệm vụ, biện pháp thi hành Luật …" carries the law out.
      "Quy định biện pháp thi hành", "Quy định một số biện pháp thi hành", "Quy định một số nội dung và biện pháp thi hành",
      // The same without "chi tiết" over a law's or a decree's articles: "Thông tư Quy định một số điều của Luật Quản lý
      // thuế và Nghị định số 254/2026/NĐ-CP … quy định chi tiết …" (91/2026/TT-BTC as the customs portal lists it,
      // listing48 rows 92 and 98), "Nghị định số 35/2003/NĐ-CP … của Chính phủ quy định một số điều của Luật Phòng cháy
      // và chữa cháy" (dev-020's Căn cứ). "Sửa đổi, bổ sung một số điều của" is the amending cue's, not these words.
      "Quy định một số điều của",
    ],
    reach: "far",
    // A guidance names what it guides "theo": "Thông tư này hướng dẫn ... theo Quyết định số 158/2008/QĐ-TTg".
    links: ["theo"],
  }),
  defineCue({
    type: "amends",
    // Written without the comma too ("Luật sửa đổi bổ sung một số điều của …").
    phrases: [
      "Sửa đổi, bổ sung một số điều của", "Sửa đổi, bổ sung một số điều", "Sửa đổi, bổ sung", "Sửa đổi", "Điều chỉnh, sửa đổi",
      "Sửa đổi bổ sung một số điều của", "Sửa đổi bổ sung một số điều", "Sửa đổi bổ sung",
    ],
    reach: "far",
  }),
  defineCue({ type: "amends", phrases: ["Điều chỉnh", "Điều chỉnh, bổ sung"], reach: "near" }),
  // What is added is given "cho" the document it goes into: "Điều 2 . Quyết định này bổ sung cho Quyết định số
  // 33/2007/QĐ-BCN …" (Thủ tướng's 2008 decision, fixtures/fresh/seg33b-018), "Về việc bổ sung phụ lục 9 về quy tắc
  // xuất xứ đối với các sản phẩm sắt và thép thuộc Chương 72 cho QĐ số 1420/2004/QĐ-BTM …" (Bộ Thương mại's
  // 32/2006/QĐ-BTM, fixtures/fresh/listing56 row 125): the part added, however long its name, then "cho" and the
  // document amended. Only "cho" last before the document (Cue.links).
  defineCue({ type: "amends", phrases: ["Bổ sung"], reach: "near", links: ["cho"] }),
  // The closing half of a change: "Điều 2. Các nội dung khác giữ nguyên theo Quyết định số 7/QĐ-BQLCKCN …" after
  // "Điều 1. Điều chỉnh, bổ sung thành viên Hội đồng …" (Lào Cai's 226/QĐ-BQLCKCN, fixtures/fresh/fresh57f-007), "Các
  // nội dung khác không đề cập vẫn giữ nguyên như Quyết định số 08/2009/QĐ-UBND … và Quyết định số 54/2009/QĐ-UBND …"
  // (HCMC's 2009 target adjustment, seg33-014), "Ngoài các nội dung được sửa đổi, bổ sung tại Quyết định này, các
  // nội dung còn lại được giữ nguyên theo quy định tại Quyết định số 4750/QĐ-BYT và Quyết định số 130/QĐ-BYT" (Bộ Y
  // tế's 3176/QĐ-BYT, full32-007): the text says the contents it changed are those documents' and the rest stands,
  // so it amends each one named (fixtures/fresh/CONVENTIONS.md §15). Only with "nội dung khác/còn lại" before the
  // verb: "giữ nguyên" of a thing ("giữ nguyên 54 chợ", "giữ nguyên kế hoạch vốn") changes no document.
  defineCue({ type: "amends", phrases: KEPT_REST_PHRASES, reach: "next", own: true }),
  // A document's term extended: "Điều 1. Kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP … đến hết
  // ngày 30 tháng 6 năm 2026" (25/2026/NQ-CP, fixtures/fresh/fresh48a-001, its subject line alike), "Quyết
  // định gia hạn thời gian thực hiện quyết định số 1871/QĐ-BNN-CB ngày 05/07/2010 …" (Bộ NN&PTNT 86/QĐ-BNN-CB,
  // 2011, fixtures/fresh/listing51 row 70): the extension changes the document's own provision on its term,
  // so amends it (fixtures/fresh/CONVENTIONS.md §8). Only the document right after the words: "gia hạn
  // thời gian thực hiện dự án tại Quyết định số …" extends a project's work, not the decision. The
  // subject lines of a ministry's extension letters and decisions leave out "thời gian": "Về việc gia hạn
  // thực hiện Thông tư 207/2012/TT-BTC" (Bộ Tài chính 4126/BTC-CST, 2014, fixtures/fresh/listing57 row 32),
  // "V/v gia hạn thực hiện đến ngày 31/08/2006 của Quyết định số 344/2001/QĐ-BTS" (listing56 rows 96, 99).
  defineCue({
    type: "amends",
    phrases: [
      "Kéo dài thời hạn áp dụng của", "Kéo dài thời hạn áp dụng", "Gia hạn thời hạn áp dụng của", "Gia hạn thời hạn áp dụng",
      "Gia hạn thời gian thực hiện", "Kéo dài thời gian thực hiện", "Gia hạn thực hiện",
    ],
    reach: "next",
    untilDate: true,
  }),
  WORDING_AMENDS_CUE,
  WORDING_REPEALS_CUE,
  defineCue({ type: "replaces", phrases: ["Thay thế"], reach: "far" }),
  defineCue({ type: "repeals", phrases: ["Bãi bỏ", "Hủy bỏ", "Huỷ bỏ"], reach: "far" }),
  defineCue({ type: "repeals", phrases: ["Thu hồi"], reach: "next" }),
  // "Điều 1. Hủy Quyết định số 25/QĐ-UBND …", "Chấm dứt hiệu lực (của, thi hành) Quyết định số …": an
  // individual decision is undone so. Only the document right after: "tiêu hủy hàng hóa", "hủy kết quả
  // … tại Quyết định số …" act on no document.
  defineCue({ type: "repeals", phrases: ["Hủy", "Huỷ", "Chấm dứt hiệu lực", "Chấm dứt hiệu lực thi hành"], reach: "next" }),
  defineCue({ type: "corrects", phrases: ["Đính chính"], reach: "far", ownAfter: ["xin"], ownAfterIssuer: true }),
  // "Để thi hành đúng quy định của Luật Thi hành án hình sự …, Bộ Công an, … ban hành Thông tư liên tịch
  // hướng dẫn …" (fresh31a-015), "Căn cứ vào … Luật tổ chức Toà án nhân dân năm 1992 …; ⏎ Để áp dụng thống
  // nhất các quy định của Luật hôn nhân và gia đình …;" (HĐTP resolution, fresh31a-021), "Để thi hành Bộ
  // luật tố tụng hình sự, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao hướng dẫn …" (1988
  // joint circular, pairs32-001): a guiding document's purpose line names what it guides (DOMAIN.md §4);
  // after a Căn cứ item it is a clause of its own, not another basis. Only at a clause's opening, and
  // only in a guiding document (Cue.guidingOnly).
  defineCue({ type: "guides", phrases: PURPOSE_GUIDANCE_PHRASES, reach: "far", opening: true, guidingOnly: true }),
  // "NGHỊ ĐỊNH … Về thi hành Luật Đất đai" (181/2004/NĐ-CP, pairs58-001), "NGHỊ ĐỊNH CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 30-HĐBT
  // NGÀY 23/3/1989 VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI" (pairs58-005), "Về thi hành Luật Bảo vệ và phát triển rừng"
  // (23/2006/NĐ-CP, listing56 row 73): a decree's or circular's own subject that carries a law into effect by
  // rules of its own guides it (CONVENTIONS §19(a), DOMAIN.md §4 "hướng dẫn (thi hành)"). Only at its clause's
  // opening, the law right after it, and only in a decree or circular: inside a cited decree's description
  // ("Căn cứ Nghị định số 181/2004/NĐ-CP … về thi hành Luật Đất đai") the words are the cited decree's, and a
  // plan's "triển khai thi hành" carries the law out.
  defineCue({
    type: "guides",
    phrases: ["Về thi hành", "Về việc thi hành"],
    reach: "next",
    opening: true,
    kinds: ["decree", "circular", "joint-circular"],
  }),
  defineCue({ type: "proposed_by", phrases: PROPOSAL_PHRASES, reach: "far" }),
  defineCue({ type: "proposed_by", phrases: ["Xét"], reach: "short" }),
  // "Căn cứ vào Hiến pháp … ; ⏎ Theo Tờ trình số 1516/CP-CN ngày 05 tháng 11 năm 2003 của Chính phủ, Báo cáo thẩm
  // tra của Uỷ ban pháp luật …" (the Assembly's 23/2003/QH11, fresh55i-003), "Theo Tờ trình số 30/TTr . SXD ngày
  // 19/01/2006 của Giám đốc Sở Xây dựng," (Tiền Giang, seg33c-001): the submission itself after "Theo" is the
  // proposal, as "Theo đề nghị … tại Tờ trình số …" says it (DOMAIN §4); read so only where "Theo" opens its clause
  // and a submission's word follows at once (Cue.before); else the Căn cứ item before it went on over it.
  defineCue({ type: "proposed_by", phrases: ["Theo"], reach: "next", opening: true, before: SUBMISSION_WORDS }),
  // The proposal joined by "và" to the clause before it, without its own "Theo"/"Xét": "Theo Quyết định
  // số 1381/QĐ-UBND … và đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 213/TTr-SNV" (fresh30s-017),
  // "Thực hiện Quyết định số 449/QĐ-TTg …; … và đề xuất của Ban Dân tộc tỉnh tại Tờ trình số 33/TTr-BDT,
  // Chủ tịch UBND tỉnh ban hành Kế hoạch" (fresh30u-007). Only after the document's own cue (joinsOwn).
  defineCue({ type: "proposed_by", phrases: ["và đề nghị của", "và đề xuất của"], reach: "far", joinsOwn: true }),
  // The same proposal listed after ";" with no "và", "Theo" or "Xét" of its own: "Thực hiện Kết luận số
  // 126-KL/TW …; … Công văn số 2736-CV/TU …; đề nghị của Sở Nội vụ tại Công văn số 527/SNV-XDCQ ngày 11/4/2025;
  // UBND tỉnh ban hành Kế hoạch" (Quảng Ngãi, 2025, fresh53a-013), "Xét đề nghị của Ban quản lý dự án 2 tại các
  // Văn bản số …; đề nghị của Cục Y tế Giao thông vận tải tại Văn bản số 668/CYT-KHTC …; đề nghị của Bệnh viện
  // GTVT Yên Bái tại Văn bản số 62/BVYB-TCKT …" (Bộ Giao thông vận tải, 2010, seg33b-010). Only after ";" and
  // only where the clause that ";" ended was the document's own (Cue.afterSemicolon).
  defineCue({ type: "proposed_by", phrases: ["đề nghị của", "đề xuất của"], reach: "far", afterSemicolon: true }),
  // A Government Office letter answering a ministry or a province opens so after "Kính gửi: …": "Về đề nghị
  // của Ủy ban nhân dân tỉnh Đồng Tháp tại văn bản số 88/UBND-ĐTXD …, Phó Thủ tướng … có ý kiến như sau"
  // (3148/VPCP-CN, 2018), "Vềđề nghị của Bộ Y tế tại công văn số 2012/BYT-QLD …" (2582/VPCP-KGVX, 2009, the
  // space lost in the copy). Only where it opens its clause: inside a sentence ("có ý kiến về đề nghị của …")
  // the proposal is another's subject.
  defineCue({ type: "proposed_by", phrases: OPENING_PROPOSAL_PHRASES, reach: "far", opening: true }),
  // A council's article that approves what a submission proposed: "Hội đồng nhân dân tỉnh đồng ý theo
  // Tờ trình số … của Ủy ban nhân dân tỉnh về việc điều chỉnh mức thu phí …", "Nhất trí thông qua Tờ
  // trình số …": the submission proposed the act. Only the document right after the words.
  defineCue({ type: "proposed_by", phrases: ["đồng ý theo", "nhất trí theo", "nhất trí với", "nhất trí thông qua", "tán thành"], reach: "next" }),
  defineCue({ type: "promulgated_by", phrases: ["ban hành kèm theo", "ban hành kèm"], reach: "far" }),
  // Without "kèm", only after a regulation's name (PLAIN_PROMULGATION, RULE_NAME_WORDS).
  defineCue({ type: "promulgated_by", phrases: ["ban hành theo"], reach: "far" }),
  // "Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15", "Nghị định số
  // 15/2021/NĐ-CP ..., đã được sửa đổi, bổ sung tại Nghị định số 35/2023/NĐ-CP": preambles name a
  // document as amended so since the 2025 law on legal documents asks for it. The amending one
  // follows at once ("bởi", "tại", "theo", "một số điều theo"); a longer stretch is no longer its agent.
  defineCue({
    type: "amends",
    phrases: ["được sửa đổi, bổ sung", "được sửa đổi bổ sung", "được sửa đổi", "được bổ sung", "được sửa đổi, bổ sung một số điều"],
    reach: "near",
    links: ["bởi", "theo"],
    passive: true,
  }),
  // "… đã bị thay thế bởi Quyết định số Y", "X … bị bãi bỏ, thay thế bởi Thông tư liên tịch số Y":
  // reports, and the note a legal database puts above a text that has lost its force, say it so.
  defineCue({
    type: "replaces",
    phrases: ["được thay thế", "bị thay thế", "bị bãi bỏ, thay thế", "bị bãi bỏ và thay thế"],
    reach: "near",
    // "… được thay thế bằng Quyết định số Y" as well.
    links: ["bởi", "theo", "bằng"],
    passive: true,
  }),
  // "Khoản 3 Điều 5 … Quyết định số X … đã bị bãi bỏ tại Quyết định số Y", "X bị bãi bỏ bởi Y": a
  // review or a database's note says so. Only the document right after it (one word between, the
  // parts aside) acts: said alone at the end of its clause, the words are the closing article's
  // own repeal (POST_REPEAL_WORDS below).
  defineCue({ type: "repeals", phrases: ["bị bãi bỏ", "bị hủy bỏ", "bị huỷ bỏ"], reach: "next", links: ["bởi", "theo"], passive: true }),
];

/**
 * "ban hành theo" written without "kèm" names the decision that issued an attached regulation as
 * "ban hành kèm theo" does: "Sửa đổi , bổ sung điểm b , khoản 3 , mục III của bản quy định chế độ trợ
 * cấp … ban hành theo quyết định số 2751/QĐ-UB" and "bãi bỏ : 1 . Điểm b , khoản 3 , mục III của Bản
 * quy định … ban hành theo quyết định số 2751/2002/QĐ-UB" (UBND Long An, fixtures/fresh/seg33b-021),
 * "Bổ sung một số nội dung quy định về giá dịch vụ trông giữ xe … ban hành theo Quyết định số
 * 3352/2017/QĐ-UBND" (Thanh Hóa, fresh30y-006). Only where the words between the act and it name
 * such a regulation (RULE_NAME_WORDS): "- Điều chỉnh bổ sung qui hoạch phát triển kinh tế - xã hội tỉnh
 * Lai Châu … đã ban hành theo Quyết định 87/2006/QĐ-TTg" (a resolution's listed task, dev-045) names
 * a plan, and the decision stays a rule the task follows.
 */
export const PLAIN_PROMULGATION = ["ban hành theo"];
/** The attached texts "ban hành theo" is read after (PLAIN_PROMULGATION), "qui" as some spell it. */
export const RULE_NAME_WORDS = ["quy định", "quy chế", "điều lệ", "qui định", "qui chế"];

/**
 * An act's verbs, joined by commas or "và", whose object is wording: "Thay thế, bãi bỏ một số từ, cụm từ
 * của Quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND" (Thừa Thiên Huế 33/2025/NQ-HĐND, full33-007),
 * "Điều 23. Bãi bỏ, thay thế một số cụm từ tại Nghị định số 162/2013/NĐ-CP", "2. Thay thế một số cụm
 * từ tại Thông tư số 23/2013/TT-BKHCN như sau:" (decrees and circulars quoted in public repositories).
 * Words put in or replaced amend the document, as "Thay thế cụm từ" does (CUES): it is not replaced. Words
 * repealed ("bãi bỏ", "hủy bỏ" in the series) repeal it, as "Bãi bỏ cụm từ" does: a part's repeal is the
 * document's (dev-005; fixtures/fresh/CONVENTIONS.md §2). WORDING_VERBS are the verbs of the series, WORDING_WORDS what the wording is called
 * ("từ" alone also means "from": only before a quote mark, analyze/roles/cue.ts).
 */
export const WORDING_VERBS = ["thay thế", "bãi bỏ", "bỏ", "bổ sung", "sửa đổi", "hủy bỏ", "huỷ bỏ"];
export const WORDING_WORDS = ["từ, cụm từ", "từ và cụm từ", "từ ngữ", "cụm từ"];
/**
 * Provisions listed with the wording ("Sửa đổi, bổ sung, thay thế, bãi bỏ một số cụm từ, khoản, điều
 * của Quy định … ban hành kèm theo Quyết định số 61/2024/QĐ-UBND", fresh41a-015; "Thay thế, sửa đổi, bổ
 * sung, bãi bỏ một số điều, khoản, điểm, cụm từ của Nghị quyết số 35/2024/NQ-HĐND", fresh41d-007; "Bổ
 * sung, thay thế, bãi bỏ một số từ, cụm từ, điểm, khoản, điều của Thông tư số 44/2022/TT-BTC",
 * fresh49b-002): each verb of the series is its own act (head-cue.ts); "thay thế" is the wording's, amends,
 * when every "thay thế" of the article's items replaces words (41d-007, 49b-002: their golds read no
 * replaces), and replaces when an item replaces anything else ("8. Các biểu mẫu … thay thế các biểu mẫu tại
 * Phụ lục II", 41a-015) (analyze/roles/wording-series.ts replacesWordingOnly).
 */
export const WORDING_PROVISION_WORDS = ["điều", "khoản", "điểm"];

/**
 * What names the thing that takes the replaced one's place: "thay thế liên 1 hóa đơn bằng bảng kê chi
 * tiết …" (a tax answer, 2728/TCT-DNL). Said before any document, the replacement was of something else.
 */
export const SUBSTITUTE_WORDS = ["bằng"];

/**
 * Nouns that hold the syllable "bằng" and are no "thay thế A bằng B": "văn bằng" (a diploma), "mặt bằng" (a
 * site), "bằng khen" (a certificate of merit), "bằng tốt nghiệp", "bằng lái". "… thay thế “Quy định về quản lý
 * văn bằng …” được ban hành theo Quyết định số X" replaces X (fresh41c-013's drafting): the regulation's name
 * holds the noun, and no substitute is named.
 */
export const SUBSTITUTE_NOUNS_BEFORE = ["văn", "mặt"];
export const SUBSTITUTE_NOUNS_AFTER = ["khen", "tốt nghiệp", "lái"];

/**
 * Said after the document, at the end of its clause: "Quyết định số 154/2003/QĐ-BBCVT ... hết hiệu
 * lực thi hành" in the closing article repeals it.
 */
export const POST_REPEAL_WORDS = [
  "hết hiệu lực", "hết hiệu lực thi hành", "bị bãi bỏ", "bị hủy bỏ", "bị huỷ bỏ",
  // "Kế hoạch số X … không còn hiệu lực kể từ ngày Kế hoạch này được ký": said so as often in plans.
  "không còn hiệu lực",
];

/**
 * Of POST_REPEAL_WORDS, those that name a state ("no longer in force") rather than an act: the text ends X
 * only when it says from when ("Kế hoạch số X … không còn hiệu lực kể từ ngày ký ban hành Kế hoạch này") or
 * says it in its closing article, where a document says what it ends (roles/post-cue.ts).
 * Without it the words tell that X has ended, by another's act: a ministry's guidance drawing its conclusion
 * ("Dó đó, Thông tư số 57/2015/TT-BCT ngày 31 tháng 12 năm 2015 của Bộ Công Thương không còn hiệu lực.",
 * Bộ Công Thương's 3109/BCT-KHCN, fresh63c-007, after "… đã được bãi bỏ theo quy định tại Khoản 1 Điều 12
 * Nghị định số 15/2018/NĐ-CP"), a newspaper's report ("toàn bộ các quy định tại Thông tư số 39/2003/TT- BTC
 * … đã chính thức không còn hiệu lực pháp lý.", pairs64-001). Lower case.
 */
export const STATE_REPEAL_WORDS: ReadonlySet<string> = new Set(["không còn hiệu lực"]);
/** What says from when a state of STATE_REPEAL_WORDS holds, right after it: "kể từ ngày …", "từ ngày …". Lower case. */
export const STATE_REPEAL_SINCE = /^\s+(?:pháp\s+lý\s+)?(?:kể\s+)?từ\s/u;

/**
 * The noun of a catalogue decision's title, before the documents it lists: "Quyết định 318/QĐ-UBND
 * năm 2020 công bố Danh mục văn bản quy phạm pháp luật … hết hiệu lực, ngưng hiệu lực toàn bộ hoặc
 * một phần năm 2019". Every province and ministry issues one a year (Nghị định 34/2016/NĐ-CP, Điều
 * 157); the "hết hiệu lực" of its title is said of the documents it lists, not of the decision.
 */
export const CATALOGUE_WORDS = ["danh mục"];
/** Characters allowed between the catalogue's "văn bản" and what befell them (the issuers' names). */
export const CATALOGUE_CHARS = 200;

/** Words allowed between a "near" cue and its document; twice as many for a "far" cue. */
export const NEAR_WORDS = 6;
export const SHORT_WORDS = 4;
/** Words allowed when the filler ends with a link word ("... của Thủ tướng Chính phủ tại"). "kèm" is "kèm theo" as some write it ("Quy định ban hành kèm Quyết định số …"). */
export const FAR_WORDS = 40;
/**
 * Words that bind what follows to the cue before them: "chỉ đạo của Thủ tướng Chính phủ tại Công
 * văn số ...". Not "theo": "thực hiện công khai ngân sách đối với ... theo Thông tư số ..." does
 * an activity the way a document says, it does not carry the document out.
 */
export const LINK_WORDS = ["tại", "quy định tại", "nêu tại", "của", "trong", "nêu trong", "kèm theo", "kèm"];
/**
 * A list's next member named by whose direction it carries: "Thực hiện Kế hoạch số … của UBND tỉnh và
 * (ý kiến) chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số …" (a department's or a district's plan,
 * carrying out its province's plan and a letter of the same direction). A body's conclusion is published
 * as a notice, named after it: "Thực hiện Chỉ thị số 51-CT/TW … và Kết luận của Bộ Chính trị (Thông báo
 * số 215-TB/TW …)" (Ban Tổ chức Trung ương, 2016), "Thực hiện kết luận của Thủ tướng … (tại Thông báo số
 * 122/TB-VPCP …)" (Kon Tum, 2020).
 */
export const DIRECTION_WORDS = ["chỉ đạo", "ý kiến chỉ đạo", "ý kiến", "yêu cầu", "kết luận", "ý kiến kết luận"];
/**
 * A verb whose object the next document is, said of another actor after the cue's own object and a
 * comma: "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2023, ngay từ đầu năm UBND tỉnh đã ban
 * hành Chương trình hành động số 34/CTr-UBND": the programme is what the committee issued, not what
 * the cue carries out.
 */
export const ISSUED_WORDS = ["ban hành", "đã ban hành", "vừa ban hành"];
/**
 * The verbs with which a document's own opening says its issuer makes it, its kind word right after and "như sau:"
 * closing the sentence: "…; Văn phòng UBND tỉnh xây dựng kế hoạch cải cách hành chính năm 2026 như sau:" (a plan,
 * fresh63d-013), "… Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:" (fresh29a-018). A page's
 * retelling carries a document out instead ("… yêu cầu … triển khai thực hiện kế hoạch …, cụ thể như sau:", fresh46e-009).
 */
export const OWN_MAKING_WORDS = ["ban hành", "xây dựng"];
/**
 * A page that prints a document under no heading of its own tells, in its opening, that the body
 * has just issued it and that its full text follows: "… đã ban hành Nghị quyết số 10-NQ/TU về … Báo
 * Ninh Thuận trân trọng giới thiệu toàn văn nội dung Nghị quyết.", "Ban Bí thư … vừa ban hành Chỉ
 * thị số 06- CT/TW … Trân trọng giới thiệu toàn văn Chỉ thị:", "… đã ban hành Chỉ thị số 17 … Nội
 * dung Chỉ thị như sau:". Newspapers and portals put Party documents on the web so. The verbs right
 * before the document, and the words before its kind word again after it.
 */
/**
 * A headed document's opening that tells of a document issued or passed, then acts on it by a pointer
 * (src/analyze/roles/told-then-acted.ts): "Luật … được Quốc hội … thông qua Luật Thuế xuất khẩu, Thuế nhập khẩu số
 * 107/2016/QH13 …. Để thực hiện thống nhất những quy định mới, quan trọng của Luật …, Bộ Tài chính đề nghị … như sau:"
 * (fresh30b-027). The verbs right before the told document ("đã ra" only with its tense: "ra" alone is a common word;
 * "đã ký" likewise: "Ngày 9 tháng 12 năm 2002 Bộ Tài chính đã ký Quyết định 149/2002/QĐ-BTC …", pairs40-002), the purpose
 * sentence's opening words, and the writer's guiding verb.
 */
export const TOLD_THEN_ACTED_VERBS = ["ban hành", "thông qua", "đã ra", "vừa ra", "đã ký"];
export const TOLD_PURPOSE_OPENERS = ["Để thực hiện", "Để thi hành", "Để triển khai thực hiện", "Để triển khai thi hành", "Để tổ chức thực hiện"];
export const TOLD_PURPOSE_GUIDING = ["hướng dẫn"];
/** A correction letter's own verb after the told issue ("…, Bộ Tài chính xin đính chính lại như sau:"); written in small letters. */
export const TOLD_CORRECTING = ["đính chính"];
export const JUST_ISSUED_WORDS = ["đã ban hành", "vừa ban hành", "đã ký ban hành", "vừa ký ban hành"];
/**
 * After JUST_ISSUED_WORDS, what was issued may be named before the document that carries it: "Bộ Y tế đã ban
 * hành Danh mục thuốc chữa bệnh chủ yếu … tại Quyết định số 05/2008/QĐ-BYT" (business.gov.vn, 2008:
 * fixtures/fresh/fresh60b-001), "UBND tỉnh đã ban hành Phương án quản lý, bảo vệ khoáng sản chưa khai thác … tại
 * Quyết định số 3551/QĐ-UBND" (Lào Cai, fresh55g-005). The word right before that document.
 */
export const ISSUED_IN_WORDS = ["tại"];
export const WHOLE_TEXT_WORDS = ["toàn văn", "toàn văn nội dung", "toàn văn bản"];
/**
 * A publisher's own words before "toàn văn": "… trân trọng giới thiệu toàn văn Hướng dẫn …". Said so,
 * the page prints the document even when its lead has the verb bare, as a board's portal writes it:
 * "Ngày 21/3/2023, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 147-HD/BTGTW về … Trang tin điện
 * tử Đảng bộ … trân trọng giới thiệu toàn văn Hướng dẫn và Đề cương tuyên truyền." (an enterprise
 * Party committee's site, 2023), "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về …
 * Trang thông tin điện tử Tuyên giáo Cần Thơ trân trọng giới thiệu toàn văn bản Hướng dẫn." (2022).
 * A news item that tells of a document does not introduce its text.
 */
export const INTRODUCING_WORDS = ["giới thiệu"];
/**
 * A department's or an office's portal prints its own letter under a dated lead that names the
 * letter and then says its text follows, no kind word again: "Ngày 25/3/2020, Sở Tư pháp ban hành
 * Văn bản số 473/STP-PBGDPL về việc hướng dẫn …, cụ thể như sau:" (Sở Tư pháp Bắc Kạn), "Ngày
 * 23/11/2018, … đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất của Sở TM & MT. Toàn văn như
 * sau:" (Tuyên Quang). "Toàn văn" says the whole text follows wherever it stands in the opening;
 * "cụ thể" only in the lead's own sentence (a later sentence's "cụ thể như sau" may detail anything).
 * Saying so in words, the lead may have the verb bare (ISSUED_WORDS: "Sở Tư pháp ban hành Văn bản số").
 */
export const WHOLE_TEXT_FOLLOWS_WORDS = ["toàn văn như sau"];
export const SAME_SENTENCE_FOLLOWS_WORDS = ["cụ thể như sau"];
/**
 * A portal prints a body's letter under no heading of its own and closes it with a line of its own naming where the text
 * came from: "… Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau: 1. … ⏎ (Nguồn: Từ Công văn số 1150/UBND-VP ngày
 * 22/04/2021)" (Côn Đảo's "Tin chỉ đạo điều hành", fixtures/fresh/fresh58e-003), "UBND tỉnh có ý kiến như sau: ⏎ Giao Sở
 * … ⏎ (Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)" (Quảng Trị's business-dialogue answers, fresh61d-006). The line's
 * words before the document (SOURCE_LINE_WORDS), and the words with which the body speaks as that letter's issuer, its
 * opinion following (ISSUER_OPINION_WORDS): a page that retells ("(Chinhphu.vn) - … Thủ tướng Chính phủ đồng ý …",
 * a byline, then "(Nguồn: Công văn 2089/TTg-ĐP)", fresh52d-006) does not speak so, and its line names the document it
 * tells of (fixtures/fresh/CONVENTIONS.md §17). Read by analyze/self/unheaded-page.ts (sourceLineCitation).
 */
export const SOURCE_LINE_WORDS = ["nguồn: từ", "nguồn từ", "nguồn:", "theo"];
export const ISSUER_OPINION_WORDS = ["có ý kiến như sau", "có ý kiến chỉ đạo như sau"];
/**
 * A news item on a portal or a school's site tells of an event held under a document, opening as a
 * document would ("Thực hiện công văn số …"), but its main clause narrates, opening with the event's
 * time of day and its day: "… 2025. ⏎⏎ Sáng ngày 04/10/2020, đoàn thanh niên … đã tổ chức …" (Thái
 * Nguyên), "…, sáng ngày 09/01/2015, Quận Hoàng Mai đã tổ chức Lễ ra quân …" (Hà Nội). A document's
 * main clause acts or speaks instead ("… ban hành Kế hoạch … như sau:", "Sở … đề nghị …"); where it
 * dates a meeting it calls, the time follows the act ("tổ chức hội nghị vào 8 giờ sáng ngày …"). The
 * words stand before "nay", "qua" or the day.
 * (A done act alone, "…, Sở … đã xây dựng 02 Đề cương …", opens a department's letter as well as a
 * news item; a span, "Từ ngày 23 - 29/9/2019", an instruction as well: neither tells news.)
 */
export const EVENT_TIME_WORDS = ["sáng", "chiều", "trưa", "tối", "đêm"];
/**
 * A past span that opens the main clause after "Thực hiện X, …": what follows tells of work done under X
 * over that time, not of the text's own act. "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, …,
 * thời gian qua, ngành Nông nghiệp tập trung triển khai …" (a news teaser, vietnam.vn, pairs49-005);
 * "Thực hiện Nghị quyết Đại hội tỉnh Đảng bộ lần thứ VIII , Nghị quyết Hội đồng nhân dân tỉnh … ,
 * trong thời gian qua các ngành , các cấp … đã nỗ lực" (UBND Long An's directive, seg34-013, whose gold
 * reads the sentence as narrating the past). Read on a page with no heading of its own only
 * (analyze/roles/news-event.ts): under a heading the words may open a report on the text's own work.
 */
export const PAST_SPAN_PHRASES = ["trong thời gian vừa qua", "trong thời gian qua", "thời gian vừa qua", "thời gian qua"];
/**
 * Words no issuer's name holds where older drafting writes the kind and issuer before "số N" ("Quyết định của Bộ
 * trưởng Bộ Thương mại số 1420/2004/QĐ-BTM", analyze/reach.ts): with one of them a description or another member has
 * begun. "và" too, though a ministry's name may hold it ("Bộ Kế hoạch và Đầu tư"): such a stretch is read as before.
 */
export const ISSUER_NAME_BREAK_WORDS: readonly string[] = [
  "về", "theo", "tại", "và", "hoặc", "thực hiện", "ban hành", "quy định", "hướng dẫn", "sửa đổi", "bổ sung", "bãi bỏ", "thay thế", "kèm",
];
/**
 * The same told work over a span of days with both its ends: "Thực hiện Kết luận số 79-KL/TW ngày 16-6-2020 của Bộ
 * Chính trị, từ ngày 17 đến ngày 22-8 (tuần đầu, đợt 2), Bộ Chính trị tiếp tục làm việc …" (nld.com.vn's teaser,
 * fixtures/fresh/fresh47e-018), "Thực hiện Kế hoạch số 154/KH-HĐND, ngày 16/5/2019 của HĐND tỉnh về việc tiếp xúc cử
 * tri …, từ ngày 25/5/2019 đến ngày 10/6/2019 các Tổ đại biểu HĐND tỉnh đã phối hợp …" (a council's page, fresh52d-009).
 * The words of the span's two ends, read on a headless page only (news-event.ts), as PAST_SPAN_PHRASES are, and only
 * where the work is told as done (DONE_WORD), or where a named body is the subject after the span (the teaser's
 * "Bộ Chính trị tiếp tục làm việc": news-event.ts datesOneBodysAct; many bodies may be an instruction's addressees).
 */
export const DAY_SPAN_WORDS = { from: "từ ngày", to: "đến ngày" };
/**
 * The same span with its ends joined by a spaced dash, not "đến ngày": after "từ ngày" ("Thực hiện Kế hoạch số 25 của
 * Sở Tư pháp …, từ ngày 23/3 - 20/4/2022, Sở Tư pháp đã tổ chức …", baocamau.vn, fixtures/fresh/pairs60b-001), or after
 * a count of days, "trong N ngày" ("Thực hiện Quyết định số 458/QĐ-BTP …, Quyết định số 1320/QĐ-BTP …, trong 02 ngày 15
 * - 16/9/2022, Đoàn công tác … đã tổ chức …", the Hà Tĩnh justice portal, pairs60-001). `over` and `days` frame the
 * count; `dashes` join the ends (spaced, so a day written "15-9-2022" is not read as two).
 */
export const DAY_SPAN_DASHED = { over: "trong", days: "ngày", dashes: ["-", "–"] } as const;
/**
 * The word before a single day that opens a main clause after "Thực hiện X, …": "…; ngày 06/10/2021, Phòng Tư pháp huyện
 * phối hợp …" (a portal's news, fixtures/fresh/fresh56h-011). With a named body after it, the act is dated and told
 * (analyze/roles/news-event.ts, a headless page only).
 */
export const DAY_WORD = "ngày";
/** The word that tells work in the span as done ("… các Tổ đại biểu HĐND tỉnh đã phối hợp"). */
export const DONE_WORD = "đã";
/** Before "toàn văn", the words of a link to the text, not of the text printed: "Xem toàn văn Chương trình số 01-CTr/TU TẠI ĐÂY". */
export const LINKED_TEXT_WORDS = ["xem", "tải", "tải về", "đọc", "download"];
/**
 * A subject line states the document's own purpose, so there "theo" binds too ("thực hiện kiểm kê
 * đất đai ... theo Chỉ thị số 21/CT-TTg"), over a shorter reach (TITLE_THEO_WORDS). The work a subject
 * line names before "theo" runs to about twenty words: 19 in "về việc ban hành kế hoạch thực hiện nhiệm vụ
 * cải thiện chỉ số đổi mới sáng tạo trên địa bàn tỉnh bình dương giai đoạn 2017-2020 theo yêu cầu của nghị
 * quyết số 19-2017/nq-cp" (the dev listing's row 244), 21 in "v/v triển khai tiếp nhận hồ sơ, trả kết quả
 * giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích theo quyết định số 45/2016/qđ-ttg." (Bình
 * Dương's 527/UBND-VX, 2017, fixtures/fresh/listing60 row 69); a subject line is one clause, so the reach
 * leaves room beyond them. A scheme's or plan's title names a long policy before "theo": 29 words in "PHÊ DUYỆT ĐỀ ÁN
 * THỰC HIỆN CHÍNH SÁCH ĐẶC THÙ HỖ TRỢ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI TRÊN ĐỊA BÀN TỈNH
 * BÌNH PHƯỚC GIAI ĐOẠN 2019-2020 THEO QUYẾT ĐỊNH SỐ 2085/QĐ-TTG" (fixtures/fresh/fresh65a-001), 32 in Hải Phòng's "KẾ
 * HOẠCH THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG KIỂM SOÁT Ô NHIỄM MÔI TRƯỜNG … TRÊN ĐỊA BÀN THÀNH PHỐ HẢI PHÒNG THEO QUYẾT ĐỊNH SỐ
 * 582/QĐ-TTG" (fresh29e-027, found through the scheme's name, analyze/schemes.ts); both golds read implements (24 → 32,
 * session 65).
 */
export const TITLE_LINK_WORDS = ["theo", "theo yêu cầu của", "theo quy định tại"];
export const TITLE_THEO_WORDS = 32;
/**
 * A letter's guidance is of work done under a rule, and "theo" names that rule: "V/v Hướng dẫn kê khai
 * và nhập dữ liệu hồ sơ kê khai bổ sung điều chỉnh mẫu số 01/KHBS theo Thông tư số 60/2007/TT-BTC" (Cục
 * Thuế TP. Hồ Chí Minh, 10171/CT-TTHT, 2009), "I. Hướng dẫn khai báo tờ khai vận chuyển độc lập: ⏎ 1. Hồ
 * sơ hải quan: ⏎ a) Tờ khai vận chuyển độc lập theo các chỉ tiêu thông tin quy định, tại mục 6 Phụ lục II
 * ban hành kèm theo Thông tư 38/2015/TT-BTC" (Bộ Tài chính to the customs offices, 10169/BTC-TCHQ, 2015).
 * Once "theo" has named the rule the work follows, the document reached after it is that rule, which the
 * letter quotes; it does not guide it. A letter still guides the document its cue names ("hướng dẫn thực
 * hiện Thông tư số …") and the one whose carrying-out it guides ("Hướng dẫn thực hiện một số điểm mới theo Thông tư
 * 38/2015/TT-BTC", CONVENTIONS §27: reach-limits.ts guidesWorkUnder), and a circular guides what it names after "theo" ("Thông tư này hướng dẫn … theo
 * Quyết định số 158/2008/QĐ-TTg"): only the kinds in WORK_GUIDING_KINDS read "theo" so.
 */
export const GUIDED_WORK_WORDS = ["theo"];
/** Before "theo", a word that makes it another link ("ban hành kèm theo Thông tư …"): no rule named by it. */
export const GUIDED_WORK_NOT_AFTER = ["kèm"];
/**
 * "theo hướng dẫn của/tại X" last before the document: the work follows the guidance X gives, so X is the guide,
 * not what the text's own "hướng dẫn" guides, whatever the text's kind. A guidance's "hướng dẫn <việc> theo X"
 * guides X (CONVENTIONS §6), but here "hướng dẫn" after "theo" is X's own: "Hướng dẫn định khoản tài khoản 111 –
 * Tiền mặt theo hướng dẫn của Thông tư 107" (an accounting blog's title, read as a guidance's heading,
 * fixtures/fresh/fresh59c-006), "- Hướng dẫn người khai khai báo … theo hướng dẫn tại công văn số 10983/TCHQ-GSQL"
 * (Tổng cục Hải quan's letter, body33-002). The implements cue reads "Theo hướng dẫn" at a clause's opening the same
 * way: the document whose guidance is followed is carried out, not guided.
 */
export const FOLLOWED_GUIDANCE_WORDS = ["theo hướng dẫn của", "theo hướng dẫn tại"];
/**
 * Whom the document's own "hướng dẫn" instructs, named right after it (after "đôn đốc" or "kiểm tra"
 * joined to it, GUIDED_ADDRESSEE_VERBS): "c ) Hướng dẫn , đôn đốc các cơ sở sản xuất , kinh doanh … vượt
 * ngưỡng quy định tại Phụ lục IV Nghị định số 108/2008/NĐ-CP" (Bộ Công Thương's directive, seg33b-013),
 * "…; hướng dẫn các cơ quan, đơn vị trực thuộc UBND tỉnh thống nhất phân công … theo quy định tại khoản 1
 * điều 7 Nghị định số 26/2020/NĐ-CP" (a province's plan, full32b-010), "- Hướng dẫn người khai khai báo …
 * theo hướng dẫn tại công văn số 10983/TCHQ-GSQL" (Tổng cục Hải quan's letter, body33-002). The guidance
 * is given to people, not to a document's provisions: a document named after them is the rule they follow,
 * which the document quotes and does not guide. Not "tổ chức" alone, a verb as often ("hướng dẫn tổ chức
 * khám chữa bệnh … theo Quyết định số 139/2002/QĐ-TTg", seg33c-011, guides the decision's work).
 */
export const GUIDED_ADDRESSEE_WORDS = [
  "người", "các cơ sở", "cơ sở", "các cơ quan", "cơ quan", "các đơn vị", "đơn vị", "các doanh nghiệp", "doanh nghiệp",
  "các địa phương", "địa phương", "cá nhân", "các tổ chức, cá nhân", "tổ chức, cá nhân",
];
/** Verbs joined to "hướng dẫn" before whom it instructs ("Hướng dẫn, đôn đốc các cơ sở"). */
export const GUIDED_ADDRESSEE_VERBS = ["đôn đốc", "kiểm tra"];
/**
 * Past the body's first division (an article, a numbered, lettered or bulleted item, a section), an item
 * "(Tiếp tục) thực hiện <việc> theo X" is a task the document sets or tells of, done the way X says: X is
 * the rule the work follows, not what the document carries out. "a . Phân bổ vốn … : ⏎ Tiếp tục thực
 * hiện phân bổ vốn đầu tư cho cấp huyện quản lý theo Quyết định số 210/2006/QĐ-TTg" (HĐND Hải Dương's
 * investment plan, fixtures/fresh/seg33b-014), "A. NHIỆM VỤ TRỌNG TÂM ⏎ Triển khai thực hiện 5 nhiệm
 * vụ trọng tâm của giáo dục trung học theo Công văn số 4099/BGDĐT-GDTrH" (a district office's letter,
 * fresh29s-001); the golds read a plan's purpose item so too ("1. Tiếp tục đẩy mạnh thực hiện có hiệu
 * quả … theo Nghị quyết số 30c/NQ-CP", fresh31d-001's note). A title ("KẾ HOẠCH THỰC HIỆN ĐỀ ÁN … THEO
 * QUYẾT ĐỊNH SỐ 582/QĐ-TTG", fresh29e-027) and an opening before any division ("Thực hiện chỉ đạo của Bộ
 * trưởng Bộ Tài chính theo Quyết định số 1832/QĐ-BTC …", fresh30b-010) still state the document's own
 * purpose. These words, last before the document, end a "thực hiện" reach there (roles/reach-limits.ts).
 * "phù hợp với" says the same of the work: it is done in keeping with X, not X carried out. A school's
 * rules on democracy, after the ministry's model (04/2000/QĐ-BGD&ĐT): "Điều 2. Nguyên tắc … 2. Thực hiện
 * dân chủ trong nhà trường phù hợp với Hiến pháp và pháp luật, quyền phải đi đôi với nghĩa vụ …" (THCS
 * Quảng Tiến, fixtures/fresh/fresh52c-009) and "2. Thực hiện dân chủ trong nhà trường pahỉ phù hợp với
 * Hiến pháp và Pháp luật, quy chế chuyên môn …" (THCS Lê Lợi's page, leloi.pgdomon.edu.vn, 2017).
 */
export const WORK_UNDER_WORDS = ["theo", "phù hợp với"];
/**
 * After WORK_UNDER_WORDS, the words that name the rule before its document: "; thực hiện kịp thời việc
 * chi trả trợ cấp cho các đối tượng bảo trợ xã hội theo quy định tại Nghị định số 67/2007/NĐ-CP" (Bộ
 * LĐTBXH's monthly report, fixtures/fresh/seg34-007), "- Thực hiện cơ chế tự chủ , tự chịu trách nhiệm
 * theo quy định tại Nghị định số 115/2005/NĐ-CP" (a circular, seg34-018), "Bộ Giao thông vận tải thực
 * hiện nhiệm vụ, quyền hạn theo quy định tại Nghị định số 123/2016/NĐ-CP" (Nghị định 56/2022/NĐ-CP,
 * fresh30e-002; gold: no implements): the work is done as X rules, as after "theo" alone.
 */
export const WORK_UNDER_RULE_WORDS = ["quy định tại", "quy định của"];
/**
 * Past the body's first division, "thực hiện <việc> … quy định tại <Điều|Mục|khoản …> X" names one
 * provision of X as the rule the task keeps: "2 . ⏎ Thực hiện nghiêm chỉnh chế độ thông tin báo cáo đã
 * được quy định tại Mục IV Chỉ thị số 16/2006/CT-UBND" (UBND TP Hồ Chí Minh's directive, fixtures/fresh/
 * seg33d-009), "- Thực hiện đúng quy định tại Điều 2 Quyết định số 6556/QĐ-BYT" (Bộ Y tế's letter 627/BYT-BH,
 * full32-006). X is where that rule stands, a reference. Only with the part (the pinpoint) between: "thực
 * hiện … các nội dung đã được quy định tại Quyết định số 17/2007/QĐ-UBND" (seg33d-009) and "triển khai thực
 * hiện … các quy định tại Nghị định số 59/2012/NĐ-CP" (fresh30d-022) carry the whole document out.
 */
export const RULE_PART_WORDS = ["quy định tại"];
/**
 * Money named right before a "thực hiện"/"triển khai": the cue names what the money is for. Its object is
 * the document itself in "VỀ VIỆC CẤP PHÁT KINH PHÍ THỰC HIỆN QUYẾT ĐỊNH SỐ 20/2005/QĐ-TTG" (Bộ Tài chính's
 * 88/2005/TT-BTC: implements QĐ 20); a work in "gia hạn thời gian bố trí vốn thực hiện dự án sang năm 2026 …
 * theo quy định tại Điều 57 Luật Đầu tư công" (HĐND Sơn La 39/NQ-HĐND, 2026, listing43 row 88) and "kinh phí
 * triển khai các hoạt động theo dõi tình hình thi hành pháp luật được bố trí … theo quy định của Luật Ngân sách
 * nhà nước" (Bộ Tư pháp's 2024 review, fixtures/fresh/fresh40b-014), where the document after "theo quy định
 * tại/của" (WORK_UNDER_RULE_WORDS) or a provision's "quy định tại" (RULE_PART_WORDS) is the rule the funded work
 * follows, a reference: so in a subject line and before the body's first division too (roles/reach-limits.ts
 * workUnderRule), where a plain "theo" still states the document's purpose.
 */
export const FUNDING_NOUNS = ["vốn", "kinh phí"];

/**
 * A "Căn cứ" fronted before the writer's own main clause: "Căn cứ quy định nêu trên, Tổng cục Thuế đồng
 * ý với ý kiến xử lý của Cục Thuế tỉnh Hà Tĩnh tại Công văn số 1752/CT-THNVDT …" (a tax department's
 * reply, 1414/TCT-CS, 2013), "6. Sở Tài chính: Căn cứ dự toán do Công an tỉnh lập, thực hiện thẩm định,
 * … cấp phát kinh phí … đã giao cho Công an tỉnh tại Quyết định số 2566/QĐ-UBND …" (a Sơn La plan's
 * task, 254/QĐ-UBND, 2023). After the comma, the subject (a few words, or none) and one of these verbs
 * open the main clause: the "Căn cứ" phrase has ended, and a document cited in the main clause is what
 * the writer agrees with or acts on, not its basis (session 32, full32b-015, -010). Verbs only, never a
 * noun that a preamble's "Căn cứ" lists ("Căn cứ tình hình thực tế, đề nghị của Sở … tại Tờ trình số …").
 */
// "trả lời": a Cục Thuế's reply fronts its own remit before saying it answers, then quotes the rules on the next
// line: "Căn cứ chức năng, nhiệm vụ, Cục Thuế tỉnh Bắc Ninh trả lời vướng mắc của Công ty … như sau: ⏎ Tại khoản 1,
// điểm 2.30 khoản 2 Điều 6 Thông tư số 78/2014/TT-BTC … quy định …" (fresh54e-009, 2021): the circular quoted is no basis.
export const BASIS_MAIN_CLAUSE_VERBS = ["đồng ý", "thống nhất", "chấp thuận", "thực hiện", "có ý kiến", "trả lời"];
/**
 * A "Căn cứ" whose object points back to the rules quoted before it ("Căn cứ các quy định trên, trường hợp
 * Công ty … nếu khoản chi đáp ứng quy định tại Điều 4 Thông tư số 96/2015/TT-BTC …, khoản 2 Điều 3 Thông tư
 * số 25/2018/TT-BTC … được tính vào chi phí", Cục Thuế Vĩnh Phúc's reply, fixtures/fresh/fresh43b-014; "Căn cứ
 * quy định nêu trên, trường hợp doanh nghiệp nội địa nhập khẩu … theo quy định tại khoản 2 Điều 22 Nghị định
 * 134/2016/NĐ-CP", Tổng cục Hải quan's 966/TCHQ-TXNK, fresh36b-015; "Căn cứ quy định nêu trên, Tổng cục Thuế
 * đồng ý với ý kiến … tại Công văn số 1752/CT-THNVDT", 1414/TCT-CS, full32b-015): the basis is named by the
 * pointer, and the phrase ends at its comma ("Căn cứ quy định trên và tài liệu Công ty gửi kèm, …" too).
 * What the sentence cites after that comma is the answer's condition or the rule it applies, never the
 * letter's basis. The nouns a pointer follows, and the pointers.
 */
export const BASIS_ANAPHOR_NOUNS = ["quy định", "hướng dẫn", "văn bản", "quy định pháp lý", "căn cứ"];
export const BASIS_ANAPHOR_POINTERS = ["nêu trên", "nói trên", "dẫn trên", "trên"];
/**
 * A page that answers a reader's question (analyze/roles/answer-page.ts): the question's mark ("Bà … hỏi:", "Tên người
 * hỏi: …", "Hỏi:") and the answer's ("BHXH TP HCM trả lời:", "Về vấn đề này, BHXH tỉnh Nghệ An trả lời như sau:",
 * "Trả lời:"). The answer's "Căn cứ <units> <document> …" names the rule it answers from, no basis of the page's
 * (fixtures/fresh/fresh60c-002, -006, fresh60g-001, -002, -005, -007). A letter answers a letter ("Trả lời công văn
 * số …", "… có ý kiến như sau:"): "trả lời" there takes an object, and the answer's mark needs its colon.
 */
export const QUESTION_WORDS = ["hỏi"];
export const ANSWER_WORDS = ["trả lời", "trả lời như sau"];
/**
 * Words that, opening the object of a "Căn cứ" (after "vào"), name documents, their rules or their parts rather than
 * a thing the writer acts on (analyze/roles/fronted-basis.ts basisThingUnderRule): "Căn cứ các quy định …", "căn cứ
 * nội dung hướng dẫn tại …". Beside the kind words and PINPOINT_WORDS, which the rule reads too. Not "văn bản": "Căn cứ
 * văn bản từ chối nhận hàng và xin xuất trả của chủ hàng, …" (body33-002) is a trader's paper, and "văn bản số N" is
 * a citation itself, with nothing between the cue and it.
 */
export const BASIS_RULE_OBJECT_WORDS = ["các", "những", "mọi", "nội dung", "quy định", "hướng dẫn", "ý kiến", "theo"];
/** Words the main clause's subject may take before its verb ("Tổng cục Thuế", "Ủy ban nhân dân tỉnh"). */
export const BASIS_MAIN_CLAUSE_SUBJECT_WORDS = 6;
/**
 * The kinds that answer or instruct by letter (a công văn, a notice, a dispatch, a "văn bản"), and a
 * page whose heading was lost before its text (null: no kind read). Not a guidance (HƯỚNG DẪN), whose
 * own kind is the guiding: its title "HƯỚNG DẪN ⏎ THỰC HIỆN <việc> THEO <văn bản> SỐ X" guides X
 * (fixtures/fresh/CONVENTIONS.md §6, as the dev gold reads a circular's "hướng dẫn việc thực hiện … theo
 * quy định tại Nghị định số 78/2006/NĐ-CP", dev-023): UBND Quảng Nam's 9194/HD-UBND on decree 116/2020
 * (fresh47b-010), a bank's lending guidance 1324/NHCS-TDNN on 1592/QĐ-TTg (fresh30g-003), Bộ Công an's
 * 12/HD-BCA-V05 on 04/2022/QĐ-TTg (fresh30i-007). An opening "Thực hiện Quyết định số …" still implements it.
 */
export const WORK_GUIDING_KINDS: readonly (Kind | null)[] = [null, "official-letter", "notice", "dispatch", "document"];
/** The link words a "near" cue accepts ("thu hồi ... theo X" is land recovery under X, not a repeal). */
export const NEAR_LINK_WORDS = ["tại", "của", "nêu tại", "kèm theo", "kèm"];
/**
 * Before a "near" cue's link, words that make the document the place a rule stands, not what the cue
 * acts on: "Việc điều chỉnh dự án đầu tư xây dựng được quy định tại Điều 61 Luật Xây dựng số
 * 50/2014/QH13" (Bộ Xây dựng's answer 1264/BXD-GĐ, 2020), "Điều chỉnh hợp đồng thi công xây dựng công
 * trình được quy định tại Điều 7 Thông tư 09/2016/TT-BXD", "Điều chỉnh khối lượng công việc … theo quy
 * định tại Điều 37 của Nghị định 37/2015/NĐ-CP" (a legal Q&A page). The adjusting is what the law
 * provides for. An act still reads "điều chỉnh nội dung quy định tại Quyết định số …" and "… đã được
 * quy định tại …" (what has been set there is what changes).
 */
export const RULE_AT_WORDS = ["được quy định tại", "theo quy định tại"];

/**
 * What a closing clause says ceases, named before the parts of the document that hold it: "(Kể từ
 * ngày …,) các quy định tại Điều 3 và Điều 4 Nghị định số X … hết hiệu lực", "Các quy định về xử
 * phạt tại Chương II Nghị định số Y … hết hiệu lực".
 */
export const PROVISION_WORDS = ["quy định", "nội dung", "điều khoản"];

/**
 * What an act's article lists the parts it acts on under, one document's part per item: "Điều 2. Bãi bỏ
 * các danh mục mã dùng chung sau đây: ⏎ 1. Phụ lục 01 … ban hành kèm theo Quyết định số A. ⏎ 2. Phụ lục 5
 * … kèm theo Quyết định số B.", "Đính chính một số nội dung sau: ⏎ 1. Tại khoản 2 Điều 3 Thông tư số C
 * …". As "các văn bản sau đây:" does for whole documents, the act governs each item, whatever ends it.
 */
export const LISTED_PART_WORDS = ["danh mục", "phụ lục", "biểu mẫu", "mẫu", ...PROVISION_WORDS];
/**
 * A part of a document a text replaces (fixtures/fresh/CONVENTIONS.md §33: replaces the document): "thay thế Phụ lục II,
 * III của Thông tư số …", "thay thế Điểm b3 Khoản 1 Điều 1 Nghị quyết số …", "thay thế mục II Thông tư số …", "thay thế
 * toàn bộ Bảng giá đất tại Quyết định số …" (analyze/roles/head-cue.ts, after an amending verb's parts and "và").
 */
export const REPLACED_PART_WORDS = ["danh mục", "phụ lục", "biểu mẫu", "mẫu", "bảng giá", "bảng", "nội dung", "chương", "phần", "mục", "điều", "khoản", "điểm", "tiết"];
/**
 * What may stand before the documents or parts a repeal or a replacement names as its object, when
 * the article then lists them: "Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế …, cụ thể
 * như sau: ⏎ 1. Quyết định số … ⏎ 2. …" (UBND Đồng Nai 2830/QĐ-UBND, 2025), "Bãi bỏ nội dung công
 * bố thủ tục hành chính nội bộ: ⏎ - Ban hành kèm theo Quyết định số … ⏎ - Thứ tự 1 ban hành kèm theo
 * Quyết định số …" (Chủ tịch UBND TP Hồ Chí Minh, 2026).
 */
export const LISTED_OBJECT_DETERMINERS = ["toàn bộ", "các", "những", "một số"];
/**
 * "… như sau:" after an act most often introduces the new wording, whose numbers the act does not
 * act on ("Bãi bỏ một số quy định … tại các Quy chế … như sau : ⏎ 1. Bãi bỏ khoản 2 Điều 18 … ⏎ 8.
 * … thực hiện theo Chương IV Nghị định số …", Thủ tướng 2010); "cụ thể như sau:" after the act's
 * plural object introduces the objects themselves.
 */
export const LISTED_OBJECTS_FOLLOW_WORDS = ["cụ thể như sau"];
/** Words of what the parts are, between their noun and "sau (đây):" ("các danh mục mã dùng chung sau đây:"). */
export const PART_QUALIFIER_WORDS = 6;

/**
 * A pinpoint between a link word and its document ("tại khoản 1 Điều 1 Quyết định số ..."). "tiết", the
 * part under a point: "Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND" (Hà Nội,
 * seg33c-019), "tiết b khoản 3 Điều 1 Thông tư số 130" (fresh29r-003), "tiết b khoản 2 mục III của Thông
 * tư số 21" (pairs32-015).
 */
export const PINPOINT_WORDS = ["điểm", "khoản", "điều", "mục", "phần", "chương", "phụ lục", "tiết", "gạch đầu dòng"];
/**
 * A part counted by its place, not numbered: "gạch đầu dòng thứ nhất và gạch đầu dòng thứ năm điểm d
 * khoản 2 mục II Thông tư số 65/2008/TT-BTC" (Bộ Tài chính, seg34-018), "(Quy định tại gạch đầu dòng
 * thứ 7, điểm d khoản 1 Điều 183 Nghị định số 131/2021/NĐ-CP …)" (Bộ Y tế's data tables for health
 * insurance claims, 2023). The ordinals written in words after "thứ" (PINPOINT_WORDS' designator).
 */
export const ORDINAL_WORDS = ["nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/**
 * A period counted in the years of carrying a document out, before the cue: "Năm 2019 là năm thứ 3 thực hiện
 * Nghị quyết 21/NQ-TW …" (a health department's page, fixtures/fresh/fresh49c-018), "… năm thứ hai triển khai
 * thực hiện phương hướng, …" (fixtures/fresh/fresh29o-021), "… năm thứ nhất thực hiện kế hoạch …" (fixtures/dev/
 * dev-009), "Năm học 2015-2016 là năm học thứ hai toàn ngành tiếp tục thực hiện Chương trình hành động …"
 * (fixtures/fresh/pairs49-001): "năm (học) thứ N" names the year, as "năm" alone does before the cue
 * (NOUN_BEFORE_CUE); the text does not carry the document out. Read with ORDINAL_WORDS (analyze/roles/patterns.ts).
 */
export const NTH_PERIOD_WORDS = ["năm", "năm học"];
/**
 * The word an item of an act's list opens with before the parts it changes, and then their document:
 * "Điều 1. Đính chính một số nội dung sau đây: ⏎ 1. Tại điểm b khoản 6 Điều 4 Quyết định số X: sửa
 * cụm từ …", "… sửa đổi một số nội dung sau: ⏎ 1. Tại khoản 2 Điều 3 Quyết định số Y: thay …".
 * A plural's "các" stands there too, before parts listed under one part word: "2. Quyết định này bãi bỏ các
 * Quyết định sau: ⏎ … ⏎ i) Các khoản 1, 8, 10, 11 và 12 Điều 3 Quyết định số 59/2025/QĐ-UBND …; k) Quyết định
 * số 22/2025/QĐ-UBND …" (UBND tỉnh Lào Cai's 49/2026/QĐ-UBND, fixtures/fresh/fresh57f-013), "… các văn bản
 * … sau đây tiếp tục có hiệu lực thi hành: ⏎ … ⏎ i) Các Điều 7, 8, 9, 10 và 13 Thông tư số 06/2020/TT-BKHĐT …"
 * (Bộ Kế hoạch và Đầu tư's 16/2022/TT-BKHĐT, fixtures/fresh/fresh46h-009): the item is still its document.
 */
export const PINPOINT_LEADS = ["tại", "các"];

/**
 * A cue right after one of these is a noun, not the document's verb: "chấn chỉnh việc thực hiện
 * giãn cách theo Chỉ thị 16", "trong thời gian thực hiện giãn cách", "hội nghị sơ kết thực hiện
 * Quyết định số 08", "kết quả 01 năm triển khai thực hiện Chỉ thị số 13".
 */
export const NOUN_BEFORE_CUE = [
  "việc", "thời gian", "sơ kết", "tổng kết", "kết quả", "tình hình", "đánh giá", "năm", "quá trình", "khi",
  // "gia hạn tiến độ thực hiện dự án tại Quyết định số …": the pace of the work, as "thời gian" is.
  "tiến độ",
  // "tạm dừng thực hiện Quyết định số X", "ngừng thực hiện …", "gia hạn thực hiện …": a subject line that
  // halts, ends or extends the carrying out of X does not carry X out (nor, said of a cited document,
  // "Quyết định số A về việc tạm dừng thực hiện Quyết định số B", does A).
  "tạm dừng", "dừng", "tạm ngừng", "ngừng", "tạm ngưng", "ngưng", "tạm hoãn", "hoãn", "chấm dứt", "đình chỉ", "gia hạn",
  // "kế hoạch kiểm tra thực hiện …", "giám sát thực hiện Nghị quyết số X", "chấn chỉnh thực hiện Chỉ thị số
  // X": oversight or correction of X's carrying out, as "sơ kết" and "chấn chỉnh việc thực hiện" are.
  "kiểm tra", "giám sát", "chấn chỉnh",
  // "Thông qua danh mục khu đất dự kiến thực hiện dự án thí điểm … theo Nghị quyết số 171/2024/QH15" (HĐND
  // Sơn La 44/NQ-HĐND, 2026, fixtures/fresh/listing44 row 26; HĐND TP Hồ Chí Minh's 2025 list is titled
  // the same): the land where projects are expected to be carried out, a noun's qualifier; the council
  // passes a list, it does not carry the resolution out. As "dự kiến" before an act is a plan, not the act
  // (PROPOSED_BEFORE_ACT).
  "dự kiến",
  // "Báo cáo Sơ kết giữa nhiệm kỳ thực hiện Chương trình số 03-CTr/TU của Thành ủy", "Tổ chức sơ kết giữa
  // nhiệm kỳ thực hiện Chương trình số 03-CTr/TU ngày 17/3/2021 …" (Hà Nội's programme 03 steering board,
  // 2023, fixtures/fresh/listing50 rows 73, 136), "… tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị
  // quyết Đại hội Đảng bộ xã lần thứ XXII" (a commune's news, fixtures/fresh/fresh40b-018): the midpoint of a term of
  // carrying a document out, a period as "năm" is, between the review ("sơ kết") and the cue; a review
  // does not carry the document out.
  "giữa nhiệm kỳ",
  // "Báo cáo kịp thời những vướng mắc trong triển khai Thông tư 29" (a news headline, Báo Đại biểu Nhân dân 2025,
  // fixtures/fresh/fresh50c-007): the difficulties met in X's carrying out, a noun phrase as "quá trình triển
  // khai" is; so "có thành tích xuất sắc trong thực hiện Chỉ thị 05" (fresh40b-007), "các việc làm hay sáng tạo
  // trong thực hiện Chỉ thị 05 - CT/TW" (fresh46e-009), "sự thống nhất … trong triển khai thực hiện Nghị quyết số
  // 57-NQ/TW" (party32-003), each read by its gold as a reference.
  "trong",
  // "V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014" (Tổng cục Hải quan 778/TCHQ-GSQL, 2017,
  // fixtures/fresh/body33-002), "Trả lời công văn số 214/HQCT-NV … về vướng mắc thực hiện công văn số
  // 451/TCHQ-GSQL" (its 978/TCHQ-GSQL, 2018, fixtures/fresh/fresh43b-005): the difficulties met in carrying
  // a document out, which a letter answers or settles; it does not carry the document out ("vướng mắc khi
  // thực hiện …", "… trong quá trình thực hiện …" were already nouns by "khi", "quá trình").
  "vướng mắc",
];
/**
 * A list of leadership work under one "trong" ("trong (công tác|quá trình|việc) <work>, <cue> …"): "tồn tại hạn chế
 * trong công tác chỉ đạo, triển khai thực hiện Nghị quyết số 26-NQ/TW" (a Hải Dương news page, fixtures/fresh/
 * fresh57d-007), "vướng mắc trong quá trình triển khai, tổ chức thực hiện Chương trình" (fresh30h-017, fresh46a-002),
 * "trong việc triển khai, tổ chức thực hiện các mục tiêu … của Chiến lược SHTT" (fresh46a-011), "sự thống nhất trong
 * lãnh đạo, chỉ đạo và tổ chức thực hiện … Nghị quyết Đại hội" (fresh39c-002, fresh55e-003): the cue is the last work
 * of the list, a noun as "trong triển khai" is (NOUN_BEFORE_CUE), however many works stand before it. Only these
 * works (WORK_LIST_WORDS) after the optional noun (WORK_LIST_NOUNS), joined by "," or "và": "trong công tác quản lý,
 * thực hiện Chỉ thị số X, …" may open the document's own clause. Read by analyze/roles/patterns.ts ENDS_WITH_NOUN.
 */
export const WORK_LIST_NOUNS = ["công tác", "quá trình", "việc"];
export const WORK_LIST_WORDS = ["lãnh đạo", "chỉ đạo", "triển khai", "tổ chức", "quán triệt", "tuyên truyền", "điều hành"];
/**
 * A meeting named by what it is held for: "tại Hội nghị toàn quốc quán triệt và triển khai thực hiện 04 Nghị
 * quyết của Bộ Chính trị, gồm: Nghị quyết số 59-NQ/TW …" (a news teaser, fixtures/fresh/pairs45-006), "Phát biểu
 * của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt và triển khai thực hiện Nghị quyết số 79-NQ/TW,
 * Nghị quyết số 80-NQ/TW của Bộ Chính trị" (a news site's headline), "Trong bài phát biểu tại Hội nghị toàn
 * quốc quán triệt, triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW …" (an essay): the cue after it,
 * with up to MEETING_QUALIFIER_WORDS words between ("toàn quốc"), is the meeting's name, not what a page with no
 * heading of its own does. Read by analyze/roles/speaker.ts.
 */
export const MEETING_WORDS = ["hội nghị"];
export const MEETING_QUALIFIER_WORDS = 3;
/**
 * A subject line's cue after these words is the draft's, not the letter's: "V/v góp ý dự thảo Nghị
 * định sửa đổi, bổ sung Nghị định số X" comments on a decree that would amend X; the letter itself
 * only mentions X.
 */
export const DRAFT_WORDS = ["dự thảo"];
/**
 * A page's sentence that names submissions or drafts and then, after "về" (TOLD_PAPERS_SUBJECT), what
 * they are about: the verbs of that list are the drafts', proposed and not done ("… thảo luận các Tờ
 * trình của UBND thành phố về nghị quyết điều chỉnh Nghị quyết số 13/NQ-HĐND …; điều chỉnh Nghị quyết số
 * 14/NQ-HĐND …", "Các dự thảo văn bản …, gồm 8 Nghị quyết …, 5 Quyết định … về các nội dung: …; triển khai
 * thực hiện Nghị quyết số 07/2025/NQ-CP …"). Read by roles/told-drafts.ts.
 */
export const TOLD_PAPER_WORDS = ["tờ trình", ...DRAFT_WORDS];
export const TOLD_PAPERS_SUBJECT = ["về"];
/**
 * A news page retells the closing article of the document it tells of, in a paragraph of its own whose
 * subject is that document's kind word alone: "Quyết định được đăng Công báo ngày 10/12/2008 và có hiệu lực
 * thi hành sau 15 ngày, kể từ ngày đăng Công báo; thay thế Quyết định số 29/2007/QĐ-BGTVT …", "Quyết định
 * được đăng Công báo ngày 25/7/2008 … . Bãi bỏ Quy chế … ban hành kèm theo Quyết định số 2455/QĐ-ĐA …"
 * (business.gov.vn's items: fixtures/fresh/fresh58b-006, -009). The words after the kind word that open
 * such a paragraph. Read by roles/told-closing.ts.
 */
export const TOLD_EFFECT_WORDS = ["được đăng Công báo", "có hiệu lực"];

/**
 * Written right after a document named again, pointing back to where it was named: "thay thế
 * Quyết định số 15 nêu trên và bãi bỏ …". Part of the mention, not words between two acts.
 */
export const NAMED_ABOVE_WORDS = ["nêu trên", "nói trên", "đã nêu", "trên đây"];
/**
 * The kinds a text names again by their kind word and NAMED_ABOVE_WORDS alone, no number: "theo
 * Thông tư nêu trên", "Quyết định nói trên": the one document of that kind the text cited before.
 * Not "quy định nêu trên", "hướng dẫn nêu trên", "kế hoạch nêu trên", "dự án nêu trên": the words
 * also name provisions, instructions, a plan's or a project's undertaking (and a text's own kind).
 */
export const NAMED_ABOVE_KINDS: readonly Kind[] = ["decree", "decision", "directive", "circular", "joint-circular", "resolution", "official-letter", "dispatch"];
/**
 * Of NAMED_ABOVE_KINDS, those whose kind word names a document in small letters as well, so that "công văn nêu
 * trên" points back as "Công văn nêu trên" does: letters cite letters in small letters as a rule ("Xét đề nghị của Bộ
 * Giao thông vận tải (công văn số 8650/BGTVT-QLXD …) … Đồng ý về nguyên tắc đề nghị … tại công văn nêu trên",
 * fresh29i-013, VPCP 2008; "… có Công văn số 2354/LĐTBXH-BHXH …, BHXH Việt Nam sao gửi công văn nêu trên …",
 * fresh30b-014, 2014; "(công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009) … nêu tại công văn nói trên",
 * pairs29-006, VPCP 2009; "Trả lời công văn số 162/LĐBTXH … - Doanh nghiệp tại điểm 2 của công văn nêu trên …",
 * pairs32-005, 2003). The others' words are as often the act or the content ("quyết định nêu trên": what was decided).
 */
export const NAMED_ABOVE_LOWER_KINDS: readonly Kind[] = ["official-letter"];
/** Before such a kind word: several documents ("các Quyết định nêu trên", "hai Thông tư nói trên"; a count in digits too), never one to resolve. */
export const NAMED_ABOVE_PLURAL = ["các", "những", "mọi", "cả", "hai", "ba", "bốn", "năm"];
/**
 * The kinds a page that is not such a document names again by their kind word and "này": a ministry's letter ("Chính
 * phủ ban hành Nghị định số 89/2021/NĐ-CP về sửa đổi, bổ sung … Nghị định số 101/2017/NĐ-CP …, trong đó tại khoản 4
 * Điều 1 của Nghị định này …", fixtures/fresh/fresh41b-001), an answer to a reader ("Tại khoản 2 Điều 5 Nghị định số
 * 188/2025/NĐ-CP … quy định: "…" và có mức hưởng … theo quy định tại khoản 1 Điều 15 của nghị định này", fresh60g-005),
 * a news item ("UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND … Quyết định này có hiệu lực …", fresh45b-006): the
 * document the sentence or quotation before it cited (find/this-kind.ts). In a document of that kind the words are the
 * document itself. Not letters and dispatches: a letter's "công văn này" is the letter, and letters are copied
 * without the heading that would tell.
 */
export const NAMED_THIS_KINDS: readonly Kind[] = ["decree", "decision", "directive", "circular", "joint-circular", "resolution"];
/**
 * Of NAMED_THIS_KINDS, those whose kind word names the document in small letters too ("của nghị định này", an answer
 * page's, fresh60g-005); "quyết định này", "nghị quyết này", "chỉ thị này" are as often what was decided or directed.
 */
export const NAMED_THIS_LOWER_KINDS: readonly Kind[] = ["decree", "circular", "joint-circular"];
/**
 * Words opening a cited document's subject (trích yếu) after it, before a document it names there: "Nghị định số
 * 89/2021/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP": the second is inside the first's
 * subject, not a second document the sentence cites (a "… này" after them names the first).
 */
export const SUBJECT_OPENINGS = ["về việc", "về", "sửa đổi", "hướng dẫn", "quy định chi tiết"];
/**
 * The words a subject ends with right before the document it acts on ("… bổ sung một số điều của Nghị định số …",
 * "hướng dẫn thi hành Nghị định số …"): without one there, the second document is coordinate ("… thay thế Chỉ thị số
 * 27/2002/CT-UB ngày … về tăng cường … và Chỉ thị số 04/2005/CT-UB …", dev-011), not inside the first's subject.
 */
export const SUBJECT_OBJECT_LEADS = ["của", "thi hành", "hướng dẫn", "sửa đổi", "bổ sung", "chi tiết"];
/** Kinds whose text is another document's words: a consolidated text's "Số:" line tells nothing of what its "Thông tư này" is. */
export const SPEAKS_AS_ANOTHER: readonly Kind[] = ["consolidated-text"];
/** A heading line that closes a document with recipients: a page holding one is a document, whatever kind it is. */
export const RECIPIENTS_HEADINGS = ["Nơi nhận"];
/**
 * Written right after a document a cue reached, before a second cue: the second task is tied to the
 * first and said by the same actor, not by the document just named ("Triển khai các nhiệm vụ theo
 * Kế hoạch số A … của UBND tỉnh gắn với việc thực hiện Nghị quyết số B": the plan carries out B too;
 * A does not).
 */
export const TIED_TASK_WORDS = [
  "gắn với việc", "gắn với", "gắn liền với việc", "gắn liền với", "kết hợp với việc", "kết hợp với", "đi đôi với việc", "đi đôi với",
];
/**
 * Words that make an act's cue after them a proposal or a policy, not the act: "Công văn số A … đề
 * nghị bãi bỏ Quyết định số B", "Kết luận số C … thống nhất chủ trương thay thế Quyết định số D".
 * A cited document so described acts on nothing.
 */
export const PROPOSED_BEFORE_ACT = ["đề nghị", "kiến nghị", "đề xuất", "chủ trương", "dự kiến", "tham mưu"];

/**
 * The same inside a cited document's description, where "về việc" states what that document does
 * ("Quyết định số A về việc sửa đổi Quyết định số B"): only the nouns of a review or a time
 * ("Công văn số A về việc báo cáo kết quả thực hiện Chỉ thị số B").
 */
export const NOUN_BEFORE_NESTED_CUE = NOUN_BEFORE_CUE.filter((w) => w !== "việc");

/**
 * A committee named after what it carries out: "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW", "Trưởng
 * Ban Chỉ đạo quốc gia triển khai Nghị quyết số 68-NQ/TW", "Tổ công tác triển khai Đề án 06". A cue
 * right after one of these is part of the body's name: the document named before it ("Thông báo số
 * 72/TB-VPCP kết luận của Trưởng Ban Chỉ đạo quốc gia triển khai Nghị quyết số 68-NQ/TW") does not
 * carry out the one named after it.
 */
export const COMMITTEE_NAMES = [
  "Ban Chỉ đạo", "Ban Chỉ đạo quốc gia", "Ban Chỉ đạo Trung ương", "Ban Chỉ đạo tỉnh", "Ban Chỉ đạo thành phố", "Ban Chỉ đạo xã", "Ban Chỉ đạo phường",
  "Tổ công tác", "Tổ công tác chuyên trách",
  // A Party committee's working group for a directive: "Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy",
  // "Bộ phận giúp việc Chỉ thị 03 của Tỉnh ủy" (fixtures/fresh/fresh56b-013).
  "Bộ phận giúp việc", "Tổ giúp việc",
];

/**
 * The verbs that join a committee's name to the document it is set up for (COMMITTEE_NAMES): "Tổ
 * công tác chuyên trách thực hiện Đề án 30 của Ủy ban nhân dân tỉnh" (fixtures/fresh/fresh29g-009),
 * "Tổ công tác thực hiện Đề án 30 của Bộ" (seg34-007), "Tổ công tác triển khai Đề án 06". Lower case.
 */
export const COMMITTEE_TASK_VERBS = ["thực hiện", "triển khai", "triển khai thực hiện", "tổ chức thực hiện"];

/**
 * The headings a document's closing articles carry, which a page may print on the article's line,
 * before its first sentence: "Điều 2. Hiệu lực thi hành Quyết định này có hiệu lực … và thay thế
 * Quyết định số …", "Điều 3. Tổ chức thực hiện …". Lower case, as HEAD_WORDS are matched.
 */
const ARTICLE_HEADINGS = ["hiệu lực thi hành", "điều khoản thi hành", "tổ chức thực hiện", "trách nhiệm thi hành"];

/**
 * What may stand before a cue at the head of its clause, so that the document itself is the one
 * that acts: a title's kind word and "về việc", an article's number, "Nay", a plan's "ban hành
 * kế hoạch". Anything else before the cue makes it somebody else's verb ("Sở Tài chính chủ trì
 * thực hiện ...", "chấn chỉnh việc thực hiện giãn cách theo Chỉ thị ...").
 */
export const HEAD_WORDS = [
  // "Điều 2. Hiệu lực thi hành Quyết định này … thay thế Quyết định số …": an article's heading (ARTICLE_HEADINGS).
  ...ARTICLE_HEADINGS,
  // "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn thực hiện Thông tư số …": the attached text is the document's own.
  "về việc", "v/v", "về", "nay", "đồng thời", "ban hành", "kèm theo", "kèm", "tổ chức", "để", "nhằm", "các", "việc",
  // "Điều 1. Phê duyệt Kế hoạch thực hiện Quyết định số …", "Điều 1. Phê duyệt điều chỉnh … tại Quyết định số …":
  // the decision approves its own content, as "Ban hành kèm theo Quyết định này Kế hoạch …" does.
  "phê duyệt",
  // "Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp nêu tại Kết luận số …": the
  // purpose clause opening a directive or plan, as "Để thực hiện có hiệu quả …" and "tăng cường" are.
  "bảo đảm", "đảm bảo",
  // "Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Thông báo số …, Chủ tịch UBND huyện yêu cầu":
  // a letter's opening that stresses how it carries the document out, as "Tiếp tục thực hiện" does.
  "nghiêm túc",
  "tiếp tục", "tăng cường", "đẩy mạnh", "chương trình hành động", "hành động", "kế hoạch", "chương trình", "đề án", "phương án", "hướng dẫn", "quyết định", "chỉ thị",
  "thông tư", "thông tư liên tịch", "nghị quyết", "nghị định", "công văn", "quyết nghị", "điều", "khoản", "điểm",
];

/**
 * A task item's head in a body's tasks, solutions or content sections (roles/reach-limits.ts taskItem): what the
 * document sets its addressees to do with another document, "- Tổ chức triển khai thực hiện tốt Chỉ thị số
 * 04/CT-BTC …" (Bộ Tài chính's notice, fresh50b-005), "Tiếp tục quán triệt thực hiện Chỉ thị số 48-CT/TW …"
 * (fresh39a-002), "4.2 . Triển khai thực hiện hiệu quả Chỉ thị số 33-CT / TW …" (seg34-014). A bare "Thực
 * hiện X" is not one: it opens a sentence or a section the document states its own act in (dev-011's section II).
 */
export const TASK_ITEM_VERBS = ["triển khai", "quán triệt", "tuyên truyền", "phổ biến"];
/** What may follow a task item's first verb in the same head: "triển khai thực hiện", "quán triệt, triển khai". */
export const TASK_ITEM_MORE_VERBS = [...TASK_ITEM_VERBS, "thực hiện", "thi hành"];
/** Words a task item's head may open with before its verb: "Tiếp tục triển khai", "Tập trung triển khai thực hiện". */
export const TASK_ITEM_LEAD_WORDS = ["tiếp tục", "tập trung", "tích cực", "thường xuyên", "khẩn trương", "nghiêm túc", "chủ động", "đẩy mạnh", "kịp thời"];
/**
 * A told document's demand, the verb (or noun) written in lower case before the colon that introduces its items on a
 * page of no kind of its own: "Theo đó, UBND huyện đã có Công văn số 3015/UBND-TN … yêu cầu Thủ trưởng các cơ quan …:"
 * (fixtures/fresh/fresh54d-001), "… ban hành Chỉ thị số 03/CT-UBND với yêu cầu như sau:" (fresh52b-009). A heading
 * "2. Yêu cầu:" (a plan's purpose section, CONVENTIONS.md §5) is capitalised and not read. Read by
 * analyze/roles/reach-limits.ts (taskItem).
 */
export const TOLD_DEMAND_WORDS = ["yêu cầu", "đề nghị"];
/**
 * Words by which a page of no kind of its own introduces the words of a document it told of (analyze/roles/news-event.ts
 * givesToldWords): after the kind word, "Công văn nêu rõ:" (fixtures/fresh/fresh51c-006), "Công văn có nội dung chủ yếu:"
 * (fresh50a-013); or "Nội dung văn bản yêu cầu:" (fresh52b-014), the content word, the kind word, a verb of saying.
 */
export const TOLD_WORDS_VERBS = ["nêu rõ", "có nội dung", "có nội dung chủ yếu", "có nội dung chính"];
export const TOLD_CONTENT_WORDS = ["nội dung"];
export const TOLD_CONTENT_VERBS = ["yêu cầu", "nêu rõ"];
/**
 * A purpose clause opening the document's own sentence, then the cue after a comma or a joining word:
 * "Để nâng cao hiệu quả quản lý chợ trên địa bàn, thực hiện Chỉ thị số 13/CT-TTg …, Chủ tịch UBND tỉnh
 * yêu cầu", "Nhằm phát huy lợi thế của tỉnh và triển khai Quyết định số …, UBND tỉnh ban hành Kế hoạch".
 * The cue is the document's own, as "Để thực hiện …" is (HEAD_WORDS). At most PURPOSE_CLAUSE_WORDS words
 * in the purpose, no stop in it; only HEAD_WORDS between the last comma or joining word and the cue
 * ("Để các sở, ngành thực hiện Công văn số …" is the departments' task, not the document's).
 */
export const PURPOSE_OPENERS = ["Để", "Nhằm"];
/**
 * A letter's closing that sums up its own guidance before the cue: "Trên đây là một số ý kiến hướng dẫn thực hiện
 * công tác quản lý an toàn thực phẩm theo quy định tại Nghị định số 15/2018/NĐ-CP" (Bộ Công Thương 3109/BCT-KHCN,
 * fixtures/fresh/fresh63c-007), "Trên đây là hướng dẫn triển khai nội dung quy định tại Nghị quyết số
 * 954/2020/UBTVQH14" (Tổng cục Thuế, fresh45c-001). At most SUMMING_UP_WORDS words in small letters between it and
 * the cue ("một số ý kiến").
 */
export const SUMMING_UP_OPENERS = ["Trên đây là"];
export const SUMMING_UP_WORDS = 4;
/** Words that join two parts of one sentence, the second carrying its own verb: "… và thay thế …", "…, đồng thời bãi bỏ …". */
export const JOINING_WORDS = ["và", "đồng thời"];
export const PURPOSE_CLAUSE_WORDS = 40;

/**
 * An article that issues the text attached to the document, then says what that text does to an
 * older one: "Điều 1. Ban hành Quy định về trình tự, thủ tục … sửa đổi, bổ sung và thay thế Quyết định
 * số X", "Điều 1. Nay ban hành Quy chế … thay thế Quy chế ban hành kèm theo Quyết định số Y". The act
 * (amends, replaces, repeals) is the document's own, however long the attached text's name between
 * (ISSUED_TEXT_WORDS words at most, in one sentence).
 */
export const ISSUING_ARTICLE_WORDS = ["ban hành", "nay ban hành"];
export const ISSUED_TEXT_WORDS = 32;

/**
 * The closing article's own verb of force, said right after the document names itself ("Quyết định
 * này có hiệu lực …"): what follows, up to an act joined by "và" ("… và thay thế Quyết định số X"),
 * is when and how it takes effect, which may be long ("có hiệu lực sau 10 ngày, đăng báo … chậm nhất
 * là 05 ngày kể từ ngày ký và thay thế …"). IN_FORCE_WORDS words at most between the self-mention and the act.
 */
export const IN_FORCE_WORDS = ["có hiệu lực", "có hiệu lực thi hành", "có hiệu lực thực hiện"];
export const IN_FORCE_REACH_WORDS = 40;
/**
 * A council's resolution says it was passed before what it does: "Nghị quyết này đã được Hội đồng nhân
 * dân tỉnh … kỳ họp thứ 15 thông qua và thay thế Nghị quyết số …" (analyze/roles/speaker.ts).
 */
export const PASSED_WORDS = ["thông qua"];

/**
 * "Sửa đổi, bổ sung một số điều của Quy định đánh giá, phân loại … trên địa bàn thành phố ban hành
 * kèm theo Quyết định số X": an act on a text attached to X reaches X through that text's name,
 * which a subject line or an article may spell out at length. ATTACHED_NAME_WORDS words at most
 * (FAR_WORDS for any other cue), in one sentence.
 */
export const ATTACHED_NAME_WORDS = 72;

/** "Quyết định này", "Thông tư này": the document speaking of itself as the one that acts. */
export const THIS_WORD = "này";
/**
 * Kinds whose text no document of another kind is, nor issues attached to it: in a letter or a plan,
 * "Luật này", "Nghị định này" speak of the law or decree named before ("Luật Hải quan được Quốc hội
 * thông qua ngày 23/6/2014 …. Luật này thay thế Luật Hải quan số 29/2001/QH10"), whose act it is, not
 * the letter's. (A decision's "Quy chế này", "Quy định này" are the text it issues: its own.)
 */
export const NEVER_ATTACHED_KINDS: readonly Kind[] = ["code", "law", "ordinance", "decree"];

/**
 * Kinds whose word, heading a clause of a document of another kind with nothing but list markers before it, names
 * another document of that kind, left unnumbered, which the cue after it is said of: "Đồng ý cho phép áp dụng trình
 * tự, thủ tục rút gọn đối với việc ban hành 02 Thông tư …, gồm: Thông tư quy định chi tiết thi hành một số điều của
 * Luật Bảo vệ môi trường, …" (Văn phòng Chính phủ's 98/VPCP-NN, fixtures/fresh/fresh54f-009): the circulars to be
 * issued detail the law, not the letter. A decree or a circular is never a text a document of another kind issues
 * attached to it (a decision's "Kế hoạch …", "Hướng dẫn …" are its own), so the kind word cannot be the letter's
 * own heading. A joint circular is a circular's form ("Thông tư" may name it).
 */
export const OTHER_DOCUMENT_HEAD_KINDS: readonly Kind[] = ["decree", "circular", "joint-circular"];

/** "Ban hành kèm theo Quyết định số ..." (some write "kèm" alone) at the head of a document: the decision it is attached to. */
export const ATTACHED_TO = ["Ban hành kèm theo", "Kèm theo", "Ban hành kèm"];

/**
 * The capitalised openings of a line that start a new sentence in the document's own voice
 * (sentences.ts) and end a title (header/title.ts): the cues a preamble clause or a plan's opening
 * paragraph begins with. Narrower than CUES: "Bổ sung ..." or "Xét ..." at a line's start is as
 * often the continuation of a title.
 */
export const DOCUMENT_CUES: ReadonlyArray<{ type: RelationType; phrases: string[] }> = [
  // "… NỘI TIẾT NGHỆ AN Căn Thông tư 19/2013/BYT …": a preview that dropped "cứ" (CUES) opens the
  // preamble so; only before a kind word, as "Căn" alone opens no clause ("Căn hộ …").
  // "… MOT SO DIEU CUA LUẬT DAU TƯ ⏎⏎ Can ctr Nghi dinh số 29/2004/NĐ-CP …" (fresh54b-001): "Căn cứ" as a scan's OCR printed
  // it (BASIS_HEAD_MISREAD) opens its clause as "Căn cứ" does; else the title's clause ran on over the basis.
  { type: "based_on", phrases: ["Căn cứ", "Căn cứ vào", "Căn vào", ...BASIS_HEAD_MISREAD, ...KINDS.flatMap((k) => k.words.map((w) => `Căn ${w}`))] },
  // "Nghiêm túc thực hiện chỉ đạo của … tại Công điện số …": a letter's opening after "Kính gửi: …", as "Thực hiện" is.
  // "Kính gửi: Phòng … ⏎⏎ Thi hành Quyết định số …": an older letter's opening, as "Thực hiện" is.
  { type: "implements", phrases: ["Thực hiện", "Triển khai thực hiện", "Triển khai", "Tổ chức thực hiện", "Triển khai thi hành", "Thực hiện chỉ đạo của", "Nghiêm túc thực hiện", "Thi hành"] },
  { type: "guides", phrases: ["Hướng dẫn thi hành", "Hướng dẫn thực hiện", "Quy định chi tiết"] },
  { type: "amends", phrases: ["Sửa đổi, bổ sung một số điều của", "Sửa đổi, bổ sung", "Sửa đổi"] },
  { type: "replaces", phrases: ["Thay thế"] },
  { type: "repeals", phrases: ["Bãi bỏ", "Hủy bỏ", "Huỷ bỏ"] },
  { type: "corrects", phrases: ["Đính chính"] },
  // The preamble's last clause: a line opening with it ends the "Căn cứ …" before it, ";" or not.
  // "Xét" alone may go on a title ("Về việc ⏎Xét tặng …"); before a kind word it is the proposal.
  { type: "proposed_by", phrases: [...PROPOSAL_PHRASES, ...OPENING_PROPOSAL_PHRASES, ...KINDS.flatMap((k) => k.words.flatMap((w) => [`Xét ${w}`, `Xét ${w.toLowerCase()}`]))] },
];

/**
 * What a line may open with to start a sentence and a clause, in capitals as written (case kept: a
 * line opening with "thực hiện" goes on a sentence): the document cues, and the purpose words
 * ("Kính gửi: Các cơ quan, đơn vị ⏎ Để bảo đảm …, thực hiện …").
 */
export const LINE_OPENING_PHRASES: readonly string[] = [...DOCUMENT_CUES.flatMap((c) => c.phrases), ...PURPOSE_OPENERS];
/**
 * Names that open with a cue's words, wrapped onto a line of their own: "Xét đề nghị của Chi cục ⏎
 * Thi hành án dân sự huyện tại Tờ trình số …" goes on the sentence; the line opens no clause.
 */
export const NOT_LINE_OPENING: readonly string[] = ["Thi hành án"];

/**
 * The cues a cited document's own title opens with, capitalised as titles are ("Thông tư liên tịch số
 * 01/2003/TTLT-BKH-BTC ngày 06/01/2003 Hướng dẫn thực hiện Quyết định số …"): on the line right after
 * that citation, where a PDF or a narrow column wrapped its description, such a line goes on with
 * the description; it opens no clause of the citing document's own.
 */
export const TITLE_OPENING_CUES: readonly string[] = ["Hướng dẫn thi hành", "Hướng dẫn thực hiện", "Quy định chi tiết", "Sửa đổi, bổ sung một số điều của", "Sửa đổi, bổ sung"];

/**
 * The second part of a cited document's title after its own ";", written small as the rest of a title
 * is: decrees since 2025 name two tasks so ("Nghị định số 152/2025/NĐ-CP … quy định về phân cấp, phân
 * quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn một số điều của Luật Thi đua,
 * khen thưởng", cited in a Căn cứ list, fresh39c-005; the same title in the Bộ Nội vụ's Thông tư
 * 15/2025/TT-BNV and the Cần Thơ legal-education portal's note on the decree). After a citation and its
 * description, such a ";" opens no clause of the citing document's: the verb is the cited decree's.
 * Only these words, small: a capitalised "Quy định chi tiết …" opens an item of its own.
 */
export const TITLE_SECOND_PART_CUES: readonly string[] = [
  "quy định chi tiết và hướng dẫn thi hành", "quy định chi tiết và hướng dẫn", "quy định chi tiết thi hành", "quy định chi tiết",
];

/**
 * The words of a cited document's description that show it is its title (what the document is "về", or
 * its verb): a ";" after such a description may be the title's own (TITLE_SECOND_PART_CUES).
 */
export const TITLE_DESCRIPTION_WORDS: readonly string[] = ["về", "quy định", "hướng dẫn"];

/**
 * A report's narrative puts a document's date and issuer before it: "Ngày 15/3/2022, Ủy ban nhân dân
 * tỉnh ban hành Kế hoạch số 45/KH-UBND …", "ngày 05/4/2021, Sở Y tế có Công văn số 300/SYT-NV …".
 * The verbs that join the issuer to the document named right after them (analyze/coreference.ts).
 */
export const ISSUED_ON_DATE_VERBS = ["ban hành", "đã ban hành", "có", "đã có"];
/**
 * The signature names the document's own date whoever signs and in whose name, so the signer's
 * words between may hold commas: "Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh … đã
 * ký ban hành văn bản số 2508/UBND-KGVX".
 */
export const SIGNED_ON_DATE_VERBS = ["ký", "đã ký", "ký ban hành", "đã ký ban hành"];

/**
 * Who issues a document as the subject of a report's sentence, after a comma: "Thực hiện Quyết
 * định số X, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số Y" (Y carries X out, not the report).
 * Read by analyze/roles/settle.ts, with ISSUED_DOCUMENT_VERBS right before the document issued.
 */
export const ISSUING_SUBJECTS = [
  "Ủy ban", "Uỷ ban", "UBND", "Hội đồng", "HĐND", "Sở", "Phòng", "Văn phòng", "Chủ tịch", "Bộ", "Thủ tướng", "Chính phủ", "Ban",
  "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ",
  // The Party committees of a district, a town and a body or ward (DOMAIN.md §2: QU, ThU, ĐU), as the provinces' and
  // cities' are: "Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng Kế hoạch số 65-KH/ĐU" (fixtures/fresh/fresh54d-007).
  "Quận ủy", "Quận uỷ", "Thị ủy", "Thị uỷ", "Đảng ủy", "Đảng uỷ",
  // "…, Giám đốc Sở đã ký ban hành Kế hoạch số …": the head of the body signs for it.
  "Giám đốc", "Thủ trưởng", "Trưởng ban",
  // "…, ngày 29 tháng 6 năm 2009 của Bảo hiểm xã hội (BHXH) Việt Nam ban hành Công văn số 2070/BHXH-KHTC" (fresh29r-018).
  "Bảo hiểm xã hội",
];
export const ISSUED_DOCUMENT_VERBS = ["ban hành", "đã ban hành"];
/**
 * A basis cue whose object points back at the items listed above it, not at a document of its own: "Căn cứ các quy
 * định nêu trên, ngày 18/3/2021, Bộ Tài chính đã ban hành Thông tư số 19/2021/TT-BTC …" after seven "Căn cứ" items
 * (Tổng cục Thuế's letter on 19/2021, fixtures/fresh/fresh64c-006). Where that clause's act is another body's issue, the
 * items are the issued document's basis, not the citing one's (analyze/roles/settle.ts passListAbove; CONVENTIONS.md
 * §4). The cue's words, then what it points back with: a plural word, the rules or texts, "(nêu / kể) trên".
 */
export const LIST_POINTER_CUES = ["Căn cứ", "Căn cứ vào", "Trên cơ sở"];
export const LIST_POINTER_OBJECTS = [
  "các quy định nêu trên", "các quy định trên", "những quy định nêu trên", "những quy định trên",
  "các văn bản nêu trên", "các văn bản trên", "những văn bản nêu trên", "những văn bản trên",
  "các căn cứ nêu trên", "các căn cứ trên",
];
/**
 * On a page of no kind of its own, the next sentence after "Thực hiện X …." tells of the document another body made
 * under X in more ways than "đã ban hành" (analyze/roles/settle.ts TOLD_ISSUED_NEXT): a plan drawn up, "Đảng ủy …
 * đã xây dựng Kế hoạch số 65-KH/ĐU" (fixtures/fresh/fresh54d-007); a plan approved in a decision, "UBND tỉnh … đã
 * phê duyệt Quy hoạch … tại Quyết định số 11/2007/QĐ-UBND" (fresh52d-007), the approval's object then "tại"; a clause
 * before the subject, "Sau khi được Bộ … thẩm định, UBND tỉnh …" (fresh52d-007).
 */
export const TOLD_ISSUE_VERBS = ["xây dựng"];
export const TOLD_APPROVAL_VERBS = ["phê duyệt"];
/**
 * A body "has" a document, said of a letter or notice it sent: "UBND tỉnh Tuyên Quang có Công văn gửi các sở, ban, ngành …"
 * (Tuyên Quang TV, fixtures/fresh/fresh61e-001), "Chủ tịch UBND huyện vừa có công văn yêu cầu …" (the Yên Lạc portal,
 * fresh56d-006). After "Thực hiện X", on a page of no heading of its own, the page tells of that document, named by no
 * number (analyze/roles/retold.ts tellsUnnumberedIssue); named by its number after a comma, the document sent is what
 * the cue's documents are carried out by (analyze/roles/settle.ts ISSUED_BY_SUBJECT: "…, ngày 10/9/2020 Ban Tuyên giáo
 * Trung ương có Hướng dẫn số 151-HD/BTGTW", fresh62i-010). The verb and its tense words, before the kind word.
 */
export const TOLD_HAS_DOCUMENT_WORDS = ["có", "đã có", "vừa có"];
export const FRONTED_ISSUE_CLAUSE_WORDS = ["Sau khi"];

/**
 * Other bodies as the subject of a main clause that tells what they did under a document: "Thực hiện
 * Nghị quyết số …, Quyết định số …, các cơ quan, đơn vị, địa phương đã quán triệt …" (a directive of
 * Quảng Bình), "…; đặc biệt Ban giảm nghèo xã phường, thị trấn đã tích cực triển khai …" (a plan of Hà
 * Nội). Many bodies: "các" and one of OTHER_BODY_WORDS, or a body's name (ISSUING_SUBJECTS) at two of
 * UNIT_LEVEL_WORDS ("UBND các xã, phường", one body in each). A document's issuer is one body, named
 * ("Bộ Giáo dục và Đào tạo đã có Công văn …"): that subject still speaks for the document.
 * Read by analyze/roles/retold.ts; SUBJECT_LEAD_WORDS may stand before the subject.
 */
export const OTHER_BODY_WORDS = [
  "cơ quan", "đơn vị", "địa phương", "cấp", "ngành", "sở", "ban", "bộ", "chi bộ", "đảng bộ", "tổ chức", "tỉnh", "huyện", "quận",
  "xã", "phường", "trường", "doanh nghiệp", "đoàn thể",
];
/**
 * Bodies, besides ISSUING_SUBJECTS, that a page names as the subject of what it tells was done on a basis:
 * "Trên cơ sở Quyết định số 131/ QĐ-TTg năm 2022 …, Học viện Ngân hàng cũng đã có những hành động thiết thực"
 * (a research article on the academy's digitisation). Read by analyze/roles/retold.ts (basisOfOthersAct).
 */
export const TOLD_BODY_WORDS = ["Học viện"];
/**
 * The words that open a document's own first paragraph when a portal prints it under its headline and posting
 * time, without its heading: "Thực hiện Kết luận số 107-KL/TW …; Kế hoạch số 8261/KH-BCT … ⏎ Ủy ban nhân dân tỉnh
 * Hậu Giang ban hành Kế hoạch …, với các nội dung như sau:" (haugiang.gov.vn, fixtures/fresh/fresh58a-005), "Thực hiện
 * Hướng dẫn số 96-HD/BTGTW … ⏎ Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương …" (fixtures/fresh/fresh39c-003). With the
 * issuer speaking on the next line (OWN_VOICE_WORDS) the page is the document, no article (analyze/roles/prose.ts).
 */
export const PRINTED_OPENING_WORDS = ["Thực hiện", "Để thực hiện", "Triển khai", "Thi hành"];
/**
 * Words that open a news page's paragraph summing up what the document or event its lead told of says: "Ban Tuyên giáo
 * Trung ương ban hành Hướng dẫn 152-HD/BTGTW … ⏎ … ⏎ Theo đó, tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW …"
 * (thuvienphapluat.vn, fixtures/fresh/fresh62i-009), "Công văn 04/TANDTC-PC … vừa được TAND tối cao ban hành. ⏎ Theo
 * đó, kể từ ngày 01/01/2018, …" (thukyluat.vn, pairs59-005), "… tổng kết 5 năm … thực hiện Nghị định 41/2010/NĐ-CP … ⏎
 * Theo đó, đến 30-6-2015, dư nợ …" (Báo Mới, fresh60c-009). "Accordingly" points back to what was told: a page that
 * says it in its first lines retells and acts on nothing (CONVENTIONS.md §3). Read by analyze/roles/told-summary.ts.
 */
export const TOLD_SUMMARY_WORDS = ["Theo đó"];
/**
 * The same pointing back by the told document's kind word alone, then a comma: "Bộ trưởng … đã ký quyết định ban hành
 * Chương trình hành động … nhằm tổ chức thực hiện Nghị quyết số 01/NQ-CP …; đồng thời triển khai Nghị quyết số 02/NQ-CP
 * … ⏎ Theo Chương trình hành động, năm 2026, ngành … tập trung …" (Thời báo Tài chính, fixtures/fresh/fresh44c-001).
 */
export const TOLD_SUMMARY_BEFORE_KIND = ["Theo"];
/**
 * A news or law-firm page's line that heads the points it sums up of a document it names or told of: "### 1. Những
 * điểm đáng lưu ý trong Nghị định 123/2020/NĐ-CP ⏎ * … ⏎ * Bãi bỏ Khoản 2 và 4 Nghị định 119/2018/NĐ-CP …" (hddtvn.com,
 * fixtures/fresh/fresh63c-001), "Quyết định số 1121/QĐ-NHNN về việc đính chính Thông tư số 52/2018/TT-NHNN … ⏎ Một số
 * nội dung có thể lưu ý: ⏎ • Một là, đính chính cụm từ …" (a bank's monthly bulletin, fresh62h-005): the acts listed
 * under it are the named document's, the page acts on nothing, as under "Theo đó" (TOLD_SUMMARY_WORDS). The points'
 * noun (TOLD_POINTS_NOUNS, "mới" may follow), the modal (TOLD_POINTS_MODALS) and "lưu ý" or "chú ý" (TOLD_POINTS_HEED),
 * then a colon or the document's link (TOLD_POINTS_LINKS): "V/v một số nội dung cần lưu ý khi triển khai Thông tư …",
 * a letter's own subject, is no such heading. Read by analyze/roles/told-summary.ts.
 */
export const TOLD_POINTS_NOUNS = ["điểm", "nội dung"];
export const TOLD_POINTS_MODALS = ["đáng", "cần", "có thể"];
export const TOLD_POINTS_HEED = ["lưu ý", "chú ý"];
export const TOLD_POINTS_LINKS = ["trong", "của", "tại"];

/**
 * Words by which a page of no heading of its own speaks as the body it names, after (or in) a sentence that tells that
 * body's past act under a document: the body's letter or notice printed without its heading asks, reports or sends
 * ("…, Cục Lâm nghiệp và Kiểm lâm … đã xây dựng dự thảo Thông tư …. Để hoàn thiện dự thảo Thông tư, Cục … trân trọng đề
 * nghị Quý cơ quan …", fixtures/fresh/fresh44c-015; "…, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương Đề án …. ⏎ Để
 * …, Sở Nông nghiệp và PTNT đề nghị các UBND huyện …", a Sở's letter on its site). A page without them only tells
 * (fixtures/fresh/CONVENTIONS.md §13: fresh54h-011). Read by analyze/roles/retold.ts (tellsOneBodysAct).
 */
export const OWN_VOICE_WORDS = ["đề nghị", "trân trọng", "xin báo cáo", "báo cáo như sau", "xin ý kiến", "yêu cầu", "như sau"];
/**
 * A sector named as one body, the subject of what it did under a document: "Thực hiện Nghị quyết số 21-NQ/TW
 * …, ngành Dân số tỉnh Nghệ An đã và đang chuẩn bị …" (a news tag page, fixtures/fresh/fresh49c-019), "Thực hiện
 * chỉ đạo của Chính phủ, tỉnh, ngành Công thương đã xây dựng kế hoạch …" (Báo Ninh Bình, fixtures/fresh/
 * pairs49-003). A sector ("ngành" and its name, capitalised as a name is) issues no document: its work is told,
 * never the citing document's own act. Read by analyze/roles/retold.ts (OTHERS_DID).
 */
export const SECTOR_WORDS = ["ngành", "toàn ngành"];
export const UNIT_LEVEL_WORDS = ["xã", "phường", "thị trấn", "quận", "huyện", "thị xã"];
export const SUBJECT_LEAD_WORDS = ["đặc biệt", "nhất là"];

/**
 * Words that link a document to something other than a cue's object when they stand between the
 * two ("thực hiện dự án tại Quyết định số …", "điều chỉnh … theo Nghị quyết số …", "… trong Quyết
 * định số …", "… của Kế hoạch số …"): the document is where the object stands, not the object.
 */
export const OBJECT_LINK_WORDS = ["tại", "theo", "trong", "của"];
/**
 * After "hướng dẫn (sửa đổi,) bổ sung", the carrying out the further guidance is on: "Kết luận số 1518-KL/TU
 * hướng dẫn bổ sung thực hiện Quy định số 1913-QĐ/TU" (fixtures/fresh/fresh39c-006) guides the rule; without
 * these words the document named next is written into, so amended (CONVENTIONS.md §7; roles/head-cue.ts).
 */
export const FURTHER_GUIDANCE_WORK = ["thực hiện", "thi hành", "triển khai"];

/**
 * The noun before a project's name: "phê duyệt Đề cương - Dự toán dự án Sửa đổi, bổ sung một số nội dung Bảng
 * giá đất quy định tại Nghị quyết 152/2025/NQ-HĐND", "kinh phí thực hiện dự án Sửa đổi, bảng giá đất quy
 * định tại Nghị quyết 152/2025/NQ-HĐND" (Sơn La 1922/QĐ-UBND and 1672/QĐ-UBND, 2026, fixtures/fresh/listing43
 * rows 2 and 66). A cue's words right after it are the project's name (roles/cue.ts).
 */
export const PROJECT_NAME_WORDS = ["dự án"];

/**
 * The work right after "thực hiện" when it is a light verb: "- Thực hiện rà soát các khó khăn, vướng mắc, bất cập
 * về Quy hoạch … đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 866/QĐ-Tg …" (a Lào Cai plan's task,
 * fixtures/fresh/fresh56b-010), "(i) thực hiện rà soát các luật, đặc biệt là Luật Phổ biến, giáo dục pháp luật,
 * Luật Hòa giải ở cơ sở, …" (a keynote reported by the Ministry of Justice's magazine, fresh56h-003). The work
 * is a review: what is named after it is reviewed, not carried out (both golds: references). "việc" may stand
 * between ("thực hiện việc rà soát, phân loại … theo yêu cầu … tại Công văn số 1017/BTNMT-TCMT", fresh29m-002).
 * Read by analyze/roles/cue.ts.
 */
export const REVIEW_WORK_WORDS = [
  "rà soát", "tổng rà soát",
  // "… về việc triển khai sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW về công tác phụ nữ" (Ban Dân vận Trung ương's
  // letter 1350-CV/BDVTW, fixtures/fresh/fresh63h-001): "triển khai" sets a review in motion, and the directive is
  // what the review looks back on, as "sơ kết / tổng kết (N năm) thực hiện X" alone is a noun (NOUN_BEFORE_CUE; dev
  // listing rows 12, 168; fresh63b-002): a review of how X was carried out does not carry X out (CONVENTIONS §31).
  // "tổng kết … và triển khai thực hiện X giai đoạn 2" keeps its own cue.
  "sơ kết", "tổng kết",
];

/**
 * The bodies whose plan or programme a subject line names by its kind and its owner before the cue
 * that says what the plan carries out: "Sửa đổi, bổ sung nhiệm vụ trong Chương trình hành động của
 * Chính phủ thực hiện Nghị quyết số …", "Bãi bỏ Kế hoạch của Ủy ban nhân dân tỉnh triển khai Chỉ
 * thị số …". Read as the start of the owner, in any case; the owner's place may follow ("tỉnh X").
 */
export const PLAN_OWNER_BODIES = [
  "Chính phủ", "Thủ tướng Chính phủ", "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND",
  "Bộ", "Sở", "Ban Thường vụ", "Ban Chấp hành", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ",
  "Đảng ủy", "Đảng uỷ", "Ngành", "tỉnh", "thành phố", "huyện",
];
/**
 * The verbs with which a plan named by its kind and owner, no number, says what it carries out: "Kế hoạch thực
 * hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số …" (analyze/roles/reach-limits.ts).
 * "thựchiện" as some sites' copies glue it at a line join (as "Theo đềnghị" in PROPOSAL_PHRASES).
 */
export const OWNED_PLAN_VERBS = ["thực hiện", "thựchiện", "triển khai", "triển khai thực hiện", "tổ chức thực hiện", "thi hành", "về thực hiện", "về việc thực hiện", "về triển khai", "về việc triển khai"];

/**
 * A directive's demand: its issuer, or its head by title, asks the addressees to carry out what it
 * names, "Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở … thực hiện nghiêm các quy định …, Chỉ thị
 * số 33/2008/CT-TTg", "Thủ tướng Chính phủ yêu cầu các Bộ … tập trung thực hiện tốt các Nghị quyết …
 * và Nghị quyết số 05/2001/NQ-CP". The subject (ISSUER_SUBJECTS and these heads), the verb, then
 * "thực hiện" with how (DEMAND_MANNER_WORDS) right after it: the directive's own cue, mid-sentence.
 */
export const DEMAND_HEADS = ["Chủ tịch"];
export const DEMAND_VERBS = ["yêu cầu", "chỉ thị"];
export const DEMAND_MANNER_WORDS = ["nghiêm", "nghiêm túc", "tốt", "có hiệu quả"];
/** Characters read back from the cue for the demand's subject and verb: the addressees are a long list. */
export const DEMAND_CHARS = 400;
/** Characters allowed between the subject and its verb (the issuer's name: "Chủ tịch UBND Thành phố"). */
export const DEMAND_SUBJECT_CHARS = 80;

/**
 * A letter's salutation ("Kính gửi: …") and the note closing its list of addressees ("(Sau đây gọi
 * chung là các đơn vị)"): a copy that joins the salutation block's lines runs the body's opening on
 * after them, "… trực thuộc Trung ương Thực hiện Công văn số …" (Bộ Y tế 6087/BYT-KCB, 2013),
 * "(Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật … số 25/2008/QH12" (627/BYT-BH, 2021).
 */
export const SALUTATION_WORDS = ["kính gửi"];
export const ADDRESSEE_NOTE_WORDS = ["sau đây gọi chung là", "sau đây gọi tắt là", "sau đây viết tắt là", "sau đây gọi là"];

/**
 * What opens the short name given to a document just cited, after "(" and an optional "sau đây" /
 * "dưới đây": "(sau đây gọi tắt là Nghị quyết số 198/2025/QH15 của Quốc hội)". Drafters word it
 * otherwise too: without "là", "(sau đây gọi tắt Nghị quyết số 68-NQ/TW của Bộ Chính trị)" (UBND
 * Đồng Tháp 42/KH-UBND, 2025, fresh44a-010); "( sau đây viết gọn là Nghị định số 58/2001/NĐ-CP )"
 * (Bộ Công an's circular on seals, seg33d-011); "(sau đây được viết tắt là Kế hoạch)" (UBND Thừa
 * Thiên Huế, plans32-006); "(sau đây gọi và viết tắt là CT1792)" (UBND An Giang's directive,
 * fresh30r-013). Without "là" only after "tắt", where the name must follow.
 */
export const ALIAS_OPENERS = [
  "gọi là",
  "viết là",
  "gọi chung là",
  "viết chung là",
  "gọi tắt là",
  "viết tắt là",
  "gọi tắt",
  "viết gọn là",
  "được viết tắt là",
  "gọi và viết tắt là",
];
/**
 * What a consolidated text's footnote says before it gives the amending document's basis: "1 Thông
 * tư số 12/2024/TT-BLĐTBXH … có hiệu lực từ ngày 29 tháng 12 năm 2024 có căn cứ ban hành như sau: ⏎
 * Căn cứ Nghị định số 62/2022/NĐ-CP …; … ⏎ Bộ trưởng … ban hành Thông tư sửa đổi, bổ sung …." The
 * list after it is that document's, quoted, whether or not the copy kept the quotation marks
 * (roles/quoted.ts toldBasisPassages).
 */
export const TOLD_BASIS_PHRASES = ["có căn cứ ban hành như sau"];

/**
 * A flattened page's year run into the next preamble item ("… tôn giáo năm 2019 Căn cứ Luật …", analyze/clauses.ts
 * yearBeforeBasis): the word before the year, and the capitalised cue after it that opens a clause there.
 */
export const RUN_ON_YEAR_WORD = "năm";
export const RUN_ON_BASIS_CUE = "Căn cứ";

/**
 * A heading of the text's own that states its legal basis in other words than "Căn cứ pháp lý": "CƠ SỞ PHÁP LÝ, MỤC
 * ĐÍCH, YÊU CẦU" over bare items (Phú Yên 136/KH-UBND, 2016, fresh65a-003; An Giang's plan under the same heading,
 * fresh30m-011), "1. Cơ sở pháp lý" (Thái Bình 89/KH-UBND, 2021, fresh30c-013), "I. CƠ SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT ĐẦU
 * TƯ", "II. CƠ SỞ PHÁP LÝ": fixtures/fresh/CONVENTIONS.md §10 names it beside "Căn cứ pháp lý" (analyze/basis-heading.ts).
 */
export const LEGAL_BASIS_HEADING_WORDS = ["cơ sở pháp lý"];
/**
 * What may follow the heading's words on its line: more of the section's subjects after "," or "và" ("…, MỤC ĐÍCH, YÊU
 * CẦU", "… VÀ SỰ CẦN THIẾT"), or the text's own making ("… XÂY DỰNG KẾ HOẠCH", "… BAN HÀNH"). Not "khi / về / để / cho
 * …": the basis of another document or of a question ("1. Cơ sở pháp lý khi xây dựng Thông tư số 03/2022/TT-BYT",
 * fresh41b-001), or prose ("Cơ sở pháp lý để cấp giấy chứng nhận …").
 */
export const LEGAL_BASIS_HEADING_TAIL_LINKS = [",", "và", "xây dựng", "ban hành"];
