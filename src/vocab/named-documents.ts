import type { Kind } from "../types.js";

/**
 * The term of the congress that adopted a charter, after the charter's name: "Căn cứ Điều lệ Công đoàn Việt Nam
 * khóa X;" (a university trade union's plan, 2010, fresh51c-002), "Thực hiện Điều lệ Mặt trận Tổ quốc Việt Nam khóa
 * VIII; Chỉ thị số 37-CT/TU …" (Điện Biên's Front, fresh30f-006): both golds name the charter without it ("Điều lệ
 * Công đoàn Việt Nam", "Điều lệ Mặt trận Tổ quốc Việt Nam"), as every other charter is named ("Điều lệ Đảng"). A
 * charter's name ends before it. Not a Quy chế's: "Quy chế làm việc của Ban Chấp hành Trung ương … khoá XIII" is the
 * working rules of that term's committee, the term in its name (fresh29a-007, -025, -027). Lower case, spaces around.
 */
const CHARTER_TERM: readonly string[] = [" khóa ", " khoá "];

/**
 * A comma ends a congress's resolution's name, unless the congress's term follows it: the name is the congress
 * ("Đại hội <body> lần thứ <ordinal>", "khóa <roman>") and its term ("…, nhiệm kỳ 2025-2030", NAMED_BASIS_TERM), and
 * every gold so names it (fresh29e-031, fresh30o-007, fresh50f-005, fresh52b-002, party32-015 to the term; fresh30f-013
 * "… lần thứ XIII của Đảng", seg34-013 "… lần thứ VIII , Nghị quyết …" to the congress). What a comma brings after the
 * congress is the sentence's: "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất, với định hướng tăng cường chỉ
 * đạo …, thì việc Tỉnh uỷ ban hành Đề án … là rất cần thiết" (fresh55g-003) ran the name 420 characters to the
 * sentence's end; "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Đại hội Đảng bộ tỉnh Bắc Ninh lần thứ XX" (fresh30r-007),
 * "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, tỉnh đã đề ra …" (fresh50e-014) write the same comma. Lower case,
 * whitespace folded (a space may stand before the comma: the name is trimmed of it).
 * "và" before a plan or programme ends it too: a second document listed after the congress's, the five-year plan it
 * adopted or the Party's programme carrying it out, never part of a congress's name. "Căn cứ Nghị quyết Đại hội Đảng
 * bộ tỉnh Thái Nguyên lần thứ XVIII và kế hoạch phát triển kinh tế - xã hội 5 năm (2011-2015);" (fresh62a-007) ran the
 * name to the bracket; "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI và Kế hoạch phát triển kinh tế - xã hội 5
 * năm 2021 - 2025 của tỉnh" (fresh47b-007), "Nghị quyết Đại hội Đảng bộ lần thứ XV và Chương trình hành động số
 * 01-CT/TU …" (fresh57e-003) write the same "và". Only here: a council's resolution named by its subject ("… về kế
 * hoạch … và kế hoạch đầu tư công …") may carry the words in its name (NAMED_BASIS_NAME_ENDS serves every kind).
 */
const CONGRESS_NAME_COMMA = /,(?! ?nhiệm kỳ )| và (?:kế hoạch|chương trình) /u;

/**
 * The kind words of an international agreement (Luật Điều ước quốc tế 2016, Điều 2: "hiệp ước, công ước, hiệp định,
 * … nghị định thư …"; a ministries' "Bản thoả thuận"), at a Căn cứ item's head: "Căn cứ Hiệp ước hữu nghị và hợp tác
 * giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa dân chủ nhân dân Lào ký ngày 18 tháng 7 năm 1977;", "Căn cứ Nghị
 * định thư về đường biên giới và mốc quốc giới giữa … Lào ký ngày 16 tháng 3 năm 2016;" (the Vietnam–Laos agreement on
 * border gates, fresh30w-014), "Căn cứ Bản Thoả thuận giữa Bộ Công Thương nước Cộng hoà xã hội chủ nghĩa Việt Nam và Bộ
 * Công Thương nước Cộng hoà dân chủ nhân dân Lào về Quy tắc xuất xứ … Việt Nam - Lào ký ngày 01 tháng 10 năm 2009 tại
 * Hà Nội , Việt Nam ;" (the Ministry of Industry and Trade's decision on certificates of origin, seg33e-013). Each gold
 * names the agreement to its signing, the year the signing's. Only such an item is read (SIGNED): its name is the
 * words before "ký", whatever they hold ("… các mặt hàng được hưởng ưu đãi …", where " được " ends other names); one
 * that carries its number ("Căn cứ Hiệp định về hợp tác kinh tế và kỹ thuật giữa … Hoa Kỳ số 83/2005/LPQT ngày
 * 04/08/2005:", fresh30b-030) is that number's. "Bản" before "thỏa thuận": alone the word is as often an agreement
 * of the parties to a contract. Capitalized as a name is; both spellings of "thoả".
 */
