/**
 * Session 63's drafted texts: its rules' samples (session63-rules.test.ts reads them under other blanks) and the
 * files the CLI's --jobs check writes (cli-workers.test.ts, one CLI run for every session's files).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/index.js";
import type { ParitySample } from "./rule-checks.js";

/** Lào Cai's decision's basis (fresh30w-014's drafting), under a heading so the page is a document. */
export const TREATY = "Căn cứ Hiệp ước hữu nghị và hợp tác giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa dân chủ nhân dân Lào ký ngày 18 tháng 7 năm 1977;\n";
export const MINISTRIES =
  "Căn cứ Bản Thoả thuận giữa Bộ Công Thương nước Cộng hoà xã hội chủ nghĩa Việt Nam và Bộ Công Thương nước Cộng hoà dân chủ nhân dân Lào về Quy tắc xuất xứ áp dụng cho các mặt hàng được hưởng ưu đãi thuế suất thuế nhập khẩu Việt Nam - Lào ký ngày 01 tháng 10 năm 2009 tại Hà Nội , Việt Nam ;\n";
export const decision = (basis: string) => `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/QĐ-UBND\nLào Cai, ngày 5 tháng 4 năm 2018\nQUYẾT ĐỊNH\nVề việc hợp tác\n${basis}QUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.\n`;
/** A school portal's item and Phú Thọ's plan (fresh62c-005, fresh30l-013): "BGD ĐT" for BGDĐT. */
export const SPACED_CODE = "Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh nghề GV; Điều 18 và Điều 20 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng";
/** A news page's lead, then its summary (fresh62i-009's drafting). */
export const LEAD = "Hướng dẫn Chỉ thị 05 về học tập, làm theo tư tưởng Hồ Chí Minh năm 2021\n\nBan Tuyên giáo Trung ương ban hành Hướng dẫn 152-HD/BTGTW ngày 16/9/2020 về công tác giáo dục lý luận chính trị năm 2021.\n\n";
export const SUMMARY = `${LEAD}Theo đó, các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW ngày 15/5/2016.\n`;
export const KIND_SUMMARY = `${LEAD}Theo Hướng dẫn, các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW ngày 15/5/2016.\n`;
export const NO_SUMMARY = `${LEAD}Các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW ngày 15/5/2016.\n`;
/** fresh62i-010's drafting: the body "có" the guidance it sent after the cue's comma. */
export const HAS = "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; Thông báo Kết luận số 159-TB/TW của Bộ Chính trị, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW về việc lấy ý kiến nhân dân vào dự thảo các văn kiện.";
/** fresh60a-001's drafting: 53/QĐ-TTg and 53/2012/QĐ-TTg, one day, one subject. */
export const plan = (body: string) => `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 1234/QĐ-UBND\nĐồng Tháp, ngày 5 tháng 6 năm 2016\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai lộ trình\n${body}\n`;
export const YEARLESS = "Căn cứ Quyết định số 53/QĐ-TTg ngày 22 tháng 11 năm 2012 của Thủ tướng Chính phủ về việc ban hành lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống;\n";
export const YEARED = "Quyết định 53/2012/QĐ-TTg ngày 22/11/2012 về lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống do Thủ tướng Chính phủ ban hành.";
export const YEAR_PAIR = plan(`${YEARLESS}${YEARED}`);
/** fresh63a-007's drafting: "Đề án số 06" named after its approving decision 06/QĐ-TTg, wrapped as the page wraps it. */
export const SCHEME =
  "Thực hiện Quyết định số 06/QĐ-TTg\nngày 06/01/2022 của Thủ tướng Chính phủ về việc Phê duyệt Đề án phát triển ứng\ndụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc\n" +
  "gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây viết tắt là Đề án\nsố 06). Ủy ban nhân dân tỉnh Hà Giang ban hành Kế hoạch triển khai thực hiện\nnhư sau:\n" +
  "các mục tiêu, nhiệm vụ giải pháp của Đề án số 06 phục vụ yêu cầu chuyển đổi số\nQuốc gia";
