import { describe, expect, it } from "vitest";
import { extract, parseCitation } from "../src/index.js";

const one = (text: string) => {
  const found = extract(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("extract: the anatomy of a citation (DOMAIN.md §1)", () => {
  it("reads every field of a full state citation", () => {
    const text = "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa";
    const c = one(text);
    expect(c).toMatchObject({
      kind: "decree",
      kindText: "Nghị định",
      number: "61",
      year: 2018,
      symbol: "NĐ-CP",
      typeCode: "NĐ",
      style: "state",
      date: "2018-04-23",
      issuer: { code: "CP", name: "Chính phủ", level: "central" },
      id: "61/2018/NĐ-CP",
      warnings: [],
    });
    expect(c.raw).toBe("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ");
    expect(text.slice(c.start, c.end)).toBe(c.raw);
  });

  it("reads administrative numbers with the year of their date in the id", () => {
    expect(one("Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020").id).toBe("749/QĐ-TTg@2020");
    expect(one("Quyết định 5165/QĐ-UBND").id).toBe("5165/QĐ-UBND@?");
  });

  it("reads both date forms", () => {
    expect(one("Công văn số 551/SNV-TCBCTCPCP ngày 08/4/2022").date).toBe("2022-04-08");
    expect(one("Quyết định số 608 /QĐ-UBND, ngày  19 /01/2022").date).toBe("2022-01-19");
    expect(one("Quyết định số 1147/QĐ-UBND, ngày 20/10/2022").date).toBe("2022-10-20");
    expect(one("Quyết định số 12/QĐ-UBND ngày 15.7.2021 của UBND tỉnh").date).toBe("2021-07-15");
    expect(one("Quyết định số 12/QĐ-UBND ngày 15-7-2021.").date).toBe("2021-07-15");
  });

  it("reads công văn ký hiệu without a type code", () => {
    expect(one("Công văn số 702/BTP-QLXLVPHC&TDTHPL ngày 15 tháng 3 năm 2021 của Bộ Tư pháp")).toMatchObject({
      kind: "official-letter",
      symbol: "BTP-QLXLVPHC&TDTHPL",
      typeCode: null,
      issuer: { code: "BTP" },
    });
    expect(one("Công văn số 1031/VP.UBND-NC").symbol).toBe("VP.UBND-NC");
    expect(one("văn bản số 123/UBND-VX").kind).toBe("official-letter");
  });

  it("infers the kind from the type code when the kind word is missing", () => {
    expect(one("theo 215/KH-UBND").kind).toBe("plan");
    expect(one("Luật số 80/2015/QH13").kind).toBe("law");
    expect(one("số 80/2015/QH13").kind).toBe("law");
  });

  it("inherits the kind in lists", () => {
    const list = extract("Thông tư số 61/2017/TT-BTC và 90/2018/TT-BTC");
    expect(list.map((c) => [c.kind, c.number, c.year, c.symbol, c.kindText])).toEqual([
      ["circular", "61", 2017, "TT-BTC", "Thông tư"],
      ["circular", "90", 2018, "TT-BTC", null],
    ]);
    const lower = extract("các quyết định số 12/2005/qđ-ub , quyết định số 30/2006/qđ-ub");
    expect(lower.map((c) => [c.kind, c.symbol])).toEqual([
      ["decision", "QĐ-UB"],
      ["decision", "QĐ-UB"],
    ]);
  });

  it("reads issuer phrases, with titles and places", () => {
    expect(one("Thông tư số 04/2021/TT-BTP ngày 21 tháng 6 năm 2021 của Bộ trưởng Bộ Tư pháp").issuer).toMatchObject({ code: "BTP", name: "Bộ Tư pháp" });
    expect(one("Kế hoạch số 215/KH-UBND ngày 22 tháng 12 năm 2021 của UBND tỉnh Hậu Giang").issuer).toMatchObject({
      code: "UBND",
      level: "province",
      place: "Hậu Giang",
      name: "Ủy ban nhân dân tỉnh Hậu Giang",
    });
    const c = one("Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương khoá XII về tiếp tục");
    expect(c.raw.endsWith("khoá XII")).toBe(true);
  });
});

describe("extract: a date's month run into 'tháng' ('ngày 9 tháng8 năm 2012')", () => {
  it("reads the date as if the space were there; the span covers the text as written", () => {
    const text = "Thực hiện Kế hoạch số 77/KH-UBND ngày 14 tháng9 năm 2016 của Ủy ban nhân dân huyện, BÁO CÁO SỐ 5/BC-SNV NGÀY 2 THÁNG10 NĂM 2017";
    expect(extract(text).map((c) => [c.raw, c.date, c.warnings.length])).toEqual([
      ["Kế hoạch số 77/KH-UBND ngày 14 tháng9 năm 2016 của Ủy ban nhân dân huyện", "2016-09-14", 0],
      ["BÁO CÁO SỐ 5/BC-SNV NGÀY 2 THÁNG10 NĂM 2017", "2017-10-02", 0],
    ]);
  });
});

describe("extract: a date's year split by a space ('ngày 2/9/20 19')", () => {
  it("reads the year whole, with a warning saying what was read; the span covers both halves", () => {
    const [c] = extract("Thực hiện Chỉ thị số 8/CT-UBND ngày 2/9/20 19 của UBND tỉnh về phòng chống dịch");
    expect([c.raw, c.date, c.id]).toEqual(["Chỉ thị số 8/CT-UBND ngày 2/9/20 19 của UBND tỉnh", "2019-09-02", "08/CT-UBND@2019"]);
    expect(c.warnings.map((w) => w.code)).toEqual(["split-year"]);
    // Left as it was: a two-digit year alone is an impossible date.
    expect(extract("Chỉ thị số 8/CT-UBND ngày 2/9/20 của UBND tỉnh")[0].warnings.map((w) => w.code)).toEqual(["invalid-date"]);
  });
});

describe("extract: numbers with a letter ('30a/2008/NQ-CP')", () => {
  it("reads the whole number, the letter in lower case in the id, the digits padded", () => {
    const ids = (t: string) => extract(t).map((c) => [c.number, c.id]);
    expect(ids("Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ")).toEqual([["30a", "30a/2008/NQ-CP"]]);
    expect(ids("Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ")).toEqual([["30c", "30c/NQ-CP@2011"]]);
    expect(ids("Quyết định số 2A/QĐ-UBND ngày 5/1/2020")).toEqual([["02a", "02a/QĐ-UBND@2020"]]);
  });

  it("resolves 'Nghị quyết 30a' to its full citation; no number where letters run on", () => {
    const text = "Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ; các huyện nghèo theo Nghị quyết 30a được hỗ trợ.";
    expect(extract(text).map((c) => [c.raw, c.id])).toEqual([
      ["Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ", "30a/2008/NQ-CP"],
      ["Nghị quyết 30a", "30a/2008/NQ-CP"],
    ]);
    expect(extract("Quyết định 30ab của tỉnh, tốc độ 3m/s, 8h/ngày")).toEqual([]);
  });

  it("reads a letter past d only where a year and an upper-case code follow, glued or spaced", () => {
    const ids = (t: string) => extract(t).map((c) => [c.number, c.id]);
    expect(ids("Thực hiện Nghị quyết số 7g/1999/NQ-HĐND ngày 4/3/1999 của Hội đồng nhân dân tỉnh")).toEqual([["07g", "07g/1999/NQ-HĐND"]]);
    expect(ids("theo Quyết định số 15k / 2003 / QĐ-UB ngày 2 / 6 / 2003 ;")).toEqual([["15k", "15k/2003/QĐ-UB"]]);
    expect(ids("Quyết định số 12h/ 2004/ QĐ-UBND")).toEqual([["12h", "12h/2004/QĐ-UBND"]]);
    // No year, or a lower-case word after it: a measure and a word, not a number.
    expect(extract("xe chạy 40km/h, 5m/2000/ha, số 6e/KH-UBND")).toEqual([]);
  });

  it("reads it before a lower-case code and its dash too, as a listing's lower-cased summary writes it, the id in upper case", () => {
    const ids = (t: string) => extract(t).map((c) => [c.raw, c.id]);
    expect(ids("bãi bỏ nghị quyết số 4k/2001/nq-hđnd ngày 9/8/2001 của hđnd tỉnh; thực hiện quyết định số 21m / 2006 / qđ - ubnd")).toEqual([
      ["nghị quyết số 4k/2001/nq-hđnd ngày 9/8/2001 của hđnd tỉnh", "04k/2001/NQ-HĐND"],
      ["quyết định số 21m / 2006 / qđ - ubnd", "21m/2006/QĐ-UBND"],
    ]);
    // A lower-case word with no dash after it is a unit or a word; a fraction or a speed has no year.
    expect(extract("năng suất 5t/2004/ha, đạt 1/2 số hộ, tốc độ 40 km/h, giá 3k/2019/kg.")).toEqual([]);
  });

  it("never reads the year after '<word> / ' as the number", () => {
    // The number unread (seven digits, a letter run on): nothing is found rather than the year as the number.
    for (const text of [
      "Quyết định số 1234567 / 2005 / QĐ-UB ngày 3/3/2005",
      "Nghị quyết số 4ab / 2001 / NQ-HĐND ngày 1/2/2001",
      "Chỉ thị số A1 / 2010 / CT-UBND",
    ]) {
      expect(extract(text).map((c) => c.id), text).toEqual([]);
    }
  });
});

describe("extract: numbers in two parts ('66.7/2025/NQ-CP')", () => {
  it("reads the whole number, dot kept; no number of its own after the dot", () => {
    const ids = (t: string) => extract(t).map((c) => [c.number, c.id]);
    expect(ids("Thực hiện Nghị quyết số 66.4/2025/NQ-CP ngày 3 tháng 12 năm 2025 của Chính phủ")).toEqual([["66.4", "66.4/2025/NQ-CP"]]);
    expect(ids("theo Nghị quyết 66.31/2026/NQ-CP và Nghị quyết số 8.2/NQ-CP ngày 9/1/2026")).toEqual([
      ["66.31", "66.31/2026/NQ-CP"],
      ["8.2", "8.2/NQ-CP@2026"],
    ]);
    // A thousands' separator is no second part: the citation is not read, rather than read as "234".
    expect(ids("Quyết định số 1.234/QĐ-TTg ngày 2/3/2024")).toEqual([]);
  });

  it("resolves 'Nghị quyết 66.4' to its full citation; a date or an amount after a kind word is no number", () => {
    const text = "Căn cứ Nghị quyết số 66.4/2025/NQ-CP ngày 3/12/2025 của Chính phủ; các thủ tục theo Nghị quyết 66.4 được cắt giảm.";
    expect(extract(text).map((c) => [c.raw, c.id])).toEqual([
      ["Nghị quyết số 66.4/2025/NQ-CP ngày 3/12/2025 của Chính phủ", "66.4/2025/NQ-CP"],
      ["Nghị quyết 66.4", "66.4/2025/NQ-CP"],
    ]);
    expect(extract("theo Quyết định 12.3.2020, Kế hoạch 1.500 hộ và Nghị quyết 66.4a")).toEqual([]);
  });
});

describe("extract: a number typed against 'số' or 'ngày'' ('số1234/QĐ-UBND', 'ngày23/4/2018')", () => {
  it("reads the citation as if the space were there, its span in the caller's text", () => {
    const text = "Căn cứ Quyết định số1234/QĐ-UBND ngày 12/3/2021 của UBND tỉnh Nghệ An; Nghị định SỐ61/2018/NĐ-CP.";
    const found = extract(text);
    expect(found.map((c) => [c.raw, c.id, c.date])).toEqual([
      ["Quyết định số1234/QĐ-UBND ngày 12/3/2021 của UBND tỉnh Nghệ An", "1234/QĐ-UBND@2021~nghe-an", "2021-03-12"],
      ["Nghị định SỐ61/2018/NĐ-CP", "61/2018/NĐ-CP", null],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(extract(text, { strategy: "whole-text" }).map((c) => [c.raw, c.id])).toEqual(found.map((c) => [c.raw, c.id]));
    expect(found[0].numberStart).toBe(text.indexOf("1234"));
  });

  it("reads a date typed against 'ngày' ('ngày23/4/2018'), and what follows it", () => {
    const [c] = extract("Căn cứ Quyết định số 123/QĐ-UBND ngày23/4/2018 của UBND tỉnh Nghệ An về việc");
    expect([c.raw, c.id, c.date]).toEqual(["Quyết định số 123/QĐ-UBND ngày23/4/2018 của UBND tỉnh Nghệ An", "123/QĐ-UBND@2018~nghe-an", "2018-04-23"]);
  });

  it("reads a date's 'ngày' run into the ký hiệu or name before it, as web copies write it ('…/QĐ-TTgngày 31 …')", () => {
    const text = "Căn cứ Quyết định số 71/QĐ-TTgngày 30 tháng 6 năm 2019 của Thủ tướng; Chỉ thị số 07-CT/TWNGÀY 12/8/2016; Căn cứ Luật Quy hoạch đô thịngày 17 tháng 6 năm 2009;";
    const found = extract(text);
    expect(found.map((c) => [c.raw, c.id, c.date])).toEqual([
      ["Quyết định số 71/QĐ-TTgngày 30 tháng 6 năm 2019 của Thủ tướng", "71/QĐ-TTg@2019", "2019-06-30"],
      ["Chỉ thị số 07-CT/TWNGÀY 12/8/2016", "07-CT/TW@2016", "2016-08-12"],
      ["Luật Quy hoạch đô thịngày 17 tháng 6 năm 2009", "law:quy-hoach-do-thi@2009", "2009-06-17"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(extract(text, { strategy: "whole-text" }).map((c) => [c.raw, c.id])).toEqual(found.map((c) => [c.raw, c.id]));
  });

  it("reads a kind's initials before 'số' as its kind word ('QĐ số 156/2006/QĐ-UB', 'KH số …', 'CV số …')", () => {
    const text = "Thực hiện KH số 45/KH-UBND ngày 2/3/2021 và QĐ số 156/2006/QĐ-UB; theo CV số 123/UBND-VX ngày 1/2/2020; thực hiện kh số 7/kh-ubnd";
    expect(extract(text).map((c) => [c.raw, c.kindText, c.kind, c.id])).toEqual([
      ["KH số 45/KH-UBND ngày 2/3/2021", "KH", "plan", "45/KH-UBND@2021"],
      ["QĐ số 156/2006/QĐ-UB", "QĐ", "decision", "156/2006/QĐ-UB"],
      ["CV số 123/UBND-VX ngày 1/2/2020", "CV", "official-letter", "123/UBND-VX@2020"],
      ["kh số 7/kh-ubnd", "kh", "plan", "07/KH-UBND@?"],
    ]);
    // The type code says more than the initials: a Party thông tri is a notice.
    expect(extract("TT số 01-TT/TW")[0].kind).toBe("notice");
    // Not before "số", the initials are words; inside a ký hiệu, its parts.
    expect(extract("CT số 5 đường Lê Lợi; KH 12 tháng")).toEqual([]);
    expect(extract("Quyết định 12/QĐ số")[0].kindText).toBe("Quyết định");
  });

  it("reads line ends a page shows as their escape ('\\r\\n') as line ends, the raw text the caller's own", () => {
    const text = "Căn cứ Kế hoạch số 54/KH-UBND\\r\\nngày 12/3/2021 của UBND tỉnh Lạng Sơn;\\r\\nCăn cứ Quyết định số\\r\\n15/QĐ-UBND ngày 2/1/2021;";
    const found = extract(text);
    expect(found.map((c) => [c.id, c.date])).toEqual([
      ["54/KH-UBND@2021~lang-son", "2021-03-12"],
      ["15/QĐ-UBND@2021", "2021-01-02"],
    ]);
    for (const c of found) expect(c.raw).toBe(text.slice(c.start, c.end));
    expect(found[0].raw).toContain("\\r\\nngày");
  });

  it("reads NEL (U+0085), a line break some converters write and JavaScript's \\s does not know, as the line break it is", () => {
    // The analysis reads NEL as a line end (unifyLineBreaks); the extractor read it as no space at
    // all: the kind word cut from its number, the date lost ("61/2018/NĐ-CP", no date).
    const lf = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\nCăn cứ Luật Đất đai;";
    // The kind word as written (its NEL the caller's, as in raw: crlf56), read as the same words.
    const view = (t: string) => extract(t).map((c) => [c.id, c.date, c.kindText?.replace(/\u0085/g, "\n"), c.start, c.end, c.raw === t.slice(c.start, c.end)]);
    for (const nel of [lf.replace(/\n/g, "\u0085"), lf.replace(/ /g, "\u0085"), lf.replace(/ /g, "\r\u0085")]) {
      expect(view(nel), JSON.stringify(nel)).toEqual(view(nel.replace(/\u0085/g, "\n")));
    }
    expect(view(lf.replace(/ /g, "\u0085"))[0]).toEqual(["61/2018/NĐ-CP", "2018-04-23", "Nghị\nđịnh", 7, 72, true]);
    expect(extract(lf.replace(/ /g, "\u0085"))[0].kindText).toBe("Nghị\u0085định");
  });

  it("reads the issuer after 'của' run into the date before it and the body after it ('ngày 3/5/2016củaỦy ban …')", () => {
    const text = "Căn cứ Kế hoạch số 21/KH-UBND ngày 3/5/2016củaỦy ban nhân dân tỉnh Lào Cai về việc chỉnh trang; theo Nghị định số 8/2014/NĐ-CP ngày 2 tháng 1 năm 2014CỦACHÍNH PHỦ;";
    const found = extract(text);
    expect(found.map((c) => [c.raw, c.id, c.issuer?.name])).toEqual([
      ["Kế hoạch số 21/KH-UBND ngày 3/5/2016củaỦy ban nhân dân tỉnh Lào Cai", "21/KH-UBND@2016~lao-cai", "Ủy ban nhân dân tỉnh Lào Cai"],
      ["Nghị định số 8/2014/NĐ-CP ngày 2 tháng 1 năm 2014CỦACHÍNH PHỦ", "08/2014/NĐ-CP", "Chính phủ"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(extract(text, { strategy: "whole-text" }).map((c) => [c.raw, c.id])).toEqual(found.map((c) => [c.raw, c.id]));
    // Decomposed, the same citations over the same spans.
    expect(extract(text.normalize("NFD")).map((c) => [c.raw.normalize("NFC"), c.id])).toEqual(found.map((c) => [c.raw, c.id]));
  });

  it("reads the whole ký hiệu where a page ran the next word into it ('QĐ-UBNDcủa', 'QĐ-TTgcủa', 'CT-UBNDvề', 'TT-BYTvà')", () => {
    const text = "Thực hiện Quyết định số 317/QĐ-UBNDcủa UBND tỉnh Hà Giang, Quyết định số 96/QĐ-TTgcủaThủ tướng Chính phủ, Chỉ thị số 11/CT-UBNDvề phòng cháy và Thông tư số 4/2019/TT-BYTvà các văn bản liên quan;";
    const found = extract(text);
    expect(found.map((c) => [c.id, c.issuer?.name ?? null])).toEqual([
      ["317/QĐ-UBND@?~ha-giang", "Ủy ban nhân dân tỉnh Hà Giang"],
      ["96/QĐ-TTg@?", "Thủ tướng Chính phủ"],
      ["11/CT-UBND@?", "Ủy ban nhân dân"],
      ["04/2019/TT-BYT", "Bộ Y tế"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(extract(text, { strategy: "whole-text" }).map((c) => [c.raw, c.id])).toEqual(found.map((c) => [c.raw, c.id]));
    expect(extract(text.normalize("NFD")).map((c) => [c.raw.normalize("NFC"), c.id])).toEqual(found.map((c) => [c.raw, c.id]));
  });

  it("reads the year of a date or of a law's name whose 'năm' was typed against it ('tháng 9 năm2016', 'Luật Thủy lợi năm2017')", () => {
    const text = "Căn cứ Luật Thủy lợi năm2017; Thực hiện Kế hoạch số 88/KH-UBND ngày 14 tháng 9 năm2016 của UBND tỉnh Cao Bằng, xây dựng 120 m2 nhà văn hóa;";
    const found = extract(text);
    expect(found.map((c) => [c.raw, c.id, c.date])).toEqual([
      ["Luật Thủy lợi năm2017", "law:thuy-loi@2017", null],
      ["Kế hoạch số 88/KH-UBND ngày 14 tháng 9 năm2016 của UBND tỉnh Cao Bằng", "88/KH-UBND@2016~cao-bang", "2016-09-14"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(extract(text, { strategy: "whole-text" }).map((c) => [c.raw, c.id])).toEqual(found.map((c) => [c.raw, c.id]));
    expect(extract(text.normalize("NFD")).map((c) => [c.raw.normalize("NFC"), c.id])).toEqual(found.map((c) => [c.raw, c.id]));
  });

  it("reads no number inside a word that ends in 'số' ('xổsố12/A')", () => {
    expect(extract("vé xổsố12/KH in sẵn")).toEqual([]);
  });
});

describe("extract: older numbering, a central body's code after a dash ('Nghị định số 64-CP')", () => {
  it("reads it as the same document a slash would name, and says what it read", () => {
    const found = extract("Căn cứ Nghị định số 64-CP ngày 27/9/1993 của Chính phủ, Chỉ thị số 200-TTg ngày 29/12/1994 và Nghị định số 64/CP ngày 27-9-1993;");
    expect(found.map((c) => [c.raw, c.id])).toEqual([
      ["Nghị định số 64-CP ngày 27/9/1993 của Chính phủ", "64/CP@1993"],
      ["Chỉ thị số 200-TTg ngày 29/12/1994", "200/TTg@1994"],
      ["Nghị định số 64/CP ngày 27-9-1993", "64/CP@1993"],
    ]);
    expect(found[0].warnings.map((w) => w.message)).toEqual(['"64-CP" read as 64/CP: the dash of older numbering before the issuer\'s code']);
  });

  it("only after a kind word or 'số', only a central state body's code, never a Party ký hiệu", () => {
    expect(extract("mục 3 - BTC chủ trì; giai đoạn 2021 - UBND; Kế hoạch 5 - Tuyên truyền")).toEqual([]);
    expect(extract("Chỉ thị số 15-CT/TW")[0].id).toBe("15-CT/TW@?");
  });
});

describe("extract: a central state body's number in the Party's shape ('Nghị quyết số 9-NQ/UBTVQH10')", () => {
  it("reads it in the state's shape, the same id as the state's spelling, and says what it read", () => {
    const text = "Căn cứ Nghị quyết số 9-NQ/UBTVQH10 ngày 4/2/1998 của Ủy ban Thường vụ Quốc hội; Nghị quyết số 9/NQ-UBTVQH10 ngày 4/2/1998; Lệnh số 15-L/CTN ngày 2/7/1995;";
    const found = extract(text);
    expect(found.map((c) => [c.id, c.style, c.kind])).toEqual([
      ["09/NQ-UBTVQH10@1998", "state", "resolution"],
      ["09/NQ-UBTVQH10@1998", "state", "resolution"],
      ["15/L-CTN@1995", "state", "order"],
    ]);
    expect(found.map((c) => c.warnings.map((w) => w.code))).toEqual([["irregular-separator"], [], ["irregular-separator"]]);
  });

  it("leaves the Party's bodies, the mass organisations and codes many bodies share as written", () => {
    const text = "Nghị quyết số 4-NQ/TW; Kế hoạch số 30-KH/TWĐTN; Quyết định số 7-QĐ/BCĐ; Quyết định số 12-QĐ/UB; Chỉ thị số 3/CT-TU";
    expect(extract(text).map((c) => [c.id, c.style])).toEqual([
      ["04-NQ/TW@?", "party"],
      ["30-KH/TWĐTN@?", "party"],
      ["07-QĐ/BCĐ@?", "party"],
      ["12-QĐ/UB@?", "party"],
      ["03-CT/TU@?", "party"],
    ]);
  });
});

describe("extract: a web address's words, spaces for the number's slashes ('nghi dinh so 40 2020 nd cp')", () => {
  it("reads tag and download pages' titles with the id the slashed form gets, offsets into the text as given", () => {
    const text = "download phap luat diem moi cua thong tu so 133 2016 tt btc thay the quyet dinh so 48 2006 qd btc";
    const found = extract(text);
    expect(found.map((c) => [c.raw, c.id, c.kind])).toEqual([
      ["thong tu so 133 2016 tt btc", "133/2016/TT-BTC", "circular"],
      ["quyet dinh so 48 2006 qd btc", "48/2006/QĐ-BTC", "decision"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(one("Nghị định số 63 2010 NĐ-CP - Về kiểm soát thủ tục hành chính").id).toBe("63/2010/NĐ-CP");
    expect(one("nghi dinh so 40 2020 nd cp").id).toBe(extract("nghi dinh so 40/2020/nd-cp")[0].id);
  });

  it("reads no such number without a kind word the type code names, a year and a body's code", () => {
    expect(extract("Điều 5 2020 nd cp")).toEqual([]);
    expect(extract("nghi dinh so 40 2020 qd ubnd")).toEqual([]);
    expect(extract("Nghị định số 40 2020").map((c) => c.id)).toEqual([extract("Nghị định số 40")[0].id]);
  });
});

describe("extract: older numbering with a space for the dash ('Nghị quyết số 227 NQ/UBTVQH9')", () => {
  it("reads the whole ký hiệu, with the id the dashed form gets, and says what it read", () => {
    const spaced = extract("Căn cứ Nghị quyết số 118 NQ/UBTVQH10 ngày 05 tháng 3 năm 1998 và Chỉ thị số 07 CT/TU ngày 12/4/1999 của Tỉnh ủy;");
    const dashed = extract("Căn cứ Nghị quyết số 118-NQ/UBTVQH10 ngày 05 tháng 3 năm 1998 và Chỉ thị số 07-CT/TU ngày 12/4/1999 của Tỉnh ủy;");
    // The Standing Committee is a state body: its number in the Party's shape reads in the state's.
    expect(spaced.map((c) => [c.raw, c.kind, c.style, c.symbol])).toEqual([
      ["Nghị quyết số 118 NQ/UBTVQH10 ngày 05 tháng 3 năm 1998", "resolution", "state", "NQ-UBTVQH10"],
      ["Chỉ thị số 07 CT/TU ngày 12/4/1999 của Tỉnh ủy", "directive", "party", "CT/TU"],
    ]);
    expect(spaced.map((c) => c.id)).toEqual(dashed.map((c) => c.id));
    expect(spaced[0].warnings.map((w) => [w.code, w.message])).toEqual([
      ["irregular-separator", '"118 NQ/UBTVQH10" read as 118/NQ-UBTVQH10: a space for the dash between number and type code, a state body\'s number in the Party\'s shape'],
    ]);
    expect(dashed[0].warnings.map((w) => w.message)).toEqual(['"118-NQ/UBTVQH10" read as 118/NQ-UBTVQH10: a state body\'s number in the Party\'s shape']);
    expect(dashed[1].warnings).toEqual([]);
    // Two spaces, a decision of an older provincial committee, the kind's initials before "số".
    expect(extract("theo Quyết định số 31  QĐ/UB ngày 2/3/1996 và QĐ số 40 QĐ/UB").map((c) => c.id)).toEqual(["31-QĐ/UB@1996", "40-QĐ/UB@?"]);
  });

  it("only after a kind word or 'số', before a type code of that kind in capitals, tight against the slash", () => {
    const full = (t: string) => extract(t).filter((c) => c.form === "full").map((c) => c.raw);
    // No kind word and no "số": a figure and a code in prose.
    expect(full("có 118 NQ/TW được triển khai, còn 25 CT/TU chưa")).toEqual([]);
    // The type code is not the kind's, or no type code at all.
    expect(full("Nghị quyết số 118 QĐ/UB ngày 2/3/1996")).toEqual([]);
    expect(full("Quyết định số 31 UB/TC ngày 2/3/1996")).toEqual([]);
    // Written otherwise than tight, in small letters, or three spaces on.
    expect(full("Quyết định số 31 QĐ /UB; Quyết định số 31 QĐ/ UB; quyết định số 31 qđ/ub; Quyết định số 31   QĐ/UB")).toEqual([]);
    // "số" alone: a known type code and a known issuer's code.
    expect(full("văn bản theo số 31 QĐ/XYZ ngày 2/3/1996")).toEqual([]);
    expect(full("ban hành theo số 31 QĐ/UB ngày 2/3/1996")).toEqual(["số 31 QĐ/UB ngày 2/3/1996"]);
    // A year after "số" is no number written so.
    expect(full("Nghị quyết số 1998 NQ/TW")).toEqual([]);
  });
});

describe("extract: an official letter's number with a space for the slash ('công văn số 2272 BKH/KTĐN')", () => {
  it("reads the whole ký hiệu, with the id the regular form gets, and says what it read", () => {
    // Government Office letters of 2003-2004 citing the Ministry of Planning and Investment's letters.
    const spaced = extract("Xét đề nghị của Bộ Kế hoạch và Đầu tư tại công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003 về việc tổ chức Hội nghị; ý kiến của Bộ Kế hoạch và Đầu tư (công văn số 1926 BKH/VPTĐ ngày 03 tháng 4 năm 2003)");
    const regular = extract("Xét đề nghị của Bộ Kế hoạch và Đầu tư tại công văn số 2272/BKH-KTĐN ngày 17 tháng 4 năm 2003 về việc tổ chức Hội nghị; ý kiến của Bộ Kế hoạch và Đầu tư (công văn số 1926/BKH-VPTĐ ngày 03 tháng 4 năm 2003)");
    expect(spaced.map((c) => [c.raw, c.form, c.kind, c.symbol])).toEqual([
      ["công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003", "full", "official-letter", "BKH-KTĐN"],
      ["công văn số 1926 BKH/VPTĐ ngày 03 tháng 4 năm 2003", "full", "official-letter", "BKH-VPTĐ"],
    ]);
    expect(spaced.map((c) => c.id)).toEqual(["2272/BKH-KTĐN@2003", "1926/BKH-VPTĐ@2003"]);
    expect(spaced.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(spaced[0].issuer?.name).toBe("Bộ Kế hoạch và Đầu tư");
    expect(spaced[0].warnings.map((w) => [w.code, w.message])).toEqual([
      ["irregular-separator", '"2272 BKH/KTĐN" read as 2272/BKH-KTĐN: a space for the slash between number and issuer\'s code, a slash between the ký hiệu\'s parts'],
    ]);
    expect(regular.flatMap((c) => c.warnings)).toEqual([]);
  });

  it("only after a kind word whose ký hiệu opens with its issuer's code, a known body's code in capitals, tight against the slash", () => {
    const full = (t: string) => extract(t).filter((c) => c.form === "full").map((c) => c.raw);
    // "số" alone, a kind word of another kind, or none: a figure and codes.
    expect(full("đã nhận số 2272 BKH/KTĐN ngày 17/4/2003")).toEqual([]);
    expect(full("Quyết định số 2272 BKH/KTĐN ngày 17/4/2003")).toEqual([]);
    expect(full("có 2272 BKH/KTĐN")).toEqual([]);
    // Not a body's code, a single code, a word, small letters, spaced slash, three spaces.
    expect(full("công văn số 12 XYZ/KTĐN; công văn số 5 BKH ngày 3/4/2003; công văn số 5 Bộ/KTĐN")).toEqual([]);
    expect(full("công văn số 12 bkh/ktđn; công văn số 12 BKH/ KTĐN; công văn số 12 BKH /KTĐN; công văn số 12   BKH/KTĐN")).toEqual([]);
    // A year-like figure is a number after "số", not without it.
    expect(full("Công văn 2003 BKH/KTĐN")).toEqual([]);
  });
});

describe("extract: a ký hiệu with a space for the slash before its type code ('Nghị quyết số 03 NQ-CP', 'Nghị định số 95/2024 NĐ-CP')", () => {
  it("reads the full citation, with the id the regular form gets, and says what it read", () => {
    // fresh30e-018 (an OCR'd decision's basis line) and fresh41d-005 (a province's price decision).
    const spaced = extract("Căn cứ Nghị quyết số 03 NQ-CP ngày 15 tháng 01 năm 2010 của Chính phủ về những giải pháp; theo quy định tại khoản 3, Điều 59 Nghị định số 95/2024 NĐ-CP ngày 24 tháng 7 năm 2024 của Chính phủ) nộp");
    const regular = extract("Căn cứ Nghị quyết số 03/NQ-CP ngày 15 tháng 01 năm 2010 của Chính phủ về những giải pháp; theo quy định tại khoản 3, Điều 59 Nghị định số 95/2024/NĐ-CP ngày 24 tháng 7 năm 2024 của Chính phủ) nộp");
    expect(spaced.map((c) => [c.raw, c.form, c.kind, c.symbol, c.id])).toEqual([
      ["Nghị quyết số 03 NQ-CP ngày 15 tháng 01 năm 2010 của Chính phủ", "full", "resolution", "NQ-CP", "03/NQ-CP@2010"],
      ["Nghị định số 95/2024 NĐ-CP ngày 24 tháng 7 năm 2024 của Chính phủ", "full", "decree", "NĐ-CP", "95/2024/NĐ-CP"],
    ]);
    expect(spaced.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(spaced.map((c) => c.warnings.map((w) => [w.code, w.message]))).toEqual([
      [["irregular-separator", '"03 NQ-CP" read as 03/NQ-CP: a space for the slash before the type code']],
      [["irregular-separator", '"95/2024 NĐ-CP" read as 95/2024/NĐ-CP: a space for the slash before the type code']],
    ]);
    expect(regular.flatMap((c) => c.warnings)).toEqual([]);
  });

  it("only after a kind word the type code names, a known body's code after a tight dash, all in capitals: never a following word", () => {
    const full = (t: string) => extract(t).filter((c) => c.form === "full").map((c) => c.raw);
    // The type code another kind's, no kind word, a word or a body's name after the number, no dash, small letters, three spaces.
    expect(full("Nghị quyết số 03 QĐ-CP ngày 15/01/2010")).toEqual([]);
    expect(full("đã nhận số 03 NQ-CP ngày 15/01/2010; có 95/2024 NĐ-CP")).toEqual([]);
    expect(full("Nghị quyết 15 của Quốc hội; Nghị định số 95/2024 Chính phủ ban hành")).toEqual([]);
    expect(full("Nghị quyết số 03 NQ của Chính phủ; Nghị quyết số 03 NQ - CP; Nghị quyết số 03 nq-cp; Nghị định số 95/2024   NĐ-CP")).toEqual([]);
    // Not a body's code after the dash.
    expect(full("Nghị quyết số 03 NQ-XYZ ngày 15/01/2010")).toEqual([]);
  });
});

describe("extract: a ký hiệu whose slash before the type code a copy lost, the code glued to the number ('Tờ trình số 667TTr-STP')", () => {
  it("reads the full citation, with the id the regular form gets, and says what it read", () => {
    // fresh30t-007 (a department's submission in a province's decision) and fresh45a-014 (a council's appendix naming its resolution).
    const glued = extract("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 667TTr-STP ngày 27/7/2015; (Ban hành kèm theo Nghị quyết số 89NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh Hà Giang)");
    const regular = extract("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 667/TTr-STP ngày 27/7/2015; (Ban hành kèm theo Nghị quyết số 89/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh Hà Giang)");
    expect(glued.map((c) => [c.form, c.kind, c.symbol, c.id])).toEqual([
      ["full", "submission", "TTr-STP", "667/TTr-STP@2015"],
      ["full", "resolution", "NQ-HĐND", "89/NQ-HĐND@2017~ha-giang"],
    ]);
    expect(glued.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(glued.map((c) => c.warnings.map((w) => w.message))).toEqual([
      ['"667TTr-STP" read as 667/TTr-STP: no slash between number and type code'],
      ['"89NQ-HĐND" read as 89/NQ-HĐND: no slash between number and type code'],
    ]);
  });

  it("only after a kind word the type code names, a known body's code after a tight dash: never a figure and a word", () => {
    const full = (t: string) => extract(t).filter((c) => c.form === "full").map((c) => c.raw);
    // No kind word, another kind's code, not a body's code after the dash, small letters, a code not as the table writes it.
    expect(full("đã nhận số 667TTr-STP; khoản 3NQ-CP và")).toEqual([]);
    expect(full("Nghị quyết số 89QĐ-HĐND ngày 14/7/2017")).toEqual([]);
    expect(full("Tờ trình số 667TTr-XYZQ ngày 27/7/2015")).toEqual([]);
    expect(full("Nghị quyết số 89nq-hđnd; Tờ trình số 667Ttr-STP; Tờ trình số 667TTR -STP")).toEqual([]);
  });
});

describe("extract: a ký hiệu whose slash after the year a copy lost, the type code glued to the year ('Nghị định sỐ 96/2026NĐ-CP')", () => {
  it("reads the full citation, with the id the regular form gets, and says what it read", () => {
    // invest58-005 (an OCR'd decision of Lào Cai, 2026) and full33-017 (a Lào Cai plan's sources of funds, 2017).
    const glued = extract("Căn cứ Nghị định sỐ 96/2026NĐ-CP ngày 31 tháng 3 năm 2026 của Chính phủ; b) Vốn lồng ghép theo Quyết định số 33/2015QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ");
    const regular = extract("Căn cứ Nghị định sỐ 96/2026/NĐ-CP ngày 31 tháng 3 năm 2026 của Chính phủ; b) Vốn lồng ghép theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ");
    expect(glued.map((c) => [c.form, c.kind, c.symbol, c.id])).toEqual([
      ["full", "decree", "NĐ-CP", "96/2026/NĐ-CP"],
      ["full", "decision", "QĐ-TTg", "33/2015/QĐ-TTg"],
    ]);
    expect(glued.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(glued.map((c) => c.warnings.map((w) => w.message))).toEqual([
      ['"96/2026NĐ-CP" read as 96/2026/NĐ-CP: no slash between year and type code'],
      ['"33/2015QĐ-TTg" read as 33/2015/QĐ-TTg: no slash between year and type code'],
    ]);
  });

  it("only after a kind word the type code names, a known body's code after a tight dash", () => {
    const full = (t: string) => extract(t).filter((c) => c.form === "full").map((c) => c.raw);
    // No kind word, another kind's code, not a body's code, small letters.
    expect(full("năm 96/2026NĐ-CP; tỷ lệ 12/2020QĐ-TTg")).toEqual([]);
    expect(full("Thông tư số 96/2026NĐ-CP ngày 31/3/2026")).toEqual([]);
    expect(full("Nghị định số 96/2026NĐ-XYZQ ngày 31/3/2026")).toEqual([]);
    expect(full("Nghị định số 96/2026nđ-cp; Nghị định số 96/2026Nđ-CP")).toEqual([]);
  });
});

describe("extract: older numbering whose dash a file's text lost, nothing for it ('Nghị quyết số 20NQ/TW')", () => {
  it("reads it as the dashed form, after a kind word or 'số', and says what it read", () => {
    const glued = extract("Căn cứ Nghị định số 75/2017/NĐCP ngày 20 tháng 6 năm 2017; Căn cứ Nghị quyết số 20NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và Chỉ thị số 05CT/TU ngày 12/4/2016 của Tỉnh ủy;");
    expect(glued.map((c) => c.id)).toEqual(["75/2017/NĐ-CP", "20-NQ/TW@2017", "05-CT/TU@2016"]);
    expect(glued[1].warnings.map((w) => w.message)).toEqual(['"20NQ/TW" read as 20-NQ/TW: no dash between number and type code']);
  });

  it("is no citation without a kind word or 'số', nor where the code is not the kind's", () => {
    const full = (t: string) => extract(t).filter((c) => c.form === "full").map((c) => c.raw);
    expect(full("đã có 118NQ/TW được quán triệt")).toEqual([]);
    expect(full("Nghị quyết số 118QĐ/UB ngày 2/3/1996")).toEqual([]);
    expect(full("đường dây 110KV/22KV số 3KV/TW")).toEqual([]);
  });
});

describe("extract: a legislature's term typed a space after its code ('Luật … số 06/QH 10')", () => {
  it("reads the term as the code's, the id the regular form's, and says what it read", () => {
    const spaced = extract("Căn cứ Luật Đất đai số 13/QH 11 ngày 26/11/2003, Nghị quyết số 62/2002/QH 10 ngày 4/4/2002 và Pháp lệnh số 19/2003/PL-UBTVQH 11 ngày 5/5/2003;");
    const regular = extract("Căn cứ Luật Đất đai số 13/QH11 ngày 26/11/2003, Nghị quyết số 62/2002/QH10 ngày 4/4/2002 và Pháp lệnh số 19/2003/PL-UBTVQH11 ngày 5/5/2003;");
    expect(spaced.map((c) => c.id)).toEqual(["13/QH11@2003", "62/2002/QH10", "19/2003/PL-UBTVQH11"]);
    expect(spaced.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(spaced.map((c) => c.date)).toEqual(regular.map((c) => c.date));
    expect(spaced[0].warnings.map((w) => w.message)).toEqual(['"13/QH 11" read as 13/QH11: a space between the legislature\'s code and its term']);
    expect(regular.flatMap((c) => c.warnings)).toEqual([]);
  });

  it("only after QH or UBTVQH, one or two digits a space on (two on a justified page, not three), that start nothing else", () => {
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("Nghị quyết số 15/NQ-HĐND 12 đại biểu")).toEqual(["15/NQ-HĐND@?"]);
    expect(ids("Luật số 13/QH 2003")).toEqual(["13/QH@?"]);
    expect(ids("Luật số 13/QH  11 ngày 26/11/2003")).toEqual(["13/QH11@2003"]);
    expect(ids("Luật số 13/QH   11 ngày 26/11/2003")).toEqual(["13/QH@?"]);
    expect(ids("Luật số 13/QH 11/2003")).toEqual(["13/QH@?"]);
    expect(ids("Luật số 13/QH 0 và")).toEqual(["13/QH@?"]);
    expect(ids("Nghị quyết số 13/QH 11 tháng 3")).toEqual(["13/QH@?"]);
    expect(ids("Luật số 13/QH11 12 điều")).toEqual(["13/QH11@?"]);
  });
});

describe("extract: a code's '&' printed a space after it ('103/BKH-KTĐP &LT')", () => {
  it("reads the code whole, the id the regular form's, and says what it read", () => {
    const spaced = extract("Xét đề nghị của Bộ Kế hoạch và Đầu tư tại các văn bản số 103/BKH-KTĐP &LT ngày 7 tháng 01 năm 2008 và số 219/BKH-KCHT &ĐT ngày 10 tháng 1 năm 2008;");
    const regular = extract("Xét đề nghị của Bộ Kế hoạch và Đầu tư tại các văn bản số 103/BKH-KTĐP&LT ngày 7 tháng 01 năm 2008 và số 219/BKH-KCHT&ĐT ngày 10 tháng 1 năm 2008;");
    expect(spaced.map((c) => c.id)).toEqual(["103/BKH-KTĐP&LT@2008", "219/BKH-KCHT&ĐT@2008"]);
    expect(spaced.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(spaced[0].raw).toBe("văn bản số 103/BKH-KTĐP &LT ngày 7 tháng 01 năm 2008");
    expect(spaced[0].warnings.map((w) => w.message)).toEqual(['"103/BKH-KTĐP &LT" read as 103/BKH-KTĐP&LT: a space before the "&" inside a code of the ký hiệu']);
    expect(regular.flatMap((c) => c.warnings)).toEqual([]);
  });
});

describe("extract: the drafting unit's code in brackets glued to the ký hiệu ('368/TT-XD(KTXD)')", () => {
  it("keeps the unit in the symbol, reads the codes and the date after it, and says what it read", () => {
    // fresh41d-005 (Hà Nội, QĐ 33/2025/QĐ-UBND) and fresh30i-017 (a provincial plan, 2017).
    const [sxd] = extract("Theo đề nghị của Sở Xây dựng tại Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024 và văn bản số 3514/SXD-KTXD ngày 11/4/2025;");
    expect([sxd.raw, sxd.id, sxd.symbol, sxd.typeCode, sxd.date]).toEqual(["Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024", "368/TT-XD(KTXD)@2024", "TT-XD(KTXD)", "TT", "2024-12-26"]);
    // The codes are read as without the unit: the issuer is the one "368/TT-XD" names.
    expect(sxd.issuer).toEqual(extract("Tờ trình số 368/TT-XD ngày 26/12/2024")[0].issuer);
    expect(sxd.warnings.map((w) => w.message)).toEqual(['"368/TT-XD(KTXD)" read as 368/TT-XD(KTXD): the drafting unit\'s code in brackets after the ký hiệu\'s last code']);
    const [police] = extract("trên cơ sở tham mưu của Công an tỉnh tại Công văn số 823/PV11(CS)\nngày 18/7/2017, UBND tỉnh ban hành Kế hoạch");
    expect([police.raw, police.id, police.date]).toEqual(["Công văn số 823/PV11(CS)\nngày 18/7/2017", "823/PV11(CS)@2017", "2017-07-18"]);
  });
});

describe("extract: a small letter l typed for the digit 1 in a ký hiệu's year ('23/200l/QĐ-UB')", () => {
  it("reads the year as 2001, the id the regular form's, and says what it read", () => {
    const typed = extract("Bãi bỏ Quyết định số 14/200l/QĐ-UB ngày 5/2/2001 và Nghị quyết số 7/199l/NQ-HĐND;");
    const regular = extract("Bãi bỏ Quyết định số 14/2001/QĐ-UB ngày 5/2/2001 và Nghị quyết số 7/1991/NQ-HĐND;");
    expect(typed.map((c) => [c.raw, c.year])).toEqual([
      ["Quyết định số 14/200l/QĐ-UB ngày 5/2/2001", 2001],
      ["Nghị quyết số 7/199l/NQ-HĐND", 1991],
    ]);
    expect(typed.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(typed[0].warnings.map((w) => w.message)).toEqual(['"14/200l/QĐ-UB" read as 14/2001/QĐ-UB: a small letter l typed for the digit 1 in the year']);
  });

  it("only as the year between the number's two slashes", () => {
    const years = (t: string) => extract(t).map((c) => [c.number, c.year]);
    // Litres, a capital L, a year with all its digits, a number of its own, a date.
    expect(years("mua 5l/ngày, 200l/ngày; Quyết định số 14/200L/QĐ-UB; ngày 5/2/200l")).toEqual([]);
    expect(years("Quyết định số 200l/QĐ-UB")).toEqual([]);
    expect(years("Quyết định số 12/QĐ-UB và 200l/QĐ-UB")).toEqual([["12", null]]);
  });
});

describe("extract: a slash or a dash typed twice inside the number ('113/2016//TT-BTC', '05/2000/QĐ--BVHTT')", () => {
  it("reads the slash before the type code typed twice after the year, tight or spaced as a word-segmented print spaces it", () => {
    const text = "Bãi bỏ Nghị quyết số 8 / 2005 / / NQ-HĐND ngày 14 tháng 7 năm 2005 của HĐND tỉnh và Thông tư số 61/2017//TT-BTC ngày 15/6/2017;";
    const doubled = extract(text);
    const regular = extract("Bãi bỏ Nghị quyết số 8/2005/NQ-HĐND ngày 14 tháng 7 năm 2005 của HĐND tỉnh và Thông tư số 61/2017/TT-BTC ngày 15/6/2017;");
    expect(doubled.map((c) => [c.raw, c.symbol])).toEqual([
      ["Nghị quyết số 8 / 2005 / / NQ-HĐND ngày 14 tháng 7 năm 2005 của HĐND tỉnh", "NQ-HĐND"],
      ["Thông tư số 61/2017//TT-BTC ngày 15/6/2017", "TT-BTC"],
    ]);
    expect(doubled.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(doubled.map((c) => c.warnings.map((w) => w.message))).toEqual([
      ['"8 / 2005 / / NQ-HĐND" read as 08/2005/NQ-HĐND: the slash before the type code typed twice'],
      ['"61/2017//TT-BTC" read as 61/2017/TT-BTC: the slash before the type code typed twice'],
    ]);
    expect(doubled.map((c) => text.slice(c.numberStart, c.numberEnd))).toEqual(["8 / 2005 / / NQ-HĐND", "61/2017//TT-BTC"]);
  });

  it("reads a dash typed twice between the ký hiệu's parts, written tight", () => {
    const text = "theo Quyết định số 27/2001/QĐ--BYT ngày 3/5/2001 và Công văn số 415/UBND--VX;";
    const found = extract(text);
    expect(found.map((c) => [c.symbol, c.id])).toEqual([
      ["QĐ-BYT", extract("Quyết định số 27/2001/QĐ-BYT ngày 3/5/2001")[0].id],
      ["UBND-VX", "415/UBND-VX@?"],
    ]);
    expect(found[0].warnings.map((w) => w.message)).toEqual(['"27/2001/QĐ--BYT" read as 27/2001/QĐ-BYT: a dash typed twice between the ký hiệu\'s parts']);
  });

  it("leaves alone what only looks so: a comment's '//' after a date, prose's spaced '--', a rule of dashes, no code after", () => {
    const symbols = (t: string) => extract(t).map((c) => c.symbol);
    expect(symbols("sửa ngày 12/2004// TODO kiểm tra lại")).toEqual([]);
    expect(symbols("Quyết định số 12/QĐ -- UBND tỉnh giao")).toEqual(["QĐ"]);
    expect(symbols("Quyết định số 12/2004/QĐ-UBND----------")).toEqual(["QĐ-UBND"]);
    expect(symbols("Quyết định số 12/2004/QĐ--tuyên truyền")).toEqual(["QĐ"]);
    expect(symbols("Quyết định số 12//QĐ-UBND")).toEqual([]);
  });
});

describe("extract: a full stop glued to the ký hiệu and to the next sentence ('31/2020/NĐ-CP.Theo quy định này')", () => {
  it("ends the ký hiệu at the dot where a word in small letters or a capitalised one follows it", () => {
    const text = "Vi phạm bị xử lý theo Điều 5 Nghị định số 40/2019/NĐ-CP.Theo đó, Sở Tài chính chủ trì; thực hiện Kế hoạch số 7/KH-UBND.ngày 2/3/2020 đã giao.";
    expect(extract(text).map((c) => [c.raw, c.id])).toEqual([
      ["Nghị định số 40/2019/NĐ-CP", "40/2019/NĐ-CP"],
      ["Kế hoạch số 7/KH-UBND", "07/KH-UBND@?"],
    ]);
    // Before: the ký hiệu took the next word ("NĐ-CP.THEO"), or stopped at the type code where that word has marks ("QĐ").
    expect(extract("thi hành Quyết định số 9/2005/QĐ-UBND.Ngày 12 tháng 5 năm 2005, Sở Xây dựng").map((c) => c.symbol)).toEqual(["QĐ-UBND"]);
  });

  it("ends it so after a code written with a small letter among capitals ('QĐ-TTg.Theo')", () => {
    expect(extract("Thực hiện Quyết định số 15/2020/QĐ-TTg.Theo đó, các sở triển khai; Chỉ thị số 3/CT-TTg.ngày").map((c) => [c.raw, c.id])).toEqual([
      ["Quyết định số 15/2020/QĐ-TTg", "15/2020/QĐ-TTg"],
      ["Chỉ thị số 3/CT-TTg", "03/CT-TTg@?"],
    ]);
    // Before: "15/2020/QĐ-TTg.THEO". A dot between codes stays inside the ký hiệu.
    expect(extract("Công văn số 5/VP.TTg-KGVX").map((c) => c.symbol)).toEqual(["VP.TTg-KGVX"]);
  });

  it("keeps a dot that joins codes written in capitals, and a lower-cased listing's", () => {
    expect(extract("Công văn số 88/VP.UBND-KT; Quyết định số 6/2008/QĐ.UBND; Công văn số 4/TP.HCM-VX; quyết định số 3/qđ.ubnd").map((c) => c.symbol)).toEqual([
      "VP.UBND-KT",
      "QĐ-UBND",
      "TP.HCM-VX",
      "QĐ-UBND",
    ]);
  });
});

describe("extract: kinds named by their own words", () => {
  it("reads a joint plan (KHLT) and a Party thông tri (TT) with their kind words", () => {
    const kinds = (t: string) => extract(t).map((c) => [c.kind, c.kindText, c.warnings.map((w) => w.code)]);
    expect(kinds("Kế hoạch liên tịch số 01/KHLT-UBND-MTTQ ngày 5/5/2020")).toEqual([["plan", "Kế hoạch liên tịch", []]]);
    expect(kinds("Thông tri số 01-TT/TW ngày 5/5/2016 của Ban Bí thư")).toEqual([["notice", "Thông tri", []]]);
    expect(kinds("Báo cáo thẩm tra số 48/BC-HĐND ngày 30/11/2009; Báo cáo thẩm định số 07/BC-STP")).toEqual([
      ["report", "Báo cáo thẩm tra", []],
      ["report", "Báo cáo thẩm định", []],
    ]);
  });

  it("reads departments' joint guidance (HDLN, HDLT) with its kind words, and by its code alone", () => {
    const kinds = (t: string) => extract(t).map((c) => [c.kind, c.kindText, c.number, c.symbol]);
    expect(kinds("Căn cứ Hướng dẫn liên ngành số 15/HDLN-SGDĐT-STC ngày 10/8/2020;")).toEqual([["guidance", "Hướng dẫn liên ngành", "15", "HDLN-SGDĐT-STC"]]);
    expect(kinds("Thực hiện Hướng dẫn liên tịch số 02/HDLT-STC-SNV ngày 05/3/2012 của Sở Tài chính và Sở Nội vụ")).toEqual([["guidance", "Hướng dẫn liên tịch", "02", "HDLT-STC-SNV"]]);
    expect(kinds("theo văn bản số 15/HDLN-SGDĐT-STC ngày 10/8/2020")).toEqual([["guidance", "văn bản", "15", "HDLN-SGDĐT-STC"]]);
  });

  it("reads departments' joint plan (KHLN) and a joint submission written 'TTLN' with their codes, no unknown code", () => {
    const kinds = (t: string) => extract(t).map((c) => [c.kind, c.kindText, c.number, c.symbol, c.warnings.map((w) => w.code)]);
    expect(kinds("Số: 5440/KHLN-YT-GDĐT ⏎ KẾ HOẠCH LIÊN NGÀNH")).toEqual([["plan", null, "5440", "KHLN-YT-GDĐT", []]]);
    expect(kinds("Kế hoạch liên ngành 5440/KHLN-YT-GDĐT năm 2025")).toEqual([["plan", "Kế hoạch liên ngành", "5440", "KHLN-YT-GDĐT", []]]);
    expect(kinds("Tờ trình liên ngành số 415/TTLN-TP-TC ngày 14/4/2005")).toEqual([["submission", "Tờ trình liên ngành", "415", "TTLN-TP-TC", []]]);
  });
});

describe("extract: Party numbering (DOMAIN.md §2)", () => {
  it("reads party style and gives mixed style the same id", () => {
    const a = one("Chỉ thị số 05-CT/TU ngày 18 tháng 01 năm 2021");
    const b = one("Chỉ thị số 05/CT-TU ngày 18 tháng 01 năm 2021");
    expect(a).toMatchObject({ style: "party", symbol: "CT/TU", number: "05" });
    expect(b).toMatchObject({ style: "party", symbol: "CT/TU" });
    expect(a.id).toBe(b.id);
    expect(one("Chỉ thị số 05-CT/TU ngày 10 tháng 12 năm 2015").id).not.toBe(a.id);
    expect(one("Nghị quyết số 03-NQ/ThU, ngày 02/9/2021").symbol).toBe("NQ/ThU");
  });
});

describe("extract: traps in real text (DOMAIN.md §5)", () => {
  it("joins citations broken by PDF line breaks, with the span on the original text", () => {
    const text = "theo Thông tư số 343/2016/TT-\n\nBTC ngày 30 tháng 12 năm 2016; Chỉ\n\nthị số 43/CT-\n\nTTg ngày 11 tháng 12 năm 2020";
    const [a, b] = extract(text);
    expect([a.symbol, b.symbol, b.kind]).toEqual(["TT-BTC", "CT-TTg", "directive"]);
    expect(text.slice(b.start, b.end)).toBe("Chỉ\n\nthị số 43/CT-\n\nTTg ngày 11 tháng 12 năm 2020");
  });

  it("reads an issuer phrase over a PDF page's number between its lines, the span on the original text", () => {
    const text = "Căn cứ Nghị quyết số 9/NQ-HĐND ngày 3/1/2020 của Hội đồng nhân dân\n- 4 -\nhuyện Tam Nông về nhiệm vụ năm 2020;";
    const [c] = extract(text);
    expect(c.issuer).toMatchObject({ code: "HĐND", level: "district", place: "huyện Tam Nông" });
    expect(text.slice(c.start, c.end)).toBe("Nghị quyết số 9/NQ-HĐND ngày 3/1/2020 của Hội đồng nhân dân\n- 4 -\nhuyện Tam Nông");
    expect(c.raw).toBe(text.slice(c.start, c.end));
  });

  it("keeps a kind word whose words are far apart (justified PDF text) in the citation", () => {
    // The parser's window once began inside "Thông tư … liên … tịch" and lost the kind word.
    for (const gap of [1, 6, 12, 20]) {
      const sp = " ".repeat(gap);
      const text = `Căn cứ vào Thông tư${sp}liên${sp}tịch số: 5/2020/TTLT-BTC-BTP về việc phối hợp.`;
      const c = one(text);
      expect(c.kindText, `gap ${gap}`).toBe(`Thông tư${sp}liên${sp}tịch`);
      expect(c.start).toBe(text.indexOf("Thông"));
      expect(extract(text, { strategy: "whole-text" })).toEqual([c]);
    }
  });

  it("accepts stray spaces and dashes of every width", () => {
    expect(one("Kế hoạch số 103 /KH-UBND").symbol).toBe("KH-UBND");
    expect(one("Nghị quyết 18 - nq/tw")).toMatchObject({ symbol: "NQ/TW", style: "party" });
    expect(one("Quyết định 221 – QĐ/TW")).toMatchObject({ symbol: "QĐ/TW", style: "party" });
    expect(one("Quyết định số 1977 /QĐ-UBND").number).toBe("1977");
  });

  it("parses lower-cased summaries the same as official casing", () => {
    const low = one("nghị quyết số 17/nq-cp ngày 07/3/2019 của chính phủ");
    const up = one("Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ");
    expect({ ...low, start: 0, end: 0, raw: "", kindText: null, issuer: null }).toEqual({ ...up, start: 0, end: 0, raw: "", kindText: null, issuer: null });
    expect(one("chỉ thị 05/ct-ttg").symbol).toBe("CT-TTg");
  });

  it("repairs look-alike letters: Ð for Đ, TƯ for TW, NFD diacritics", () => {
    const text = "Quyết định số 12/QÐ-UBND";
    const c = one(text);
    expect(c.symbol).toBe("QĐ-UBND");
    expect(c.raw).toBe(text); // the span keeps the caller's characters
    expect(one("Nghị quyết số 37-NQ/TƯ").symbol).toBe("NQ/TW");
    const nfd = "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018".normalize("NFD");
    const d = one(nfd);
    expect(d).toMatchObject({ kind: "decree", date: "2018-04-23", start: 0, end: nfd.length });
  });

  it("warns when the number's year and the date disagree, and on impossible dates", () => {
    const c = one("Thông tư số 13/2009/TT-BNV ngày 06 tháng 11 năm 2019");
    expect(c.warnings.map((w) => w.code)).toEqual(["year-mismatch"]);
    const bad = one("Quyết định số 12/QĐ-UBND ngày 31/02/2021");
    expect(bad.date).toBeNull();
    expect(bad.warnings.map((w) => w.code)).toEqual(["invalid-date"]);
    expect(one("Quyết định số 12/XYZ-UBND").warnings.map((w) => w.code)).toContain("unknown-type-code");
  });

  it("reports nothing for things that look like citations and are not", () => {
    for (const text of [
      "Cuộc thi tổ chức từ tháng 4/2022 – 8/2022.",
      "Thực hiện trong Quý II/2022 và quý III/2021",
      "Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001: 2015;",
      "giai đoạn 2021-2030, giai đoạn 2021 - 2025",
      "3 - Tuyên truyền trên các phương tiện",
      "phát hành 01 số/tháng, mức độ 3, 4",
      "Số:           /KH-SKHĐT",
      "ngày        tháng 4 năm 2022",
    ]) {
      expect(extract(text), text).toEqual([]);
    }
  });

  it("keeps the same number of different places apart only through analysis, not here", () => {
    // extract alone cannot know which province "103/KH-UBND" belongs to; analyze() can.
    expect(one("Kế hoạch số 103/KH-UBND ngày 24/12/2021").id).toBe("103/KH-UBND@2021");
  });
});

describe("extract: never throws", () => {
  it("returns [] for empty and non-string input", () => {
    expect(extract("")).toEqual([]);
    expect(extract(undefined as unknown as string)).toEqual([]);
  });

  it("handles lone surrogates and binary noise", () => {
    expect(() => extract("\ud800số 12/QĐ-UBND\udc00\u0000\uffff")).not.toThrow();
    expect(extract("\ud800 Quyết định số 12/QĐ-UBND")[0].number).toBe("12");
  });
});

describe("parseCitation", () => {
  it("parses what a user types", () => {
    expect(parseCitation("nghị quyết 76/nq-cp")).toMatchObject({ kind: "resolution", number: "76", symbol: "NQ-CP" });
    expect(parseCitation("Chỉ thị 43/CT-TTg")?.symbol).toBe("CT-TTg");
    expect(parseCitation("Nghị định 02/2017/TT-VPCP")?.number).toBe("02");
    expect(parseCitation("no citation here")).toBeNull();
  });

  it("pads numbers below 10 to two digits", () => {
    expect(parseCitation("Thông tư 2/2017/TT-VPCP")?.number).toBe("02");
  });
});

describe("extract: an agreement between bodies, 'Thỏa thuận' / 'Thoả thuận' / 'Bản thỏa thuận' (Nghị định 30/2020/NĐ-CP: BTT)", () => {
  it("is a kind of its own, whichever place the tone mark takes, numbered with its code or as a ministry's letter", () => {
    const text =
      "Căn cứ Thỏa thuận số 03/BTT-UBND ngày 9/10/2021 giữa UBND tỉnh Sơn La và UBND tỉnh Điện Biên; Thoả thuận số 118/BNNPTNT-KH ngày 2/3/2016 của Bộ Nông nghiệp và Phát triển nông thôn về danh mục dự án; Bản thỏa thuận số 7/2019/BTT-UBND.";
    const found = extract(text);
    expect(found.map((c) => [c.kind, c.id, c.warnings.length])).toEqual([
      ["agreement", "03/BTT-UBND@2021", 0],
      ["agreement", "118/BNNPTNT-KH@2016", 0],
      ["agreement", "07/2019/BTT-UBND", 0],
    ]);
    expect(found[1].raw).toBe("Thoả thuận số 118/BNNPTNT-KH ngày 2/3/2016 của Bộ Nông nghiệp và Phát triển nông thôn");
    // The word alone, as the common noun it also is, cites nothing.
    expect(extract("hai bên thỏa thuận về giá; theo thoả thuận đã ký")).toEqual([]);
  });
});

describe("extract: a law's name alone on a web page's first line, above the page's title (a site menu)", () => {
  // thuviennhadat.vn and lawnet.vn print the link "Luật Đất đai 2024" above every document's page.
  it("is not read", () => {
    const page = "Luật Đất đai 2024\n\nThông tư 10/2025/TT-BNV hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ\n\nSố hiệu 10/2025/TT-BNV\n";
    expect(extract(page).map((c) => c.id)).toEqual(["10/2025/TT-BNV", "10/2025/TT-BNV"]);
    const lawnet = "  Luật Đất đai 2024 \r\n\r\nNghị định 79/2025/NĐ-CP về kiểm tra, rà soát, hệ thống hoá và xử lý văn bản quy phạm pháp luật\n";
    expect(extract(lawnet).map((c) => c.id)).toEqual(["79/2025/NĐ-CP"]);
  });

  it("is read with words around it, below other lines, or above a line that names no document", () => {
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("Luật Đất đai 2024: những điểm mới\n\nNghị định 102/2024/NĐ-CP hướng dẫn")).toEqual(["law:dat-dai@2024", "102/2024/NĐ-CP"]);
    expect(ids("Căn cứ:\nLuật Đất đai 2024\nNghị định 102/2024/NĐ-CP")).toEqual(["law:dat-dai@2024", "102/2024/NĐ-CP"]);
    expect(ids("Luật Đất đai 2024\n\nNhững điểm mới của Luật, Nghị định 102/2024/NĐ-CP")).toEqual(["law:dat-dai@2024", "102/2024/NĐ-CP"]);
    expect(ids("Luật Đất đai 2024\n\n102/2024/NĐ-CP")).toEqual(["law:dat-dai@2024", "102/2024/NĐ-CP"]);
  });
});
