/**
 * Session 61's drafted texts: its rules' samples (session61-rules.test.ts reads them under other blanks) and the
 * files the CLI's --jobs check writes (cli-workers.test.ts, one CLI run for every session's files).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ParitySample } from "./rule-checks.js";

/** A portal item's lead: a category, a date, the item's title, then its first paragraph. */
export const portal = (paragraph: string) => `Tin chỉ đạo điều hành\n22/04/2021\nVề việc tuyên truyền\n${paragraph}\n1. Phòng Văn hóa và Thông tin huyện tổ chức tuyên truyền.\n2. Trung tâm Văn hóa huyện treo băng rôn.\n`;
export const OPENING = "Thực hiện Hướng dẫn số 06-HD/HU ngày 15/4/2021 của Ban Thường vụ Huyện ủy; Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:";
/** A decision's header, preamble and issuing article. */
export const decision = (article: string, preamble = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") =>
  `ỦY BAN DÂN TỘC\nSố: 456/QĐ-UBDT\nHà Nội, ngày 10 tháng 8 năm 2021\nQUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện Chỉ thị số 28/CT-TTg\nBỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\n${preamble}\nQUYẾT ĐỊNH:\n${article}\n`;
export const PURPOSE = "Điều 1: Ban hành kèm theo quyết định này Kế hoạch thực hiện nâng cao hiệu lực, hiệu quả quản lý nhà nước về công tác dân tộc của Ủy ban Dân tộc để thực hiện Chỉ thị số 28/CT-TTg ngày 10/9/2019 của Thủ tướng Chính phủ.";
export const SOURCE_PAGE = "UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định./.\n(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)\n";
export const UNNUMBERED = "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 253/TB-VPCP ngày 15/7/2023 của Văn phòng Chính phủ. UBND tỉnh Tuyên Quang có Công văn gửi các sở, ban, ngành về việc tăng cường công tác quản lý.";
export const UNION = "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy chế";

/** The rules' samples, each read by its rule, read alike under other blanks, line ends and NFD. */
export const SAMPLES: ParitySample[] = [
  ["speaksInOpening, a portal item whose opening speaks as its issuer", portal(OPENING), (a) => a.citations.some((c) => c.number === "06" && c.role === "implements")],
  ["issuedForPurpose, an issuing article's long name then 'để thực hiện'", decision(PURPOSE), (a) => a.citations.some((c) => c.number === "28" && c.date === "2019-09-10" && c.role === "implements")],
  ["sourceLineCitation, a page's source line under the issuer's opinion", SOURCE_PAGE, (a) => a.self.number === "6202" && a.self.symbol === "UBND-KT"],
  ["tellsUnnumberedIssue, a body's unnumbered letter after 'Thực hiện'", UNNUMBERED, (a) => a.citations.some((c) => c.number === "253" && c.role === "references")],
  [
    "date-after, a date in brackets, and 'đề ngày' and a date without marks before a line break",
    "Quán triệt Nghị quyết số 72-NQ/TW (09/9/2025) về các giải pháp đột phá.\nTrả lời công văn số 162/LĐBTXH đề ngày \n24/02/2003 của Bộ; Công văn số 1025/SGDT-CTHSSV ngay 17 thang 4 nm\n2014 của Sở.",
    (a) => a.citations.some((c) => c.number === "72" && c.date === "2025-09-09") && a.citations.some((c) => c.number === "162" && c.date === "2003-02-24") && a.citations.some((c) => c.number === "1025" && c.date === "2014-04-17"),
  ],
  [
    "named61's 'Căn cứ' items in capitals (find/basis-named CUES)",
    decision("Điều 1. Ban hành Quy chế.", "CĂN CỨ VÀO ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    (a) => a.citations.some((c) => c.form === "named" && c.role === "based_on"),
  ],
  ["PARTY_NUMBER_LINE and PLACE_AND_DATE, the Youth Union's heading run onto one line", `${UNION}\n- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\n`, (a) => a.self.number === "367" && a.self.date === "2013-10-29"],
  [
    "withWrappedCodes, a number cell wrapped at its width",
    "BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC\nSố: 255 / BC-BCĐPCGD-\n\nNga Sơn, ngày 13 tháng 11 năm 2020\n\nXMC\nBÁO CÁO\nKết quả phổ cập giáo dục năm 2020\n",
    (a) => a.self.symbol === "BC-BCĐPCGD-XMC",
  ],
];

/** The word the CLI must find in this session's files. */
export const JOBS_EXPECTED = "6202/UBND-KT";

/** This session's files for the CLI (plain, and CRLF, CR or NFD copies of its drafting), written into `folder`. */
export function writeJobTexts(folder: string): void {
  SAMPLES.forEach(([, text], i) => writeFileSync(join(folder, `s${i}.txt`), text));
  writeFileSync(join(folder, "source-crlf.txt"), SOURCE_PAGE.replaceAll("\n", "\r\n"));
  writeFileSync(join(folder, "purpose-nfd.txt"), decision(PURPOSE).normalize("NFD"));
}
