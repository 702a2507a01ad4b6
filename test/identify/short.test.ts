import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const shorts = (text: string) =>
  extract(text)
    .filter((c) => c.form === "short")
    .map((c) => ({ raw: c.raw, id: c.id, date: c.date, issuer: c.issuer?.name ?? null, warnings: c.warnings.map((w) => w.code) }));

describe("identifyShort: a numbered mention without a ký hiệu", () => {
  it("takes the full citation of its kind and number in the text, dated or not, as before", () => {
    const t = "Căn cứ Thông tư số 06/1986/TT-BTC ngày 16/7/1986 của Bộ Tài chính; theo Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Tài chính.";
    expect(shorts(t)).toEqual([{ raw: "Thông tư số 06", id: "06/1986/TT-BTC", date: "1986-07-16", issuer: "Bộ Tài chính", warnings: [] }]);
  });

  it("a mention whose number lost its year is no second candidate beside the one with its year: '55/NĐ-CP' and '55/2015/NĐ-CP'", () => {
    // fresh60c-010 (a district's news): "Hội nghị triển khai Nghị định 55/NĐ-CP của Chính phủ … Nghị định 55/2015/NĐ-CP ngày 9-6-2015 … Nghị định 55".
    const t = "triển khai Nghị định 55/NĐ-CP của Chính phủ. Huyện đã triển khai Nghị định 55/2015/NĐ-CP ngày 9-6-2015; qua 3 năm thực hiện Nghị định 55, dư nợ tăng.";
    expect(shorts(t)).toEqual([{ raw: "Nghị định 55", id: "55/2015/NĐ-CP", date: "2015-06-09", issuer: "Chính phủ", warnings: [] }]);
    // Dated, the yearless one's date must be of that year (fresh30x-013: "Nghị định số 44/NĐ-CP ngày 06 tháng 5 năm 2015").
    expect(shorts("Nghị định số 44/NĐ-CP ngày 06 tháng 5 năm 2015; Nghị định số 44/2015/NĐ-CP; Nghị định 44 quy định").map((s) => s.id)).toEqual(["44/2015/NĐ-CP"]);
    expect(shorts("Nghị định số 44/NĐ-CP ngày 06 tháng 5 năm 2014; Nghị định số 44/2015/NĐ-CP; Nghị định 44 quy định").map((s) => s.warnings)).toEqual([["short-form-ambiguous"]]);
    // Two with a year, or another ký hiệu: still two documents.
    expect(shorts("Nghị định 55/NĐ-CP; Nghị định 55/2015/NĐ-CP; Nghị định 55/2016/NĐ-CP; Nghị định 55 quy định").map((s) => s.warnings)).toEqual([["short-form-ambiguous"]]);
    expect(shorts("Quyết định 55/QĐ-UBND; Quyết định 55/2015/QĐ-TTg; Quyết định 55 quy định").map((s) => s.warnings)).toEqual([["short-form-ambiguous"]]);
  });

  it("with two full citations of its number stays ambiguous, its date notwithstanding", () => {
    const t = "Quyết định số 12/QĐ-UBND ngày 5/3/2020, Quyết định số 12/QĐ-SYT ngày 5/3/2020; Quyết định số 12 ngày 5/3/2020 của Sở Y tế.";
    expect(shorts(t).map((s) => s.warnings)).toEqual([["short-form-ambiguous"]]);
  });

  it("its full date written after it leaves out the full citations of its number dated otherwise", () => {
    const t = "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh; bãi bỏ Quyết định số 12 ngày 1/2/2019 của UBND tỉnh; theo Quyết định số 12 ngày 5/3/2020.";
    expect(shorts(t).map((s) => s.id)).toEqual(["bare:decision/12@2019-02-01/UBND", "12/QĐ-UBND@2020"]);
    // Two of its number, one of its date: that one.
    const two = "Quyết định số 12/QĐ-UBND ngày 5/3/2020, Quyết định số 12/QĐ-SYT ngày 6/3/2020; Quyết định số 12 ngày 6/3/2020.";
    expect(shorts(two).map((s) => [s.id, s.warnings])).toEqual([["12/QĐ-SYT@2020", []]]);
  });

  it("with none, and its full date written after it, is a document of its own: a bare id, its date and issuer, a warning", () => {
    expect(shorts("Căn cứ Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương ;")).toEqual([
      {
        raw: "Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương",
        id: "bare:circular/06@1986-07-16/bo-noi-thuong",
        date: "1986-07-16",
        issuer: "Bộ Nội thương",
        warnings: ["symbol-missing"],
      },
    ]);
    expect(shorts("Xét đề nghị của Giám đốc Sở Công nghiệp tại Tờ trình số 78 ngày 10 tháng 5 năm 1999,")).toEqual([
      { raw: "Tờ trình số 78 ngày 10 tháng 5 năm 1999", id: "bare:submission/78@1999-05-10", date: "1999-05-10", issuer: null, warnings: ["symbol-missing"] },
    ]);
  });

  it("without a full date, or with a year after its number, stays unresolved", () => {
    expect(shorts("Thực hiện Quyết định số 15 năm 2020 của tỉnh.").map((s) => s.id)).toEqual(["short:decision/15@?"]);
    expect(shorts("Thực hiện Nghị định 100/2019 ngày 30/12/2019 của Chính phủ.").map((s) => s.id)).toEqual(["short:decree/100@?"]);
    expect(shorts("Thực hiện Quyết định số 15 ngày 12 tháng 3.").map((s) => s.id)).toEqual(["short:decision/15@?"]);
  });
});

