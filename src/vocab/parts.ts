import type { Kind } from "../types.js";

/**
 * The words that mark where a part of a document begins (Nghị định 30/2020/NĐ-CP, Phụ lục I: the
 * layout of an administrative document), read by src/analyze/parts.ts.
 */

/** A preamble clause opens with one of these ("Căn cứ Luật ...;", "Xét đề nghị của ..."). */
export const PREAMBLE_OPENERS = [
  "Căn cứ", "Theo đề nghị", "Xét đề nghị", "Theo đề xuất", "Xét đề xuất", "Trên cơ sở", "Sau khi xem xét", "Qua xem xét", "Xét",
];

/**
 * What a preamble's item opens with when it tells of the consultation or the consent the document
 * was issued after ("Sau khi có ý kiến của Bộ Y tế tại Công văn số …", "Sau khi báo cáo và được sự
 * nhất trí của Thường trực HĐND tỉnh tại Công văn số …", "Được sự đồng ý của … tại văn bản số …"):
 * an item of its own, which no cue of the items before it governs. The letter it names is a
 * reference; it is neither a basis of the list before its ";" nor a proposal.
 */
export const CONSULTED_OPENERS = [
  "Sau khi có ý kiến", "Sau khi lấy ý kiến", "Sau khi báo cáo", "Sau khi thống nhất", "Sau khi trao đổi", "Sau khi được",
  "Được sự", "Có ý kiến", "Ý kiến thống nhất", "Thống nhất với",
];

/**
 * The issuer naming itself as the subject of the preamble's enacting formula: "Bộ Tài chính hướng
 * dẫn … như sau:", "Liên tịch Bộ Tài nguyên và Môi trường - Bộ Tài chính hướng dẫn".
 */
export const ISSUER_SUBJECTS = [
  "Liên tịch", "Liên Bộ", "Bộ trưởng", "Bộ", "Ủy ban", "Uỷ ban", "UBND", "Thủ tướng", "Chính phủ", "Hội đồng", "Thường trực",
  "Ban Thường vụ", "Tỉnh ủy", "Tỉnh uỷ",
  // A law's and a National Assembly resolution's: "Quốc hội ban hành Luật Đất đai.", after "Căn cứ Hiến pháp …;".
  "Quốc hội",
];

/** The enacting formula's verb after ISSUER_SUBJECTS: "Quốc hội ban hành Luật Đất đai.", "Chính phủ ban hành Nghị định …". */
export const ENACTING_VERBS = ["ban hành"];

/**
 * The heads who sign in their own name, as a document printed without its heading names its issuer
 * on the line under the subject ("Tổng cục trưởng tổng cục du lịch", "Thống đốc ngân hàng nhà nước",
 * "Giám đốc sở lao động …"), in sentence case: with ISSUER_SUBJECTS and the issuers' titles, what that
 * line opens with.
 */
export const ISSUER_LINE_HEADS = ["Tổng cục trưởng", "Cục trưởng", "Thống đốc", "Tổng kiểm toán", "Tổng giám đốc", "Chánh án", "Viện trưởng"];

/**
 * What a people's committee does in the sentence that says it issues the document, besides "ban
 * hành": a commune's or district's notice, letter or plan printed without its heading names its
 * body there ("Ủy ban nhân dân xã Tân Đoàn thông báo lịch tiếp công dân như sau", "Ủy ban nhân dân
 * huyện yêu cầu các phòng, ban …", "Ủy ban nhân dân huyện Xây dựng Kế hoạch tổ chức rà soát …").
 */
export const ANNOUNCING_VERBS = ["ban hành", "thông báo", "yêu cầu", "xây dựng kế hoạch"];

/**
 * What a later item of a preamble opens with: what the first may open with, "Theo" before any
 * ground ("Theo báo cáo cuộc họp ngày …"), or the issuer in the enacting formula.
 */
export const PREAMBLE_ITEM_OPENERS = [...PREAMBLE_OPENERS, "Theo", ...ISSUER_SUBJECTS];

/**
 * The line that ends the preamble and opens the articles: the kind word in capitals followed by
 * a colon ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"; word-segmented sources write "Quyết định :").
 */
export const ENACTING_WORDS = ["Quyết định", "Quyết nghị", "Chỉ thị", "Ban hành", "Quy định", "Nghị quyết"];

/**
 * The kind an enacting formula tells, for a copy printed without its heading (no kind line, no own
 * number): a decision's preamble ends with "QUYẾT ĐỊNH:", a council's or the Government's resolution
 * with "QUYẾT NGHỊ:", the Government's decree with "NGHỊ ĐỊNH:" (Nghị định 30/2020/NĐ-CP, Phụ lục
 * III; older decrees "NGHỊ ĐỊNH :"). The other enacting words open the articles of several kinds and
 * tell none.
 */
