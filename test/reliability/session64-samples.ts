/**
 * Session 64's drafted texts: its rules' samples (session64-rules.test.ts reads them under other blanks) and the
 * files the CLI's --jobs check writes (cli-workers.test.ts, one CLI run for every session's files).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/index.js";
import type { ParitySample } from "./rule-checks.js";

/** fresh57b-006's drafting (Thông tư 08/2025/TT-BNNMT): seven units before the appendix issued with the circular. */
export const CHAIN =
  "Thay thế cụm từ tại khoản 1 Điều 5, khoản 3 Điều 7, khoản 2 Điều 21,\nmục II của Phụ lục I.2 ban hành kèm theo Thông tư số 01/2022/TT-BTNMT ngày 07 tháng 01 năm 2022 của Bộ trưởng.\n";
/** A headed decision over `basis` (its Căn cứ items). */
export const decision = (basis: string) =>
  `ỦY BAN NHÂN DÂN\nQUẬN 8\nSố: 45/QĐ-UBND\nQuận 8, ngày 20 tháng 7 năm 2006\nQUYẾT ĐỊNH\nVề việc phê duyệt Điều lệ Hội\n${basis}QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Điều lệ.\n`;
/** fresh36a-017's drafting: minutes named at a Căn cứ head, dated after the name. */
export const MINUTES = "Căn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006;\n";
/** full32-005's drafting: minutes named to the item's end, undated. */
export const MEETING = "Căn cứ Biên bản họp Hội đồng chuyên môn về Danh mục thuật ngữ chuyên môn, thuật ngữ cận lâm sàng để chuẩn hoá, áp dụng trong bệnh án điện tử;\n";
/** fresh61g-007's and fresh63f-009's drafting: the cue wrapped after "Căn". */
export const WRAPPED_CUE = "Căn\ncứ vào biên bản bầu cử chức danh Phó Chủ tịch Hội đồng nhân dân tỉnh Thanh\nHóa tại kỳ họp thứ 18, Hội đồng nhân dân khóa XII, ngày 13 tháng 4 năm 1994;\n";
/** fresh54h-007, whole: a page with no heading whose title line and lead name the province's committee. */
export const PLACED =
  "CHỈ THỊ SỐ 22-CT/TU CỦA BTV TỈNH ỦY THANH HÓA VỀ CUỘC VẬN ĐỘNG HỖ TRỢ XÂY DỰNG NHÀ Ở CHO HỘ NGHÈO, HỘ GIA ĐÌNH CHÍNH SÁCH, HỘ CÒN KHÓ KHĂN VỀ NHÀ Ở TRÊN ĐỊA BÀN TỈNH TRONG 2 NĂM 2024 - 2025\n" +
  "Thứ Năm, 13/06/2024\n" +
  "Ngày 30/3/2024, Ban Thường vụ Tỉnh ủy Thanh Hóa đã ban hành Chỉ thị số 22-CT/TU về Cuộc vận động hỗ trợ xây dựng nhà ở cho hộ nghèo, hộ gia đình chính sách, hộ còn khó khăn về nhà ở trên địa bàn tỉnh trong 02 năm 2024 - 2025. Dưới đây là toàn văn Chỉ thị:\n" +
  "Chỉ thị này được phổ biến sâu rộng đến các chi bộ đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, tổ chức xã hội và cán bộ, đảng viên, Nhân dân trong toàn tỉnh.\n";
