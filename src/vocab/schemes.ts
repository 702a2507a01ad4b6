/**
 * Schemes carried out by name (src/analyze/schemes.ts). A plan says it carries out a scheme — an
 * Đề án, a Chương trình — by the scheme's name ("Kế hoạch thực hiện Đề án phát triển ứng dụng dữ
 * liệu về dân cư …"), and names, in its "Căn cứ", the decision that approved that scheme ("Quyết
 * định số 06/QĐ-TTg … phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư …"). The scheme has no
 * number of its own: the decision approving it is the numbered document carried out.
 * Words are lower case, one word an entry; phrases are arrays of words.
 */

/**
 * The kinds of scheme a decision approves and a plan carries out, by name. Besides the schemes, two instruments a
 * decision issues whole and a plan carries out by the same name: a set of criteria ("Căn cứ Quyết định số 678/QĐ-TTg …
 * ban hành Bộ Tiêu chí giám sát, đánh giá về cơ cấu lại ngành nông nghiệp đến năm 2020" and the title "KẾ HOẠCH TRIỂN
 * KHAI THỰC HIỆN BỘ TIÊU CHÍ GIÁM SÁT ĐÁNH GIÁ CƠ CẤU LẠI NGÀNH NÔNG NGHIỆP ĐẾN NĂM 2020", Quảng Ngãi's 1852/QĐ-UBND,
 * fixtures/fresh/fresh59a-005) and a roadmap ("Căn cứ Quyết định số 53/QĐ-TTg … về việc ban hành lộ trình áp dụng tỷ
 * lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống" and "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
 * triển khai thực hiện lộ trình áp dụng tỷ lệ phối trộn …", An Giang's 502/QĐ-UBND, fresh60a-001).
 */
export const SCHEME_WORDS: readonly (readonly string[])[] = [["đề", "án"], ["chương", "trình"], ["dự", "án"], ["chiến", "lược"], ["bộ", "tiêu", "chí"], ["lộ", "trình"]];
/**
 * A planning: adjusted or supplemented by name (ADJUSTING_WORDS), and carried out by name as a scheme
 * is: "KẾ HOẠCH ⏎ TRIỂN KHAI THỰC HIỆN QUY HOẠCH TỈNH BẮC KẠN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050"
 * over "Căn cứ Quyết định số 1288/QĐ-TTg … về phê duyệt Quy hoạch tỉnh Bắc Kạn thời kỳ 2021 - 2030 …"
 * (UBND Bắc Kạn's 56/KH-UBND, fixtures/fresh/fresh59a-007; DOMAIN §4's "kế hoạch thực hiện …"). Where a
 * document both adjusts and carries out a planning, it amends it.
 */
export const PLANNING_WORDS: readonly (readonly string[])[] = [["quy", "hoạch"]];

/**
 * A planning adjusted by name (session 31, pairs31): "PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH CẤP NƯỚC THỦ ĐÔ HÀ
 * NỘI …" (fresh30x-019), "Điều 1. Phê duyệt Điều chỉnh Quy hoạch phát triển giao thông vận tải tỉnh Bình
 * Phước …" (fresh30x-010), with the decision that approved the planning in the Căn cứ. The document
 * amends that decision, as one carrying out a scheme by name implements it. So does one supplementing
 * it: "V/v bổ sung Quy hoạch thăm dò, khai thác, sử dụng khoáng sản …", "Điều 1. Bổ sung vào Quy hoạch
 * …" (pairs31-007). The adjusting words, then the words that may stand between them and the planning
 * ("điều chỉnh cục bộ", "điều chỉnh, bổ sung", "bổ sung vào").
 */
