/**
 * A directive's or a plan's opening that states its purpose first, then what it carries out:
 * "Để …, thực hiện Chỉ thị số …, Chủ tịch UBND tỉnh yêu cầu", "Nhằm … và triển khai Quyết định số …,
 * UBND tỉnh ban hành Kế hoạch". Own sentences in that drafting pattern.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";
import { citedRoles } from "../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
const directive = (opening: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 07/CT-UBND\nBắc Kạn, ngày 20 tháng 3 năm 2024\nCHỈ THỊ\nVề việc tăng cường quản lý vật liệu nổ công nghiệp\n${opening}\n1. Công an tỉnh chủ trì kiểm tra.\n`;
const plan = (opening: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 88/KH-UBND\nPhú Yên, ngày 11 tháng 4 năm 2023\nKẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2023\n${opening}\nI. MỤC ĐÍCH, YÊU CẦU\n`;

describe("a purpose clause, then the document's own cue", () => {
  it("'Để …, thực hiện Chỉ thị số X …, Chủ tịch UBND tỉnh yêu cầu': the directive carries X out", () => {
    const a = analyze(directive(
      "Để ngăn chặn các vụ việc mất an toàn trong sử dụng vật liệu nổ, thực hiện Chỉ thị số 09/CT-TTg ngày 14/3/2023 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:",
    ));
    expect(citedRoles(a)).toEqual(["09 implements"]);
  });

  it("'Nhằm … và triển khai Quyết định số X …, UBND tỉnh ban hành Kế hoạch': the plan carries X out", () => {
    const a = analyze(plan(
      "Nhằm khai thác tiềm năng văn hóa của đồng bào và triển khai Quyết định số 522/QĐ-TTg ngày 08/5/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    ));
    expect(citedRoles(a)).toEqual(["522 implements"]);
  });

  it("head words after the comma too ('Để …, tiếp tục thực hiện Công điện số X')", () => {
    const a = analyze(directive(
      "Để bảo đảm an toàn cho người dân trong mùa mưa bão, tiếp tục thực hiện Công điện số 41/CĐ-TTg ngày 03/9/2023 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu:",
    ));
    expect(citedRoles(a)).toEqual(["41 implements"]);
  });

  it("another subject after the comma keeps the mention a reference ('Để các sở, ngành thực hiện Quyết định số X …')", () => {
    const a = analyze(plan(
      "Để các sở, ngành thực hiện Quyết định số 522/QĐ-TTg ngày 08/5/2022 của Thủ tướng Chính phủ đúng tiến độ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    ));
    expect(citedRoles(a)).toEqual(["522 references"]);
  });

  it("a report telling who issued what: 'Để …, thực hiện Chỉ thị số X, UBND tỉnh đã ban hành Kế hoạch số Y' names both; the report carries out neither", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 140/BC-UBND\nPhú Yên, ngày 02 tháng 10 năm 2023\nBÁO CÁO\nKết quả quản lý vật liệu nổ năm 2023\nĐể nâng cao hiệu quả quản lý, thực hiện Chỉ thị số 09/CT-TTg ngày 14/3/2023 của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 05/4/2023.\n",
    );
    expect(citedRoles(a)).toEqual(["09 references", "45 references"]);
  });

  it("a stop inside the purpose ends it: the next sentence's mention stands alone", () => {
    const a = analyze(plan(
      "Để phát triển du lịch bền vững. Các huyện, thực hiện Quyết định số 522/QĐ-TTg ngày 08/5/2022 của Thủ tướng Chính phủ, báo cáo kết quả.",
    ));
    expect(citedRoles(a)).toEqual(["522 references"]);
  });
});

describe("an adverb of manner before the cue ('Nghiêm túc thực hiện …')", () => {
  const letter = (opening: string) =>
    `ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG HỶ\nSố: 512/UBND-VP\nV/v bảo đảm an toàn giao thông dịp lễ\nĐồng Hỷ, ngày 25 tháng 4 năm 2023\nKính gửi: Các cơ quan, đơn vị trên địa bàn huyện\n${opening}\n`;

  it("'Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số X …, Chủ tịch UBND huyện yêu cầu': the letter carries X out", () => {
    const a = analyze(letter(
      "Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 37/CĐ-TTg ngày 20/4/2023, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:",
    ));
    expect(citedRoles(a)).toEqual(["37 implements"]);
  });

  it("said of others ('Các xã nghiêm túc thực hiện Chỉ thị số X'), the mention stays a reference", () => {
    const a = analyze(letter(
      "Các xã, thị trấn nghiêm túc thực hiện Chỉ thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ và báo cáo kết quả trước ngày 30/5/2023.",
    ));
    expect(citedRoles(a)).toEqual(["10 references"]);
  });
});

describe("a purpose clause on a line of its own after the recipients ('Kính gửi: …')", () => {
  it("'Kính gửi: Các cơ quan, đơn vị ⏎ Để …, thực hiện Công điện số X …': the letter carries X out", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG HỶ\nSố: 515/UBND-VP\nV/v phòng, chống cháy rừng\nĐồng Hỷ, ngày 26 tháng 4 năm 2023\nKính gửi: Các cơ quan, đơn vị trên địa bàn huyện\nĐể chủ động phòng, chống cháy rừng trong mùa khô, thực hiện Công điện số 38/CĐ-TTg ngày 21/4/2023 của Thủ tướng Chính phủ, Chủ tịch UBND huyện yêu cầu:\n",
    );
    expect(citedRoles(a)).toEqual(["38 implements"]);
  });
});
