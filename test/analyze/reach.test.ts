import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const roles = (text: string) => Object.fromEntries(analyze(text).citations.map((c) => [c.number, c.role]));

// A notice or dispatch names the direction it carries out at length (who concluded what, at which
// meeting), then gives the document holding it in parentheses opened by the link word "tại".
describe("a link word opening a parenthesis leads to the document a long description names", () => {
  it("\"Thực hiện kết luận của … tại cuộc họp … về công tác phòng, chống dịch bệnh (tại Thông báo số 35/TB-VPCP …)\"", () => {
    const r = roles(
      "Thực hiện kết luận của Phó Thủ tướng Chính phủ tại cuộc họp trực tuyến với các địa phương về công tác phòng, chống dịch bệnh trên đàn gia súc (tại Thông báo số 35/TB-VPCP ngày 12 tháng 2 năm 2019 của Văn phòng Chính phủ), Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:",
    );
    expect(r["35"]).toBe("implements");
  });

  it("the same description with no link word before the parenthesis reaches nothing", () => {
    const r = roles(
      "Thực hiện kết luận của Phó Thủ tướng Chính phủ tại cuộc họp trực tuyến với các địa phương về công tác phòng, chống dịch bệnh trên đàn gia súc năm trước (xem thêm Thông báo số 35/TB-VPCP ngày 12 tháng 2 năm 2019 của Văn phòng Chính phủ), Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:",
    );
    expect(r["35"]).not.toBe("implements");
  });
});