export const ADJUSTING_WORDS: readonly (readonly string[])[] = [["điều", "chỉnh"], ["bổ", "sung"]];
export const ADJUSTING_QUALIFIERS: readonly (readonly string[])[] = [["cục", "bộ"], ["bổ", "sung"], ["vào"]];
/**
 * What the document's own adjusting words may follow in its title or its first article: "Phê duyệt
 * điều chỉnh …", "Về việc phê duyệt dự án: Điều chỉnh …". "Phê duyệt nhiệm vụ điều chỉnh Quy hoạch
 * …" approves the task of adjusting: the planning is not adjusted yet, and nothing is amended. A council
 * adopts the adjustment: "Điều 1. Thông qua điều chỉnh Quy hoạch sử dụng đất đến năm 2020 …" (full33-019;
 * CONVENTIONS §21 names "a council's 'Thông qua điều chỉnh …'" among the adjusting acts).
 */
export const APPROVING_ADJUSTMENT: readonly (readonly string[])[] = [["phê", "duyệt", "dự", "án", ":"], ["phê", "duyệt", "dự", "án"], ["phê", "duyệt"], ["thông", "qua"]];
/** Words the title may open with before "phê duyệt" or the adjusting words ("Quyết định về việc phê duyệt …", "V/v bổ sung …"). */
export const TITLE_LEAD_WORDS: readonly string[] = ["quyết", "định", "về", "việc", "v"];

/** What a plan says it does to the scheme, right before the scheme's word: "thực hiện Đề án", "triển khai Chương trình". */
export const CARRY_OUT_WORDS: readonly (readonly string[])[] = [["thực", "hiện"], ["triển", "khai"]];

/**
 * A part of a scheme carried out, named between the cue and the scheme: "KẾ HOẠCH ⏎ TRIỂN KHAI THỰC HIỆN
 * CÁC MÔ HÌNH TẠI ĐỀ ÁN “PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ …”" (Lào Cai, fixtures/fresh/fresh30c-002),
 * "THỰC HIỆN CÁC MÔ HÌNH TRIỂN KHAI, NHIỆM VỤ TẠI ĐỀ ÁN …" (Quảng Nam, fresh30c-003). The plan carries out
 * the scheme in part: the part opens with a plural word (SCHEME_PART_OPENERS), ends with a link word
 * (SCHEME_PART_LINKS) right before the scheme's kind word, and is at most SCHEME_PART_WORDS words long.
 */
export const SCHEME_PART_OPENERS: readonly string[] = ["các", "những"];
export const SCHEME_PART_LINKS: readonly string[] = ["tại", "của", "thuộc"];
export const SCHEME_PART_WORDS = 8;

/** What the cited decision did to the scheme, in its description: "phê duyệt Đề án", "ban hành Chương trình", "thông qua Đề án". */
export const APPROVING_WORDS: readonly (readonly string[])[] = [["phê", "duyệt"], ["ban", "hành"], ["thông", "qua"]];
/**
 * A scheme approved again, adjusted for a new period: "Căn cứ … Quyết định số 1400/QĐ-TTg ngày 30/9/2008 về việc phê
 * duyệt Đề án “Dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2008 - 2020”; Quyết định số 2080/QĐ-TTg
 * ngày 22/12/2017 phê duyệt điều chỉnh, bổ sung Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn
 * 2017 - 2025" under a plan "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ … GIAI ĐOẠN 2018 - 2025”" (UBND Thái
 * Nguyên's 29/KH-UBND, 2018, fixtures/fresh/fresh64a-002) or "Điều 1. Ban hành Kế hoạch triển khai Đề án dạy và học
 * ngoại ngữ … giai đoạn 2017 – 2025" (Bộ Giáo dục và Đào tạo's decision of 2018, pairs65-001). The adjusting decision
 * approves the scheme as it now stands: a plan carrying the scheme out by name carries it out. The adjusting words
 * may stand between the approving words and the scheme (ADJUSTING_WORDS, then "," and the other, or nothing). Read
 * for schemes only: a planning adjusted again is amended by the document that adjusts it (ADJUSTING_WORDS above).
 */