/** fresh63b-010's drafting: the approving decision's scheme named to "từ năm", carried out by its name in Điều 1. */
export const SCHEME_PERIOD =
  "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 468/QĐ-UBND\nĐắk Nông, ngày 01 tháng 03 năm 2022\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THAM NHŨNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\n" +
  "Căn cứ Quyết định số 4061/QĐ-BTP\nngày 14 tháng 10 năm 2001 của Bộ Tư pháp phê duyệt Đề án tuyên truyền, phổ biến\npháp luật về phòng, chống tham nhũng, Công ước của Liên hợp quốc về chống tham\nnhũng trong cán bộ, công chức, viên chức và nhân dân từ năm 2012 đến năm 2016;\n" +
  "QUYẾT ĐỊNH\nĐiều 1.\nBan hành kế hoạch triển khai thực hiện đề án “Tuyên\ntruyền, phổ biến pháp luật về phòng, chống tham nhũng, Công ước của Liên hợp quốc\nvề chống tham nhũng trong cán bộ, công chức, viên chức và nhân dân” trên địa\nbàn tỉnh Bà Rịa – Vũng Tàu từ năm 2012 đến năm 2016.\n";
/** A letter of Bộ Tài chính over `body` (fresh30b-027's heading). */
export const letter = (body: string) =>
  `BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 12166/BTC-TCHQ\nV/v triển khai thực hiện các quy định mới\nHà Nội, ngày 31 tháng 8 năm 2016\nKính gửi: Các Cục Hải quan tỉnh, thành phố\n${body}\n1. Về việc miễn thuế\n`;
export const TOLD_LAW =
  "Luật thuế xuất khẩu, thuế nhập khẩu được Quốc hội khóa XIII kỳ họp thứ 10 thông qua Luật Thuế xuất khẩu, Thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016 và có hiệu lực thi hành từ 01/9/2016.";
/** fresh30b-027's drafting: the told law carried out by a purpose sentence closing on "như sau:". */
export const TOLD_ACTED = letter(`${TOLD_LAW} Để thực hiện thống nhất những quy định mới, quan trọng của Luật từ ngày 01/9/2016, Bộ Tài chính đề nghị đồng chí Cục trưởng chú ý chỉ đạo thực hiện một số nội dung như sau:`);
/** fresh41b-001's drafting: the told circular guided by the writer's own "hướng dẫn cụ thể như sau:". */
export const TOLD_GUIDED = letter(
  "Ngày 26/4/2022, Bộ Y tế đã ký, ban hành Thông tư số 03/2022/TT-BYT sửa đổi, bổ sung một số quy định về tiêu chuẩn chức danh nghề nghiệp. Sau khi rà soát, xem xét, Bộ Y tế hướng dẫn cụ thể như sau:",
);

/** pairs64-002's drafting: the Standing Committee's rules replacing the rules it issued in 1996, named and dated. */
export const REPLACED =
  "NGHỊ QUYẾT\n\nBan hành Quy chế hoạt động của Hội đồng nhân dân\n\nUỶ BAN THƯỜNG VỤ QUỐC HỘI\n\nQUYẾT NGHỊ:\n\n1. Ban hành Quy chế hoạt động của Hội đồng nhân dân.\n\n" +
  "2. Quy chế này thay thế Quy chế hoạt động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996.\n";
/** fresh63g-003's drafting: a named basis dated by "do … ban hành ngày". */
export const ISSUED_BY =
  "HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/2005/NQ-HĐND\nLào Cai, ngày 15 tháng 7 năm 2005\nNGHỊ QUYẾT\nVề chương trình giám sát\nCăn cứ Quy chế hoạt động của UBND do UBTVQH ban hành ngày 02/4/2005;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua.\n";
/** fresh63c-007's drafting: a ministry's letter telling a circular no longer in force, another's act. */
export const STATE =
  "BỘ CÔNG THƯƠNG\nSố: 3109/BCT-KHCN\nV/v thực hiện quy định\nHà Nội, ngày 02 tháng 5 năm 2018\nKính gửi: Các doanh nghiệp\n" +
  "Thông tư số 57/2015/TT-BCT đã được bãi bỏ theo quy định tại Khoản 1 Điều 12 Nghị định số 15/2018/NĐ-CP. Dó đó, Thông tư số 57/2015/TT-BCT ngày 31 tháng 12 năm 2015 của Bộ Công Thương không còn hiệu lực.\n";