const INTERNATIONAL_AGREEMENTS: readonly string[] = [
  "Hiệp ước", "Hiệp định", "Công ước", "Nghị định thư", "Bản Thoả thuận", "Bản Thỏa thuận", "Bản thoả thuận", "Bản thỏa thuận",
];

/**
 * Minutes named by the meeting, election or appraisal they record, heading a Căn cứ item (CONVENTIONS §28): "Căn cứ
 * Biên bản họp Hội đồng chuyên môn về Danh mục thuật ngữ chuyên môn, thuật ngữ cận lâm sàng để chuẩn hoá, áp dụng trong
 * bệnh án điện tử;" (the Ministry of Health's decision, full32-005), "Căn⏎cứ vào biên bản bầu cử chức danh Phó Chủ tịch
 * Hội đồng nhân dân tỉnh Thanh⏎Hóa tại kỳ họp thứ 18, Hội đồng nhân dân khóa XII, ngày 13 tháng 4 năm 1994," (the
 * Standing Committee's 203 NQ/UBTVQH9, fresh61g-007), "Căn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng
 * 6 năm 2006;" (a district's decision on an association's charter, fresh36a-017): each gold names the minutes to the
 * item's end or its date, the year the date's. Small letters too: at an item's head the word names one record as a
 * capital does (two of the three texts), where a small "quy chế", "đề án" is as often a common noun; a small "căn
 * cứ biên bản điều tra hiện trạng" inside a body's rule (fresh41a-014) opens no item. Read as a record (`record`):
 * a number in the item before the name's end is the minutes' own ("Căn cứ Biên bản kiểm tra số 12/BB-KT …": the
 * numbered citation is the basis), and where a date stands right after the kind word ("Căn cứ Biên bản ngày 04
 * tháng 11 năm 1999 của Ban Đổi mới … thành Công ty cổ phần Phát triển tin học , công nghệ và môi trường ;", dev-046)
 * nothing is read: its name then runs on to words no vocabulary ends (the dev gold stops inside the item, at
 * "… thành Công ty cổ phần", before the new company's name; §28 reads the whole item), and a false edge there costs
 * the dev corpus's precision.
 */
const RECORD_KINDS: readonly string[] = ["Biên bản", "biên bản"];

/** What ends a signed agreement's name (NAMED_BASIS_KINDS' `signed`): its signing, the date after it. Lower case, spaces around. */
export const SIGNED = " ký ";

/**
 * Documents other than laws that a "Căn cứ" item names by name alone, heading the item: the Party's
 * charter and working rules ("- Căn cứ Điều lệ Đảng;", "- Căn cứ Quy chế làm việc của Ban Chấp hành
 * Trung ương, Bộ Chính trị, Ban Bí thư khoá XIII;", fresh29a 007, 025, 027), a mass organisation's
 * charter ("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam đã được Đại hội … thông qua", fresh30f-011), a
 * council's rules ("Căn cứ Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005",
 * seg33b-014), a scheme ("Căn cứ Đề án thành lập các Tổng công ty điện lực … ( Tờ trình số …)",
 * seg33b-003, dev-049), minutes (RECORD_KINDS). The dev gold lists each as a relation named without a number
 * (src/find/basis-named.ts).
 */
