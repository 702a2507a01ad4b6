import type { Kind } from "../types.js";
import { blankRuns } from "../shared/strings.js";

/**
 * Documents cited by name rather than number (DOMAIN.md §5): "Căn cứ Luật Đất đai năm 2003",
 * "Bộ luật Lao động 2019", "Pháp lệnh Phí và lệ phí". Read by src/find/named/ and
 * src/identify/named.ts.
 */
export const NAMED_KINDS: ReadonlyArray<{ kind: Kind; words: string[] }> = [
  { kind: "code", words: ["Bộ luật"] },
  { kind: "law", words: ["Luật"] },
  { kind: "ordinance", words: ["Pháp lệnh"] },
];

/**
 * The word before "luật" that makes it part of another word, no kind word: "quy phạm pháp luật",
 * "dự luật", "trái luật", "vi phạm luật"; "kỷ luật" (discipline: "tăng cường kỷ luật hành chính",
 * "xử lý kỷ luật", "kỷ luật phát ngôn") and "quy luật" (a natural law: "quy luật thị trường").
 */
export const NOT_A_LAW_BEFORE = ["pháp", "dự", "trái", "phạm", "kỷ", "quy"];

/**
 * A school's kind before "Luật", which is then its field, no kind word: "Trường Đại học Luật Hà Nội và
 * Học viện Tư pháp" (a notice of the Ministry of Justice, 2010), "Trường Trung cấp Luật Buôn Ma Thuột";
 * moj.gov.vn: "Trường Đại học Luật Hà Nội được thành lập theo Quyết định số 405/CP …". So a law firm's:
 * "công ty" before "Luật" and the firm's name ("CÔNG TY LUẬT HÙNG THẮNG xin đưa ra ý kiến tư vấn", a law firm's
 * answer page, fixtures/fresh/fresh60g-011; "Luật sư …, Công ty Luật TNHH một thành viên K, Đoàn Luật sư …", a
 * judgment's counsel, fresh42a-002), read as laws "Hùng Thắng" and "TNHH một thành viên K" before.
 */
export const NOT_A_LAW_AFTER_SCHOOL = ["đại học", "trung cấp", "cao đẳng", "công ty"];

/**
 * A document amended alone, named by name right after an amending cue: "Nghị quyết số 203/2025/QH15
 * … sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam, Luật Tổ chức
 * chính quyền địa phương số 72/2025/QH15, …". The Constitution is amended by a resolution of its own,
 * never together with a law: the cue is spent on it, and a document after it is not amended with it.
 */
export const AMENDED_ALONE = ["Hiến pháp"];
/** The kinds of AMENDED_ALONE's documents, where they are read as citations (src/find/constitution.ts). */
export const AMENDED_ALONE_KINDS: readonly Kind[] = ["constitution"];

/**
 * The Constitution, named by its name and the year it was adopted, never by a number: "Căn cứ Hiến pháp
 * nước Cộng hòa xã hội chủ nghĩa Việt Nam;" (the preamble of every law since 2015), "Căn cứ vào Hiến pháp
 * năm 1992 của nước Cộng hoà xã hội chủ nghĩa Việt Nam" (Luật Tổ chức Chính phủ 1992), "Căn cứ vào Điều 84
 * và Điều 147 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992" (Nghị quyết 51/2001/QH10).
 * Read by src/find/constitution.ts; its id is `constitution:hien-phap@<year>`, as a law's is by its name.
 */
export const CONSTITUTION_NAME = "Hiến pháp";
/**
 * The years the constitutions were adopted (1946, 1959, 1980, 1992, 2013): a year after the name that is
 * none of these is no constitution's ("Kế hoạch tuyên truyền Hiến pháp năm 2024": the plan's year), and
 * the mention is read without it. Amendments keep the year ("Hiến pháp năm 1992 (sửa đổi, bổ sung năm
 * 2001)" is the 1992 Constitution as amended).
 */
export const CONSTITUTION_YEARS: readonly number[] = [1946, 1959, 1980, 1992, 2013];