export const APPROVED_ADJUSTING_WORDS: readonly (readonly string[])[] = [["điều", "chỉnh"], ["bổ", "sung"]];
/**
 * Where two decisions of the Căn cứ approve one scheme by name (the scheme and its adjustment, above), the period the
 * document names says which it carries out: the year its period ends ("giai đoạn 2017 - 2025", "đến năm 2025": 2025)
 * read within this many words after the name, the period's second year where two stand ("giai đoạn 2021 - 2030, tầm
 * nhìn đến năm 2045": 2030). A period that agrees with neither leaves both, as before.
 */
export const PERIOD_WORDS = 8;
/** A year of a period: four digits from 1900 to 2199. */
export const PERIOD_YEAR = /^(?:19|2[01])\d\d$/;

/**
 * A resolution adopts the scheme or planning it is "về": "Căn cứ Nghị quyết số 20/NQ-CP ngày 07 tháng 02 năm
 * 2013 của Chính phủ về Quy hoạch sử dụng đất đến năm 2020 và Kế hoạch sử dụng đất 5 năm kỳ đầu (2011 -
 * 2015) của tỉnh Hà Giang" under a council's "Điều 1. Thông qua điều chỉnh Quy hoạch sử dụng đất đến năm 2020
 * …" (full33-019; CONVENTIONS §21). A decision "về" a scheme may only tell of it: read for resolutions only.
 */
export const ADOPTING_WORDS: readonly (readonly string[])[] = [["về"]];

/** A plan issued in the document's own words: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", "UBND tỉnh ban hành Kế hoạch …". */
export const ISSUING_WORDS: readonly string[] = ["ban", "hành"];
export const PLAN_WORDS: readonly string[] = ["kế", "hoạch"];
/**
 * What may stand between "Kế hoạch" and the cue besides the plan's year ("năm 2012"), a phrase an entry: "KẾ HOẠCH NĂM 2012
 * TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC …" (Bộ Tư pháp's 4414/QĐ-BTP, fixtures/fresh/fresh30t-002), "KẾ HOẠCH VỐN
 * NĂM 2023 THỰC HIỆN ĐỀ ÁN …" (UBND Bình Định's 518/QĐ-UBND, full32b-011): a year's plan, a capital plan.
 */
export const PLAN_QUALIFIERS: readonly string[] = [
  "vốn",
  // An action plan: "KẾ HOẠCH ⏎ HÀNH ⏎ ĐỘNG THỰC HIỆN CHƯƠNG TRÌNH MỞ RỘNG TẦM SOÁT …" over "Căn cứ Quyết định số
  // 1999/QĐ-TTg … về Phê duyệt Chương trình mở rộng tầm soát …" (Thừa Thiên Huế's 175/KH-UBND, fixtures/fresh/
  // fresh62f-002), "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI TỈNH CÀ MAU …"
  // (fresh50c-011), "… KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN BỀN VỮNG TỈNH THÁI NGUYÊN …" (fresh62a-007).
  "hành động",
];
/** At most this many words between "ban hành" and "Kế hoạch" ("kèm theo Quyết định này"). */
export const ISSUING_GAP_WORDS = 6;

/**
 * Where a scheme's name ends and the period, the place or the year begins: the plan of a province
 * adds "trên địa bàn tỉnh …", "năm 2024"; the decision's scheme, "giai đoạn 2021-2030". The name
 * is compared up to there.
 */
