/**
 * A joint document's own number in the state's older order (src/analyze/header/older-number-line.ts).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

const header = (number: string) =>
  ["TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc", `Số: ${number} Hà Nội, ngày 08 tháng 12 năm 1988`, "", "THÔNG TƯ LIÊN TỊCH", "HƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH", "Để thi hành Bộ luật tố tụng hình sự, hai ngành hướng dẫn như sau:", ""].join("\n");

describe("olderJointNumberLine", () => {
  it("reads 'Số: 01-TANDTC-VKSNDTC/TTLT' as the document's own number", () => {
    expect(readHeader(header("01-TANDTC-VKSNDTC/TTLT")).numberLine).toMatchObject({ number: "01", symbolParts: ["TANDTC", "VKSNDTC", "TTLT"] });
    const a = analyze(header("01-TANDTC-VKSNDTC/TTLT"), { path: "ttlt.txt" });
    expect(a.self).toMatchObject({ id: "01/TANDTC-VKSNDTC-TTLT@1988", kind: "joint-circular", number: "01", date: "1988-12-08" });
    expect(a.citations.filter((c) => c.number !== null).map((c) => [c.id, c.role])).toEqual([["01/TANDTC-VKSNDTC-TTLT@1988", "self"]]);
  });

  it("reads no number line where a code before the slash is no state body's or the code after it no type code", () => {
    expect(readHeader(header("01-TANDTC-XYZ/TTLT")).numberLine).toBeNull();
    expect(readHeader(header("01-TANDTC-VKSNDTC/ABC")).numberLine).toBeNull();
    expect(readHeader(header("01-TU-HU/TT")).numberLine).toBeNull();
  });
});