/**
 * The codes (Bộ luật) a text names by their initials alone, the kind word's letters first: "Điều 131 BLDS"
 * after "Bộ luật Dân sự (sau đây viết tắt là BLDS)" (HĐTP's resolution 01/2003/NQ-HĐTP, fresh31a-022),
 * "các quy định của BLHS, BLTTHS, …; … sửa đổi, bổ sung một số điều của BLTTHS năm 2021" (a procuracy's
 * guidance, fresh29r-010), "điều 125 BLHS năm 2015", "Điều 62 BLTTHS năm 2015", "Điều 95, BLHS 1999" (law
 * firms' pages and theses, pairs46). Each the code's name, as "Bộ luật <name>" writes it. Read by
 * src/find/code-initials.ts; the id is the code's by its name (`code:dan-su@<year>`).
 */
export const CODE_INITIALS: Readonly<Record<string, string>> = {
  BLDS: "Dân sự",
  BLHS: "Hình sự",
  BLTTDS: "Tố tụng dân sự",
  BLTTHS: "Tố tụng hình sự",
  BLLĐ: "Lao động",
  BLHH: "Hàng hải",
};

/**
 * Words that end a name when no date or number does: the sentence goes on with a verb or a
 * reference ("Luật Đất đai quy định ...", "Luật này", "Luật Xây dựng và các văn bản hướng dẫn").
 */
/**
 * The body that made a law or ordinance, named after its name: "Luật Đất đai của Quốc hội ngày
 * 29/11/2013", "Pháp lệnh Phí và lệ phí của Ủy ban Thường vụ Quốc hội khoá X thông qua ngày …".
 * The name ends before it: an enactment, with its date after it; a name's end, without one.
 */
// "Luật Đất đai do Quốc hội thông qua ngày 29 tháng 11 năm 2013", "Pháp lệnh Kế toán và thống kê do Hội
// đồng Nhà nước ban hành ngày 20-5-1988" (the body that made ordinances before 1992): who enacted it,
// after "của" or "do", is no word of its name.
const LAW_MAKERS = ["quốc hội", "ủy ban thường vụ quốc hội", "uỷ ban thường vụ quốc hội", "hội đồng nhà nước"];
const LAW_MAKERS_AFTER_NAME = LAW_MAKERS.flatMap((body) => [`của ${body}`, `do ${body}`]);
/**
 * The enacting formula of a law or an ordinance, its own paragraph (or after the last Căn cứ's ";" where a
 * page joined the lines): "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số
 * 57/2014/QH13" (62/2025/QH15, fresh31b 021), "Ủy ban thường vụ Quốc hội ban hành Pháp lệnh …". The law named
 * after it is the one being enacted, the text itself, which has no number there. Not in prose ("Ngày
 * 20/6/2017, Quốc hội ban hành Luật … số 12/2017/QH14": the number may be the law's own).
 */
export const ENACTS_BEFORE = new RegExp(`(?:^|[\\n;])[ \\t]*(?:${blankRuns(LAW_MAKERS.join("|"))})[ \\t]+ban[ \\t]+hành[ \\t]+$`, "iu");

/**
 * A short name of an amending law that lists the laws it amends and then its own year, with no "bổ sung
 * một số điều của" and no "năm": "Luật sửa đổi Luật Đầu tư công, …, Luật Thuế tiêu thụ đặc biệt và Luật
 * Thi hành án dân sự 2022." (a law database's heading over Luật số 03/2022/QH15, fixtures/fresh/fresh45b-007),
 * "Luật sửa đổi Luật Bảo hiểm y tế 2024 | 51/2024/QH15" (a table of laws in a public repository's README:
 * the number is the amending law's). The lead words, lower case; find/named/amending-short-name.ts reads them.
 */
export const AMENDING_SHORT_NAME_LEAD = "luật sửa đổi";
/** The kind words a law listed in such a name opens with, lower case. */
export const AMENDING_SHORT_NAME_LISTED = ["luật", "bộ luật", "pháp lệnh"];
/**
 * "Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số", "Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 của Luật Phí và lệ phí":
 * the words after an amending law's or ordinance's kind word that lead the units its own name amends (find/pinpoint.ts,
 * pinpointInAmendingName), lower case, longest first.
 */
export const AMENDING_NAME_CUES = ["sửa đổi, bổ sung", "sửa đổi"];
/** How far back from a listed law its list's lead words are looked for: a list of nine laws' names fits. */
export const AMENDING_SHORT_NAME_CHARS = 400;

