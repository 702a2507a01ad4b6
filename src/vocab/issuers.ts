import type { Level } from "../types.js";
import { UnmarkedTable, unmarkedVariants } from "./unmarked.js";

/**
 * Issuing bodies: the code used in a ký hiệu, the body's name, its level, whether it is a Party
 * body, and the phrases that name it after "của" in running text. Central codes identify one
 * body nationwide; local codes (UBND, TU, S...) need a place to identify one.
 */
export interface IssuerEntry {
  code: string;
  name: string;
  level: Level | null;
  party: boolean;
  /** True when the code means a different body in each province or district. */
  local: boolean;
  /**
   * The Fatherland Front and the mass organisations type their documents as the Party does, in
   * either numbering: "Thông tri số 06/TT-MTTQ-BTT" is a thông tri (a notice), never a circular.
   */
  partyTypes?: true;
  /**
   * A national body whose provincial and district branches number with its code ("Công văn số
   * 1234/BHXH-QLT" of Bảo hiểm xã hội tỉnh X as of Bảo hiểm xã hội Việt Nam): named with a place
   * ("của BHXH tỉnh Nam Định"), or heading a document under a line that names one ("BẢO HIỂM XÃ HỘI
   * TỈNH NAM ĐỊNH"), it is that place's branch, a local body.
   */
  branches?: true;
  /**
   * The place type a Party committee's own name carries, so that the place after it is written
   * without one: "Huyện ủy Quảng Điền", "Ban Thường vụ Quận ủy Hải Châu" (a district's committee,
   * named as "UBND huyện Quảng Điền" would be). Not for a province's ("Tỉnh ủy Nghệ An" names a
   * province, read as such), nor for "Thành ủy/Thị ủy" of a town or city (its type is not one).
   */
  impliedPlaceType?: string;
  /**
   * The code is also every body's own unit's: after another body's code it names that body's
   * drafting unit ("Tờ trình số 21/TTr-SYT-VP": the department's office), not a joint issuer.
   */
  unit?: true;
  /**
   * A body that numbers its documents with a code another entry owns, and is found by its name
   * only: "Báo cáo số 21-BC/ĐU … của Đảng ủy Chính phủ" (ĐU, as every local Party committee writes).
   */
  sharesCode?: true;
  /**
   * A committee named for its task, set up at every level ("Ban Chỉ đạo phòng, chống thiên tai tỉnh
   * X", "Ban Chỉ đạo … Trung ương"): its name, after its phrase, may say it is the nation's
   * (NATION_OPENERS, NATION_CLOSERS), which makes it a central body, not the citing province's.
   */
  namedForTask?: true;
  phrases: string[];
}

const central = (code: string, name: string, phrases: string[] = []): IssuerEntry => ({
  code,
  name,
  level: "central",
  party: false,
  local: false,
  phrases: [name, ...phrases, ...shortForms(name)],
});

/**
 * A Party committee with a name of its own that numbers its documents with ĐU (sharesCode): one body
 * nationwide ("central"), or one in each province ("province"), named with its standing committee
 * ("Ban Thường vụ Đảng ủy UBND tỉnh") as often as without.
 */
function namedPartyCommittee(name: string, level: "central" | "province", others: string[] = []): IssuerEntry {
  const names = [name, ...others];
  const phrases = names.flatMap((n) => [n, `Ban Thường vụ ${n}`]);
  return { code: "ĐU", name, level, party: true, local: level !== "central", sharesCode: true, phrases: [...phrases, ...phrases.map((p) => p.replace("Đảng ủy", "Đảng uỷ"))] };
}

/** An emulation council's or board's name as texts write its dash: spaced, unspaced, an en dash, a comma. */
function emulationBody(head: string): string[] {
  return [" - ", "-", " – ", ", ", " "].flatMap((dash) => [`${head} Thi đua${dash}Khen thưởng`, `${head} thi đua${dash}khen thưởng`]);
}

/** A mass organisation's central body: central, and typing its documents as the Party does. */
const nationalUnion = (code: string, name: string, phrases: string[]): IssuerEntry => ({ ...central(code, name, phrases), partyTypes: true });

/**
 * How running text shortens a ministry's name: its initials after "Bộ", with "&" for "và" or
 * without ("Bộ NN&PTNT", "Bộ NNPTNT", "Bộ TN&MT", "Bộ LĐ-TB&XH"), or the words before "và" written
 * out and the rest as initials ("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp & PTNT"). Only where the
 * initials run to four letters or more: "Bộ TC", "Bộ CT" would name no ministry surely.
 */
function shortForms(name: string): string[] {
  const head = name.startsWith("Bộ ") ? "Bộ" : name.startsWith("Sở ") ? "Sở" : null;
  if (head === null) return [];
  const rest = name.slice(3);
  const initials = (words: string) => words.split(/[\s,-]+/).filter((w) => w !== "" && w !== "và").map((w) => w[0].toUpperCase()).join("");
  const all = initials(rest);
  if (all.length < 4) return [];
  const out = [`${head} ${all}`];
  const halves = rest.split(" và ");
  if (halves.length === 2) {
    const [before, after] = halves;
    out.push(`${head} ${initials(before)}&${initials(after)}`, `${head} ${before} và ${initials(after)}`, `${head} ${before} & ${initials(after)}`);
    if (before.includes(" - ")) out.push(`${head} ${before.split(" - ").map(initials).join("-")}&${initials(after)}`);
  }
  return out;
}

/**
 * A province's department (Sở): its name, and the short forms running text writes it in as it does a
 * ministry's ("Sở GD&ĐT", "Sở NN&PTNT", "Sở Nông nghiệp và PTNT", "Sở LĐ-TB&XH").
 */
const department = (code: string, name: string, phrases: string[] = []): IssuerEntry => ({
  code,
  name,
  level: "province",
  party: false,
  local: true,
  phrases: [name, ...phrases, ...shortForms(name)],
});

/** A district's office (phòng chuyên môn): local, district level, named by its heading line. */
const districtOffice = (code: string, name: string, phrases: string[] = []): IssuerEntry => ({ code, name, level: "district", party: false, local: true, phrases: [name, ...phrases] });