/** fresh30g-009's drafting: the rule's last dash glued to the number's label. */
export const GLUED =
  "NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 3 năm 2013\nTHÔNG TƯ\nQuy định về hoạt động cho vay\n" +
  "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng 6 năm 2010;\n";

export const minutes = (a: Analysis) => a.citations.filter((c) => c.form === "named" && c.kind === "minutes" && c.role === "based_on").map((c) => `${c.id}`);
/** The text's own relations other than references, "type id" without the id's place and date, sorted. */
export const own = (a: Analysis) => [...new Set(a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`))].sort();

/** The rules' samples, each read by its rule (the same text without the rule's words read otherwise: the rules' test). */
export const SAMPLES: ParitySample[] = [
  ["ISSUED_WITH, seven units before an issued-with appendix", CHAIN, (a) => a.citations.some((c) => c.pinpoint?.appendix === "I.2" && c.pinpoint?.article === "5, 7, 21")],
  ["RECORD_KINDS, minutes dated after their name", decision(MINUTES), (a) => minutes(a).join() === "minutes:bien-ban-dai-hoi-hoi-cuu-giao-chuc-quan-8@2006"],
  ["RECORD_KINDS, minutes named to the item's end", decision(MEETING), (a) => minutes(a).length === 1],
  ["cueAt, 'Căn⏎cứ'", decision(WRAPPED_CUE), (a) => minutes(a).length === 1 && minutes(a)[0].endsWith("@1994")],
  ["own-place, the lead's committee places the page", PLACED, (a) => a.self.id === "22-CT/TU@2024~thanh-hoa" && a.relations.length === 0],
  ["schemes 'từ năm', the scheme carried out by name", SCHEME_PERIOD, (a) => own(a).join() === "based_on 4061/QĐ-BTP,implements 4061/QĐ-BTP"],
  ["told-then-acted, a purpose closing on 'như sau:'", TOLD_ACTED, (a) => own(a).join() === "implements 107/2016/QH13"],
  ["told-then-acted, the writer's 'hướng dẫn … như sau:'", TOLD_GUIDED, (a) => own(a).join() === "guides 03/2022/TT-BYT"],
  ["pairs64 replacedNamed, 'thay thế Quy chế …' dated by its issue", REPLACED, (a) => own(a).join() === "replaces rules:quy-che-hoat-dong-hoi-dong-nhan-dan-cac-cap"],
  ["pairs64 NAMED_ISSUED_BY, a named basis dated by 'do … ban hành ngày'", ISSUED_BY, (a) => own(a).join() === "based_on rules:quy-che-hoat-dong-uy-ban-nhan-dan" && a.citations.some((c) => c.year === 2005 && c.kind === "rules")],
  ["pairs64 STATE_REPEAL_WORDS, 'không còn hiệu lực' told", STATE, (a) => own(a).length === 0],
  ["self64 RULE_BEFORE, '-Số:' glued to the rule", GLUED, (a) => a.self.id === "04/2013/TT-NHNN"],
];

/** The word the CLI must find in this session's files. */
export const JOBS_EXPECTED = "minutes:bien-ban-dai-hoi-hoi-cuu-giao-chuc-quan-8@2006";

/** This session's files for the CLI (plain, and CRLF, CR or NFD copies of its drafting), written into `folder`. */
export function writeJobTexts(folder: string): void {
  SAMPLES.forEach(([, text], i) => writeFileSync(join(folder, `s${i}.txt`), text));
  writeFileSync(join(folder, "placed-crlf.txt"), PLACED.replaceAll("\n", "\r\n"));
  writeFileSync(join(folder, "told-nfd.txt"), TOLD_ACTED.normalize("NFD"));
  writeFileSync(join(folder, "cue-cr.txt"), decision(WRAPPED_CUE).replaceAll("\n", "\r"));
}