export const NAME_ENDINGS = [
  ...LAW_MAKERS_AFTER_NAME,
  "này", "quy định", "hướng dẫn", "đã", "được", "thì", "và các", "hiện hành", "có hiệu lực", "về việc", "nêu trên", "tại", "theo",
  // "Kế hoạch triển khai Luật Phòng, chống ma túy trên địa bàn tỉnh Nam Định năm 2022": where the law is
  // carried out, which no law's name says; the year after it is the plan's.
  "trên địa bàn",
  // "… theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND nhiệm kỳ 2026 - 2031": the term of the
  // bodies elected (or a plan's period, "giai đoạn 2021-2025"), which no law's name holds; its first
  // year is no year of enactment.
  "nhiệm kỳ", "nhiệm kì", "giai đoạn",
  // "… tại khoản 11 Điều 16 Luật Quản lý thuế từ ngày 05 tháng 12 năm 2020 đến hết ngày 31 tháng 12 năm
  // 2022" (a decree of 2022 quoted by Bộ Tài chính; the law is of 2019), "… những quy định mới, quan trọng
  // của Luật từ ngày 01/9/2016" (Bộ Tài chính, 2016): the day a period or the law's force begins, never
  // the day the law was passed, and no word of its name.
  "từ ngày",
];

/**
 * Words of a law's own name that NAME_ENDINGS would take for its end: "Luật Đầu tư theo phương
 * thức đối tác công tư" (Luật số 64/2020/QH14, the PPP law, cited in most investment decisions since),
 * "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân" (Luật số 87/2015/QH13, in the preamble
 * of every council resolution since 2016).
 */
export const NAME_GOES_ON = [
  "theo phương thức đối tác công tư", "của quốc hội và hội đồng nhân dân", "của quốc hội và hđnd",
  // "Luật Hoạt động giám sát của Quốc hội" (Luật số 05/2003/QH11, the 2015 law's forerunner): "Căn cứ Luật hoạt
  // động giám sát của Quốc hội;" (494/NQ-UBTVQH13, full32b-005). Its "của Quốc hội" is the name's, not its maker
  // (NAME_ENDINGS: the name was read "Luật Hoạt động giám sát", law:hoat-dong-giam-sat). Read from "giám sát",
  // which no maker follows otherwise.
  "giám sát của quốc hội",
  // "Luật Hòa giải, đối thoại tại Tòa án" (Luật số 58/2020/QH14): the court is where, and it is the name's.
  "tại tòa án", "tại toà án",
  // "Pháp lệnh Ưu đãi người có công với cách mạng" (1994, 2005, 2020) and the decrees guiding it:
  // "có" and "với" would end a name without a date (BARE_NAME_STOPS).
  "người có công với cách mạng",
  // "Pháp lệnh Thuế thu nhập đối với người có thu nhập cao" (2001, amended 2004): "đối với" ends
  // other names (BARE_NAME_STOP_PHRASES), not this one's.
  "đối với người có thu nhập cao",
  // "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng" (Luật số 72/2006/QH11 and 69/2020/QH14):
  // "Khoản 7 Điều 46 Luật người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2006 quy định …",
  // "Luật NLĐ Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020"; "theo" ends other names (NAME_ENDINGS).
  "theo hợp đồng",
  // "Luật Đầu tư nước ngoài tại Việt Nam" (1987, 1996): "Căn cứ Luật Đầu tư nước ngoài tại Việt Nam ngày 12
  // tháng 11 năm 1996" (Chính phủ, 1997), "… theo Luật đầu tư nước ngoài tại Việt Nam ban hành năm 1987 và
  // Luật sửa đổi bổ sung một số điều của Luật đầu tư nước ngoài tại Việt Nam" (Bộ Tài chính); "tại" ends
  // other names (NAME_ENDINGS). Read from "nước ngoài", not from "tại": "Luật X tại Việt Nam" may be prose.
  "nước ngoài tại việt nam",
  // "Luật Khuyến khích đầu tư trong nước" (1994; amended by 03/1998/QH10): "… quy định chi tiết thi hành Luật
  // khuyến khích đầu tư trong nước" (51/1999/NĐ-CP's subject, listing50b rows 25, 44, 45), "… ưu đãi miễn thuế nhập
  // khẩu Luật Khuyến khích đầu tư trong nước đối với mặt hàng …" (Bộ KH&ĐT's 6507/BKH-DN, 2002, listing50b row 117),
  // "Dự án … được thực hiện theo Luật khuyến khích đầu tư trong nước, nhằm cung cấp nước …" (a water company's page);
  // "trong" ends other names (BARE_NAME_STOPS), and the law was read "Luật Khuyến khích đầu tư". Read from
  // "khuyến khích": "Luật Đầu tư trong nước …" may be prose.
  "khuyến khích đầu tư trong nước",
  // "Luật Ký kết, gia nhập và thực hiện điều ước quốc tế" (Luật số 41/2005/QH11), "Pháp lệnh về Ký kết và thực hiện
  // Điều ước quốc tế …" (1989, pairs30-005), "Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế" (2007): "và thực hiện"
  // ends other names without a date (BARE_NAME_STOP_PHRASES).
  "và thực hiện điều ước quốc tế", "và thực hiện thỏa thuận quốc tế", "và thực hiện thoả thuận quốc tế",
  // "Luật Hàng không dân dụng Việt Nam" (1991, Luật số 66/2006/QH11; amended by 61/2014/QH13): "Sửa đổi, bổ sung một
  // số điều của Luật Hàng không dân dụng Việt Nam" (61/2014/QH13's subject on the customs portal, listing58 row 110),
  // "… các Luật chuyên ngành ( Luật Hàng không dân dụng , Luật Đường thuỷ nội địa , …" (seg34-010). "hàng không" is
  // one word (aviation), but its "không" ends other names without a date (BARE_NAME_STOPS): the law was read "Luật
  // Hàng" (law:hang). Read from "hàng" through "dân dụng", so "… hàng không chịu thuế" (goods not taxed) still ends.
  "hàng không dân dụng",
];

