import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameSlug, tidyName } from "../../src/identify/named.js";
import { analyze, extract } from "../../src/index.js";

/** What tidyName stands for, whatever its fast path: whitespace folded, no space before a comma, trimmed. */
const tidied = (raw: string) => raw.replace(/\s+/g, " ").replace(/ ,/g, ",").trim();

describe("tidyName", () => {
  it("folds whitespace, drops the space before a comma, trims", () => {
    expect(tidyName(" Tổ chức \n HĐND , UBND\t")).toBe("Tổ chức HĐND, UBND");
    expect(tidyName("Đất đai")).toBe("Đất đai");
    expect(tidyName("Đất\u00a0đai")).toBe("Đất đai");
  });

  it("drops what prints nothing: a CRLF file's CR read so between two words, a page's zero-width space (audit55)", () => {
    expect(tidyName("Quy chế làm việc của Ban\u2060\nChấp hành Trung ương")).toBe("Quy chế làm việc của Ban Chấp hành Trung ương");
    expect(tidyName("Luật Đất\u200b đai")).toBe("Luật Đất đai");
  });

  it("is the three replacements on any string of words, spaces, breaks and commas", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", ",", " ,", "a", "Đất", "đai");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join("");
        expect(tidyName(raw)).toBe(tidied(raw));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("nameSlug", () => {
  it("leaves '(sửa đổi)', a law enacted anew, out of the identity; keeps '(sửa đổi, bổ sung)'", () => {
    const ids = extract("Căn cứ Luật Tổ chức HĐND và UBND (sửa đổi) năm 2003; Luật Tổ chức HĐND và UBND ngày 26/11/2003; Luật Đất đai (sửa đổi, bổ sung) năm 2009;").map((c) => [c.name, c.id]);
    expect(ids).toEqual([
      ["Tổ chức HĐND và UBND (sửa đổi)", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003"],
      ["Tổ chức HĐND và UBND", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003"],
      ["Đất đai (sửa đổi, bổ sung)", "law:dat-dai-sua-doi-bo-sung@2009"],
    ]);
    expect(nameSlug("Đất đai ( sửa  đổi )")).toBe(nameSlug("Đất đai"));
  });

  it("expands a cooperative's initials: 'Luật HTX' is the Luật Hợp tác xã", () => {
    expect(nameSlug("HTX")).toBe("hop-tac-xa");
  });

  it("expands the procuracy's, the export and import duties' and an enterprise's initials (fresh31a 009, fresh30b 027, full32 019)", () => {
    const ids = extract("Thực hiện Luật tổ chức VKSND năm 2014, các nghị quyết của Ủy ban Thường vụ Quốc hội khóa XIII").map((c) => c.id);
    expect(ids).toEqual(["law:to-chuc-vien-kiem-sat-nhan-dan@2014"]);
    expect(nameSlug("Thuế XK, thuế NK")).toBe(nameSlug("Thuế xuất khẩu, thuế nhập khẩu"));
    expect(nameSlug("DN")).toBe(nameSlug("Doanh nghiệp"));
    expect(extract("V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019").map((c) => c.id)).toEqual(["law:doanh-nghiep@2014"]);
    // Written out, an ordinary word's initials are two words, as in prose: "doanh nghiệp" does not fit this sentence into a name (dev 047).
    const prose = "Trước đây , các quy định trong Luật Kinh doanh buộc người muốn thành lập doanh nghiệp phải nộp đơn xin phép thành lập với nhiều điều kiện phức tạp .";
    expect(extract(prose).map((c) => c.id)).toEqual([]);
  });

  it("expands a small and medium enterprise's initials: 'Luật Hỗ trợ DNNVV' is the law its Căn cứ names in full (fresh47b 009; Bộ KH&ĐT 4055/BKHĐT-PTDN)", () => {
    expect(nameSlug("Hỗ trợ DNNVV")).toBe(nameSlug("Hỗ trợ doanh nghiệp nhỏ và vừa"));
    const text = "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017; Nghị định số 80/2021/NĐ-CP ngày 26 tháng 8 năm 2021 của Chính phủ. 1. Mục đích - Triển khai đồng bộ, hiệu quả các nội dung của Luật Hỗ trợ DNNVV, Nghị định số 80/2021/NĐ-CP.";
    const ids = extract(text).filter((c) => c.id.startsWith("law:")).map((c) => c.id);
    expect(ids).toEqual(["law:ho-tro-doanh-nghiep-nho-vua@2017", "law:ho-tro-doanh-nghiep-nho-vua@?"]);
    // The undated mention is the dated law of the same name, as the analysis merges them.
    const carriedOut = analyze(text).relations.filter((r) => r.type === "implements").map((r) => r.to);
    expect(carriedOut).toContain("law:ho-tro-doanh-nghiep-nho-vua@2017");
  });

  it("leaves initials in parentheses that restate the name's words out of the identity (fresh30e 017, fresh30k 011)", () => {
    const text = "Căn cứ Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006;";
    expect(extract(text).map((c) => c.id)).toEqual(["law:phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-nguoi@2006"]);
    expect(nameSlug("Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)")).toBe(nameSlug("Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người"));
    expect(nameSlug("Bảo hiểm y tế (BHYT)")).toBe("bao-hiem-y-te");
    // Not a revision mark, a term, a date: "(khoá X)" stays.
    expect(nameSlug("Quy chế làm việc (khoá X)")).toBe("quy-che-lam-viec-khoa-x");
  });
});

describe("nameSlug of a name lower-cased whole", () => {
  it("expands its initials as in capitals: 'tổ chức hđnd và ubnd' is one law with its name written out", () => {
    expect(nameSlug("tổ chức hđnd và ubnd")).toBe(nameSlug("Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"));
    expect(nameSlug("ban hành văn bản qppl")).toBe(nameSlug("Ban hành văn bản QPPL"));
  });

  it("reads initials in lower case as written where the name has a capital", () => {
    expect(nameSlug("Tổ chức hđnd")).toBe("to-chuc-hdnd");
  });
});

describe("a name and year two laws share, dated with the day one was passed", () => {
  // Quyết định 1589/QĐ-TTg (2025) and council resolutions since July 2025 cite the law of 16 June 2025 so;
  // Nghị quyết 76/2025/UBTVQH15 cites the law of 19 February 2025 by its number.
  it("is that law: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025' is 72/2025/QH15", () => {
    const ids = (t: string) => extract(t).map((c) => [c.form, c.date, c.id]);
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")).toEqual([["named", "2025-06-16", "72/2025/QH15"]]);
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;")).toEqual([["named", "2025-06-16", "72/2025/QH15"]]);
    expect(ids("Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 02 năm 2025;")).toEqual([["named", "2025-02-19", "65/2025/QH15"]]);
    // The numbered law's issuer, the term's, as "Luật … số 72/2025/QH15" gives it.
    expect(extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;")[0].issuer).toMatchObject({ code: "QH15", name: "Quốc hội khóa XV" });
    expect(extract("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")[0].issuer).toMatchObject({ code: "QH", name: "Quốc hội" });
  });

  it("stays the name's id with the year alone or another day, and for a law no other shares its name and year with", () => {
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2025"]);
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương ngày 24 tháng 6 năm 2025;")).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2025"]);
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2015"]);
    expect(ids("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;")).toEqual(["law:to-chuc-chinh-phu@2025"]);
  });
});
