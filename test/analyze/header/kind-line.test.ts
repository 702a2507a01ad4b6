/**
 * The kind line in capitals (src/analyze/header/kind-line.ts): a consolidated text's footnote mark glued to it.
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

// The opening of a consolidated decree as the Công báo prints it (fixtures/fresh/fresh61c-009, its numbers changed):
// the kind line anchors footnote 1, "Văn bản này được hợp nhất từ …".
const consolidated = (kindLine: string) =>
  [
    "CÔNG BÁO/Số 130/Ngày 28-02-2026",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    kindLine,
    "Quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng",
    "______________",
    "Nghị định số 11/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng, có hiệu lực kể từ ngày 01 tháng 07 năm 2025, được sửa đổi, bổ sung bởi:",
    "Nghị định số 22/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 11/2025/NĐ-CP, có hiệu lực kể từ ngày 01 tháng 01 năm 2026.",
    "Căn cứ Luật Thuế giá trị gia tăng ngày 26 tháng 11 năm 2024;",
    "Chính phủ ban hành Nghị định quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng.",
    "",
  ].join("\n");

describe("a kind line with a footnote's number glued to the kind word ('NGHỊ ĐỊNH1', 'THÔNG TƯ1')", () => {
  it("is the kind line, the mark no part of the kind, as the line without it is", () => {
    expect(readHeader(consolidated("NGHỊ ĐỊNH1"))).toMatchObject({ kind: "decree", title: "Quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng" });
    const pick = (h: ReturnType<typeof readHeader>) => ({ kind: h.kind, title: h.title });
    expect(pick(readHeader(consolidated("NGHỊ ĐỊNH1")))).toEqual(pick(readHeader(consolidated("NGHỊ ĐỊNH"))));
    expect(readHeader(consolidated("THÔNG TƯ12"))).toMatchObject({ kind: "circular" });
  });

  it("ends the title at its line: the amender listed in the consolidation note takes no guides from the title", () => {
    const roles = analyze(consolidated("NGHỊ ĐỊNH1"), { path: "vbhn.txt" }).citations.filter((c) => c.form !== "named").map((c) => [c.id, c.role]);
    expect(roles).toContainEqual(["22/2025/NĐ-CP", "references"]);
    expect(roles).not.toContainEqual(["22/2025/NĐ-CP", "guides"]);
  });

  it("is no kind line with three digits glued, nor with the number written apart ('QUYẾT ĐỊNH 123')", () => {
    expect(readHeader(consolidated("NGHỊ ĐỊNH123")).kind).not.toBe("decree");
  });
});