/**
 * Where a name ends and its enactment follows, before the date: "Luật Tổ chức HĐND và UBND được
 * Quốc hội thông qua ngày 26 tháng 11 năm 2003", "Luật Tổ chức HĐND và UBND ban hành năm 2003".
 */
export const NAME_ENACTED = [
  "được", "đã được", "thông qua", "ban hành năm", "ban hành ngày",
  // Older preambles date a law or ordinance by its promulgation: "Pháp lệnh Thuế nông nghiệp công bố ngày 25 tháng 2 năm 1983".
  "công bố ngày",
  ...LAW_MAKERS_AFTER_NAME,
];
/** How many words an enactment phrase may take before its date. */
export const ENACTED_WORDS = 8;
/**
 * The words an enactment phrase may go on with past ENACTED_WORDS, naming the body and its
 * session: "được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp thứ 4 thông qua
 * ngày 26 tháng 11 năm 2003" (older preambles write it out so). Numbers and Roman numerals too.
 */
export const ENACTMENT_BODY_WORDS = [
  "quốc", "hội", "nước", "cộng", "hòa", "hoà", "xã", "chủ", "nghĩa", "việt", "nam", "chxhcn", "khóa", "khoá", "kỳ", "kì", "họp",
  "thứ", "lần", "thông", "qua", "ủy", "uỷ", "ban", "thường", "vụ", ",",
];
/** The most words an enactment phrase takes before its date, its body's words included. */
export const MAX_ENACTMENT_WORDS = 24;

/** The longest name read (in words), to its date or number: "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân". */
export const MAX_NAME_WORDS = 20;
/**
 * An amending law's name is "sửa đổi, bổ sung một số điều của" and the names of the laws it
 * amends: "Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ
 * đặc biệt và Luật Quản lý thuế" is 27 words.
 */
export const MAX_AMENDING_NAME_WORDS = 36;
/**
 * An amending law that lists the laws it amends runs longer ("Luật sửa đổi, bổ sung một số điều của
 * Luật A, Luật B, …, Luật J và Luật K": nine laws, over fifty words): each law listed after a comma or
 * "và" lets the name go on for MAX_NAME_WORDS words past its kind word, up to this many in all.
 */
