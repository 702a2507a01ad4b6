import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../src/index.js";
import { ITEM_MARKER } from "../../src/analyze/reach.js";
import { cpuRatio } from "../helpers/linear.js";

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

// A plan's opening lists what it carries out, then, after ";", what it rests on: "trên cơ sở" opens a
// clause of the basis, whose documents are no members of the list "Thực hiện" carries (vocab/cues.ts
// BASIS_CLAUSE_WORDS; Quảng Ngãi 1088/KH-UBND and a province police plan are drafted so).
describe("a clause opening 'trên cơ sở' ends the list 'Thực hiện' carries", () => {
  it("a conclusion's notice after '; trên cơ sở kết luận … tại' is not carried out", () => {
    const r = roles(
      "Thực hiện Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ; Công văn số 120/UBDT-KHTC ngày 02/02/2021 của Ủy ban Dân tộc; trên cơ sở kết luận của Thường trực Tỉnh ủy tại Thông báo số 1057-TB/TU ngày 10/5/2021, Chủ tịch UBND tỉnh ban hành Kế hoạch thực hiện như sau:",
    );
    expect([r["449"], r["120"]]).toEqual(["implements", "implements"]);
    expect(r["1057"]).not.toBe("implements");
  });

  it("a police unit's letter after '; trên cơ sở tham mưu của … tại' is not carried out", () => {
    const r = roles(
      "Thực hiện Quyết định số 1960/QĐ-BCA-C41 ngày 20/3/2020 của Bộ Công an; trên cơ sở tham mưu của Công an tỉnh tại Công văn số 823/CAT-PV01 ngày 15/4/2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    );
    expect(r["1960"]).toBe("implements");
    expect(r["823"]).not.toBe("implements");
  });

  it("a list member after ';' still goes on with the carried list", () => {
    const r = roles("Thực hiện Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ; Công văn số 120/UBDT-KHTC ngày 02/02/2021 của Ủy ban Dân tộc, UBND tỉnh ban hành Kế hoạch.");
    expect(r["120"]).toBe("implements");
  });
});

// A dash item under a point is named by its place ("gạch đầu dòng thứ nhất"), not a number: the reach
// reads past it to the document as past "điểm d khoản 2 mục II".
describe("a dash item counted by its place is a part the reach reads past", () => {
  it("\"thay thế quy định … tại gạch đầu dòng thứ nhất và gạch đầu dòng thứ năm điểm d khoản 2 mục II Thông tư số 65/2008/TT-BTC\" (Bộ Tài chính, seg34-018)", () => {
    const r = roles(
      "Điều 3. Thông tư này có hiệu lực sau 45 ngày , kể từ ngày ký , thay thế Thông tư số 57/2007/TT-BTC ngày 11/6/2007 ; thay thế quy định về mức chi dịch thuật và mức chi bồi dưỡng đối với cán bộ Việt Nam khi tham gia đàm phán tại gạch đầu dòng thứ nhất và gạch đầu dòng thứ năm điểm d khoản 2 mục II Thông tư số 65/2008/TT-BTC ngày 21/07/2008 của Bộ Tài chính .",
    );
    expect(r["65"]).toBe("replaces");
  });

  it("counted with a number, a comma after it: \"tại gạch đầu dòng thứ 7, điểm d khoản 1 Điều 183 Nghị định số 131/2021/NĐ-CP\" (Bộ Y tế, 2023)", () => {
    const r = roles(
      "Điều 2. Bãi bỏ quy định về chi phí điều trị vết thương , bệnh tật tái phát cho thương binh tại gạch đầu dòng thứ 7, điểm d khoản 1 Điều 183 Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ .",
    );
    expect(r["131"]).toBe("repeals");
  });
});

// A kind's initials for its word, straight before a number whose ký hiệu opens with them ("QĐ
// 23/2007/QĐ-BNN"), are the citation's kind word, so a link word before them ends the filler there
// (grammars/citation/tokens.ts ownCodeAhead).
describe("a link word before a kind's initials that the ký hiệu repeats", () => {
  it("listing52 row 24: \"sửa đổi nội dung một số thuốc trong danh mục … được phép sử dụng, kèm theo QĐ 23/2007/QĐ-BNN\"", () => {
    const r = roles("Quyết định sửa đổi nội dung một số thuốc trong danh mục thuốc Bảo vệ thực vật được phép sử dụng, kèm theo QĐ 23/2007/QĐ-BNN và đăng ký đặc cách một số thuốc");
    expect(r["23"]).toBe("amends");
  });

  it("initials the ký hiệu does not repeat stay a word: \"… kèm theo CT 23/2007/QĐ-BNN\" reaches nothing", () => {
    const r = roles("Quyết định sửa đổi nội dung một số thuốc trong danh mục thuốc Bảo vệ thực vật được phép sử dụng, kèm theo CT 23/2007/QĐ-BNN và đăng ký đặc cách một số thuốc");
    expect(r["23"]).toBe("references");
  });
});

// Older drafting names a document's kind and issuer before its number: "Quyết định của Bộ Chính trị
// số31-QĐ/TW". The citation is read from "số"; the kind and issuer before it are the document's, no
// words between the cue and its object (reach.ts withoutKindAndIssuer). A Party guidance (fresh29a-002)
// and a ministry's record (listing52 row 37) are drafted so.
describe("a kind and issuer written before 'số N' are the document's, not filler", () => {
  it("\"Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW … và Điều 2 Quyết định của Ban Bí thư số91-QĐ/TW\"", () => {
    const r = roles(
      "Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định “về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng” và Điều 2 Quyết định của Ban Bí thư số91-QĐ/TW, ngày 16-02-2004 bổ sung thẩm quyền ban hành văn bản, Ban Bí thư hướng dẫn như sau:",
    );
    expect(r["31"]).toBe("implements");
    expect(r["91"]).toBe("implements");
  });

  it("\"… ban hành kèm theo Quyết định của Bộ trưởng Bộ Thương mại số 1420/2004/QĐ-BTM\" after \"bổ sung\"", () => {
    const a = analyze(
      "Về việc bổ sung Phụ lục 3 Quy chế cấp Giấy chứng nhận xuất xứ hàng hóa của Việt Nam-mẫu D ban hành kèm theo Quyết định của Bộ trưởng Bộ Thương mại số 1420/2004/QĐ-BTM ngày 04 tháng 10 năm 2004",
      { known: { number: "QĐ01/2007/QĐ-BCT", date: "27/08/2007" } },
    );
    expect(a.citations.find((c) => c.number === "1420")?.role).toBe("amends");
  });

  it("an issuer whose words go on into a description is no issuer: the stretch is filler as before", () => {
    const r = roles(
      "Thi hành Điều 2 Quyết định của Ủy ban nhân dân tỉnh về việc quản lý các khu công nghiệp trên địa bàn tỉnh theo quy hoạch đã được phê duyệt số 31/QĐ-UBND, Sở hướng dẫn như sau:",
    );
    expect(r["31"]).not.toBe("implements");
  });

  it("a kind and issuer before a citation that names its own kind are left alone", () => {
    const r = roles(
      "Thi hành Điều 2 Quyết định của Bộ Chính trị về công tác cán bộ và các văn bản hướng dẫn Quyết định số 31-QĐ/TW, Ban Bí thư hướng dẫn như sau:",
    );
    expect(r["31"]).not.toBe("implements");
  });
});

// Word and PDF exports leave blanks at a line's end: a year with its stop before them ("2022. ⏎")
// opens no item, as it opens none before the line break alone. An item's number alone on its line is a marker with blanks after it or without.
describe("blanks at a line's end after a number and its stop change no item marker", () => {
  it.each([
    ["2022. \nThực hiện", false],
    ["2022.\t\nThực hiện", false],
    ["- \nBộ Tài chính", false],
    ["2022.\nThực hiện", false],
    ["1 . \nTiếp tục quán triệt", true],
    ["1 .\nTiếp tục quán triệt", true],
    ["I.  \nNội dung", true],
    ["I.\nNội dung", true],
    ["1. Thực hiện", true],
    ["1.  Thực hiện", true],
    ["- Bộ Tài chính", true],
    ["II.Căn cứ", true],
  ])("%j: %s", (opening, marker) => {
    expect(ITEM_MARKER().test(opening)).toBe(marker);
  });

  it("a year and its stop ending a line with a blank after it leave the next sentence's cue the document's own (fresh30b-010)", () => {
    const text = readFileSync(new URL("../../fixtures/fresh/fresh30b/texts/fresh30b-010.txt", import.meta.url), "utf8");
    const role = (t: string) => analyze(t).citations.find((c) => c.number === "1832")?.role;
    expect(role(text)).toBe("implements");
    expect(role(text.replace("2022.\nThực hiện", "2022. \nThực hiện"))).toBe("implements");
  });
});

// A pinpoint's designators as a bare list or a range, the part word said once ("khoản 1, 2 Điều 35",
// "Điều 13 đến Điều 19"): the reach reads past them as past "khoản 1 Điều 1" (reach.ts DESIGNATORS).
describe("a pinpoint chain holding a range or a bare list is read past", () => {
  const edges = (text: string) => new Set(analyze(text).relations.map((r) => `${r.to.split("@")[0]} ${r.type}`));

  it("\"thay thế và bãi bỏ các quy định … tại khoản 1 Điều 1, …, Điều 13 đến Điều 19, …, khoản 1, 2 Điều 35 Nghị định số 47/2021/NĐ-CP\" (fixtures/fresh/fresh56e-006)", () => {
    const e = edges(
      "Điều 25. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày ký ban hành.\n2. Nghị định này thay thế và bãi bỏ các quy định về doanh nghiệp quốc phòng an ninh tại khoản 1 Điều 1, khoản 2 Điều 2, Điều 13 đến Điều 19, khoản 1 Điều 23, khoản 3 Điều 30, khoản 3 Điều 34, khoản 1, 2 Điều 35 Nghị định số 47/2021/NĐ-CP.\n",
    );
    expect(e.has("47/2021/NĐ-CP replaces")).toBe(true);
    expect(e.has("47/2021/NĐ-CP repeals")).toBe(true);
  });

  it("a range alone, and a bare list alone, before the document", () => {
    const range = edges("Điều 3. Bãi bỏ các quy định tại khoản 2 Điều 1, Điều 5 đến Điều 9, khoản 4 Điều 12 Quyết định số 15/2020/QĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân tỉnh.\n");
    expect(range.has("15/2020/QĐ-UBND repeals")).toBe(true);
    const list = edges("Điều 3. Bãi bỏ các quy định tại khoản 2 Điều 1, khoản 3 Điều 4, điểm a, b khoản 1, 2 Điều 7 Quyết định số 15/2020/QĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân tỉnh.\n");
    expect(list.has("15/2020/QĐ-UBND repeals")).toBe(true);
  });

  it("linear on a long bare list that ends in no document", () => {
    const make = (n: number) => `Điều 3. Bãi bỏ các quy định tại khoản ${"1, ".repeat(20 * n)}đến hết.\n`;
    expect(cpuRatio((t) => analyze(t), make(800), make(100), 5, 24)).toBeLessThan(24);
  });
});

describe("an act on provisions named by their subject reaches the document past FAR_WORDS", () => {
  const edges = (text: string) => new Set(analyze(text).relations.map((r) => `${r.to.split("@")[0]} ${r.type}`));
  const about =
    "quy định về phụ cấp đặc thù đối với nhà giáo dạy tích hợp, nhà giáo là nghệ nhân, người có trình độ kỹ năng nghề cao dạy thực hành và phụ cấp ưu đãi đối với nhà giáo dạy người khuyết tật";

  it("\"7. Bãi bỏ quy định về phụ cấp … đối với nhà giáo dạy người khuyết tật quy định tại Điều 4, …, Điều 9 Nghị định số 113/2015/NĐ-CP\" (fixtures/fresh/fresh47a-014)", () => {
    const e = edges(`Điều 1. Sửa đổi, bổ sung một số điều\n7. Bãi bỏ ${about} quy định tại Điều 4, Điều 5, Điều 6, Điều 7, Điều 8 và Điều 9 Nghị định số 113/2015/NĐ-CP ngày 09 tháng 11 năm 2015 của Chính phủ.\n`);
    expect(e.has("113/2015/NĐ-CP repeals")).toBe(true);
  });

  it("not where the stretch names no provisions, or holds a clause's stop", () => {
    const bare = edges(`Điều 1. Sửa đổi, bổ sung một số điều\n7. Bãi bỏ ${about.replace("quy định về ", "")}, những người đã được hưởng theo quy định tại Điều 4 Nghị định số 113/2015/NĐ-CP.\n`);
    expect(bare.has("113/2015/NĐ-CP repeals")).toBe(false);
    const stopped = edges(`Điều 1. Sửa đổi, bổ sung một số điều\n7. Bãi bỏ ${about.replace("nghệ nhân,", "nghệ nhân;")} quy định tại Điều 4 Nghị định số 113/2015/NĐ-CP.\n`);
    expect(stopped.has("113/2015/NĐ-CP repeals")).toBe(false);
  });
});

// A list whose separator was left out: the next member's kind word and number right after the last one's ký hiệu
// ("… tại công văn số 4582/BCT-XNK công văn số 3415/BCT-XNK và công văn số 3933/BCT-XNK": the customs portal's subject
// line, fixtures/fresh/listing61 row 70; "… theo Luật số 48/2014/QH13 Luật s 97/2015/QH13, …": Luật 35/2018/QH14's
// enacting formula, fresh61c-001; "Thực hiện Nghị quyết số 96/NQ-CP ngày 01/8/2022 của Chính phủ Chương trình hành
// động số 23-CTr/TU …": Tuyên Quang's plan, fresh30h-014).
describe("a list's next member written with no separator, its kind word and number right after the last one", () => {
  it("goes on with the list", () => {
    const r = roles("V/v thực hiện hướng dẫn tại công văn số 4582/BCT-XNK công văn số 3415/BCT-XNK và công văn số 3933/BCT-XNK của Bộ Công Thương");
    expect([r["4582"], r["3415"], r["3933"]]).toEqual(["implements", "implements", "implements"]);
    const nested = analyze("Căn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13 Luật s 97/2015/QH13;");
    const amenders = nested.relations.filter((x) => x.type === "amends" && x.to === "23/2004/QH11").map((x) => x.from);
    expect(amenders).toEqual(["48/2014/QH13", "97/2015/QH13"]);
  });

  it("not past a line's end, nor where the words after the ký hiệu are no kind word and number", () => {
    const r = roles("V/v thực hiện hướng dẫn tại công văn số 4582/BCT-XNK\ncông văn số 3415/BCT-XNK của Bộ Công Thương");
    expect(r["3415"]).not.toBe("implements");
    const s = roles("V/v thực hiện hướng dẫn tại công văn số 4582/BCT-XNK gửi công văn số 3415/BCT-XNK của Bộ Công Thương");
    expect(s["3415"]).not.toBe("implements");
  });
});