export const ENACTING_KINDS: Readonly<Record<string, Kind>> = {
  "quyết định": "decision",
  "quyết nghị": "resolution",
  "nghị định": "decree",
};

/**
 * What a document's closing article says of the document itself, after "<kind> này": "Điều 14. Hiệu
 * lực thi hành ⏎ Thông tư này có hiệu lực thi hành từ ngày …", "Điều 2. Thông tư này có hiệu lực thi
 * hành kể từ ngày …". A copy of the articles without their heading (a chapter's page, a page that
 * prints from the preamble on) tells its kind so.
 */
export const OWN_EFFECT_WORDS = ["có hiệu lực"];

/** The list of recipients after the articles ("Nơi nhận:"). */
export const RECIPIENTS_WORDS = ["Nơi nhận"];

/**
 * How a signature block opens: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ
 * TRƯỞNG", "TUQ. CHỦ TỊCH" (thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền).
 */
export const SIGNATURE_PREFIXES = ["TM", "KT", "Q", "TL", "TUQ"];

/**
 * The prefixes that open a signature only before a title in capitals ("Q. GIÁM ĐỐC"): "Q." also
 * abbreviates "Quận", and an addressee's address wrapped onto a line of its own opens with it ("Kính gửi:
 * Công ty CP Đầu tư Mặt Trời Việt. ⏎(Lô III-3A, đường CN1, …, ⏎Q. Tân Phú, TP. Hồ Chí Minh)", Tổng cục Hải
 * quan's 185/TCHQ-TXNK, fixtures/fresh/fresh54b-002): read as "Q. …" (quyền), the whole answer after it was a
 * signature block and its "Căn cứ …" no basis. The other prefixes stand for nothing else at a line's start.
 */
const SIGNATURE_PREFIXES_BEFORE_CAPITALS = ["Q"];

/**
 * A signature block's opening at a line's start, as a regex source (case-sensitive): a prefix, its dot,
 * then the title's first capital ("KT. CHỦ TỊCH", "TM. Ủy ban"), two capitals after the prefixes above.
 */
export const SIGNATURE_OPENING_SOURCE = String.raw`(?:(?:${SIGNATURE_PREFIXES.filter((p) => !SIGNATURE_PREFIXES_BEFORE_CAPITALS.includes(p)).join("|")})[ \t]*\.[ \t]*\p{Lu}|(?:${SIGNATURE_PREFIXES_BEFORE_CAPITALS.join("|")})[ \t]*\.[ \t]*\p{Lu}\p{Lu})`;

/**
 * How a Party body's signature block opens, the mandate written with a slash: "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG
 * BAN", "T/L BỘ CHÍNH TRỊ" (thay mặt, ký thay, thừa lệnh; danvan.vn's letters, fixtures/fresh/fresh62c-011, pairs62-001).
 */
export const PARTY_SIGNATURE_PREFIXES = ["T/M", "K/T", "T/L"];

/** The addressee line a letter opens with ("Kính gửi: Ban Dân vận các tỉnh ủy, thành ủy, …"). */
export const ADDRESSEE_WORDS = ["Kính gửi"];

/** The words that mark an article heading ("Điều 1.") and the chapters above them. */
export const ARTICLE_WORD = "Điều";

/**
 * The word of a chapter's heading ("Chương I", "CHƯƠNG 2"). A circular or decree that amends
 * several others gives each a chapter whose heading names its act ("Chương I ⏎ SỬA ĐỔI, BỔ SUNG
 * MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ …"): the act is the document's own, as under an article's number.
 */
export const CHAPTER_WORD = "Chương";

/**
 * How a document's first line may open when it is no headline of an article: a subject line ("V/v …",
 * "Về việc …", "Trích yếu"), a part of a document's body ("Điều 7. Hiệu lực thi hành", "Chương IV",
 * "Mục 2", "Phần I": a page that prints a piece of a document). An article's headline opens with none.
 */
export const NOT_HEADLINE_OPENERS = ["V/v", "Về việc", "Trích yếu", ARTICLE_WORD, CHAPTER_WORD, "Mục", "Phần"];

/**
 * Lines a site's template prints above every page, the page's own text after them: SharePoint portals' skip links
 * ("Skip Ribbon Commands ⏎ Skip to main content", then "Kế hoạch Xây dựng phát triển sản xuất …", a plan, fresh51b-002;
 * a news list, fresh52b-014; a news item, fresh53f-002: Bắc Kạn's and its departments' portals), and the search box's
 * label "Tìm kiếm tin tức" of the provincial portals whose items end their title with "Ngày cập nhật …" (Thừa Thiên
 * Huế Sở Xây dựng's letter "V/v lấy ý kiến dự thảo Chỉ thị …" under it, fresh62j-010; news items under it, fresh49c-011,
 * fresh51d-013). They are nobody's headline: the first line after them is the page's.
 */