describe("identifyShort: a short form that names its issuer", () => {
  it("is never the one full citation of its number whose ký hiệu names another body: unresolved, with a warning", () => {
    // fresh29a-003 (a Party congress's resolution on Hà Nội): the Politburo's 15-NQ/TW cited in full, then
    // the National Assembly's resolution 15 on the capital's new boundaries by its number and issuer.
    const t =
      "I- Tình hình và kết quả 10 năm thực hiện Nghị quyết 15-NQ/TW của Bộ Chính trị\nHà Nội\ncòn thực hiện chủ trương lớn về mở rộng địa giới hành chính Thủ đô theo Nghị quyết 15\ncủa Quốc hội khoá XII và nhiều nhiệm vụ quan trọng";
    const [short] = extract(t).filter((c) => c.form === "short");
    expect([short.raw, short.id, short.issuer]).toEqual(["Nghị quyết 15", "short:resolution/15@?", null]);
    expect(short.warnings.map((w) => [w.code, w.message])).toEqual([
      ["short-form-unresolved", '"Nghị quyết 15" names Quốc hội as its issuer; 15-NQ/TW@?, the only resolution 15 cited in full, is another body\'s'],
    ]);
  });

  it("takes the one full citation whose ký hiệu names the same body, whatever code or term it is written with", () => {
    expect(shorts("Căn cứ Nghị quyết số 15-NQ/TW ngày 15/12/2000 của Bộ Chính trị; thực hiện Nghị quyết 15 của Bộ Chính trị").map((s) => [s.id, s.warnings])).toEqual([["15-NQ/TW@2000", []]]);
    expect(shorts("Căn cứ Nghị quyết số 15/2008/QH12 ngày 29/5/2008; theo Nghị quyết 15 của Quốc hội khoá XII").map((s) => [s.id, s.warnings])).toEqual([["15/2008/QH12", []]]);
    // An older committee's code (UB) and "UBND" name one body.
    expect(shorts("Căn cứ Quyết định số 15/QĐ-UB ngày 1/2/1999; bãi bỏ Quyết định 15 của UBND tỉnh").map((s) => [s.id, s.warnings])).toEqual([["15/QĐ-UB@1999", []]]);
    // A body the issuer table does not know says nothing against the ký hiệu.
    expect(shorts("Căn cứ Quyết định số 15/QĐ-UBND ngày 1/2/2019; Quyết định 15 của Ban quản lý dự án").map((s) => s.id)).toEqual(["15/QĐ-UBND@2019"]);
  });

  it("a committee named after the document it carries out owns the 'của' after it: the one full citation is taken", () => {
    // fresh56b-013 (Báo Quảng Nam): the provincial Party committee's working group for the Politburo's
    // directive, "Bộ phận giúp việc (thực hiện) Chỉ thị 03 của Tỉnh ủy", beside 03-CT/TW cited in full.
    const t =
      "tổ chức thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị (khóa XI). Chiều qua, Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy đã làm việc với Huyện ủy. Trước đó, Bộ phận giúp việc Chỉ thị 03 của Tỉnh ủy cũng đã làm việc với Đảng ủy xã.";
    expect(shorts(t).map((s) => [s.raw, s.id, s.warnings])).toEqual([
      ["Chỉ thị 03", "03-CT/TW@?", []],
      ["Chỉ thị 03", "03-CT/TW@?", []],
    ]);
    // fresh29g-009's and seg34-007's drafting: "Tổ công tác chuyên trách thực hiện Đề án 30 của Ủy ban nhân dân tỉnh".
    const group = "Căn cứ Chỉ thị số 05/CT-TTg ngày 1/2/2020 của Thủ tướng Chính phủ; Tổ công tác chuyên trách thực hiện Chỉ thị số 05 của Ủy ban nhân dân tỉnh báo cáo.";
    expect(shorts(group).map((s) => s.id)).toEqual(["05/CT-TTg@2020"]);
    // Without the committee, "của Tỉnh ủy" is the directive's issuer: another body's, unresolved.
    expect(shorts("Thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị; theo Chỉ thị 03 của Tỉnh ủy.").map((s) => s.id)).toEqual(["short:directive/03@?"]);
  });
});

// identifyShort copies the one full citation field by field (overlaid), each field written once, where a spread wrote
// start and end twice and made V8 recompile eight analyze functions a process (bench/README, session 57): the copy
// must be what the spread gave, key for key and in the same order, as NDJSON and JSON output print keys in order.
describe("a resolved short form is the full citation's copy with the mention's own span and text", () => {
  it("has the full citation's keys in their order, and the spread's values", () => {
    const text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ; thực hiện Nghị định 61 nêu trên.";
    const [full, short] = extract(text);
    expect(short.form).toBe("short");
    expect(Object.keys(short)).toEqual(Object.keys(full));
    const spread = { ...full, start: short.start, end: short.end, raw: short.raw, kindText: short.kindText, form: "short", numberStart: short.numberStart, numberEnd: short.end, warnings: [] };
    expect(JSON.stringify(short)).toBe(JSON.stringify(spread));
    expect(short.raw).toBe("Nghị định 61");
  });
});
