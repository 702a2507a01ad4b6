/**
 * Session 60's drafted texts: its rules' samples (session60-rules.test.ts reads them under other blanks) and the
 * files the CLI's --jobs check writes (cli-workers.test.ts, one CLI run for every session's files).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ParitySample } from "./rule-checks.js";

/** A decision's header and preamble, then its articles. */
export const decision = (preamble: string) =>
  `ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 502/QĐ-UBND\nAn Giang, ngày 10 tháng 3 năm 2017\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\n`;
/** The Căn cứ item of fresh60a-007 whose circular's number a site had linked, the link's title left before it. */
export const LEAK_ITEM = 'Căn cứ Thông tư số 99/2015/NĐ-CP Luật Nhà ở">19/2016/TT-BXD ngày 30 tháng 6 năm 2016 của Bộ Xây dựng hướng dẫn thực hiện một số nội dung của Luật Nhà ở và Nghị định số 99/2015/NĐ-CP ngày 20 tháng 10 năm 2015 của Chính phủ;';
/** A record page's three labels (header/record-page RECORD_FIELD). */
export const RECORD = "Số hiệu: 1\nLoại văn bản: x\nNgười ký: y\n";
/** dev-049's item: a scheme by its name, its submission's number in a bracket. */
export const BRACKET_ITEM = "Căn cứ Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của Tập đoàn Điện lực Việt Nam ) ;";