export const SITE_CHROME_LINES = ["Skip Ribbon Commands", "Skip to main content", "Tìm kiếm tin tức"];

/**
 * Words no sentence or title ends on (a preposition, a conjunction, a plural or a number's word): a line that ends on one
 * was broken inside its sentence, by a narrow column or a plain-text export, and goes on on the next line ("… ban hành
 * kèm theo ⏎ Thông tư số 13/2020/TT-BGDĐT …", "Hướng dẫn số 06-HD/HU ngày 15/3/2021 của ⏎ Huyện ủy …").
 */
export const WRAP_LINK_WORDS = ["của", "về", "và", "hoặc", "các", "những", "số", "ngày", "tại", "theo", "với", "cho", "để", "do", "từ", "đến", "thuộc", "nhằm"];
/**
 * Of them, those that never open a sentence or a headline either, in lower case: a line that opens with one goes on the
 * line before ("Sửa đổi, bổ sung một số điều ⏎ của Quy định …"). "Để", "Theo", "Về", "Các", "Ngày …" open many.
 */
export const WRAP_OPENING_WORDS = ["của", "và", "hoặc", "thuộc", "nhằm"];

/** The number line of a document's header ("Số: 12/KH-UBND", "Số : …"): a document's mark, never an article's. */
export const NUMBER_LINE_WORD = "Số";

/**
 * An article that says when the document takes effect is the closing one: "Quyết định này có hiệu lực
 * kể từ ngày ký", "Điều 3. Hiệu lực thi hành", "… cóhiệu lực thi hành kể từ ngày …" (a copy that lost a
 * space), "… hết hiệu lực". "Hiệu lực" alone is also the noun of efficacy, which an earlier article's
 * aims and findings use: "Nâng cao hiệu lực, hiệu quả quản lý nhà nước" (Điều 2 of a council's 2011
 * resolution, fixtures/fresh/fresh36a-006; full32-014's plan), "… trọng điểm, hiệu lực, hiệu quả đối
 * với nội dung phối hợp" (fresh30f-014), "nhằm tăng cường hiệu lực quản lý nhà nước" (fresh30x-009),
 * "Hiệu lực, hiệu quả thực hiện một số kết luận thanh tra … chưa cao" (HĐND Thừa Thiên Huế's Điều 1,
 * fresh37a-018), a power of attorney's "hiệu lực không quá một năm" (a Quy chế's Điều 8, full32-018).
 * Read so, each made the closing start at that article, and its later articles' tasks ("2. Thực hiện
 * công khai danh mục … theo quy định của Luật đất đai năm 2013") read as the document's own purpose.
 * Only the phrases of effect count (none of 618 closing articles of the fixtures, dev and plan
 * corpora says its effect otherwise).
 */
export const IN_FORCE_WORDS = ["có hiệu lực", "còn hiệu lực", "hết hiệu lực", "hiệu lực thi hành", "hiệu lực kể từ", "hiệu lực từ"];
/** The noun each of IN_FORCE_WORDS holds: an article without it says no effect (looked for first, the quicker search). */
export const IN_FORCE_NOUN = "hiệu lực";

/**
 * Words no title ends with: a title line ending with one was wrapped mid-phrase, and the next line
 * goes on with it even when it looks like the header's next part ("… KẾ HOẠCH SỐ 89-KH/TU NGÀY
 * 28/12/2022 CỦA ⏎ TỈNH ỦY VỀ …", which opens as an issuer's heading would) or is a fourth line.
 * No item of a preamble ends with one either ("… ngày 25/5/2007 của ⏎ Chính phủ quy định chi tiết …").
 */
export const TITLE_OPEN_ENDINGS = ["của", "và", "về", "về việc", "số", "ngày", "tại", "theo", "cho", "với", "đến", "trên", "các", "những", "thực hiện", "triển khai"];

/**
 * An annex after the signature opens with one of these ("PHỤ LỤC I", "DANH MỤC VĂN BẢN …") and says
 * on a line below what it is attached to ("(Kèm theo Quyết định số …)"; ATTACHED_TO).
 */
export const ANNEX_WORDS = ["Phụ lục", "Danh mục"];

/**
 * The document a decision promulgates, printed after its signature: a kind line in capitals ("KẾ
 * HOẠCH", "QUY ĐỊNH", "QUY CHẾ …") and, a few lines below, what it is attached to ("(Ban hành kèm
 * theo Quyết định số …)"). Its text is the decision's own content: "Quy định này thay thế Quy định
 * ban hành kèm theo Quyết định số …", "Triển khai thực hiện Nghị quyết số …".
 */