export const NAMED_BASIS_KINDS: readonly { words: string; kind: Kind; byBody?: true; signed?: true; record?: true; endsBefore?: readonly string[]; endsAt?: RegExp }[] = [
  { words: "Điều lệ", kind: "charter", endsBefore: CHARTER_TERM },
  { words: "Quy chế", kind: "rules" },
  { words: "Đề án", kind: "scheme" },
  // A congress's resolution, never numbered: "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần
  // thứ XV, nhiệm kỳ 2010-2015;" (fresh30o-007), "- Căn cứ Nghị quyết Đại hội Đảng bộ xã Nhân Khang nhiệm kỳ
  // 2015-2020" (fresh29d-009), "Căn cứ Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh Bình Thuận lần thứ VIII,
  // nhiệm kỳ 2019 – 2024;" (fresh30f-011). The term is the name's, no date: the year is left unknown.
  { words: "Nghị quyết Đại hội", kind: "resolution", endsAt: CONGRESS_NAME_COMMA },
  // The same two written in small letters by a Party cell's plan, whose Căn cứ list copies a common model:
  // "Căn cứ điều lệ Đảng cộng sản Việt Nam; … Căn cứ vào nghị quyết đại hội chi bộ nhiệm kỳ 2017-2020;"
  // (Chi bộ THCS Mỹ Hưng, Nam Định, fresh51c-001) and "Căn cứ điều lệ Đảng cộng sản Việt Nam; … Căn cứ vào
  // nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022;" (Chi bộ Mầm non Sơn Phú, Thái Nguyên, fresh51c-009). Only
  // these two: a small "quy chế", "đề án" at an item's head is as often a common noun ("Căn cứ đề án của Ủy
  // ban …", fresh29o-006; "Căn cứ quy chế hoạt động …", fresh45a-018), left as they are read today.
  { words: "điều lệ", kind: "charter", endsBefore: CHARTER_TERM },
  { words: "nghị quyết đại hội", kind: "resolution", endsAt: CONGRESS_NAME_COMMA },
  // Any other resolution named by the body, session or plenum that passed it (fixtures/fresh/CONVENTIONS.md §9):
  // "Căn cứ Nghị quyết của Quốc hội về một số cơ chế, … giáo dục và đào tạo ngày 10 tháng 12 năm 2025;"
  // (fresh29k-003), "Căn cứ Nghị quyết kỳ họp thứ 14 - HĐND tỉnh khoá XIV về giá các loại đất trên địa bàn tỉnh
  // Hưng Yên năm 2010 ;" (seg33b-009), "- Căn cứ Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương về …,"
  // (fresh29a-006). Read only where NAMED_RESOLUTION_BY and NAMED_RESOLUTION_MARK say which resolution it is.
  { words: "Nghị quyết", kind: "resolution", byBody: true },
  // A treaty or an agreement between states or their ministries, named and dated by its signing (SIGNED).
  ...INTERNATIONAL_AGREEMENTS.map((words) => ({ words, kind: "agreement" as const, signed: true as const })),
  ...RECORD_KINDS.map((words) => ({ words, kind: "minutes" as const, record: true as const })),
];

/**
 * What follows "Nghị quyết" in a resolution named by who passed it: the body, session or plenum, "của" before it
 * or not. Lower case, the whitespace after the kind word first (folded or as written). Without it the words name no document ("Căn cứ Nghị
 * quyết này", "Nghị quyết liên tịch số …", "Nghị quyết số …").
 */
export const NAMED_RESOLUTION_BY = /^\s+(?:của\s+)?(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp|quốc\s+hội|chính\s+phủ|hội\s+đồng\s+nhân\s+dân|hđnd|(?:thành|tỉnh|huyện)\s+(?:ủy|uỷ)|ban\s+chấp\s+hành|bch|ban\s+thường\s+vụ|đảng\s+bộ)\s/u;

/**
 * What says which resolution it is: its subject ("về …") or its session, plenum or term. "Căn cứ Nghị quyết của
 * Quốc hội, Thủ tướng Chính phủ giao …" (fresh41b-015) and "Căn cứ Nghị quyết của Quốc hội và dự kiến kế hoạch …"
 * (fresh31c-021), a letter's prose, have neither: no name (CONVENTIONS §9). Lower case, spaces around.
 */
export const NAMED_RESOLUTION_MARK = / về | kỳ họp | hội nghị | lần thứ | khóa | khoá /u;

/**
 * A year ends a name ("Quy chế … năm 2005"), but not a resolution's named by who passed it: there "năm 2010" is its
 * subject's ("về giá các loại đất … năm 2010", seg33b-009; "về nhiệm vụ kế hoạch kinh tế – xã hội năm 2002 của thành
 * phố", fresh47d-014: passed the year before), kept in the name, the year left unknown (CONVENTIONS §9).
 */