export const MAX_AMENDED_LIST_WORDS = 64;
/**
 * A name without a date or number after it is cut shorter: at a comma, unless a lower-case word
 * other than these follows ("Luật Phổ biến, giáo dục pháp luật", "Luật Khiếu nại, tố cáo").
 */
/** Where a name without a date ends: the sentence goes on ("Luật Doanh nghiệp cũng ...", "Luật Đất đai, nếu ..."). */
export const BARE_NAME_STOPS = [
  "nếu", "cũng", "có", "nhằm", "để", "thì", "là", "với", "cho", "khi", "đã", "sẽ", "không", "được", "phải", "các",
  "những", "trong", "theo", "tại", "về", "mà", "do", "bị", "vẫn", "đang", "này", "đó", "như", "hoặc", "hay",
  // "Thực hiện Luật Phòng, chống ma túy trên địa bàn tỉnh": where the law is carried out, not its name.
  "trên",
];
/**
 * Stops of two words for a name without a date: "… thi hành một số điều Luật Bảo hiểm y tế đối với Quân
 * đội nhân dân …", "theo quy định của Luật BHYT đối với các chi phí …": whom the law applies to, no word
 * of its name. ("với" alone is a stop, and "đối" was left on the name: law:bao-hiem-y-te-doi.)
 */
export const BARE_NAME_STOP_PHRASES = [
  "đối với",
  // The Thủ tướng's template for a plan carrying out a law, copied into the provinces' plans: "Tổ chức thi
  // hành Luật Đất đai bảo đảm kịp thời, đồng bộ, thống nhất, hiệu lực, hiệu quả", "trong việc triển khai
  // thi hành Luật tiếp cận thông tin bảo đảm kịp thời, đồng bộ" (Quảng Ngãi 2024, Vĩnh Phúc 2018): how the
  // law is to be carried out, no word of its name (law:dat-dai-bao-dam-kip-thoi-dong-bo). A name that opens
  // with the words keeps them: only a name's later words stop.
  "bảo đảm", "đảm bảo",
  // A decree detailing a law as it applies to one field or to whom: "Quy định chi tiết và hướng dẫn thi hành một số
  // điều của Luật Kế toán áp dụng trong lĩnh vực kế toán nhà nước" (128/2004/NĐ-CP's subject, listing51 row 12),
  // "… hướng dẫn thi hành một số điều của Luật Kế toán áp dụng trong hoạt động kinh doanh" and, in its Điều 1, "…
  // của Luật Kế toán áp dụng đối với các đối tượng quy định tại Điều 2 …" (129/2004/NĐ-CP, thuvienphapluat.vn): the
  // scope, no word of the law's name (law:ke-toan-ap-dung). "áp dụng" alone stays: "Pháp lệnh Trình tự, thủ tục xem
  // xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân" holds it.
  "áp dụng trong", "áp dụng đối với",
  // "… tăng trưởng xanh theo quy định tại Khoản 3 - Điều 61 Luật Lâm nghiệp và thực hiện Đề án một triệu ha lúa …"
  // (Bộ Tài chính's letter, fixtures/fresh/fresh55g-001), "… ban hành quyết định giải quyết bồi thường theo quy định
  // tại Điều 20 Luật Trách nhiệm bồi thường của Nhà nước và chịu trách nhiệm trước pháp luật về quyết định của mình"
  // (a circular, fixtures/fresh/seg34-017): the sentence's next predicate after "và", no word of the law's name. The
  // name ran on past the most a bare name takes and was read as prose: no law, no pinpoint. A real name holding "và
  // thực hiện" is NAME_GOES_ON's; a dated name is bounded by its date ("và ⏎Thực hiện" wrapped inside one goes on).
  "và thực hiện", "và chịu trách nhiệm",
];
/**
 * What joins the several laws an amending law names by their subject to that subject, after "của các
 * luật" or a count ("của 37 luật"): "… của các luật về thuế", "… của các Luật liên quan đến đầu tư xây
 * dựng cơ bản" (38/2009/QH12), "… của 37 luật có liên quan đến quy hoạch" (35/2018/QH14).
 */