/** The rules' reading of the leak, and of the others, under other blanks, line ends and NFD. */
export const SAMPLES: ParitySample[] = [
  [
    "readLinkTitleLeaks, the circular after a leaked title is the item's basis",
    decision(`${LEAK_ITEM}\nCăn cứ Thông tư số 92/2007/NĐ-CP">88/2008/TT-BVHTTDL ngày 30 tháng 12 năm 2008 của Bộ Văn hóa;`),
    (a) => ["19/2016/TT-BXD", "88/2008/TT-BVHTTDL"].every((id) => a.citations.some((c) => c.id === id && c.role === "based_on")),
  ],
  [
    "SCHEME_WORDS, a roadmap carried out by name",
    decision(
      "Căn cứ Quyết định số 53/QĐ-TTg ngày 22 tháng 11 năm 2012 của Thủ tướng Chính phủ về việc ban hành lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống;",
    ).replace("Điều 1. Ban hành Kế hoạch.", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống trên địa bàn tỉnh An Giang."),
    (a) => a.relations.some((r) => r.type === "implements" && r.to.startsWith("53/QĐ-TTg")),
  ],
  [
    "ISSUED_IN, the closing article of a document issued 'tại'",
    "Ngày 10/3/2015, UBND tỉnh đã ban hành Phương án quản lý, bảo vệ khoáng sản chưa khai thác tại Quyết định số 12/2015/QĐ-UBND.\n\nQuyết định có hiệu lực thi hành kể từ ngày ký; thay thế Quyết định số 40/2010/QĐ-UBND ngày 02/7/2010.\n",
    (a) => a.relations.some((r) => r.from === "12/2015/QĐ-UBND" && r.type === "replaces" && r.to === "40/2010/QĐ-UBND"),
  ],
  [
    "TITLE_THEO_WORDS, 21 words before 'theo' in a subject line",
    "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\nSố: 527/UBND-VX\nBình Dương, ngày 1 tháng 3 năm 2017\nV/v triển khai tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg\nKính gửi: Các sở, ngành.\n",
    (a) => a.citations.some((c) => c.id === "45/2016/QĐ-TTg" && c.role === "implements"),
  ],
  // Rules merged while the audit ran.
  [
    "answersQuestion, an answer's basis is a reference",
    "Bà Trịnh Thị Hồng Minh (tỉnh Nghệ An) hỏi: Bà tôi có thể sử dụng thẻ mã CK2 thay CT4 có được không?\n\nVề vấn đề này, BHXH tỉnh Nghệ An trả lời như sau:\n\nCăn cứ Tiết a, Điểm 2 Công văn số 4996/BHXH-CSYT ngày 17/12/2017 của BHXH Việt Nam có nêu, người có thẻ BHYT được chuyển lên mã quyền lợi số 2.\n",
    (a) => a.citations.some((c) => c.number === "4996" && c.role === "references"),
  ],
  [
    "AT_DESCRIBED_PAPER and LEADS_DESCRIBED_PAPER, a proposal's papers named by what they record",
    decision("Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 198/TTr-SLĐTBXH ngày 12 tháng 3 năm 2010; Báo cáo kết quả thẩm định văn bản số 1238/BC-STP ngày 29 tháng 12 năm 2009 của Sở Tư pháp,"),
    (a) => ["198", "1238"].every((n) => a.citations.some((c) => c.number === n && c.role === "proposed_by")),
  ],
  [
    "TWO_ENDED_SPAN, a told act over a dashed span of days",
    "Thực hiện Kế hoạch số 25/KH-UBND ngày 02/3/2022 của UBND tỉnh về tổ chức hội nghị phổ biến pháp luật tại 7 đơn vị cấp xã, trong 02 ngày 15 - 16/9/2022, Sở Tư pháp tổ chức các cuộc hội nghị phổ biến các văn bản pháp luật mới.",
    (a) => a.citations.some((c) => c.number === "25" && c.role === "references"),
  ],
  [
    "BASIS_HEAD_MISREAD, 'Can cu' in a copy without diacritics",
    "  UY BAN NHAN DAN\n    TINH LAO CAI\n\n   So: 3628 /QD-UBND\n                                   QUYET DINH\n               Ban hanh Quy dinh chuc nang cua So Cong Thuong tinh Lao Cai\n\n       Can cu Nghi dinh so 150/2025/ND-CP ngay 12/6/2025 cua Chinh phu;\n       Can cu Thong tu so 37/2025/TT-BCT ngay 14/6/2025 cua Bo truong Bo Cong Thuong;\n                                            QUYET DINH:\n      Dieu 1. Ban hanh kem theo Quyet dinh nay Quy dinh.\n",
    (a) => ["150", "37"].every((n) => a.citations.some((c) => c.number === n && c.role === "based_on")),
  ],
  [
    "withMarkedCues, a copy without marks replaces and is proposed",
    [
      "UY BAN NHAN DAN TINH LAO CAI",
      "So: 3628/QD-UBND",
      "QUYET DINH",
      "Ban hanh Quy dinh chuc nang, nhiem vu, quyen han va co cau to chuc cua So Cong Thuong tinh Lao Cai",
      "UY BAN NHAN DAN TINH LAO CAI",
      "Can cu Nghi dinh so 150/2025/ND-CP ngay 12/6/2025 cua Chinh phu quy dinh to chuc cac co quan chuyen mon thuoc Uy ban nhan dan tinh;",
      "Theo de nghi cua Giam doc So Cong Thuong tai To trinh so 6205/TTr-SCT ngay 02/10/2026.",
      "QUYET DINH:",
      "Dieu 1. Ban hanh kem theo Quyet dinh nay Quy dinh chuc nang cua So Cong Thuong tinh Lao Cai.",
      "Dieu 2. Quyet dinh nay co hieu luc thi hanh ke tu ngay ky va thay the Quyet dinh so 29/2016/QD-UBND ngay 11 thang 5 nam 2016.",
    ].join("\n"),
    (a) => a.citations.some((c) => c.number === "6205" && c.role === "proposed_by") && a.citations.some((c) => c.number === "29" && c.role === "replaces"),
  ],
];

/** The word the CLI must find in this session's files. */
export const JOBS_EXPECTED = "19/2016/TT-BXD";

/** This session's files for the CLI (plain, and CRLF, CR or NFD copies of its drafting), written into `folder`. */
export function writeJobTexts(folder: string): void {
  SAMPLES.forEach(([, text], i) => writeFileSync(join(folder, `s${i}.txt`), text));
  writeFileSync(join(folder, "leak-crlf.txt"), decision(LEAK_ITEM).replaceAll("\n", "\r\n"));
  writeFileSync(join(folder, "leak-nfd.txt"), decision(LEAK_ITEM).normalize("NFD"));
  writeFileSync(join(folder, "leaks.txt"), decision(`${LEAK_ITEM}\n`.repeat(40)));
}