export const YEAR_END = " năm ";

/**
 * Words that end such a name: what the document went through ("… Việt Nam đã được Đại hội … thông
 * qua"), who made it ("do …"), a bracket's aside ("( Tờ trình số 565/TTr-EVN …)"). Lower case, one
 * space between words (the item is read with its whitespace folded).
 */
export const NAMED_BASIS_NAME_ENDS: readonly string[] = [
  " đã được ", " được ", " đã ", " thông qua", " do ", "(", " ngày ", YEAR_END,
  // Another resolution listed after it: "Thực hiện Nghị quyết Đại hội đại biểu lần thứ XV Đảng bộ Thành phố
  // và Nghị quyết HĐND Thành phố Hà Nội về kế hoạch …" (fresh30r-001), "Thực hiện Nghị quyết Đại hội tỉnh
  // Đảng bộ lần thứ VIII , Nghị quyết Hội đồng nhân dân tỉnh về …" (seg34-013).
  " và nghị quyết ", " , nghị quyết ", ", nghị quyết ",
];

/**
 * Who issued a named document and when, after its name: "Căn cứ Quy chế hoạt động của UBND do UBTVQH ban hành
 * ngày 02/4/2005;" (Lào Cai's council, 2005, fresh63g-003), "Quy chế hoạt động của Hội đồng nhân dân các cấp đã được
 * Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996" (the Standing Committee's 2005 resolution, pairs64-002):
 * the date of issue is the document's, its year the name's. " do ", " được " end the name (NAMED_BASIS_NAME_ENDS);
 * the issuer runs to "ban hành", no mark between. Only "ban hành": a charter "đã được Đại hội … thông qua ngày
 * 19/9/2019" (fresh30f-011) is read without a year, as its gold reads the charter every congress amends. The whitespace
 * folded, the date after it read as any other (basis-named DATE).
 */
export const NAMED_ISSUED_BY = /^ (?:do|đã được|được) [^,;:()]{1,80}? ban hành(?= ngày )/iu;

/**
 * A document a text replaces, named by name and dated by its issue, not numbered: "2. Quy chế này thay thế Quy chế hoạt
 * động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996." (the
 * Standing Committee's 2005 resolution issuing the council's rules, pairs64-002), "Quy chế này thay thế Quy chế hoạt
 * động của Hội đồng dân tộc, Quy chế hoạt động của các Uỷ ban của Quốc hội đã được Quốc hội khoá IX, kỳ họp thứ ba
 * thông qua ngày 7 tháng 7 năm 1993." (27/2004/QH11, fresh29p-001). After the cue, only this kind (the texts' one),
 * and only where a date gives the year (right after the name or after its issuer, NAMED_REPLACED_ISSUED_BY): "thay thế
 * quy chế cũ", "thay thế Quy chế của đơn vị" name no document. The role reader gives the cue its role.
 */
export const NAMED_REPLACED_CUE = "thay thế ";
export const NAMED_REPLACED_KIND = "Quy chế";
/**
 * Who issued or passed a replaced document and when, after its name (NAMED_REPLACED_KIND): as NAMED_ISSUED_BY, and a
 * body's passing too, its session after a comma ("đã được Quốc hội khoá IX, kỳ họp thứ ba thông qua ngày 7 tháng 7 năm
 * 1993"): the rules replaced are that day's version. Whitespace folded.
 */
export const NAMED_REPLACED_ISSUED_BY = /^ ?(?:do|đã được|được) [^;:()]{1,120}? (?:ban hành|thông qua)(?= ngày )/iu;

/**
 * A congress's term closes its resolution's name: "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần
 * thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết …" (party32-015), "Căn cứ Nghị
 * quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015;" (fresh30o-007): the name
 * ends after the term's last year, whatever the sentence goes on with. Lower case, whitespace folded.
 */
export const NAMED_BASIS_TERM = /nhiệm kỳ (?:19|20)\d\d ?[-–—] ?(?:19|20)\d\d(?!\d)/u;