export const SEVERAL_LAWS_SUBJECT_LINKS: readonly string[] = ["về", "có liên quan đến", "có liên quan tới", "liên quan đến", "liên quan tới"];
export const NOT_IN_NAME_AFTER_COMMA = [
  "các", "những", "và", "cũng", "trong", "theo", "tại", "đồng thời", "đặc biệt", "nhất là",
  // The main clause's subject after a lead naming the law ("Thực hiện Luật Khoáng sản, công tác quản lý
  // đã có chuyển biến"; "Sau 5 năm thi hành Luật Đất đai, tình hình …"): nouns no law's name goes on with.
  "công tác", "tình hình", "tình trạng", "việc", "hoạt động", "nhiều", "một số", "kết quả", "bước đầu",
  // A decree's scope, "Nghị định này quy định chi tiết … Luật phòng, chống thiên tai, bao gồm: …" (2014),
  // "… Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa, bao gồm: …" (2014): what
  // the decree covers follows, no word of the law's name.
  "bao gồm",
  // A sentence that names the law ends on what follows from it: "… được thực hiện theo quy định tại Điều 55 của
  // Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, cụ thể như sau:" (fresh38a 010), "… Luật Đất đai
  // số 31/2024/QH15 trên địa bàn tỉnh Quảng Ngãi, cụ thể như sau:" (fresh30d 006), "… Luật Quản lý ngoại thương số
  // 05/2017/QH14 và các văn bản hướng dẫn, cụ thể như sau:" (fresh29r 011). No law's name goes on with "cụ thể" (the
  // name without a number went on past the most a bare name takes, and was no law).
  "cụ thể",
];
export const MAX_BARE_NAME_WORDS = 8;
/**
 * Real laws' and ordinances' names longer than MAX_BARE_NAME_WORDS words (commas aside), lower case, a comma
 * its own word: without a date such a name went on past the most a bare name takes and was read as prose,
 * no law. Where the words after the kind word are one of these, the name is these words, whatever follows:
 * the name is known, so no count is needed to tell it from prose. A list of the names, not a longer count,
 * so that prose after a short name still ends it ("Luật Kinh doanh buộc người muốn thành lập doanh
 * nghiệp phải …", dev 047, stays no law).
 */
export const LONG_BARE_NAMES = [
  // Luật Bảo vệ, chăm sóc và giáo dục trẻ em (1991; 25/2004/QH11): "Căn cứ Luật Bảo vệ, chăm sóc và giáo dục
  // trẻ em;" (UBND Ninh Thuận 303/2010/QĐ-UBND, fixtures/fresh/fresh54g-005; dated in fresh31h-003).
  "bảo vệ , chăm sóc và giáo dục trẻ em",
  // Pháp lệnh Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (16/2011/UBTVQH12) and the law of the same
  // name (14/2017/QH14): "Nghị định 76/2014/NĐ-CP … hướng dẫn Pháp lệnh quản lý, sử dụng vũ khí, vật liệu nổ và
  // công cụ hỗ trợ sửa đổi" (fixtures/fresh/listing52 row 90).
  "quản lý , sử dụng vũ khí , vật liệu nổ và công cụ hỗ trợ",
  // Pháp lệnh Thẩm phán và Hội thẩm Tòa án nhân dân (2002; amended 2011), nine words: the courts' joint circular
  // 01/2011/TTLT-TANDTC-BQP-BNV names it undated in its title, its Căn cứ, its issuing sentence and "khoản 1 Điều 5
  // của Pháp lệnh Thẩm phán và Hội thẩm Tòa án nhân dân" (fixtures/fresh/fresh56f-007), and was read guiding
  // only the amending ordinance that holds the name. Texts write "Toà" as often as "Tòa" (the older accent place).
  "thẩm phán và hội thẩm tòa án nhân dân",
  "thẩm phán và hội thẩm toà án nhân dân",
  // Pháp lệnh Ngân hàng, hợp tác xã tín dụng và công ty tài chính (1990, with the Pháp lệnh Ngân hàng Nhà nước the
  // State Bank's footing before the 1997 laws), twelve words: named undated in the State Bank's own bases, "Căn cứ
  // Pháp lệnh Ngân hàng Nhà nước Việt Nam và Pháp lệnh Ngân hàng, Hợp tác xã tín dụng và Công ty tài chính công bố
  // theo Lệnh số …" (367/QĐ-NH1, 1995, fixtures/fresh/fresh58h-006); a 1990 decree's bases name it too (pairs32-004,
  // "Pháp lệnh Ngân hàng hợp tác xã tín dụng …", its comma lost: this spelling does not cover that copy).
  "ngân hàng , hợp tác xã tín dụng và công ty tài chính",
];

