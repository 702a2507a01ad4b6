/**
 * A directive's demand names what its addressees are to carry out, as a member of a list after a
 * mid-sentence "thực hiện nghiêm/tốt": "Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở … thực hiện
 * nghiêm các quy định …, Chỉ thị số 33/2008/CT-TTg" (15/CT-UBND Hà Nội 2018), "Thủ tướng Chính phủ yêu
 * cầu các Bộ … tập trung thực hiện tốt các Nghị quyết …, … và Nghị quyết số 05/2001/NQ-CP" (16/2001/CT-TTg).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { citedRoles } from "../../helpers/roles.js";

const document = (kind: string, number: string, body: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: ${number}\nNam Định, ngày 20 tháng 3 năm 2024\n${kind}\nVề việc tăng cường kỷ luật tài chính\n${body}\n1. Sở Tài chính chủ trì kiểm tra.\n`;
const directive = (body: string) => document("CHỈ THỊ", "07/CT-UBND", body);

const CHAIRMAN =
  "Để nâng cao hiệu quả quản lý ngân sách trên địa bàn tỉnh, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thuộc tỉnh và Chủ tịch UBND các huyện, thành phố chỉ đạo, kiểm tra các đơn vị trực thuộc thực hiện nghiêm các quy định của pháp luật, chấn chỉnh, tăng cường kỷ luật, kỷ cương trong quản lý, sử dụng ngân sách nhà nước, Chỉ thị số 33/2008/CT-TTg ngày 20/11/2008 của Thủ tướng Chính phủ, trong đó tập trung các nhiệm vụ sau:";

describe("a directive's demand: its issuer asks the addressees to carry out a list", () => {
  it("'Chủ tịch UBND tỉnh yêu cầu … thực hiện nghiêm …, Chỉ thị số X': the directive carries X out", () => {
    expect(citedRoles(analyze(directive(CHAIRMAN)))).toEqual(["33 implements"]);
  });

  it("'Chủ tịch UBND tỉnh yêu cầu các sở … thực hiện tốt các Nghị quyết …, … và Nghị quyết số X': the last member after 'và'", () => {
    const a = analyze(directive(
      "Để hoàn thành nhiệm vụ kế hoạch năm 2024, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương và cơ sở cần tập trung thực hiện tốt các Nghị quyết của Hội đồng nhân dân tỉnh, các giải pháp phát triển kinh tế - xã hội đã đề ra tại các phiên họp thường kỳ năm 2024 và Nghị quyết số 05/NQ-CP ngày 24 tháng 5 năm 2024 của Chính phủ; đồng thời thực hiện các nội dung sau:",
    ));
    expect(citedRoles(a)).toEqual(["05 implements"]);
  });

  it("a plan retelling such a demand does not carry the document out", () => {
    expect(citedRoles(analyze(document("KẾ HOẠCH", "88/KH-UBND", CHAIRMAN)))).toEqual(["33 references"]);
  });

  it("without how it is carried out ('thực hiện các quy định …') the list is no demand of the directive", () => {
    expect(citedRoles(analyze(directive(CHAIRMAN.replace("thực hiện nghiêm", "thực hiện"))))).toEqual(["33 references"]);
  });

  it("a history ('Thủ tướng Chính phủ đã ban hành chỉ thị số Y về thực hiện nghiêm …, Chỉ thị số X') carries out neither", () => {
    const a = analyze(directive(
      "Thủ tướng Chính phủ đã ban hành chỉ thị số 29/2008/CT-TTg về thực hiện nghiêm các quy định của pháp luật, chấn chỉnh kỷ luật, Chỉ thị số 33/2008/CT-TTg ngày 20/11/2008 của Thủ tướng Chính phủ, nhưng việc chấp hành còn hạn chế.",
    ));
    expect(citedRoles(a)).toEqual(["29 references", "33 references"]);
  });

  it("another subject's demand ('Sở Tài chính yêu cầu') is not the directive's", () => {
    expect(citedRoles(analyze(directive(CHAIRMAN.replace("Chủ tịch UBND tỉnh yêu cầu", "Sở Tài chính yêu cầu"))))).toEqual(["33 references"]);
  });
});
