/**
 * src/analyze/roles/quoted-scope.ts: an amending document's quoted new wording of the amended one's scope
 * article ("Sửa đổi Điều 1 như sau: “Điều 1. Phạm vi điều chỉnh ⏎ Thông tư này quy định chi tiết … X …”"):
 * "Thông tư này" there is the amended document, which guides X (a nested relation). Shapes of
 * fixtures/fresh/fresh57b-006 (08/2025/TT-BNNMT) and fresh46b-013 (a 2023 Bộ LĐTBXH circular).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** The relations between cited documents, "from type to" by number. */
const nested = (text: string) => {
  const a = analyze(text);
  const number = new Map(a.citations.map((c) => [c.id, c.number]));
  return a.relations.filter((r) => r.from !== a.self.id).map((r) => `${number.get(r.from)} ${r.type} ${number.get(r.to)}`);
};

const circular = (articles: string) =>
  "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 08/2025/TT-BNNMT\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 01/2022/TT-BTNMT\n" +
  "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ;\nBộ trưởng ban hành Thông tư.\n" +
  articles;

describe("a quoted scope article of the amended document", () => {
  it("'Thông tư này quy định chi tiết … Nghị định số X … được sửa đổi, bổ sung bởi Nghị định số Z': the amended circular guides X, not Z (fresh57b-006)", () => {
    const text = circular(
      "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 01/2022/TT-BTNMT ngày 07 tháng 01 năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường\n" +
        "1. Sửa đổi Điều 1 như sau:\n“Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết khoản 4 Điều 27 và khoản 7 Điều 28 Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ " +
        "quy định giảm nhẹ phát thải khí nhà kính được sửa đổi, bổ sung bởi Nghị định số 119/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ”.\n" +
        "Điều 2. Thông tư này có hiệu lực từ ngày ký.\n",
    );
    const n = nested(text);
    expect(n).toContain("01 guides 06");
    expect(n).not.toContain("01 guides 119");
  });

  it("'Thông tư này hướng dẫn … ban hành kèm theo Quyết định số X …, gồm:': only the first sentence's documents (fresh46b-013)", () => {
    const text = circular(
      "Điều 1. Sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 như sau:\n" +
        "“Điều 1. Phạm vi áp dụng\nThông tư này hướng dẫn một số nội dung thuộc Chương trình ban hành kèm theo Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ, gồm:\n" +
        "1. Hoạt động quy định tại Điều 3 Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ.”\n" +
        "Điều 2. Thông tư này có hiệu lực từ ngày ký.\n",
    );
    const n = nested(text);
    expect(n.filter((r) => r.startsWith("09 guides"))).toEqual(["09 guides 90"]);
  });

  it("a quoted article that does not detail or guide, or one quoted where nothing is amended, relates nothing", () => {
    const regulates = circular(
      "Điều 1. Sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 như sau:\n" +
        "“Điều 1. Phạm vi điều chỉnh\nThông tư này áp dụng cho các đối tượng quy định tại Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022.”\n",
    );
    expect(nested(regulates).filter((r) => r.includes("guides"))).toEqual([]);
    const quotedOnly =
      "SỞ TƯ PHÁP\nSố: 12/STP-VP\nV/v góp ý dự thảo\nKính gửi: Bộ Tư pháp\nDự thảo Thông tư số 09/2022/TT-BLĐTBXH quy định như sau:\n" +
      "“Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022.”\n";
    expect(nested(quotedOnly).filter((r) => r.includes("guides"))).toEqual([]);
  });
});
