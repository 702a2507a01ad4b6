/**
 * Session 62's drafted texts: its rules' samples (session62-rules.test.ts reads them under other blanks) and the
 * files the CLI's --jobs check writes (cli-workers.test.ts, one CLI run for every session's files).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/index.js";
import type { ParitySample } from "./rule-checks.js";
import { encodeLegacy } from "../../src/shared/legacy-encoding.js";

/** A circular's preamble whose formula names its issuers (fresh62c-003, shortened). */
export const jointCircular = (subject: string) =>
  `THÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện chính sách đối với thanh niên xung phong\nThi hành Quyết định số 104/1999/QĐ-TTg ngày 14 tháng 4 năm 1999 của Thủ tướng Chính phủ về một số chính sách đối với thanh niên xung phong;\nSau khi thống nhất ý kiến với Bộ Giao thông - Vận tải, ${subject} hướng dẫn thực hiện như sau:\nI. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN:\n`;
export const JOINT_SUBJECT = "Liên tịch Bộ Lao động - Thương binh và Xã hội - Trung ương Đoàn thanh niên cộng sản Hồ Chí Minh";
/** A database's record page: its title line, its fields, then the document from its kind line (fresh62c-003). */
export const RECORD_TITLE = "Thông tư liên tịch 17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM";
export const record = (top: string) =>
  `${top}Văn bản pháp luật: ${RECORD_TITLE}\n\nToàn quốc\nCông báo số 67 & 68/2003;\n${RECORD_TITLE}\n\nToàn văn\n\nTHÔNG TƯ LIÊN TỊCH\n\nHướng dẫn thực hiện chính sách đối với thanh niên xung phong\n\nThi hành Quyết định số 104/1999/QĐ-TTg ngày 14 tháng 4 năm 1999 của Thủ tướng Chính phủ;\n`;
/** UBND Hà Tĩnh's decision of 1992 (fresh61g-001), its header a flattened table. */
export const glued = (number: string) =>
  ["UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", `Số: ${number} | HàTĩnh, ngày 25 tháng 8 năm 1992 |`, "VỀ VIỆC BAN HÀNH QUY ĐỊNH TẠM THỜI VỀ GIAO ĐẤT, THU HỒI ĐẤT.", "UỶ BAN NHÂN DÂN TỈNH HÀ TĨNH", "- Căn cứ Luật đất đai công bố ngày 08 tháng 01 năm 1988.", ""].join("\n");
export const UNSEPARATED = "V/v thực hiện hướng dẫn tại công văn số 4582/BCT-XNK công văn số 3415/BCT-XNK và công văn số 3933/BCT-XNK của Bộ Công Thương";
export const LOST_SO_AMENDING =
  "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ số 23/2008/QH12, Bộ luật Hàng hải Việt Nam s 95/2015/QH13, Luật Đường sắt s\n06/2017/QH14.";