/**
 * "số" where a law's number would follow and none does: "Căn cứ Luật Quy hoạch đô thị số ngày 17/6/2009;" (a
 * province's decision copied from a form whose number was left blank, fixtures/fresh/fresh51b-001), "… Điều 19 Luật
 * Thuế xuất khẩu, thuế nhập khẩu số ⏎oe bude’ quy định …" (Tổng cục Hải quan's reply as OCR read its scan, the number
 * unreadable, fresh54b-002). The word is the number's, no word of the name: the name ends before it where the date
 * follows it or a line breaks after it. Not where "số" ends a word of the name: these, lower case ("Pháp lệnh dân
 * số ngày 09 tháng 01 năm 2003", fresh30e-017; "Luật Công nghiệp công nghệ số", "Luật Chuyển đổi số", 2025), and "một
 * số" ("… sửa đổi, bổ sung một số ⏎điều của …").
 */
export const WORDS_ENDING_IN_SO = ["dân số", "công nghệ số", "chuyển đổi số", "một số"];

/**
 * Words that open a law's date ("năm 2021", "ngày 19 tháng 6 năm 2015"), never its name: a kind word
 * followed by one of them and the year names no law. "Chương trình xây dựng Luật, Pháp lệnh năm 2023" is
 * the National Assembly's program of that year's laws and ordinances, not an ordinance named "năm".
 */
export const DATE_OPENING_WORDS = ["năm", "ngày"];

/**
 * Names holding a comma whose second half drafters capitalise as they do the first, after the body
 * named for the same task ("Ban Thi đua - Khen thưởng"): "Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ
 * sung một số điều của Luật Thi đua, Khen thưởng;" (the Thủ tướng's commendation decisions of 2008, a
 * province's rules on commendations, 2010). Without a date a capital after the comma ends a name
 * (commaInName), and the law was read "Luật Thi đua", a law no one made. Each is its halves in lower case,
 * word by word.
 */
export const COMMA_NAMES_CAPITALISED: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [["thi", "đua"], ["khen", "thưởng"]],
];

/**
 * Abbreviations written in law names, expanded before the name becomes an identity, so that
 * "Luật Tổ chức HĐND và UBND" and "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân" are one law.
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  HĐND: "Hội đồng nhân dân",
  UBND: "Ủy ban nhân dân",
  // "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân" (2015), "… ĐBQH và đại biểu HĐND".
  ĐBQH: "đại biểu Quốc hội",
  // "Luật Mặt trận Tổ quốc Việt Nam" (75/2015/QH13), which the Front's own plans cite as "Luật MTTQ Việt Nam" or "Luật MTTQVN".
  MTTQ: "Mặt trận Tổ quốc",
  MTTQVN: "Mặt trận Tổ quốc Việt Nam",
  QPPL: "quy phạm pháp luật",
  VBQPPL: "văn bản quy phạm pháp luật",
  NSNN: "ngân sách nhà nước",
  CHXHCN: "Cộng hòa xã hội chủ nghĩa",
  // A letter's subject line is short, and writes the law it is about by its initials: "V/v hướng dẫn một
  // số quy định tại Điều 22 Luật BHYT", "V/v cấp CCHN … theo quy định của Luật KBCB", "… thực hiện Điều 41
  // Luật HQ năm 2014": the same law as its name written out.
  BHYT: "bảo hiểm y tế",
  BHXH: "bảo hiểm xã hội",
  KBCB: "khám bệnh, chữa bệnh",
  HQ: "hải quan",
  TCCQĐP: "tổ chức chính quyền địa phương",
  PCCC: "phòng cháy và chữa cháy",
  // "… theo qui định của Luật HTX và Nghị Định số 88/2005/NĐ-CP", "Triển khai Luật HTX, các văn bản hướng
  // dẫn" (UBND Bình Phước, 2006); "HTX tổ chức, hoạt động theo Luật HTX 2012" (the OCOP criteria of the
  // Thủ tướng's QĐ 1048/QĐ-TTg, 2019): the Luật Hợp tác xã.
  HTX: "hợp tác xã",
  // The procuracy writes its law by the body's initials: "Thực hiện Luật tổ chức VKSND năm 2014, các nghị
  // quyết của Ủy ban Thường vụ Quốc hội khóa XIII …" (fresh31a 009), "(Theo Luật tổ chức VKSND sửa đổi)"
  // (a procuracy's handbook of its procedures): the Luật Tổ chức Viện kiểm sát nhân dân.
  VKSND: "Viện kiểm sát nhân dân",
};

/**
 * Initials of a law name's ordinary words, expanded as NAME_ABBREVIATIONS' are, but not counted as
 * one word when written out (src/find/named/written-out.ts): "doanh nghiệp" in prose is two words
 * ("Luật Kinh doanh buộc người muốn thành lập doanh nghiệp phải …", dev 047, is no law's name).
 */