const LISTED: readonly IssuerEntry[] = [
  // "Hội đồng Chính phủ" (the Council of Government, 1960-1981): the Government under its name of
  // the time, numbering "-CP" as the Government does ("Nghị quyết số 33-CP … của Hội đồng Chính phủ").
  central("CP", "Chính phủ", ["Hội đồng Chính phủ"]),
  central("TTg", "Thủ tướng Chính phủ", ["Thủ tướng"]),
  central("VPCP", "Văn phòng Chính phủ", ["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"]),
  central("QH", "Quốc hội"),
  central("UBTVQH", "Ủy ban Thường vụ Quốc hội", ["Uỷ ban Thường vụ Quốc hội"]),
  // The National Assembly's office and committees, whose papers local and central documents cite:
  // "Thông báo số 1230/TB-VPQH … của Văn phòng Quốc hội", "Báo cáo thẩm tra số 436/BC-UBPLTP15 … của Ủy
  // ban Pháp luật và Tư pháp", "Báo cáo thẩm tra số 2734/BC-UBPL15 … của Ủy ban Pháp luật", "theo đề
  // nghị của Ủy ban về các vấn đề xã hội của Quốc hội (tại văn bản số 1863/UBVĐXH13 …)". A committee
  // writes its term after its code as the Assembly does (NA_TERM_BODIES).
  central("VPQH", "Văn phòng Quốc hội"),
  central("UBPL", "Ủy ban Pháp luật"),
  central("UBPLTP", "Ủy ban Pháp luật và Tư pháp"),
  central("UBVĐXH", "Ủy ban về các vấn đề xã hội"),
  central("CTN", "Chủ tịch nước"),
  central("BTC", "Bộ Tài chính"),
  central("BTP", "Bộ Tư pháp"),
  central("BNV", "Bộ Nội vụ"),
  central("BCA", "Bộ Công an"),
  central("BQP", "Bộ Quốc phòng"),
  central("BYT", "Bộ Y tế"),
  central("BTTTT", "Bộ Thông tin và Truyền thông"),
  central("BKHCN", "Bộ Khoa học và Công nghệ"),
  central("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
  central("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
  central("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hoá, Thể thao và Du lịch"]),
  central("BGDĐT", "Bộ Giáo dục và Đào tạo"),
  central("BXD", "Bộ Xây dựng"),
  // Written with a comma or with nothing for the dash as often as with it.
  central("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", ["Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động Thương binh và Xã hội"]),
  central("BTNMT", "Bộ Tài nguyên và Môi trường"),
  central("BCT", "Bộ Công Thương"),
  central("BGTVT", "Bộ Giao thông vận tải"),
  central("BNG", "Bộ Ngoại giao"),
  // Since 1 March 2025 (the ministries merged): agriculture with environment, a ministry of ethnic
  // minorities and religions. The merged ministries that kept a name (Tài chính, Nội vụ, Xây dựng,
  // Khoa học và Công nghệ) keep their codes above.
  central("BNNMT", "Bộ Nông nghiệp và Môi trường"),
  central("BDTTG", "Bộ Dân tộc và Tôn giáo"),
  central("NHNN", "Ngân hàng Nhà nước Việt Nam", ["Ngân hàng Nhà nước"]),
  central("TTCP", "Thanh tra Chính phủ"),
  central("UBDT", "Ủy ban Dân tộc"),
  central("TANDTC", "Tòa án nhân dân tối cao"),
  central("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
  central("KTNN", "Kiểm toán Nhà nước"),
  // The customs administration under the Ministry of Finance (2002-2025), whose letters its departments
  // draft ("Công văn số 10983/TCHQ-GSQL ngày 21/11/2016 của Tổng cục Hải quan"): its own code, as the
  // ministry's letters it drafts carry it after the ministry's ("19046/BTC-TCHQ", the ministry's).
  central("TCHQ", "Tổng cục Hải quan"),
  // The national election council (Hiến pháp 2013, Điều 117): its resolutions and guidance for
  // each election ("Nghị quyết số 40/NQ-HĐBCQG ngày 29/9/2025 của Hội đồng bầu cử quốc gia").
  central("HĐBCQG", "Hội đồng bầu cử quốc gia", ["Hội đồng Bầu cử quốc gia", "Hội đồng Bầu cử Quốc gia"]),
  { ...central("BHXH", "Bảo hiểm xã hội Việt Nam", ["Bảo hiểm xã hội", "BHXH"]), branches: true },
  // The Bank for Social Policies numbers with "NHCS", at its head office ("Số: 1324/NHCS-TDNN", the
  // general director's guidance, headed "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", Hà Nội) and at a province's
  // branch ("Tờ trình số 570/TTr-NHCS" of the Chi nhánh Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh).
  { ...central("NHCS", "Ngân hàng Chính sách xã hội", ["Ngân hàng CSXH", "NHCSXH"]), branches: true },
  // The General Department of Taxation under the Ministry of Finance (until 2025, when it became the
  // ministry's Cục Thuế): its letters answer and guide the provinces' tax departments ("Công văn số
  // 4409/TCT-KK ngày 30/10/2019 của Tổng cục Thuế"), headed "BỘ TÀI CHÍNH ⏎ TỔNG CỤC THUẾ". A central body.
  central("TCT", "Tổng cục Thuế"),
  // Central bodies under a ministry that number their own documents, each seen with its code in a
  // real text: the securities commission under the Ministry of Finance ("Số: 543/QĐ-UBCK", headed
  // "BỘ TÀI CHÍNH ⏎ ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC", its chairman signing); the tourism administration
  // (2008-2025; its licences "Giấy phép … số 44-002/2021/TCDL-GPLHQT do Tổng cục Du lịch cấp"); the
  // statistics office ("Số: 157-TCTK-TTr", headed "TỔNG CỤC THỐNG KÊ"; a province's statistics
  // department writes CTK); the environment administration ("Số: 3043/TCMT-VP", headed "BỘ TÀI NGUYÊN
  // VÀ MÔI TRƯỜNG ⏎ TỔNG CỤC MÔI TRƯỜNG"); the sports administration ("Số: 202/TCTDTT-TTTTCII", headed
  // "TỔNG CỤC THỂ DỤC THỂ THAO"). Their codes after a ministry's ("6137/BTNMT-TCMT") name the drafting unit.
  central("UBCK", "Ủy ban Chứng khoán Nhà nước", ["Uỷ ban Chứng khoán Nhà nước", "UBCKNN"]),
  central("TCDL", "Tổng cục Du lịch"),
  central("TCTK", "Tổng cục Thống kê"),
  central("TCMT", "Tổng cục Môi trường"),
  central("TCTDTT", "Tổng cục Thể dục thể thao", ["Tổng cục TDTT"]),
  // The State Treasury under the Ministry of Finance, which numbers its notices and letters with its own
  // code: its monthly exchange-rate notices ("Số: 6905/TB-KBNN Hà Nội, ngày 29 tháng 11 năm 2024", headed
  // "BỘ TÀI CHÍNH ⏎ KHO BẠC NHÀ NƯỚC"; "3298/TB-KBNN", October 2023's, in a bank's rate table; "3871/TB-KBNN"
  // in a notice reader's test list). Known by its code, a copy that lost the hyphen ("6905/TBKBNN") still
  // splits into type and issuer (symbol.ts unglue) as "QĐTTg" and "TTBTC" do.
  central("KBNN", "Kho bạc Nhà nước"),
  // The national university in Hà Nội, a body directly under the Government that numbers its own
  // decisions and guidance ("Số: 3626/QĐ-ĐHQGHN", headed "ĐẠI HỌC QUỐC GIA HÀ NỘI", fresh41c-010, -015;
  // "Quyết định số 3626/QĐ-ĐHQGHN ngày 21/10/2022" in its member universities' texts, fresh41c-017, -019,
  // fresh53b-009). No province shares the code: its dateline's "Hà Nội" is no place in its id.
  central("ĐHQGHN", "Đại học Quốc gia Hà Nội"),
  // Bodies since merged or renamed, whose documents older texts cite and some of which are still in
  // force: the Council of Ministers (the Government until 1992: "Nghị định 244/HĐBT ngày
  // 30/6/1990 của Hội đồng Bộ trưởng", dev-056), the ministries merged in 2002 and 2007
  // ("Quy định số 0834/BTM … của Bộ trưởng Bộ Thương mại", dev-047).
  central("HĐBT", "Hội đồng Bộ trưởng"),
  central("BTM", "Bộ Thương mại"),
  central("BCN", "Bộ Công nghiệp"),
  central("BTS", "Bộ Thủy sản", ["Bộ Thuỷ sản"]),
  central("BBCVT", "Bộ Bưu chính, Viễn thông"),
  central("BVHTT", "Bộ Văn hóa - Thông tin", ["Bộ Văn hoá - Thông tin", "Bộ Văn hóa Thông tin", "Bộ Văn hoá Thông tin"]),
  central("BKHCNMT", "Bộ Khoa học, Công nghệ và Môi trường"),
  central("BTCCBCP", "Ban Tổ chức - Cán bộ Chính phủ", ["Ban Tổ chức Cán bộ Chính phủ"]),
  // The Fatherland Front's central committee: with the Government it issues joint resolutions
  // ("09/2008/NQLT-CP-UBTƯMTTQVN"), which its presidium (Đoàn Chủ tịch) signs.
  central("UBTƯMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", [
    "Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Đoàn Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Trung ương MTTQ Việt Nam",
    "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
  ]),
  // The mass organisations' central bodies: the Youth Union's central committee ("225-KH/TWĐTN-CTTN
  // … của Ban Bí thư Trung ương Đoàn"), the Farmers' Union's ("1126-CV/HNDTW"), the General
  // Confederation of Labour ("Hướng dẫn số 03/HD-TLĐ"). Their numbers are unique nationwide.
  nationalUnion("TWĐTN", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", [
    "Trung ương Đoàn",
    "Ban Chấp hành Trung ương Đoàn",
    "Ban Bí thư Trung ương Đoàn",
    "Ban Thường vụ Trung ương Đoàn",
  ]),
  nationalUnion("HNDTW", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam", [
    "Trung ương Hội Nông dân Việt Nam",
    "Ban Thường vụ Trung ương Hội Nông dân Việt Nam",
    "Hội Nông dân Việt Nam",
  ]),
  nationalUnion("TLĐ", "Tổng Liên đoàn Lao động Việt Nam", ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn"]),
  // Party, central.
  {
    code: "TW",
    name: "Ban Chấp hành Trung ương",
    level: "central",
    party: true,
    local: false,
    phrases: ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Trung ương"],
  },
  { code: "VPTW", name: "Văn phòng Trung ương Đảng", level: "central", party: true, local: false, phrases: ["Văn phòng Trung ương Đảng", "Văn phòng Trung ương"] },
  { code: "BTCTW", name: "Ban Tổ chức Trung ương", level: "central", party: true, local: false, phrases: ["Ban Tổ chức Trung ương"] },
  { code: "UBKTTW", name: "Ủy ban Kiểm tra Trung ương", level: "central", party: true, local: false, phrases: ["Ủy ban Kiểm tra Trung ương"] },
  { code: "BTGTW", name: "Ban Tuyên giáo Trung ương", level: "central", party: true, local: false, phrases: ["Ban Tuyên giáo Trung ương"] },
  // The Party's other central boards, whose letters and guidance provinces cite ("Công văn số
  // 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương"); the propaganda and mass-mobilisation
  // boards merged in 2025.
  { code: "BDVTW", name: "Ban Dân vận Trung ương", level: "central", party: true, local: false, phrases: ["Ban Dân vận Trung ương"] },
  { code: "BNCTW", name: "Ban Nội chính Trung ương", level: "central", party: true, local: false, phrases: ["Ban Nội chính Trung ương"] },
  { code: "BKTTW", name: "Ban Kinh tế Trung ương", level: "central", party: true, local: false, phrases: ["Ban Kinh tế Trung ương"] },
  { code: "BĐNTW", name: "Ban Đối ngoại Trung ương", level: "central", party: true, local: false, phrases: ["Ban Đối ngoại Trung ương"] },
  { code: "BTGDVTW", name: "Ban Tuyên giáo và Dân vận Trung ương", level: "central", party: true, local: false, phrases: ["Ban Tuyên giáo và Dân vận Trung ương"] },
  // Party, local.
  {
    code: "TU",
    name: "Tỉnh ủy",
    level: "province",
    party: true,
    local: true,
    phrases: [
      "Ban Thường vụ Tỉnh ủy",
      "Ban Chấp hành Đảng bộ tỉnh",
      "Ban Chấp hành Đảng bộ Tỉnh",
      "Tỉnh ủy",
      "Tỉnh uỷ",
      "Ban Thường vụ Thành ủy",
      "Thành ủy",
      // Plans and reports write the standing committee and the executive committee short.
      "BTV Tỉnh ủy",
      "BTV Tỉnh uỷ",
      "BTV Thành ủy",
      "BCH Đảng bộ tỉnh",
    ],
  },
  { code: "ThU", name: "Thành ủy/Thị ủy", level: "district", party: true, local: true, phrases: ["Ban Thường vụ Thị ủy", "Thị ủy", "Thị uỷ", "Ban Chấp hành Đảng bộ thị xã", "BTV Thị ủy"] },
  { code: "HU", name: "Huyện ủy", level: "district", party: true, local: true, impliedPlaceType: "huyện", phrases: ["Ban Thường vụ Huyện ủy", "Huyện ủy", "Huyện uỷ", "Ban Chấp hành Đảng bộ huyện", "BTV Huyện ủy", "BTV Huyện uỷ", "BCH Đảng bộ huyện"] },
  { code: "QU", name: "Quận ủy", level: "district", party: true, local: true, impliedPlaceType: "quận", phrases: ["Ban Thường vụ Quận ủy", "Quận ủy", "Quận uỷ", "BTV Quận ủy"] },
  { code: "ĐU", name: "Đảng ủy", level: null, party: true, local: true, phrases: ["Đảng ủy", "Đảng uỷ"] },
  // Since February 2025 the Party committees of the Government, of the National Assembly, of the
  // Party's central agencies and of the Fatherland Front and mass organisations at the centre: each
  // is one body nationwide, and numbers its documents with ĐU as a local committee does ("Báo cáo số
  // 21-BC/ĐU, ngày 15/5/2025 của Đảng ủy Chính phủ"). A plan that carries one out is no document of
  // the citing province's own Đảng ủy.
  ...["Đảng ủy Chính phủ", "Đảng ủy Quốc hội", "Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Đảng ủy Công an Trung ương"].map(
    (name) => namedPartyCommittee(name, "central"),
  ),
  // So, in each province, the committees of its People's Committee, of its Party agencies, of its
  // police and of its military command ("Kế hoạch số 12-KH/ĐU … của Ban Thường vụ Đảng ủy UBND
  // tỉnh"): the province's, not the commune's own Đảng ủy whose plan cites them.
  namedPartyCommittee("Đảng ủy UBND tỉnh", "province", ["Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy UBND thành phố", "Đảng ủy Ủy ban nhân dân thành phố"]),
  namedPartyCommittee("Đảng ủy các cơ quan Đảng tỉnh", "province", ["Đảng ủy các cơ quan Đảng thành phố"]),
  namedPartyCommittee("Đảng ủy Công an tỉnh", "province", ["Đảng ủy Công an thành phố"]),
  namedPartyCommittee("Đảng ủy Quân sự tỉnh", "province", ["Đảng ủy Quân sự thành phố"]),
  // A province's block Party committee ("Đảng ủy Khối các cơ quan tỉnh": "Nghị quyết số 03-NQ/ĐUK").
  { code: "ĐUK", name: "Đảng ủy Khối", level: "province", party: true, local: true, phrases: [] },
  // The Party group of a province's people's committee ("Kết luận số 202-KL/BCS ngày 23 tháng 9 năm
  // 2013 của Ban cán sự Đảng Ủy ban nhân dân tỉnh Kon Tum"; "Báo cáo của Ban cán sự đảng UBND tỉnh"):
  // the province's, its place after the name as after "Tỉnh ủy".
  {
    code: "BCS",
    name: "Ban cán sự đảng UBND tỉnh",
    level: "province",
    party: true,
    local: true,
    phrases: ["Ủy ban nhân dân tỉnh", "UBND tỉnh", "Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân thành phố", "UBND thành phố"].flatMap((body) => [`Ban cán sự đảng ${body}`, `Ban cán sự Đảng ${body}`, `Ban Cán sự đảng ${body}`]),
  },
  { code: "VPTU", name: "Văn phòng Tỉnh ủy", level: "province", party: true, local: true, phrases: ["Văn phòng Tỉnh ủy"] },
  { code: "BTGTU", name: "Ban Tuyên giáo Tỉnh ủy", level: "province", party: true, local: true, phrases: ["Ban Tuyên giáo Tỉnh ủy"] },
  { code: "UBKTTU", name: "Ủy ban Kiểm tra Tỉnh ủy", level: "province", party: true, local: true, phrases: ["Ủy ban Kiểm tra Tỉnh ủy"] },
  { code: "BTCTU", name: "Ban Tổ chức Tỉnh ủy", level: "province", party: true, local: true, phrases: ["Ban Tổ chức Tỉnh ủy"] },
  { code: "BDVTU", name: "Ban Dân vận Tỉnh ủy", level: "province", party: true, local: true, phrases: ["Ban Dân vận Tỉnh ủy"] },
  { code: "BNCTU", name: "Ban Nội chính Tỉnh ủy", level: "province", party: true, local: true, phrases: ["Ban Nội chính Tỉnh ủy"] },
  // A district committee's boards ("Tờ trình số 15-TTr/BTCHU"): the district's.
  { code: "VPHU", name: "Văn phòng Huyện ủy", level: "district", party: true, local: true, phrases: ["Văn phòng Huyện ủy"] },
  { code: "BTCHU", name: "Ban Tổ chức Huyện ủy", level: "district", party: true, local: true, phrases: ["Ban Tổ chức Huyện ủy"] },
  { code: "BTGHU", name: "Ban Tuyên giáo Huyện ủy", level: "district", party: true, local: true, phrases: ["Ban Tuyên giáo Huyện ủy"] },
  { code: "BDVHU", name: "Ban Dân vận Huyện ủy", level: "district", party: true, local: true, phrases: ["Ban Dân vận Huyện ủy"] },
  { code: "UBKTHU", name: "Ủy ban Kiểm tra Huyện ủy", level: "district", party: true, local: true, phrases: ["Ủy ban Kiểm tra Huyện ủy"] },
  // State, local. Level is whatever place the text names (tỉnh, huyện, xã).
  {
    code: "UBND",
    name: "Ủy ban nhân dân",
    level: null,
    party: false,
    local: true,
    phrases: ["Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Chủ tịch Ủy ban nhân dân", "Chủ tịch UBND"],
  },
  { code: "HĐND", name: "Hội đồng nhân dân", level: null, party: false, local: true, phrases: ["Hội đồng nhân dân", "HĐND"] },
  // A council's standing board (Thường trực HĐND) numbers its papers under a code of its own: "Quyết định số
  // 03/QĐ-TTHĐND" (Sơn La's, 2026, fixtures/fresh/listing43 row 94), "Thông báo số 35/TB-TTHĐND … của Thường trực
  // Hội đồng nhân dân tỉnh" (fresh38a-001), "Quyết định số 120/QĐTTHĐND" written as one word (listing43 row 80:
  // known, the code lets symbol.ts read it as QĐ-TTHĐND). No phrase: "Thường trực HĐND" is the council's title
  // before its name (ISSUER_TITLES).
  { code: "TTHĐND", name: "Thường trực Hội đồng nhân dân", level: null, party: false, local: true, phrases: [] },
  { code: "VP.UBND", name: "Văn phòng Ủy ban nhân dân", level: null, party: false, local: true, phrases: ["Văn phòng Ủy ban nhân dân", "Văn phòng UBND"] },
  { code: "VPUB", name: "Văn phòng Ủy ban nhân dân", level: null, party: false, local: true, phrases: [] },
  // A people's committee's office numbers under its bare initials too: "Tờ trình số 18/TTr-VP" (of
  // the Chánh Văn phòng UBND tỉnh), "Công văn số 35/VP-KTN" (its division after them). The central
  // offices have codes of their own (VPCP, VPQH, VPCTN, VPTW); a ministry's office writes its
  // ministry's code first ("BTC-VP"), as every body writes its own office after its code (unit).
  { code: "VP", name: "Văn phòng Ủy ban nhân dân", level: null, party: false, local: true, unit: true, phrases: [] },
  { code: "BCĐ", name: "Ban Chỉ đạo", level: null, party: false, local: true, namedForTask: true, phrases: ["Ban Chỉ đạo"] },
  // The emulation and commendation council and its standing board, set up at every level as a steering
  // committee is: "Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung
  // ương", a province's "Hội đồng Thi đua - Khen thưởng tỉnh"; "Quyết định số 34/QĐ-BTĐKT … của Ban
  // Thi đua - Khen thưởng Trung ương". The words after the name tell the nation's (namesNationalCommittee).
  { code: "HĐTĐKT", name: "Hội đồng Thi đua - Khen thưởng", level: null, party: false, local: true, namedForTask: true, phrases: emulationBody("Hội đồng") },
  { code: "BTĐKT", name: "Ban Thi đua - Khen thưởng", level: null, party: false, local: true, namedForTask: true, phrases: emulationBody("Ban") },
  // A province's, district's or commune's Fatherland Front committee ("Kế hoạch số 12/KH-MTTQ-BTT"
  // of its standing board): local, as a people's committee is; the place follows its name.
  {
    code: "MTTQ",
    name: "Ủy ban Mặt trận Tổ quốc Việt Nam",
    level: null,
    party: false,
    local: true,
    partyTypes: true,
    phrases: [
      "Ủy ban Mặt trận Tổ quốc Việt Nam",
      "Uỷ ban Mặt trận Tổ quốc Việt Nam",
      "Ủy ban MTTQ Việt Nam",
      "Ủy ban MTTQ",
      "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
      "Ban Thường trực Ủy ban MTTQ Việt Nam",
      "Ban Thường trực Ủy ban MTTQ",
    ],
  },
  // The mass organisations (đoàn thể chính trị - xã hội), numbered as Party bodies are ("12-KH/TĐTN-TG",
  // "05-HD/LĐLĐ") or as state ones ("30/KH-HND"). A province's, district's or commune's chapter is
  // local, as a people's committee is: "Hướng dẫn số 05-HD/LĐLĐ" exists in every province each year.
  // The place follows the name ("Liên đoàn Lao động tỉnh Bắc Giang", "Tỉnh đoàn Bắc Giang").
  {
    code: "TĐTN",
    name: "Ban Chấp hành Đoàn TNCS Hồ Chí Minh",
    level: "province",
    party: false,
    local: true,
    partyTypes: true,
    phrases: ["Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn", "Ban Chấp hành Tỉnh đoàn", "Thành đoàn", "Ban Thường vụ Thành đoàn", "Ban Chấp hành Thành đoàn"],
  },
  { code: "HĐTN", name: "Ban Chấp hành Đoàn TNCS Hồ Chí Minh", level: "district", party: false, local: true, partyTypes: true, phrases: ["Huyện đoàn", "Ban Thường vụ Huyện đoàn", "Ban Chấp hành Huyện đoàn"] },
  { code: "QĐTN", name: "Ban Chấp hành Đoàn TNCS Hồ Chí Minh", level: "district", party: false, local: true, partyTypes: true, phrases: ["Quận đoàn", "Ban Thường vụ Quận đoàn", "Ban Chấp hành Quận đoàn"] },
  {
    code: "ĐTN",
    name: "Ban Chấp hành Đoàn TNCS Hồ Chí Minh",
    level: null,
    party: false,
    local: true,
    partyTypes: true,
    phrases: ["Ban Chấp hành Đoàn TNCS Hồ Chí Minh", "Ban Thường vụ Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
  },
  { code: "HND", name: "Hội Nông dân", level: null, party: false, local: true, partyTypes: true, phrases: ["Hội Nông dân", "Ban Thường vụ Hội Nông dân", "Ban Chấp hành Hội Nông dân"] },
  { code: "HNDT", name: "Hội Nông dân", level: "province", party: false, local: true, partyTypes: true, phrases: [] },
  { code: "LĐLĐ", name: "Liên đoàn Lao động", level: null, party: false, local: true, partyTypes: true, phrases: ["Liên đoàn Lao động", "Ban Thường vụ Liên đoàn Lao động", "Ban Chấp hành Liên đoàn Lao động"] },
  {
    code: "HPN",
    name: "Hội Liên hiệp Phụ nữ",
    level: null,
    party: false,
    local: true,
    partyTypes: true,
    phrases: ["Hội Liên hiệp Phụ nữ", "Hội LHPN", "Ban Thường vụ Hội Liên hiệp Phụ nữ", "Ban Thường vụ Hội LHPN", "Ban Chấp hành Hội Liên hiệp Phụ nữ"],
  },
  { code: "CCB", name: "Hội Cựu chiến binh", level: null, party: false, local: true, partyTypes: true, phrases: ["Hội Cựu chiến binh", "Ban Thường vụ Hội Cựu chiến binh", "Ban Chấp hành Hội Cựu chiến binh"] },
  department("SNV", "Sở Nội vụ"),
  department("SYT", "Sở Y tế"),
  department("SKHĐT", "Sở Kế hoạch và Đầu tư"),
  department("STC", "Sở Tài chính"),
  // 1993–2003 the finance department also set prices: "Sở Tài chính - Vật giá", its letters and
  // submissions coded TCVG ("Công văn số 302/CV-TCVG", "Tờ trình số 242/TT-TCVG").
  department("STCVG", "Sở Tài chính - Vật giá", ["Sở Tài chính Vật giá", "Sở Tài chính-Vật giá"]),
  department("STP", "Sở Tư pháp"),
  department("STTTT", "Sở Thông tin và Truyền thông"),
  department("SGDĐT", "Sở Giáo dục và Đào tạo"),
  department("SXD", "Sở Xây dựng"),
  department("STNMT", "Sở Tài nguyên và Môi trường"),
  department("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội", ["Sở Lao động, Thương binh và Xã hội", "Sở Lao động Thương binh và Xã hội"]),
  department("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
  department("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
  department("SKHCN", "Sở Khoa học và Công nghệ"),
  department("SCT", "Sở Công Thương"),
  department("SGTVT", "Sở Giao thông vận tải"),
  department("SNgV", "Sở Ngoại vụ"),
  // A province's committee for ethnic affairs (Ủy ban Dân tộc is the central one, UBDT).
  { code: "BDT", name: "Ban Dân tộc", level: "province", party: false, local: true, phrases: ["Ban Dân tộc"] },
  // A province's departments merged as the ministries did (2025).
  department("SNNMT", "Sở Nông nghiệp và Môi trường"),
  department("SDTTG", "Sở Dân tộc và Tôn giáo"),
  // A province's departments before the 2008 reorganisation, whose codes older ký hiệu carry ("Tờ trình
  // số 321/TTr-SCN", "Công văn số 55/STM-QLTM", "Tờ trình số 79/SBCVT-KHTC").
  department("SCN", "Sở Công nghiệp"),
  department("STM", "Sở Thương mại"),
  department("STMDL", "Sở Thương mại và Du lịch", ["Sở Thương mại - Du lịch"]),
  department("SVHTT", "Sở Văn hóa - Thông tin", ["Sở Văn hóa Thông tin", "Sở Văn hoá - Thông tin"]),
  department("SBCVT", "Sở Bưu chính, Viễn thông", ["Sở Bưu chính Viễn thông"]),
  department("STS", "Sở Thủy sản", ["Sở Thuỷ sản"]),
  department("STDTT", "Sở Thể dục Thể thao", ["Sở Thể dục - Thể thao"]),
  // A district's office of education ("Công văn số 245/PGDĐT-THCS", "Hướng dẫn số 804/HD-PGD-ĐT"):
  // every district has one, numbering its letters afresh each year.
  {
    code: "PGDĐT",
    name: "Phòng Giáo dục và Đào tạo",
    level: "district",
    party: false,
    local: true,
    phrases: ["Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", "Phòng GDĐT"],
  },
  { code: "PGD", name: "Phòng Giáo dục và Đào tạo", level: "district", party: false, local: true, phrases: [] },
  // A district's other offices (phòng chuyên môn thuộc UBND huyện), heading their letters and plans under
  // the district's committee ("UBND HUYỆN X ⏎ PHÒNG TÀI CHÍNH - KẾ HOẠCH ⏎ Số: 45/TCKH"); their numbers'
  // codes vary from district to district (TCKH, PTC-KH, NV, TNMT …), so the heading names them.
  districtOffice("PTCKH", "Phòng Tài chính - Kế hoạch", ["Phòng Tài chính-Kế hoạch", "Phòng Tài chính Kế hoạch", "Phòng TC-KH", "Phòng TCKH"]),
  districtOffice("PNV", "Phòng Nội vụ"),
  districtOffice("PTNMT", "Phòng Tài nguyên và Môi trường", ["Phòng TN&MT", "Phòng TNMT"]),
  districtOffice("PLĐTBXH", "Phòng Lao động - Thương binh và Xã hội", ["Phòng Lao động, Thương binh và Xã hội", "Phòng Lao động Thương binh và Xã hội", "Phòng LĐTB&XH", "Phòng Lao động TB&XH"]),
  districtOffice("PVHTT", "Phòng Văn hóa và Thông tin", ["Phòng Văn hóa - Thông tin", "Phòng VH&TT", "Phòng Văn hóa, Thông tin"]),
  districtOffice("PYT", "Phòng Y tế"),
  districtOffice("PTP", "Phòng Tư pháp"),
  districtOffice("PKTHT", "Phòng Kinh tế và Hạ tầng", ["Phòng Kinh tế - Hạ tầng", "Phòng KT&HT"]),
  districtOffice("PNNPTNT", "Phòng Nông nghiệp và Phát triển nông thôn", ["Phòng NN&PTNT", "Phòng Nông nghiệp và PTNT"]),
  districtOffice("PQLĐT", "Phòng Quản lý đô thị"),
  districtOffice("PDT", "Phòng Dân tộc"),
  // A province's management boards (of its economic zones, industrial parks, projects): "Tờ trình số 15/TTr-BQL".
  { code: "BQL", name: "Ban Quản lý", level: "province", party: false, local: true, phrases: [] },
  // A province's industrial-parks board, its code spelt out in its ký hiệu: "Tờ trình số 70/TTr-BQLKCN … của Ban
  // Quản lý các khu công nghiệp tỉnh Thái Bình" (dev-020, 2009), "Quyết định số 7/QĐ-BQLCKCN … của Trưởng Ban quản lý các
  // Khu công nghiệp tỉnh Lào Cai" (fresh57f-007, 2026; the former Yên Bái board taken over in the 2025 merger). Unknown,
  // the code gave a local decision no place, one node with every other province's board's number.
  { code: "BQLKCN", name: "Ban Quản lý các khu công nghiệp", level: "province", party: false, local: true, phrases: [] },
  { code: "BQLCKCN", name: "Ban Quản lý các khu công nghiệp", level: "province", party: false, local: true, phrases: [] },
  // A people's council's committees, whose examination reports carry their codes ("Báo cáo thẩm tra
  // số 33/BC-KTXH của Ban Kinh tế - Xã hội HĐND huyện"): the council's, at its level.
  { code: "KTNS", name: "Ban Kinh tế - Ngân sách", level: null, party: false, local: true, phrases: [] },
  { code: "KTXH", name: "Ban Kinh tế - Xã hội", level: null, party: false, local: true, phrases: [] },
  { code: "VHXH", name: "Ban Văn hóa - Xã hội", level: null, party: false, local: true, phrases: [] },
  { code: "UB", name: "Ủy ban nhân dân", level: null, party: false, local: true, phrases: [] },
  // A province's (or district's) traffic-safety committee, numbering its submissions and letters with
  // its code ("Tờ trình số 39/TTr-BATGT" of Khánh Hòa, "123/BATGT-VP" of a province's listing): a
  // different committee in each place. No phrase: "Ban An toàn giao thông" is also the tail of the
  // national "Ủy ban An toàn giao thông Quốc gia".
  { code: "BATGT", name: "Ban An toàn giao thông", level: null, party: false, local: true, phrases: [] },
];

/**
 * A Party body's name as texts also spell it, the tone mark on the y ("Thành uỷ Hà Nội đã ban hành
 * Chương trình số 01-CTr/TU", "Bí thư Thành uỷ" in a Hà Nội decision, "Uỷ ban Kiểm tra Tỉnh uỷ"):
 * each phrase with "ủy" written "uỷ" too, as the phrases of "Tỉnh uỷ" and "Đảng uỷ" were listed.
 */
export const ISSUERS: readonly IssuerEntry[] = LISTED.map((entry) => (entry.party ? { ...entry, phrases: withOldTone(entry.phrases) } : entry));
function withOldTone(phrases: readonly string[]): string[] {
  const out = [...phrases];
  for (const p of phrases) {
    const old = p.replace(/ủy/g, "uỷ").replace(/Ủy/g, "Uỷ");
    if (!out.includes(old)) out.push(old);
  }
  return out;
}

/**
 * Bodies whose heading names their place after them, as a people's committee's does ("ỦY BAN NHÂN
 * DÂN HUYỆN X"): the mass organisations' chapters ("HỘI NÔNG DÂN HUYỆN LỤC NAM", "LIÊN ĐOÀN LAO ĐỘNG
 * TỈNH X", "ỦY BAN MTTQ VIỆT NAM TỈNH Y"), in capitals as headings set them.
 */
export const PLACED_HEADINGS: readonly string[] = [
  "HỘI NÔNG DÂN",
  "HỘI LIÊN HIỆP PHỤ NỮ",
  "HỘI LHPN",
  "HỘI CỰU CHIẾN BINH",
  "LIÊN ĐOÀN LAO ĐỘNG",
  "ỦY BAN MTTQ VIỆT NAM",
  "UỶ BAN MTTQ VIỆT NAM",
  "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
  "UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
  "ĐOÀN TNCS HỒ CHÍ MINH",
  // A chapter's executive committee under its organisation's name ("ĐOÀN TNCS HỒ CHÍ MINH ⏎ BCH ĐOÀN
  // XÃ Y", "HỘI CỰU CHIẾN BINH VIỆT NAM ⏎ BCH TỈNH X").
  "BAN CHẤP HÀNH ĐOÀN",
  "BCH ĐOÀN",
  "BAN CHẤP HÀNH",
  "BCH",
  // A national body's branch (see IssuerEntry.branches).
  "BẢO HIỂM XÃ HỘI",
];

/**
 * Titles that may stand before the body in an issuer phrase ("của Bộ trưởng Bộ Tư pháp"). The
 * standing members of a council or committee act for it ("của Thường trực HĐND tỉnh", "Thường
 * trực Tỉnh ủy"): the body is the one named after them.
 */
export const ISSUER_TITLES: readonly string[] = [
  "Thường trực",
  "Bộ trưởng",
  // A general department's head, in the Official Gazette's heading of its decisions (2001-2008): "QUYẾT ĐỊNH ⏎ CỦA TỔNG
  // CỤC TRƯỞNG TỔNG CỤC HẢI QUAN SỐ 1494/2001/QĐ-TCHQ NGÀY …", "… CỦA TỔNGCỤC TRƯỞNG TỔNG CỤC BƯU ĐIỆN SỐ 784/2001/QĐ-TCBĐ …".
  "Tổng cục trưởng",
  "Chủ tịch",
  "Phó Chủ tịch",
  "Chủ nhiệm",
  "Thủ trưởng",
  "Giám đốc",
  "Trưởng ban",
  "Tổng Bí thư",
];

/**
 * The divisions of a provincial tax department (Cục Thuế) that draft its letters, after its code
 * "CT": "Công văn số 8836/CT-TTHT" (Tuyên truyền - Hỗ trợ người nộp thuế), "CT-KK" (Kê khai), "CT-TTr"
 * (Thanh tra), "CT-QLN" (Quản lý nợ), "CT-TTKT2" (a numbered inspection division). After "CT-" they
 * make the ký hiệu a tax letter's, not a directive's ("CT-UBND", "CT-TTg"). Upper case, as codes
 * compare; a division's number may follow.
 */
const TAX_OFFICE_UNITS: readonly string[] = [
  "TTHT", "HTR", "HT", "KK", "KTT", "KKKTT", "KK&KTT", "QLN", "TTR", "TTKT", "KTNB", "NVDTPC", "NVDT", "THNVDT",
  "TCCB", "HCQT", "HCQTTVAC", "QLCKTTDN", "QLHKD", "QLHKDCN", "TKT",
];

/**
 * A province's tax department, named by its letters' ký hiệu alone: "CT-" and the division that
 * drafted them ("8836/CT-TTHT", issuer code "CT-TTHT", an entry per division as for a council's
 * terms: the code is what later stages look the body up by). Not by "CT" alone, which is a directive's type
 * code and, after another type code ("45/QĐ-CT"), may be a chairman's or a company's: naming those the
 * tax department would be a guess. No phrase either, as "Cục Thuế" stands inside "Tổng cục Thuế".
 */
const TAX_DEPARTMENT: IssuerEntry = { code: "CT-", name: "Cục Thuế", level: "province", party: false, local: true, phrases: [] };
const TAX_UNITS: ReadonlySet<string> = new Set(TAX_OFFICE_UNITS);
const taxEntries = new Map<string, IssuerEntry>();
/** A tax department's drafting division (TAX_OFFICE_UNITS), with its number if it has one ("TTKT2"). */
export const isTaxUnit = (code: string): boolean => TAX_UNITS.has(code.toUpperCase().replace(/\d{1,2}$/, ""));
/**
 * A tax department's own code: "CT", or "CT" and its province's initials as some departments write it
 * since 2019 ("101322/CTHN-TTHT", "47287/CTHN-TTHT": Cục Thuế thành phố Hà Nội). Which province the
 * initials name is left to the heading and the place line, as for "CT-TTHT".
 */
export const isTaxOfficeCode = (code: string): boolean => /^CT[A-ZĐ]{0,5}$/u.test(code);
/** "CT-TTHT", "CTHN-TTHT": the tax department's code, then a division's. */
const isTaxLetterCode = (code: string): boolean => {
  const dash = code.indexOf("-");
  return dash > 0 && isTaxOfficeCode(code.slice(0, dash)) && isTaxUnit(code.slice(dash + 1));
};

/**
 * "Chỉ thị số 297-CT ngày 26/11/1986", "Quyết định số 156-CT ngày 23-5-1988", "Quyết định 375-CT ngày
 * 26 tháng 10 năm 1990 của Chủ tịch Hội đồng Bộ trưởng": the Chairman of the Council of Ministers
 * (1981–1992) numbered his decisions and directives as the central bodies then did, with a dash and
 * his code "CT" alone. Read after such a dash only, never as an issuer entry: elsewhere "CT" is a
 * directive's type code ("12/CT-UBND") or a tax department's ("8836/CT-TTHT").
 */
export const DASH_ONLY_CENTRAL_CODES: ReadonlySet<string> = new Set(["CT"]);

/**
 * Older or office codes of a body above, seen in ký hiệu only ("Công văn số 2191/BNN-TCTL",
 * "Quyết định số 1068/2004/QĐ-BKH", "Công văn số 4290/LĐTBXH-BTXH", "Tờ trình số 1666/TTr-SNN"): they name that body, whose
 * code the citation's issuer then carries, as it does when the body is named in words.
 */
export const OTHER_CODES: Readonly<Record<string, string>> = {
  BNN: "BNNPTNT",
  BKH: "BKHĐT",
  LĐTBXH: "BLĐTBXH",
  SNN: "SNNPTNT",
  // "Tờ trình số 473/TTr-NN&PTNT": the department writes its sector's initials without the "S"
  // (the ministry's are BNN, BNNPTNT); "&" is read past.
  NNPTNT: "SNNPTNT",
  // So the planning and the natural-resources departments ("Công văn số 431/KHĐT-KTĐN", "KH&ĐT",
  // "Tờ trình số 77/TTr-TNMT"); the ministries write BKHĐT, BTNMT.
  KHĐT: "SKHĐT",
  TNMT: "STNMT",
  TCVG: "STCVG",
  // The chairman of a people's committee signs its decisions so in some provinces ("1234/QĐ-CTUBND", "QĐ-CT.UBND").
  // The Fatherland Front's central committee signs by its standing board as "MTTW" ("Hướng dẫn số
  // 24/HD-MTTW-BTT"); its provincial committees write MTTQ.
  MTTW: "UBTƯMTTQVN",
  // The Supreme People's Procuracy numbers its own documents "VKSTC" ("Quyết định số 46/QĐ-VKSTC",
  // "Hướng dẫn số 28/HD-VKSTC", "Chỉ thị số 01/2009/CT-VKSTC"); joint texts and lists write VKSNDTC.
  VKSTC: "VKSNDTC",
  CTUBND: "UBND",
  "CT.UBND": "UBND",
};

const byCode = new Map<string, IssuerEntry>();
const byPhrase = new Map<string, IssuerEntry>();
for (const i of ISSUERS) {
  if (!i.sharesCode) byCode.set(i.code, i);
  for (const p of i.phrases) byPhrase.set(foldPhrase(p), i);
}
for (const [other, code] of Object.entries(OTHER_CODES)) byCode.set(other, byCode.get(code)!);

function foldPhrase(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").replace(/uỷ/g, "ủy").replace(/oá/g, "óa");
}

/**
 * The codes a legislature's term follows in a ký hiệu ("QH13", "UBTVQH14", "UBPLTP15"): the National
 * Assembly, its Standing Committee and its committees; the term is part of the issuer's code.
 */
export const TERM_CODES: ReadonlySet<string> = new Set(["QH", "UBTVQH", "UBPLTP", "UBPL", "UBVĐXH"]);
const TERM_CODE = new RegExp(`^(${[...TERM_CODES].join("|")})([1-9][0-9]?)$`);

/**
 * The body a code names. A National Assembly code carries its term (QH13: Quốc hội khóa XIII);
 * a joint ký hiệu may write a ministry's code with "&" (BGD&ĐT for BGDĐT); a desk's code follows
 * its body's after a dot (UBND.VX).
 */
export function issuerByCode(code: string): IssuerEntry | null {
  const known = byCode.get(code);
  if (known) return known;
  if (isTaxLetterCode(code)) {
    let entry = taxEntries.get(code);
    if (!entry) taxEntries.set(code, (entry = { ...TAX_DEPARTMENT, code }));
    return entry;
  }
  const term = TERM_CODE.exec(code);
  if (term) {
    const body = byCode.get(term[1])!;
    let entry = termEntries.get(code);
    if (!entry) termEntries.set(code, (entry = { ...body, code, name: `${body.name} khóa ${roman(Number(term[2]))}`, phrases: [] }));
    return entry;
  }
  // "NQ-HĐND16": a council's code with its term (khóa XVI) after it, as some provinces write it.
  if (/^HĐND[1-9][0-9]?$/.test(code)) return byCode.get("HĐND")!;
  if (code.includes("&")) return byCode.get(code.replace(/&/g, "")) ?? null;
  // "UBND.VX", "UBND.NC": a desk of a known body, whose documents are that body's.
  const dot = code.indexOf(".");
  return dot > 0 ? (byCode.get(code.slice(0, dot)) ?? null) : null;
}

const termEntries = new Map<string, IssuerEntry>();

/**
 * The body a code names, a legislature's term left off (QH12 and QH13 are one Quốc hội): for asking
 * whether two codes name one body, not for naming it (issuerByCode keeps the term).
 */
export function bodyByCode(code: string): IssuerEntry | null {
  const term = TERM_CODE.exec(code);
  return term ? byCode.get(term[1])! : issuerByCode(code);
}

/** A national body's branch goes by its name without the country's ("Bảo hiểm xã hội" tỉnh X). */
export function branchName(entry: IssuerEntry): string {
  return entry.name.replace(/ Việt Nam$/u, "");
}

function roman(n: number): string {
  const digits: [number, string][] = [[90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, letters] of digits) for (; n >= value; n -= value) out += letters;
  return out;
}

const phraseTable = new UnmarkedTable(byPhrase, foldPhrase);

/** The body named by a phrase as written ("UỶ BAN NHÂN DÂN", "Bộ   Tư pháp", "Chinh phu" without marks). */
export function issuerByPhrase(phrase: string): IssuerEntry | null {
  return phraseTable.get(phrase);
}

/**
 * The body a phrase names after a signer's title ("Bộ trưởng Bộ Tài chính", "CHỦ TỊCH ỦY BAN NHÂN DÂN
 * TỈNH X"): the words after the title, looked up as issuerByPhrase does; null without a title or a body.
 */
export function issuerAfterTitle(phrase: string): IssuerEntry | null {
  const lower = phrase.toLowerCase();
  for (const title of TITLES_LOWER) {
    if (lower.startsWith(title) && lower.charAt(title.length) === " ") {
      const entry = phraseTable.get(phrase.slice(title.length + 1).trimStart());
      if (entry) return entry;
    }
  }
  return null;
}
const TITLES_LOWER = ISSUER_TITLES.map((t) => t.toLowerCase());

/** Every phrase, for building the grammar's issuer token. */
export function allIssuerPhrases(): string[] {
  return ISSUERS.flatMap((i) => i.phrases);
}

/**
 * The two halves of the bodies' names joined by " - " ("Sở Lao động - Thương binh và Xã hội", "Ban Kinh tế - Ngân
 * sách"), the first without the body's word ("Lao động", "Thương binh và Xã hội"), lower-cased: a narrow column or a
 * PDF wraps such a name at its dash, "Theo đề nghị của Sở Lao động ⏎- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH"
 * (Bình Định's plan decision, 2021, fresh30c-017), "Giám đốc các Sở: Lao động ⏎- Thương binh và Xã hội, Tài chính, …"
 * (fresh30c-017's and fresh50c-014's closing articles), and the line after opens with "- " as a list item would.
 */
export const DASH_WRAPPED_NAME_HALVES: readonly (readonly [string, string])[] = [
  ...new Map(
    allIssuerPhrases()
      .filter((p) => p.split(" - ").length === 2)
      .map((p) => {
        const [first, second] = p.toLowerCase().split(" - ");
        return [first.split(" ").slice(1).join(" "), second.trim()] as const;
      })
      .filter(([first, second]) => first.length > 0 && second.length > 0)
      .map((pair) => [pair.join(" - "), pair] as const),
  ).values(),
].filter(([first, second], _, all) => !all.some(([f, s]) => s === second && f !== first && first.endsWith(` ${f}`)));

/** The phrases as text without marks writes them ("Chinh phu", "Bo Tai chinh"), those that name one body. */
export function unmarkedIssuerPhrases(): string[] {
  return unmarkedVariants(allIssuerPhrases()).filter((p) => !phraseTable.ambiguous(p));
}

/** The titles as text without marks writes them ("Bo truong", "Chu tich"). */
export function unmarkedIssuerTitles(): string[] {
  return unmarkedVariants(ISSUER_TITLES);
}

/**
 * Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 12: a document is amended, replaced or
 * corrected only by one of its own issuer's. Besides, the bodies that do so to another's documents
 * in practice: the Government to the Prime Minister's, the National Assembly to its Standing Committee's.
 */
/**
 * A body's initials that every text prints in capitals and no Vietnamese word spells: a text
 * lower-cased whole ("ubnd tỉnh ban hành kế hoạch") is read with them in capitals again.
 */
export const CAPITALS_ONLY_INITIALS: readonly string[] = ["UBND", "HĐND", "MTTQ", "UBMTTQ"];

export const AMENDS_OTHERS: Readonly<Record<string, readonly string[]>> = { CP: ["TTg"], QH: ["UBTVQH"] };

/** An issuer code as one body: its canonical code, a National Assembly's term left off ("QH13": "QH"). */
export function bodyCode(code: string): string {
  const own = issuerByCode(code)?.code ?? code;
  const term = TERM_CODE.exec(own);
  return term ? term[1] : own;
}

/**
 * The words a committee named for its task (IssuerEntry.namedForTask) opens its name with when it is
 * the nation's: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Ban Chỉ đạo quốc gia về …",
 * "Ban Chỉ đạo Nhà nước về các công trình, dự án trọng điểm …".
 */
export const NATION_OPENERS: readonly string[] = ["Trung ương", "TW", "TƯ", "quốc gia", "Nhà nước"];
/**
 * The words that close such a committee's name when it is the nation's: "Ban Chỉ đạo thực hiện
 * phong trào toàn dân bảo vệ an ninh Tổ quốc Trung ương". Not "quốc gia", which a task's words end
 * with as often ("Ban Chỉ đạo các chương trình mục tiêu quốc gia" of a province).
 */
export const NATION_CLOSERS: readonly string[] = ["Trung ương", "TW", "TƯ"];