/** A decision issuing an action plan (fresh62f-002's drafting). */
export const actionPlan = (plan: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 175/QĐ-UBND\nSơn La, ngày 10 tháng 8 năm 2021\nQUYẾT ĐỊNH\nBan hành Kế hoạch y tế\nCăn cứ Quyết định số 1999/QĐ-TTg ngày 07/12/2020 của Thủ tướng Chính phủ về Phê duyệt Chương trình mở rộng tầm soát, chẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh đến năm 2030;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch ${plan}thực hiện Chương trình mở rộng tầm soát, chẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh trên địa bàn tỉnh.\n`;
/** Thừa Thiên Huế's action plan's title as the page wraps it (fresh62f-002's drafting, schemes.test.ts's sample). */
export const ACTION_PLAN =
  "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 199/KH-UBND\nSơn La, ngày 02 tháng 08 năm 2022\nKẾ HOẠCH\nHÀNH\nĐỘNG THỰC HIỆN CHƯƠNG TRÌNH MỞ RỘNG TẦM SOÁT, CHẨN ĐOÁN, ĐIỀU TRỊ MỘT SỐ BỆNH,\nTẬT TRƯỚC SINH VÀ SƠ SINH ĐẾN NĂM 2030 CỦA TỈNH SƠN LA\nCăn cứ Quyết định số 1999/QĐ-TTg ngày\n07/12/2020 của Thủ tướng Chính phủ về Phê duyệt Chương trình mở rộng tầm soát,\nchẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh đến năm 2030, UBND tỉnh ban hành Kế hoạch, cụ thể như sau:\n";
export const PLACED = "Thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh về cuộc vận động.";
export const PLACELESS = "Theo Kế hoạch tiếp tục đẩy mạnh thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy.";
export const TWO_CODES = "Điều 2. Bãi bỏ Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh về thu phí.\nĐiều 3. Quyết định này thay thế Quyết định số 1057/QĐ-UBND ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh.";
export const committee = (body: string) => `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 20/2010/QĐ-UBND\nQuảng Bình, ngày 5 tháng 4 năm 2010\nQUYẾT ĐỊNH\nVề việc bãi bỏ quy định thu phí\n${body}\n`;
export const GLUED_UNIT = "quy định tại các điều từ Điều 17 đến Điều21 của Nghị định số 83/1998/NĐ-CP ngày 10 tháng 10 năm 1998";
export const TWIN = "triển khai Nghị định 55/NĐ-CP của Chính phủ. Huyện đã triển khai Nghị định 55/2015/NĐ-CP ngày 9-6-2015; qua 3 năm thực hiện Nghị định 55, dư nợ tăng.";
export const DATABASE_ARTICLE = "Nghị định 233/2025/NĐ-CP. Điều 29. Hiệu lực thi hành và tổ chức thực hiện\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n";
/** danvan.vn's page: the site's date line, its title line, the letter with no heading of its own (pairs62, fresh62c-011). */
export const DATED_TITLE = "Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp";
export const datedPage = (title: string, body = "Ngày 11/10/2016, Ban Dân vận Trung ương đã ký Chương trình phối hợp, đề nghị các tỉnh triển khai.") =>
  `Thứ Tư, 24/4/2024\n${title}\n\n${body}\n\n \n\nK/T TRƯỞNG BAN\n\n \n\nPHÓ TRƯỞNG BAN\n\nTrần Thị Bích Thủy\n\n(Đã ký)\n`;
export const DOUBLED_NGAY = "Căn cứ Luật Thi đua, Khen thưởng ngày ngày 26tháng 11 năm 2003;\n";
export const BRACKETED_TERM = "Căn cứ Quy chế Thi đua, khen thưởng của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ( nhiệm kỳ 2014 - 2019 );\n";
export const JOINED_RESOLUTION = "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010); rút kinh nghiệm việc thực hiện quy chế làm việc.\n";
/** A ministry's decision of 1996, and the same as a .VnTime (TCVN3) or VNI-Times copy gives it (tcvn62). */
export const OLD_DECISION =
  "BỘ TÀI CHÍNH\nSố: 12/QĐ-BTC\nHà Nội, ngày 5 tháng 4 năm 1996\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Nghị định số 15/CP ngày 2 tháng 3 năm 1993 của Chính phủ quy định nhiệm vụ, quyền hạn và trách nhiệm quản lý nhà nước của Bộ, cơ quan ngang Bộ;\nCăn cứ Nghị định số 178/CP ngày 28 tháng 10 năm 1994 của Chính phủ về nhiệm vụ, quyền hạn và tổ chức bộ máy Bộ Tài chính;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n";
export const tcvn3 = (text: string) => encodeLegacy(text, "tcvn3");
export const vni = (text: string) => encodeLegacy(text, "vni");
export const LEGACY_BASIS = "Căn cứ Nghị định số 15/CP ngày 2 tháng 3 năm 1993 của Chính phủ; ";
/** A central Party number cited with its term and without its date, then again bare (identity62b). */
export const TERMED = "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy; Nghị quyết số 18-NQ/TW đã đề ra.\n";
export const CONGRESS = "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XVIII và kế hoạch phát triển kinh tế - xã hội 5 năm (2011-2015);\n";

const roleOf = (a: Analysis, number: string) => a.citations.find((c) => c.number === number)?.role;

/** The rules' samples, each read by its rule, read alike under other blanks, line ends and NFD. */
export const SAMPLES: ParitySample[] = [
  ["CONGRESS_NAME_COMMA, a congress's resolution then 'và kế hoạch'", `ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n${CONGRESS}`, (a) => a.citations.some((c) => c.form === "named" && c.id.includes("lan-thu-xviii@"))],
  ["GUIDANCE_FORMULA, joint issuers before 'hướng dẫn'", jointCircular(JOINT_SUBJECT), (a) => roleOf(a, "104") === "guides"],
  ["KHLN, a departments' joint plan's code", "Thực hiện Kế hoạch liên ngành 5440/KHLN-YT-GDĐT năm 2025 của Sở Y tế và Sở Giáo dục và Đào tạo.", (a) => a.citations.some((c) => c.kind === "plan" && c.symbol === "KHLN-YT-GDĐT")],
  ["recordTitleCitation, a database's title line", record(""), (a) => a.self.number === "17" && a.self.kind === "joint-circular"],
  ["PARTY_NUMBER, a glued old-style own number", glued("936QĐ/UB"), (a) => a.self.number === "936"],
  ["coordinated, list members with no separator", UNSEPARATED, (a) => ["4582", "3415", "3933"].every((n) => roleOf(a, n) === "implements")],
  ["LOST_SO, an amending law's list with 's' for 'số'", LOST_SO_AMENDING, (a) => a.relations.filter((r) => r.type === "amends" && r.from === a.self.id).length === 3],
  ["pastQualifiers, a plan's title 'KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN' wrapped", ACTION_PLAN, (a) => a.relations.some((r) => r.type === "implements" && r.to.startsWith("1999/QĐ-TTg"))],
  ["takePlacelessDatedMentionsToTheirPlacedOne", `Ra quân bảo vệ môi trường\n\n${PLACED} ${PLACELESS}\n`, (a) => a.citations.length === 2 && a.citations.every((c) => c.id === "19-CT/TU@2018~ho-chi-minh")],
  ["oneCommitteeUnderTwoCodes", committee(TWO_CODES), (a) => a.citations.filter((c) => c.role !== "self").every((c) => c.id === "1057/QĐ-UB@2004~quang-binh")],
  ["WORD_TO_LABEL, 'đến Điều21'", GLUED_UNIT, (a) => a.citations.some((c) => c.pinpoint?.article === "17-21")],
  ["withoutUndatedTwins, 'Nghị định 55' beside 55/NĐ-CP and 55/2015/NĐ-CP", TWIN, (a) => a.citations.some((c) => c.form === "short" && c.id === "55/2015/NĐ-CP")],
  ["effectClauseKind, a database's title glued before the article", DATABASE_ARTICLE, (a) => a.self.id === "233/2025/NĐ-CP" && a.self.kind === "decree"],
  ["datedTitleLineCitation, a site's title line under its date line", datedPage(DATED_TITLE), (a) => a.self.number === "490" && a.self.date === "2016-10-14"],
  ["dateMarker, 'ngày ngày' before a law's date", DOUBLED_NGAY, (a) => a.citations.some((c) => c.id === "law:thi-dua-khen-thuong@2003")],
  ["NAMED_BASIS_BRACKETED_TERM, a term in a bracket after the name", BRACKETED_TERM, (a) => a.citations.some((c) => c.form === "named" && c.id.includes("nhiem-ky"))],
  ["joinedResolution after a charter", JOINED_RESOLUTION, (a) => a.citations.some((c) => c.form === "named" && c.kind === "resolution")],
  ["termUndatedPartyMentions, a central Party number with its term", TERMED, (a) => a.citations.length === 2 && a.citations.every((c) => c.id === "18-NQ/TW@2016-2021")],
];

/** The word the CLI must find in this session's files. */
export const JOBS_EXPECTED = "1057/QĐ-UB";

/** This session's files for the CLI (plain, and CRLF, CR or NFD copies of its drafting), written into `folder`. */
export function writeJobTexts(folder: string): void {
  SAMPLES.forEach(([, text], i) => writeFileSync(join(folder, `s${i}.txt`), text));
  writeFileSync(join(folder, "record-crlf.txt"), record("").replaceAll("\n", "\r\n"));
  writeFileSync(join(folder, "codes-nfd.txt"), committee(TWO_CODES).normalize("NFD"));
  writeFileSync(join(folder, "tcvn3-cr.txt"), tcvn3(OLD_DECISION).replaceAll("\n", "\r"));
}
