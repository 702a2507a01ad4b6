import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { rolesByNumber as rolesOf } from "../../helpers/roles.js";

// A report (KindEntry.recounts) lists measures it proposes or tasks it plans: past its first division, its
// "quán triệt/thực hiện X" is one of them, not what the report carries out (reach-limits.ts recountedTask).
describe("a report's listed measures and planned tasks", () => {
  it("an initiative report's solutions: \"3. Quán triệt thực hiện nghiêm túc Nghị quyết số …; Chỉ thị số …\" (fresh49d-002)", () => {
    const text =
      "BÁO CÁO MÔ TẢ SÁNG KIẾN\n1. Tên sáng kiến: Một số giải pháp nâng cao trách nhiệm công chức thuế.\nb. Nội dung sáng kiến:\nNhóm đưa ra một số giải pháp như sau:\n3. Quán triệt thực hiện nghiêm túc Nghị quyết số 18/NQ-TW ngày 25/10/2017 của Ban Chấp hành Trung ương về đổi mới, sắp xếp tổ chức bộ máy; Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh; Quyết định số 828/QĐ-BTC ngày 8/6/2020 của Bộ trưởng Bộ Tài chính ban hành Quy chế văn hóa công sở.\n";
    expect(rolesOf(text)).toEqual({ "18": "references", "05": "references", "828": "references" });
  });

  it("a monthly report's plan: \"1 . ⏎ Tập trung triển khai thực hiện Quyết định số …\" (seg34-007)", () => {
    const text =
      "BÁO CÁO\nTình hình thực hiện nhiệm vụ công tác tháng 02 và kế hoạch công tác tháng 3 năm 2010\nIi. chỉ đạo triển khai công tác chuyên môn \n1 . \nTập trung triển khai thực hiện Quyết định số 143/QĐ-LĐTBXH ngày 26 tháng 01 năm 2010 về việc ban hành chương trình công tác năm 2010 \n";
    expect(rolesOf(text)).toEqual({ "143": "references" });
  });

  it("a report's item telling of a document issued under X hands X on: \"Thực hiện Quyết định số … ⏎ …, UBND tỉnh … đã ban hành Kế hoạch số …\" (fresh30v-010)", () => {
    const text =
      "BÁO CÁO\nKết quả theo dõi thi hành pháp luật năm 2016\nI. CÔNG TÁC CHỈ ĐẠO\n1. Ban hành các văn bản chỉ\nđạo, điều hành\nThực hiện Quyết định số\n1126/QĐ-BTP ngày 26/5/2016 của Bộ Tư pháp ban hành Kế hoạch theo dõi tình hình\nthi hành pháp luật về nhà ở xã hội, UBND tỉnh Quảng Bình đã ban hành Kế hoạch số 1093/KH-UBND ngày\n14/7/2016 về Theo dõi tình hình thi hành pháp luật về nhà ở xã hội.\n";
    const nested = analyze(text).relations.filter((x) => x.type === "implements").map((x) => [x.from, x.to]);
    expect(nested).toEqual([["1093/KH-UBND@2016~quang-binh", "1126/QĐ-BTP@2016"]]);
  });

  it("a report's opening, before any division, and a plan's purpose item keep implements", () => {
    expect(
      rolesOf("BÁO CÁO\nKết quả công tác năm 2024\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh, Sở Nội vụ báo cáo như sau:\nI. Kết quả\n"),
    ).toEqual({ "12": "implements" });
    expect(
      rolesOf("KẾ HOẠCH\nCông tác năm 2024\nI. Mục đích, yêu cầu\n1. Quán triệt thực hiện nghiêm túc Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"),
    ).toEqual({ "05": "implements" });
    // The same item under the plan's tasks sets the work for its addressees (taskItem, CONVENTIONS.md §11).
    expect(
      rolesOf("KẾ HOẠCH\nCông tác năm 2024\nI. Nhiệm vụ\n1. Quán triệt thực hiện nghiêm túc Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"),
    ).toEqual({ "05": "references" });
  });
});