/** fresh62b-005: the site's title line over the plan's own "Số" line. */
export const OWN_PLAN =
  "Kế hoạch 77: Tổ chức các hoạt động tuyên truyền Đại hội đại biểu phụ nữ các cấp (10:01 23/01/2021)\n\nHỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI\n\n" +
  "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN THƯỜNG VỤ\n\nĐộc lập – Tự do – Hạnh phúc\n\n   \n\nSố    77  /KH-BTV\n\nHà Nội, ngày     tháng 11 năm 2020\n\n \n\nKẾ HOẠCH\n\n" +
  "Tổ chức các hoạt động tuyên truyền\n\nThực hiện Kế hoạch số 888/KH-ĐCT, ngày 10/8/2020 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam";
/** fresh62i-007: the title line over the letter's addressee line. */
export const OWN_LETTER =
  "Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên năm 2012\n\n" +
  "Kính gửi: Ban tổ chức các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương\n\nBan Tổ chức Trung ương nhận được ý kiến của một số ban tổ chức tỉnh ủy";

export const own = (a: Analysis) => a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => r.type);
export const shorts = (a: Analysis) => a.citations.filter((c) => c.form === "short");
export const signed = (a: Analysis) => a.citations.some((c) => c.form === "named" && c.kind === "agreement" && c.role === "based_on" && c.year === 1977);
export const spaced = (a: Analysis) => a.citations.map((c) => c.id).join(" ") === "23/2015/TTLT-BGDĐT-BNV 01/2016/TT-BGDĐT";

/** The rules' samples, each read by its rule (the same text without the rule's words read otherwise: below). */
export const SAMPLES: ParitySample[] = [
  ["signedItem, a treaty signed at a Căn cứ head", decision(TREATY), signed],
  ["signedItem, ministries' agreement", decision(MINISTRIES), (a) => a.citations.some((c) => c.form === "named" && c.kind === "agreement" && c.year === 2009)],
  ["told-summary, 'Theo đó,'", SUMMARY, (a) => own(a).length === 0],
  ["told-summary, 'Theo <kind>,'", KIND_SUMMARY, (a) => own(a).length === 0],
  ["settle HAS_VERB, a body that 'có' the document it sent", HAS, (a) => a.relations.some((r) => r.from.startsWith("151-HD/BTGTW") && r.type === "implements" && r.to.startsWith("35-CT/TW"))],
  ["year-in-number, one decision with and without its year", YEAR_PAIR, (a) => a.citations.filter((c) => c.number === "53").every((c) => c.id === "53/2012/QĐ-TTg") && a.warnings.some((w) => w.code === "year-missing")],
  ["numbersAnotherKind, 'Đề án số 06' a name", SCHEME, (a) => shorts(a).length === 0],
  ["namesOwnPage, a title line over the plan's 'Số' line", OWN_PLAN, (a) => shorts(a).length === 0],
  ["namesOwnPage, a title line over a letter's addressee", OWN_LETTER, (a) => shorts(a).length === 0],
];
/** The spaced code, read alike under every change but two spaces (by design: one blank between its pieces). */
export const CODE_SAMPLE: ParitySample = ["spacedCodeAt, 'BGD ĐT' for BGDĐT", SPACED_CODE, spaced];

/** The word the CLI must find in this session's files. */
export const JOBS_EXPECTED = "23/2015/TTLT-BGDĐT-BNV";

/** This session's files for the CLI (plain, and CRLF, CR or NFD copies of its drafting), written into `folder`. */
export function writeJobTexts(folder: string): void {
  [...SAMPLES, CODE_SAMPLE].forEach(([, text], i) => writeFileSync(join(folder, `s${i}.txt`), text));
  writeFileSync(join(folder, "summary-crlf.txt"), SUMMARY.replaceAll("\n", "\r\n"));
  writeFileSync(join(folder, "year-nfd.txt"), YEAR_PAIR.normalize("NFD"));
  writeFileSync(join(folder, "code-cr.txt"), SPACED_CODE.replaceAll(" của", "\rcủa"));
}