/**
 * The term written in a bracket right after a Party document's name at an item's head, kept in the name as the golds
 * keep it: "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí ⏎thư (khoá X);" (fresh29a-006,
 * "… Ban Bí thư (khoá X)"), "Căn cứĐiều lệ Đảng Cộng sản Việt Nam và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX -
 * nhiệm kỳ (2005-2010);" (fresh39c-010, "… nhiệm kỳ (2005-2010)"). The bracket ended such names ("(",
 * NAMED_BASIS_NAME_ENDS), and the rules of one term were another term's ("quy-che-lam-viec-…-ban-bi-thu", where
 * fresh29a-007, -025, -027 name the rules of terms XII and XIII). The same bracket follows such names in prose:
 * "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX (nhiệm kỳ 2020-2025)" (party32-009), "Quy chế Thi
 * đua, khen thưởng của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (nhiệm kỳ 2014 - 2019)" (fresh30f-010), "Nghị quyết
 * Hội nghị lần thứ 7 Ban Chấp hành Trung ương ( khoá X )" (seg33b-014), "… lần thứ XI ( nhiệm kỳ 2012 - 2017 )"
 * (articles33-007). Only a term: "khoá"/"khóa" and its number, or two years after "nhiệm kỳ" or alone. Lower case,
 * whitespace folded, the bracket first. Not a charter's: its name ends before the congress's term (CHARTER_TERM).
 */
export const NAMED_BASIS_BRACKETED_TERM = /^\( ?(?:(?:khoá|khóa) (?:[ivxlc]{1,6}|\d{1,2})|(?:nhiệm kỳ )?(?:19|20)\d\d ?[-–—] ?(?:19|20)\d\d) ?\)/u;
/**
 * A line or item opening with "Thực hiện" before a congress's resolution named without a number: the document
 * carries it out, as a Căn cứ item rests on one (the role reader weighs the cue as it does a numbered
 * document's). "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 -
 * 2030; Chương trình hành động số 02-CTr/TU …, Ủy ban nhân dân (UBND) thành phố ban hành kế hoạch triển khai
 * thực hiện như sau:" (fresh29e-031), "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm
 * kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết …" (party32-015), a title's line "thực hiện Nghị
 * quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" (Đoàn TNCS's 26-CTr/TWĐTN-VP, fresh30f-013). Only
 * such a resolution: "Thực hiện Quy chế …", "Thực hiện Đề án …" in prose are as often common nouns.
 */
export const NAMED_CARRIED_OUT_CUES: readonly string[] = ["Thực hiện", "thực hiện"];
export const NAMED_CARRIED_OUT_KIND = "Nghị quyết Đại hội";

/**
 * A programme's or plan's title before the cue, opening its line: the title names the congress resolution the document
 * carries out, as the cue opening a title's second line does ("CHƯƠNG TRÌNH HÀNH ĐỘNG ⏎ … ⏎ thực hiện Nghị quyết Đại
 * hội đại biểu toàn quốc lần thứ XIII của Đảng", Đoàn TNCS's 26-CTr/TWĐTN-VP, fresh30f-013): "Chương trình hành động
 * thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030" (the programme as
 * Báo Nhân Dân prints it, its title on one line, fresh39c-002; a listing row's subject, "Chương trình hành động thực hiện
 * Nghị quyết Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI, nhiệm kỳ 2017 - 2022", listing52b row 17). Only
 * where the title opens the text or follows an empty line, as a heading does: "… ban hành Chương trình hành động thực hiện
 * Nghị quyết Đại hội …" in a sentence (wrapped or not), "về việc ban hành Chương trình hành động …" in a decision's
 * description (plans32-013) and a headline "Xây dựng Chương trình hành động …" (pairs45-002) name another programme.
 */
export const NAMED_CARRIED_OUT_TITLES: readonly string[] = ["Chương trình hành động"];
/**
 * The document's article that issues the programme or plan, its title before the cue ("Điều 1. Ban hành kèm theo Quyết
 * định này là Chương trình hành động của ⏎ UBND tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, giai
 * ⏎ đoạn 2021-2025.", UBND Tây Ninh 1956/QĐ-UBND, fixtures/fresh/fresh65a-002; "Điều 1. Ban hành kèm theo Quyết định này
 * Chương trình ⏎ hành động của Ủy ban Dân tộc thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần ⏎ thứ XIII của Đảng
 * Cộng sản Việt Nam.", Ủy ban Dân tộc 2021, fresh61a-005): the programme is the document's own, its "thực hiện" the
 * document's act (CONVENTIONS §12, §29), with or without its owner ("của <body>") between. "… ban hành kèm theo Quyết
 * định số X …" names another document's programme (the phrase holds "này", the document itself).
 */
