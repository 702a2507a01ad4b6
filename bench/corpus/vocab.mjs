/**
 * What the generator cites, and with which words. Kept apart from src/vocab on purpose: the
 * corpus must not be built from the tables it tests. Every entry follows DOMAIN.md.
 */

export const PROVINCES = [
  "Hậu Giang",
  "Tiền Giang",
  "Trà Vinh",
  "Nghệ An",
  "Vĩnh Long",
  "Cần Thơ",
  "Đồng Tháp",
  "Thừa Thiên Huế",
  "Quảng Nam",
  "Bắc Ninh",
];

/** Phrases after "của", by issuer code; {P} is a province. Each ends where the grammar stops. */
export const ISSUER_PHRASES = {
  CP: ["Chính phủ"],
  TTg: ["Thủ tướng Chính phủ"],
  VPCP: ["Văn phòng Chính phủ"],
  BTC: ["Bộ Tài chính", "Bộ trưởng Bộ Tài chính"],
  BNV: ["Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ"],
  BTP: ["Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"],
  BTTTT: ["Bộ Thông tin và Truyền thông"],
  BGDĐT: ["Bộ Giáo dục và Đào tạo"],
  QH: ["Quốc hội"],
  UBND: ["UBND tỉnh {P}", "Ủy ban nhân dân tỉnh {P}", "Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh {P}", "UBND thị xã Hoàng Mai"],
  HĐND: ["Hội đồng nhân dân tỉnh {P}", "HĐND tỉnh {P}"],
  SNV: ["Sở Nội vụ"],
  BCĐ: ["Ban Chỉ đạo"],
  TW: ["Ban Chấp hành Trung ương khoá XII", "Ban Chấp hành Trung ương Đảng khóa XIII", "Bộ Chính trị", "Ban Bí thư"],
  TU: ["Tỉnh ủy {P}", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"],
  ThU: ["Thị ủy Hoàng Mai", "Ban Thường vụ Thị ủy"],
  HU: ["Huyện ủy", "Ban Thường vụ Huyện ủy"],
  VPTW: ["Văn phòng Trung ương Đảng"],
  BTGTU: ["Ban Tuyên giáo Tỉnh ủy"],
};

/**
 * Citation templates. style: "state" n[/yyyy]/TYPE-ISSUER, "party" n-TYPE/ISSUER, "mixed" a
 * Party document written in state style (05/CT-TU, seed 000). year: "always" (legal normative),
 * "never" (administrative), "term" (National Assembly: n/yyyy/QHxx). `issuers` are what follows
 * the type code, joined by "-" when there are several (TTLT-BTC-BNV). `kind` is the slug vncite
 * must report; `w` the relative frequency.
 */
const t = (w, kind, words, style, type, issuers, year = "never", extra = {}) => ({
  w,
  kind,
  words,
  style,
  type,
  issuers,
  year,
  ...extra,
});

export const TEMPLATES = [
  t(8, "decree", ["Nghị định"], "state", "NĐ", ["CP"], "always"),
  t(12, "decision", ["Quyết định"], "state", "QĐ", ["TTg", "UBND", "BNV", "BTTTT"]),
  t(4, "decision", ["Quyết định"], "state", "QĐ", ["TTg", "UBND"], "always"),
  t(6, "circular", ["Thông tư"], "state", "TT", ["BTC", "BNV", "BTP", "BTTTT", "BGDĐT"], "always"),
  t(1, "joint-circular", ["Thông tư liên tịch"], "state", "TTLT", ["BTC-BNV", "BTP-BNV"], "always"),
  t(4, "resolution", ["Nghị quyết"], "state", "NQ", ["CP"]),
  t(2, "resolution", ["Nghị quyết"], "state", "NQ", ["HĐND"], "always"),
  t(1, "resolution", ["Nghị quyết"], "state", null, ["QH"], "term"),
  t(1, "law", ["Luật"], "state", null, ["QH"], "term"),
  // A law cited by its name: "Luật Ngân sách nhà nước số 83/2015/QH13" starts at "số".
  t(2, "law", ["Luật"], "state", null, ["QH"], "term", { named: true }),
  t(1, "code", ["Bộ luật"], "state", null, ["QH"], "term"),
  t(4, "directive", ["Chỉ thị"], "state", "CT", ["TTg", "UBND"]),
  t(10, "plan", ["Kế hoạch"], "state", "KH", ["UBND", "SNV", "BCĐ"]),
  t(2, "program", ["Chương trình"], "state", "CTr", ["UBND"]),
  t(2, "report", ["Báo cáo"], "state", "BC", ["UBND", "SNV"]),
  t(1, "notice", ["Thông báo"], "state", "TB", ["VPCP", "UBND"]),
  t(1, "dispatch", ["Công điện"], "state", "CĐ", ["TTg"]),
  t(1, "submission", ["Tờ trình"], "state", "TTr", ["SNV"]),
  t(1, "scheme", ["Đề án"], "state", "ĐA", ["UBND"]),
  t(1, "guidance", ["Hướng dẫn"], "state", "HD", ["BNV", "SNV"]),
  t(1, "consolidated-text", ["Văn bản hợp nhất"], "state", "VBHN", ["BTC", "BNV"]),
  // A công văn's ký hiệu is issuer + drafting unit; "văn bản" names it too.
  t(6, "official-letter", ["Công văn", "văn bản", "Văn bản"], "state", null, [
    "UBND-VX",
    "UBND-NC",
    "BTP-QLXLVPHC&TDTHPL",
    "VP.UBND-NC",
    "SNV-TCBCTCPCP",
    "BNV-CCVC",
    "VPCP-KSTT",
  ]),
  t(4, "resolution", ["Nghị quyết"], "party", "NQ", ["TW", "TU", "ThU"]),
  t(3, "directive", ["Chỉ thị"], "party", "CT", ["TW", "TU", "HU"]),
  t(2, "conclusion", ["Kết luận"], "party", "KL", ["TW"]),
  t(1, "guidance", ["Hướng dẫn"], "party", "HD", ["VPTW", "BTGTU"]),
  t(1, "regulation", ["Quy định"], "party", "QĐi", ["TW"]),
  t(1, "plan", ["Kế hoạch"], "party", "KH", ["TU"]),
  t(1, "program", ["Chương trình"], "party", "CTr", ["TU"]),
  t(2, "directive", ["Chỉ thị"], "mixed", "CT", ["TU"]),
  t(1, "resolution", ["Nghị quyết"], "mixed", "NQ", ["TU"]),
];

/** Names of laws; none ends in a kind word, so the mention starts at "số". */
export const LAW_NAMES = [
  "Ngân sách nhà nước",
  "Tổ chức chính quyền địa phương",
  "Tiếp cận thông tin",
  "Đầu tư công",
  "Cán bộ, công chức",
  "Thực hành tiết kiệm, chống lãng phí",
];

/** National Assembly terms and their years. */
export const QH_TERMS = [
  [12, 2007, 2011],
  [13, 2011, 2016],
  [14, 2016, 2021],
  [15, 2021, 2024],
];

/** Words before a citation (DOMAIN.md §4 cues); none is a kind word or "số" next to the number. */
export const LEADS = [
  "Căn cứ",
  "căn cứ",
  "Thực hiện",
  "thực hiện",
  "Triển khai thực hiện",
  "Theo",
  "theo quy định tại",
  "Ban hành kèm theo",
  "tại",
  "hướng dẫn thi hành",
  "thay thế",
  "bãi bỏ",
  "sửa đổi, bổ sung một số điều của",
  "Theo đề nghị của Giám đốc Sở Nội vụ tại",
];

/** Summaries after a citation: lower-case first word, so no issuer place word runs on. */
export const SUBJECTS = [
  "cải cách hành chính nhà nước giai đoạn 2021-2030",
  "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
  "công tác văn thư",
  "kiểm soát thủ tục hành chính",
  "tăng cường công tác thông tin, tuyên truyền cải cách hành chính",
  "ban hành Kế hoạch cải cách hành chính năm 2022",
  "chính quyền điện tử tỉnh giai đoạn 2021-2025",
];

/** Things that look like citations and are not (DOMAIN.md §5), as whole sentences. */
export const TRAPS = [
  "Thời gian thực hiện: từ tháng 4/2022 – 8/2022. ",
  "Hoàn thành trước Quý II/2022. ",
  "Triển khai Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030. ",
  "Duy trì hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001: 2015. ",
  "\n\n3 - Tuyên truyền trên Cổng thông tin điện tử tỉnh. ",
  "Trang 12 - Phụ lục II. ",
  "Số: /KH-SKHĐT. ",
  "Hậu Giang, ngày tháng 4 năm 2022. ",
  "Thời gian: từ ngày 01/01/2022 đến ngày 31/12/2022. ",
  "Điện thoại liên hệ: 0293.3870.111. ",
  "Theo Luật Ban hành văn bản QPPL năm 2015 và Luật Đầu tư. ",
  "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%/năm. ",
  "Kinh phí năm 2021/2022 được bố trí đủ. ",
  "giai đoạn 2016 - 2020 đạt 10/11 chỉ tiêu. ",
];

/** Document headings for files mode: the citing document's kind and title. */
export const HEADINGS = [
  ["KẾ HOẠCH", "KH", "Tuyên truyền cải cách hành chính năm 2022"],
  ["KẾ HOẠCH", "KH", "Thông tin, tuyên truyền cải cách hành chính năm 2021"],
  ["QUYẾT ĐỊNH", "QĐ", "Về việc ban hành Quy chế làm việc"],
  ["BÁO CÁO", "BC", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2022"],
];