export const ATTACHED_DOCUMENT_WORDS = [
  "KẾ HOẠCH", "QUY ĐỊNH", "QUY CHẾ", "ĐIỀU LỆ", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "PHƯƠNG ÁN", "QUY TRÌNH", "NỘI QUY",
  "CHIẾN LƯỢC", "BỘ TIÊU CHÍ", "TIÊU CHÍ",
];

/**
 * The word heading a consolidated text's authentication block, before the words of its kind: "XÁC THỰC
 * VĂN BẢN HỢP NHẤT ⏎ Số: 465/VBHN-BLĐTBXH ⏎ Hà Nội, ngày 10 tháng 02 năm 2025" (analyze/self/authenticated.ts).
 */
export const AUTHENTICATION_WORDS = ["xác thực"];

/**
 * An annex's heading that says what befalls the documents it lists, as "Bãi bỏ các văn bản sau:"
 * says it over a list: "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BỊ BÃI BỎ", "… BÃI BỎ TOÀN BỘ".
 */
export const ANNEX_REPEAL_WORDS = ["bị bãi bỏ", "bãi bỏ", "bị hủy bỏ", "bị huỷ bỏ"];
/**
 * Words that, before ANNEX_REPEAL_WORDS, make the list a proposal or a review, not an act: "DANH MỤC
 * VĂN BẢN ĐỀ NGHỊ BÃI BỎ", "… CẦN BÃI BỎ", "… KIẾN NGHỊ BÃI BỎ".
 */
export const ANNEX_NOT_DONE = ["đề nghị", "kiến nghị", "đề xuất", "cần", "dự kiến", "phải", "sẽ", "chưa", "không"];

/**
 * The national motto, the line a document's own heading is built around ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM ⏎ Độc lập - Tự do - Hạnh phúc"): what a page or a legal database prints above it is
 * theirs, not the document's (analyze/parts.ts).
 */
export const NATIONAL_MOTTO_WORDS = ["Cộng hòa xã hội chủ nghĩa", "Cộng hoà xã hội chủ nghĩa"];

/**
 * Words after a first line's kind word that make it a sentence about a document, not the kind and
 * subject a document printed without its heading opens with ("Kế hoạch do … ký ban hành",
 * "Quyết định số …", "Quyết định này …").
 */
export const NOT_A_SUBJECT_WORDS = [
  "số", "này", "nêu", "đó", "trên", "sau", "do", "được", "đã", "đang", "sẽ", "vừa", "mới", "có", "là", "không", "cũng",
  "kèm", "phải", "cần", "nói", "trước", "gồm", "nhằm", "yêu",
];

/**
 * A plan's purpose section's heading ("I. MỤC ĐÍCH, YÊU CẦU ⏎1. Mục đích"): what its items say the document
 * does is the document's own aim, as its opening is ("a) Tổ chức thi hành Luật Đất đai bảo đảm kịp thời …",
 * the Thủ tướng's template for a plan carrying out a law, copied by Quảng Ngãi's 88/KH-UBND 2024, fresh30d-006;
 * "1. Mục đích ⏎- … Triển khai thực hiện có hiệu quả Luật phòng, chống bạo lực gia đình.", Sơn La's
 * 90/KH-UBND 2020, fresh30n-017); its objectives, as other plans head it ("I. Mục tiêu, yêu cầu: ⏎1. Mục tiêu: …
 * ⏎2. Yêu cầu: ⏎- Tổ chức quán triệt và tuyên truyền sâu rộng Luật Phòng, chống tham nhũng …", Sóc Trăng's plan
 * carrying out the law, fresh30d-023; "I. MỤC TIÊU ⏎1. Mục tiêu chung ⏎Thúc đẩy thực hiện Công ước … và Luật Người
 * khuyết tật", pairs31-014). Lower case.
 */
export const PURPOSE_HEADING_WORDS = ["mục đích", "mục tiêu"];

/**
 * Where a document ends: its "Nơi nhận:" (also as a scan reads it, "Noi nhận") and a page's "(Đã ký)"
 * under the signer's title. A second document's opening counts only after one (analyze/parts/second.ts).
 */
export const DOCUMENT_END_WORDS = ["Nơi nhận", "Noi nhận", "Đã ký"];

/** The motto's second line ("Độc lập - Tự do - Hạnh phúc"): the heading of a document of its own. */
export const MOTTO_SECOND_LINE_WORDS = ["Độc lập"];

/**
 * The kind line of a document with a preamble ("QUYẾT ĐỊNH ⏎ Ban hành … ⏎ CHỦ TỊCH … ⏎ Căn cứ …"):
 * printed after another's end with its own "Căn cứ", a second document, not an annex (an annex and
 * the regulation a decision promulgates open with ANNEX_WORDS / ATTACHED_DOCUMENT_WORDS and cite no basis).
 */
export const SECOND_DOCUMENT_KIND_WORDS = ["QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG TƯ", "NGHỊ ĐỊNH"];