export const NAMED_ISSUING_LEADS: readonly string[] = ["Ban hành kèm theo Quyết định này", "Ban hành kèm theo Nghị quyết này"];
export const NAMED_ISSUED_PROGRAMMES: readonly string[] = ["Chương trình hành động", "Kế hoạch hành động", "Chương trình", "Kế hoạch"];

/**
 * Words that say the document is carried by another one the item numbers ("Căn cứ Quy chế hoạt động
 * của Ban Chấp hành Trung ương Đoàn … ban hành kèm theo Quyết định số 84 QĐ/TWĐTN …", fresh29j-003):
 * the item's basis is that number's document (dev gold: "Căn cứ Quy chế … ban hành kèm theo Quyết
 * định số X" is based_on X), and no name is read.
 */
export const NAMED_BASIS_CARRIED: readonly string[] = ["kèm theo", "ban hành theo", "ban hành tại", "phê duyệt tại", "phê duyệt theo", "tại quyết định", "tại nghị quyết"];

/**
 * A first word after the kind word that makes it no name: the citing document's own ("Căn cứ Quy chế
 * này, …"), a sentence going on ("Căn cứ Đề án được phê duyệt, …"), a number's ("Quy chế số …").
 */
export const NOT_A_BASIS_NAME: ReadonlySet<string> = new Set(["này", "đã", "được", "kèm", "ban", "số", "nói", "trên", "đó", "và"]);

/**
 * Besides a preamble's openers (vocab/parts.ts PREAMBLE_OPENERS), what a line opens with when a new
 * item, the preamble's end or the enacting formula begins there ("Theo …", "Sau khi …", "Thực hiện …",
 * "Nay …", "QUYẾT ĐỊNH:"): a named item written without its ";" ends before it. As written (case kept).
 */
export const NAMED_BASIS_ITEM_OPENERS: readonly string[] = ["Theo", "Sau khi", "Thực hiện", "Nay", "QUYẾT"];

/**
 * A document's kind heading, alone on its line above its title (or opening the title's line): the title below it
 * is the document's own, and a resolution it carries out there is carried out by the document (CONVENTIONS §16):
 * "CHỈ THỊ ⏎⏎ Về việc triển khai thực hiện nghị quyết của Quốc hội ⏎⏎ về công tác đầu tư xây dựng cơ bản …" (the
 * Prime Minister's 21/2005/CT-TTg, fresh60j-002), "KẾ HOẠCH ⏎ THỰC ⏎ HIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG
 * NHIỆM VỤ TRỌNG TÂM …" (Hà Nội's 167/KH-UBND 2018, fresh29e-021). As written, in capitals; a longer heading first.
 */
export const NAMED_TITLE_HEADINGS: readonly string[] = [
  "CHỈ THỊ", "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "HƯỚNG DẪN", "ĐỀ ÁN", "THÔNG BÁO",
];

/**
 * A title's words from its start to the resolution it carries out: "Về việc triển khai thực hiện", "thực hiện",
 * "thi hành". Only these: "Về việc ban hành kế hoạch thực hiện Nghị quyết …" names another document that carries it
 * out (a decision promulgating a plan: §16's "inside another document's description"). Lower case, whitespace
 * folded; bounded alternatives, no repetition.
 */
export const NAMED_TITLE_LEAD = /^(?:(?:về việc|v\/v|về) )?(?:(?:triển khai|tổ chức) )?(?:thực hiện|thi hành) (?=nghị quyết )/u;

/**
 * A line of capitals that is no longer the title: the signer's or enacting body's line a decision or resolution prints
 * under its title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "HỘI ĐỒNG NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …"), a section's number.
 */
export const NAMED_TITLE_NOT_GOING_ON = /^(?:chủ tịch|bộ trưởng|thủ tướng|hội đồng|ủy ban|uỷ ban|ban chấp hành|ban thường vụ|giám đốc|tổng giám đốc|[ivx]{1,4}\.|\d{1,2}\.)/u;