export const NAME_WORD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // "V/v triển khai thực hiện các quy định của Luật Thuế XK, thuế NK" (Bộ Tài chính 12166/BTC-TCHQ,
  // 2016, fresh30b 027), "Luật Thuế XK, NK 107/2016/QH13" (a customs glossary): the Luật Thuế xuất khẩu,
  // thuế nhập khẩu.
  XK: "xuất khẩu",
  NK: "nhập khẩu",
  // "V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014" (Bộ KH&ĐT 3397/BKHĐT-QLKTTW, 2019, full32
  // 019, whose first line writes "Luật Doanh nghiệp 2014"), "Luật DN chung: cần hay không cần ban hành?"
  // (an article of Bộ Tư pháp's Vụ pháp luật dân sự, kinh tế, vibonline.com.vn 2006): the Luật Doanh nghiệp.
  DN: "doanh nghiệp",
  // "- Triển khai đồng bộ, hiệu quả các nội dung của Luật Hỗ trợ DNNVV, Nghị định số 80/2021/NĐ-CP, …" (UBND Bà
  // Rịa - Vũng Tàu 38/KH-UBND, 2023, fresh47b 009, whose Căn cứ writes "Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày
  // 12 tháng 6 năm 2017"), "… nhằm thực hiện Luật Hỗ trợ DNNVV và Chỉ thị số 15/CTTTg …" (Bộ KH&ĐT
  // 4055/BKHĐT-PTDN, 2019, as its copy on tailieu.vn prints it): the Luật Hỗ trợ doanh nghiệp nhỏ và vừa. Written out, prose's "doanh nghiệp nhỏ và
  // vừa" stays ordinary words ("hỗ trợ doanh nghiệp nhỏ và vừa giai đoạn 2023 - 2025" names no law).
  DNNVV: "doanh nghiệp nhỏ và vừa",
};

/**
 * Laws that share a name and a year, each with the day it was passed: "law:to-chuc-chinh-quyen-dia-phuong@2025"
 * fits both the Luật Tổ chức chính quyền địa phương of 19 February 2025 (65/2025/QH15, three tiers) and that of
 * 16 June 2025 (72/2025/QH15, two tiers), which replaced it four months later. Preambles since July 2025 cite the
 * second by its name and day alone ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"): the
 * day is the law's, and a mention dated with it is that law (src/identify/named.ts). A mention with the year
 * alone, or another day, stays the name's id: which law it means, nothing says.
 */
export const LAWS_SHARING_A_NAME: ReadonlyArray<{ kind: Kind; name: string; year: number; laws: ReadonlyArray<{ id: string; date: string }> }> = [
  {
    kind: "law",
    name: "Tổ chức chính quyền địa phương",
    year: 2025,
    laws: [
      { id: "65/2025/QH15", date: "2025-02-19" },
      { id: "72/2025/QH15", date: "2025-06-16" },
    ],
  },
];

/** Words that tell nothing of which law it is: "Hội đồng nhân dân, Ủy ban nhân dân" = "Hội đồng nhân dân và Ủy ban nhân dân". */
export const NAME_NOISE_WORDS = ["và", "của"];