export const SCHEME_NAME_TAILS: readonly (readonly string[])[] = [
  ["giai", "đoạn"], ["trên", "địa", "bàn"], ["đến", "năm"], ["tầm", "nhìn"], ["định", "hướng", "đến"],
  // The province written right after the name, without "trên địa bàn": "Ban hành kèm theo Quyết định này “Kế
  // hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Cà Mau từ nay đến năm 2015”" (UBND Cà Mau
  // 960/QĐ-UBND, 2013, fixtures/fresh/fresh50c-011; its Căn cứ: "Quyết định số 2351/QĐ-TTg … phê duyệt Chiến
  // lược quốc gia về bình đẳng giới giai đoạn 2011-2020"), "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA
  // VỀ NGƯỜI CAO TUỔI ⏎ TỈNH HẢI DƯƠNG GIAI ĐOẠN …" (fresh31h-017), "… Kế hoạch thực hiện Chiến lược sở hữu trí
  // tuệ và Chương trình phát triển tài sản trí tuệ tỉnh Tiền Giang giai đoạn 2021 - 2025" (fresh46a-011). A name
  // of the province's own ("Chiến lược phát triển khoa học và công nghệ tỉnh Đắk Nông") is cut there on both sides.
  ["tỉnh"],
  // The period written by its first year: "Căn cứ Quyết định số 4061/QĐ-BTP … phê duyệt Đề án tuyên truyền, phổ biến
  // pháp luật về phòng, chống tham nhũng, … trong cán bộ, công chức, viên chức và nhân dân từ năm 2012 đến năm 2016"
  // under "Điều 1. Ban hành kế hoạch triển khai thực hiện đề án “Tuyên truyền, … và nhân dân” trên địa bàn …" (UBND Bà
  // Rịa – Vũng Tàu's 1052/QĐ-UBND, fixtures/fresh/fresh63b-010); so "Chương trình phổ biến, giáo dục pháp luật từ năm
  // 2008 đến năm 2012" (37/2008/QĐ-TTg, fresh30d-002), "Chương trình hành động Quốc gia phổ biến … thị trấn từ năm 2005
  // đến năm 2010" (212/2004/QĐ-TTg, seg33e-007). "năm 2012" alone ended the name already; "từ" before it stayed in.
  ["từ", "năm"],
];
/**
 * A tail that opens a name rather than ends it, right after the kind word: a province's own planning is
 * named by the province ("Quy hoạch tỉnh Bắc Kạn thời kỳ 2021 - 2030", fresh59a-007), where "tỉnh" after
 * a name ("… bình đẳng giới tỉnh Cà Mau") ends it.
 */
export const SCHEME_NAME_OPENING_TAILS: readonly (readonly string[])[] = [["tỉnh"]];
/** "năm" ends a name where a year follows ("… bền vững năm 2022"); a number ends it anyway. */
export const YEAR_WORD = "năm";

/** Words a name is written with or without ("dữ liệu về dân cư", "dữ liệu dân cư"). */
export const SCHEME_NAME_OPTIONAL_WORDS: readonly string[] = ["về"];

/** Abbreviations written for words of a name ("Chương trình MTQG giảm nghèo" = "mục tiêu quốc gia"). */
export const SCHEME_NAME_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = { mtqg: ["mục", "tiêu", "quốc", "gia"] };

/** A name shorter than this says too little to tell two schemes apart ("Chương trình hành động"). */
export const MIN_SCHEME_NAME_WORDS = 3;
/** Words compared at most: beyond them two names that agree are one. */
export const MAX_SCHEME_NAME_WORDS = 30;

/**
 * A plan's opening that names no object of its own (src/analyze/basis-carried-out.ts): "Căn cứ Quyết
 * định số 06/QĐ-TTg … phê duyệt Đề án …, Uỷ ban nhân dân tỉnh An Giang xây dựng Kế hoạch triển khai
 * thực hiện, cụ thể như sau:" (fresh30c-006), "Căn cứ Chỉ thị số 21/CT-TTg … (gọi tắt là Chỉ thị số
 * 21/CT-TTg), Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:" (fresh30i-006). The plan
 * carries out the one document its "Căn cứ" just named. The verbs that make the plan, the words that
 * may stand between "Kế hoạch … thực hiện" and "như sau", and the words that close the opening.
 */
export const PLAN_MAKING_WORDS: readonly string[] = ["ban hành", "xây dựng"];
export const PLAN_OPENING_FILLERS: readonly string[] = ["cụ thể"];
export const PLAN_OPENING_CLOSE: readonly string[] = ["như sau"];
/** Characters read after the cited document for its description, the issuer and the opening's words. */
export const PLAN_OPENING_CHARS = 600;
/** Words of the issuer, the subject between the description's comma and the plan-making verb ("Ủy ban nhân dân tỉnh An Giang"). */
export const PLAN_OPENING_SUBJECT_WORDS = 10;
