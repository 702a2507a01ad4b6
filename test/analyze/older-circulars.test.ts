/**
 * Ministries' circulars of 2002–2008 open without "Căn cứ": "Thi hành Nghị định số … của Chính phủ
 * …, Bộ Nội vụ hướng dẫn thực hiện như sau:". The decree named after "Thi hành" is what the circular
 * guides (08/2004/TT-BNV, 03/2005/TT-BNV as vbpl.vn and 123docz print them).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { citedRoles } from "../helpers/roles.js";

/** A ministry's circular: its issuer, number line, date, kind and subject, then the body given. */
const circular = (body: string, subject = "Hướng dẫn chế độ nâng bậc lương đối với cán bộ, công chức") =>
  `BỘ NỘI VỤ\nSố: 03/2005/TT-BNV\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 01 năm 2005\nTHÔNG TƯ\n${subject}\n${body}\nI. PHẠM VI VÀ ĐỐI TƯỢNG.\n1. Phạm vi áp dụng.\n`;

describe("'Thi hành' in a circular whose enacting formula guides", () => {
  it("'Thi hành Nghị định …, Bộ Nội vụ hướng dẫn thực hiện như sau:' guides the decree, its alias too", () => {
    const a = analyze(circular(
      "Thi hành Nghị định số 115/2003/NĐ-CP ngày 10 tháng 10 năm 2003 của Chính phủ về chế độ công chức dự bị (sau đây gọi tắt là Nghị định số 115/2003/NĐ-CP), Bộ Nội vụ hướng dẫn thực hiện như sau:",
    ));
    expect(citedRoles(a)).toEqual(["115 guides", "115 guides"]);
  });

  it("the formula after the ministries consulted, past a ';' and a wrapped line", () => {
    const a = analyze(circular(
      "Thi hành Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính\nphủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng vũ trang;\nsau khi trao đổi ý kiến với Bộ Tài chính và các Bộ, ngành liên quan, Bộ Nội vụ hướng\ndẫn thực hiện chế độ nâng bậc lương thường xuyên như sau:",
    ));
    expect(citedRoles(a)).toEqual(["204 guides"]);
  });

  it("the formula after ';' with no comma before it (11-LĐTBXH/TT 1995, pairs32-003; 4/TT-LB 1991, pairs32-017)", () => {
    const a = analyze(circular(
      "Thi hành Nghị định số 197-CP ngày 31-12-1994 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật lao động về tiền lương, sau khi trao đổi ý kiến với Tổng Liên đoàn lao động Việt Nam và một số Bộ, ngành có liên quan; Bộ Nội vụ hướng dẫn thực hiện như sau:",
    ));
    expect(citedRoles(a)).toEqual(["197 guides"]);
  });

  it("an inter-ministry circular's formula: '…; Liên bộ Lao động - Thương binh và xã hội và Tài chính hướng dẫn như sau:'", () => {
    const a = analyze(
      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI-BỘ TÀI CHÍNH\nSố: 4/TT-LB\nHà Nội, ngày 24 tháng 5 năm 1991\nTHÔNG TƯ LIÊN BỘ\nVề một số chính sách trong việc sắp xếp biên chế\nThi hành Quyết định số 111/HĐBT ngày 12-4-1991 của Hội đồng Bộ trưởng về một số chính sách trong việc sắp xếp biên chế; Sau khi trao đổi thống nhất với Tổng liên đoàn lao động Việt Nam; Liên bộ Lao động - Thương binh và xã hội và Tài chính hướng dẫn như sau:\nI - PHẠM VI\n",
    );
    expect(citedRoles(a)).toEqual(["111 guides"]);
  });

  it("a joint circular's formula names every issuer: '…, Liên tịch Bộ Lao động - Thương binh và Xã hội - Trung ương Đoàn … hướng dẫn thực hiện như sau:' (fresh62c-003)", () => {
    const joint = (subject: string) => analyze(
      `THÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện chính sách đối với thanh niên xung phong hoàn thành nhiệm vụ trong kháng chiến\nThi hành Quyết định số 104/1999/QĐ-TTg ngày 14 tháng 4 năm 1999 của Thủ tướng Chính phủ về một số chính sách đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến;\nSau khi thống nhất ý kiến với Bộ Giao thông - Vận tải, Viện Giám định Y khoa Trung ương, ${subject} hướng dẫn thực hiện như sau:\nI. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN:\n`,
    );
    expect(citedRoles(joint("Liên tịch Bộ Lao động - Thương binh và Xã hội - Trung ương Đoàn thanh niên cộng sản Hồ Chí Minh"))).toEqual(["104 guides"]);
    // Three ministries' names (dev-043's formula, 66 characters after "Liên tịch").
    expect(citedRoles(joint("Liên tịch Bộ Tài nguyên và Môi trường - Bộ Tài chính - Bộ Kế hoạch và Đầu tư"))).toEqual(["104 guides"]);
    // One body's subject keeps its few words: a long run of words after "Bộ" is not a formula's subject.
    expect(citedRoles(joint("Bộ Lao động - Thương binh và Xã hội đã cùng các địa phương rà soát danh sách và tiếp tục"))).toEqual(["104 implements"]);
  });

  it("without a guiding formula in the same sentence the decree is carried out", () => {
    const a = analyze(circular("Thi hành Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ, Bộ Nội vụ yêu cầu các Bộ, ngành thực hiện như sau:"));
    expect(citedRoles(a)).toEqual(["204 implements"]);
    const b = analyze(circular("Thi hành Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ về chế độ tiền lương. Bộ Nội vụ hướng dẫn các Bộ, ngành như sau:"));
    expect(citedRoles(b)).toEqual(["204 implements"]);
  });
});
