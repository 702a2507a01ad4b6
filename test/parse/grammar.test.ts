import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CODE_LIKE, isCodeLike, lex, parseListAt, refLengthAt, tokens } from "../../grammars/citation/index.js";
import { parseIslands } from "../../src/parse/island.js";
import { parseWholeText } from "../../src/parse/whole-text.js";

const parseFirst = (text: string) => {
  const toks = lex(text);
  const i = toks.findIndex((t) => t.tokenType === tokens.NumberTok && refLengthAt(toks, toks.indexOf(t)) > 0);
  return parseListAt(toks, i);
};

describe("citation grammar", () => {
  it("lexes kind words and bodies across line breaks, case-insensitively", () => {
    const names = lex("Chỉ\n\nthị của UBND TỈNH Hậu Giang NGHỊ ĐỊNH").map((t) => t.tokenType.name);
    expect(names).toEqual(["KindWord", "Cua", "IssuerName", "PlaceType", "Word", "Word", "KindWord"]);
  });

  it("parses number, year, ký hiệu parts, date and issuer into their tokens", () => {
    const r = parseFirst("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về")!;
    const c = r.citations[0];
    expect([c.kindWord?.image, c.number.image, c.year?.image, c.parts.map((p) => p.image), c.written]).toEqual([
      "Nghị định",
      "61",
      "2018",
      ["NĐ", "CP"],
      "slash-first",
    ]);
    expect([c.date?.day.image, c.date?.month.image, c.date?.year.image]).toEqual(["23", "4", "2018"]);
    expect(c.issuer?.name.image).toBe("Chính phủ");
  });

  it("reads a date's year split by a space ('ngày 2/9/20 19') whole; not a number after it, nor a longer run", () => {
    const read = (text: string) => {
      const c = parseFirst(text)!.citations[0];
      return [c.date?.year.image, c.date?.yearTail?.image ?? null, c.last.image];
    };
    expect(read("Chỉ thị số 8/CT-UBND ngày 2/9/20 19 của UBND tỉnh")).toEqual(["20", "19", "tỉnh"]);
    expect(read("Chỉ thị số 8/CT-UBND ngày 2 tháng 9 năm 19 99;")).toEqual(["19", "99", "99"]);
    // "19 / …" starts a number; "20 2019", "20   19" and "2019 20" are no split year.
    expect(read("Chỉ thị số 8/CT-UBND ngày 2/9/20 19/KH-UBND")).toEqual(["20", null, "20"]);
    expect(read("Chỉ thị số 8/CT-UBND ngày 2/9/20 2019")).toEqual(["20", null, "20"]);
    expect(read("Chỉ thị số 8/CT-UBND ngày 2/9/20   19")).toEqual(["20", null, "20"]);
    expect(read("Chỉ thị số 8/CT-UBND ngày 2/9/2019 20 người")).toEqual(["2019", null, "2019"]);
  });

  it("continues a type code alone across a line-broken dash to a code joined by '&' ('TTr -⏎NN&PTNT')", () => {
    const c = parseFirst("Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007")!.citations[0];
    expect(c.parts.map((p) => p.image)).toEqual(["TTr", "NN&PTNT"]);
  });

  it("ends an issuer's place before the article that opens the next line ('của UBND tỉnh ⏎Điều 1.')", () => {
    const c = parseFirst("Về việc điều chỉnh Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh\nĐiều 1. Điều chỉnh khoản 2")!.citations[0];
    expect([c.issuer?.placeType?.image, c.issuer?.placeWords.map((w) => w.image), c.last.image]).toEqual(["tỉnh", [], "tỉnh"]);
    for (const next of ["Các sở, ban, ngành triển khai", "Để triển khai", "Trong năm 2021", "Tăng cường"]) {
      const d = parseFirst(`theo Kế hoạch số 5/KH-UBND ngày 1/2/2021 của UBND tỉnh\n${next}`)!.citations[0];
      expect(d.issuer?.placeWords.map((w) => w.image), next).toEqual([]);
    }
    expect(parseFirst("Quyết định số 5/QĐ-UBND của UBND thị xã Từ Sơn")!.citations[0].issuer?.placeWords.map((w) => w.image)).toEqual(["Từ", "Sơn"]);
  });

  it("keeps the words some place names hold where they hold them ('huyện Giao Thủy', 'huyện Nghĩa Hành')", () => {
    const words = (t: string) => parseFirst(t)!.citations[0].issuer?.placeWords.map((w) => w.image);
    expect(words("Quyết định số 5/QĐ-UBND của UBND huyện Giao Thủy, tỉnh Nam Định")).toEqual(["Giao", "Thủy"]);
    expect(words("Quyết định số 5/QĐ-UBND của UBND huyện Chương Mỹ")).toEqual(["Chương", "Mỹ"]);
    expect(words("Quyết định số 5/QĐ-UBND của UBND huyện Nghĩa Hành")).toEqual(["Nghĩa", "Hành"]);
    // Not after a name's words: there "Giao" opens the next sentence, "Chương" the next chapter.
    expect(words("Quyết định số 5/QĐ-UBND của UBND tỉnh Nam Định\nGiao Sở Y tế chủ trì")).toEqual(["Nam", "Định"]);
    expect(words("Quyết định số 5/QĐ-UBND của UBND tỉnh Nam Định\nChương I")).toEqual(["Nam", "Định"]);
  });

  it("reads an issuer set off by a comma after the date ('30/2003/NĐ-CP , ngày 01 tháng 4 năm 2003 , của Chính phủ')", () => {
    const c = parseFirst("Nghị định số 30/2003/NĐ-CP , ngày 01 tháng 4 năm 2003 , của Chính phủ quy định")!.citations[0];
    expect([c.date?.year.image, c.issuer?.name.image, c.last.image]).toEqual(["2003", "Chính phủ", "Chính phủ"]);
    // A comma before the next member of a list is still the list's.
    expect(parseFirst("Quyết định số 12/QĐ-UBND, Quyết định số 13/QĐ-UBND của UBND tỉnh")!.citations.map((x) => [x.number.image, x.issuer?.name.image ?? null])).toEqual([
      ["12", null],
      ["13", "UBND"],
    ]);
  });

  it("reads no lone letter after the slash as a ký hiệu ('số 12/A đường …', 'lớp 12/A3'), but a known one ('05/L-CTN')", () => {
    expect(parseFirst("Trụ sở tại số 12/A đường Nguyễn Trãi")).toBeNull();
    expect(parseFirst("học sinh lớp 12/A3 và lớp 10/A1")).toBeNull();

    expect(parseFirst("Lệnh số 05/L-CTN ngày 1/2/2020")!.citations[0].parts.map((p) => p.image)).toEqual(["L", "CTN"]);
  });

  it("reads no unit of measure after the slash as a ký hiệu ('giá 1.500,0/kg', '4,8 tấn/ha' written '4,8/ha')", () => {
    expect(parseFirst("giá bán buôn tăng từ 2.300,0/kg lên 2.500,0/kg")).toBeNull();
    expect(parseFirst("năng suất bình quân đạt 4,8/ha")).toBeNull();
    expect(parseFirst("đơn giá 95.000/m2 sàn xây dựng")).toBeNull();
    // A code in capitals, or one vncite knows, still is.
    expect(parseFirst("Công văn số 12/UBND-KT ngày 1/2/2020")!.citations[0].parts.map((p) => p.image)).toEqual(["UBND", "KT"]);
  });

  it("reads a date written after the issuer, 'ngày' first; after a comma it is left to the sentence", () => {
    const late = parseFirst("Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 sửa đổi")!.citations[0];
    expect([late.issuer?.name.image, late.date?.day.image, late.date?.month.image, late.date?.year.image, late.last.image]).toEqual(["Chính phủ", "24", "6", "2023", "2023"]);
    const slashed = parseFirst("Quyết định số 435/QĐ-TTg của Thủ tướng Chính phủ ngày 21/4/2018;")!.citations[0];
    expect([slashed.date?.day.image, slashed.date?.year.image]).toEqual(["21", "2018"]);
    const comma = parseFirst("Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Trị, ngày 5/3/2020 Sở đã")!.citations[0];
    expect([comma.date, comma.last.image]).toEqual([null, "Trị"]);
    // A date before the issuer is the citation's; one after it is then another's.
    const both = parseFirst("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh ngày 5/3/2020")!.citations[0];
    expect([both.date?.day.image, both.last.image]).toEqual(["1", "tỉnh"]);
  });

  it("ends an issuer's place before a line the document opens with a cue, ';' or not", () => {
    const place = (t: string) => parseFirst(t)!.citations[0].issuer?.placeWords.map((w) => w.image);
    expect(place("Quyết định số 12/2020/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Quảng Nam\nXét đề nghị của Sở")).toEqual(["Quảng", "Nam"]);
    expect(place("Quyết định số 12/2020/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Quảng Nam\nCăn cứ Luật")).toEqual(["Quảng", "Nam"]);
    expect(place("Nghị định số 1/2020/NĐ-CP của Chính phủ\nXét Tờ trình số 5")).toEqual([]);
    // One word of a cue is no cue: "Quy Nhơn" ("Quy định chi tiết"), "Bãi Cháy" ("Bãi bỏ") are places.
    expect(place("Quyết định số 12/2020/QĐ-UBND của UBND thành phố Quy Nhơn về")).toEqual(["Quy", "Nhơn"]);
    expect(place("Quyết định số 12/2020/QĐ-UBND của UBND phường Bãi Cháy về")).toEqual(["Bãi", "Cháy"]);
  });

  it("ends an issuer before the next section's number on the line after it ('II. MỤC ĐÍCH')", () => {
    const last = (t: string) => parseFirst(t)!.citations[0].last.image;
    expect(last("Kế hoạch số 30/KH-UBND ngày 2/3/2021 của UBND tỉnh\nII. MỤC ĐÍCH, YÊU CẦU")).toBe("tỉnh");
    expect(last("Kế hoạch số 30/KH-UBND ngày 2/3/2021 của UBND tỉnh Long An\nIII. NHIỆM VỤ")).toBe("An");
    expect(last("Thông tư số 30/2021/TT-BTC ngày 2/3/2021 của Bộ Tài chính\nB. TỔ CHỨC THỰC HIỆN")).toBe("Bộ Tài chính");
    // A term's numeral is read as before.
    expect(last("Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII. Nay")).toBe("XII");
  });

  it("ends an issuer's place before the header lines under a công văn's subject line: the motto, 'Kính gửi'", () => {
    const place = (t: string) => parseFirst(t)!.citations[0].issuer?.placeWords.map((w) => w.image);
    expect(place("V/v thực hiện Kế hoạch số 40/KH-UBND ngày 3/4/2023 của UBND tỉnh\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual([]);
    expect(place("V/v thực hiện Kế hoạch số 40/KH-UBND ngày 3/4/2023 của UBND huyện Ba Tơ\nKính gửi: Các xã")).toEqual(["Ba", "Tơ"]);
    // The commune named so is a place: the motto is known by its next words.
    expect(place("Kế hoạch số 40/KH-UBND ngày 3/4/2023 của UBND xã Cộng Hòa về")).toEqual(["Cộng", "Hòa"]);
  });

  it("ends an issuer's place before a subject's 'V/v', spaced or not, in any case", () => {
    const place = (t: string) => parseFirst(t)!.citations[0].issuer?.placeWords.map((w) => w.image);
    expect(place("Quyết định số 12/2005/QĐ-UB ngày 10/3/2005 của UBND tỉnh V/v ban hành quy chế")).toEqual([]);
    expect(place("Quyết định số 12/2005/QĐ-UB của UBND tỉnh Quảng Trị V / V ban hành quy chế")).toEqual(["Quảng", "Trị"]);
    expect(place("Quyết định số 12/2005/QĐ-UB của UBND huyện Vĩnh Linh v/v thu phí")).toEqual(["Vĩnh", "Linh"]);
  });

  it("reads 'năm' as the date's word only before its year: 'Năm Căn' is a place", () => {
    const issuer = (t: string) => {
      const i = parseFirst(t)!.citations[0].issuer;
      return [i?.placeType?.image, i?.placeWords.map((w) => w.image)];
    };
    expect(issuer("Quyết định số 12/QĐ-UBND ngày 01/02/2010 của UBND huyện Năm Căn về việc")).toEqual(["huyện", ["Năm", "Căn"]]);
    expect(issuer("QUYẾT ĐỊNH SỐ 12/QĐ-UBND NGÀY 01/02/2010 CỦA UBND HUYỆN NĂM CĂN VỀ VIỆC")).toEqual(["HUYỆN", ["NĂM", "CĂN"]]);
    // The place ends before a year, in any case, on the same line or the next.
    expect(issuer("Kế hoạch số 5/KH-UBND của UBND tỉnh Cà Mau năm 2010")).toEqual(["tỉnh", ["Cà", "Mau"]]);
    expect(issuer("KẾ HOẠCH SỐ 5/KH-UBND CỦA UBND TỈNH CÀ MAU NĂM\n2010")).toEqual(["TỈNH", ["CÀ", "MAU"]]);
    const date = parseFirst("Quyết định số 12/QĐ-UBND ngày 23 tháng 4 Năm\n2018 của UBND huyện Năm Căn")!.citations[0].date!;
    expect([date.day.image, date.month.image, date.year.image]).toEqual(["23", "4", "2018"]);
    expect(lex("năm 2018 Năm Căn năm học năm\u200b1999").map((t) => t.tokenType.name)).toEqual(["Nam", "Number", "Word", "Word", "Word", "Word", "Nam", "Number"]);
  });

  it("reads every body of a joint ký hiệu, up to eight parts", () => {
    const parts = (t: string) => parseFirst(t)!.citations[0].parts.map((p) => p.image);
    expect(parts("Thông tư liên tịch số 02/2005/TTLT-BCVT-VHTT-CA-KHĐT ngày 14 tháng 7 năm 2005")).toEqual(["TTLT", "BCVT", "VHTT", "CA", "KHĐT"]);
    // Six bodies, seven parts (fresh31f-021, -022): at six parts the last body was dropped, and
    // "…-BTC" named another document.
    expect(parts("Thông tư liên tịch số 10/2007/TTLT-BTP-BCA-VKSND-TAND-BTC-BQP, ngày 28/12/2007")).toEqual(["TTLT", "BTP", "BCA", "VKSND", "TAND", "BTC", "BQP"]);
    expect(parts("Thông tư liên tịch số 10/2018/TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC ngày 29 tháng 6 năm 2018")).toEqual(["TTLT", "BTP", "BCA", "BQP", "BTC", "TANDTC", "VKSNDTC"]);
    // Two letters a part: a lone letter after the slash is an address's ("số 12/A"), no ký hiệu.
    expect(parts("số 1/2020/AB-BC-CD-DE-EF-FG-GH-HI-IJ ngày")).toEqual(["AB", "BC", "CD", "DE", "EF", "FG", "GH", "HI"]);
  });

  it("continues a ký hiệu after a line break but not after a spaced dash", () => {
    expect(parseFirst("Thông tư số 343/2016/TT-\n\nBTC ngày")!.citations[0].parts.map((p) => p.image)).toEqual(["TT", "BTC"]);
    expect(parseFirst("Kế hoạch số 12/KH-UBND - Tuyên truyền")!.citations[0].parts.map((p) => p.image)).toEqual(["KH", "UBND"]);
  });

  it("continues across a spaced dash to a code in capitals, or to a known one with small letters ('QĐ - TTg')", () => {
    const partsOf = (t: string) => parseFirst(t)!.citations[0].parts.map((p) => p.image);
    expect(partsOf("Quyết định số 1483/QĐ - TTg ngày 26-8-2011")).toEqual(["QĐ", "TTg"]);
    expect(partsOf("Tờ trình số 12/TTr - SYT ngày 5/1/2020")).toEqual(["TTr", "SYT"]);
    expect(partsOf("Nghị định số 12/2019/NĐ - CP")).toEqual(["NĐ", "CP"]);
    // A capitalised word is prose, known code or not; "Tu" has one capital only.
    expect(partsOf("Kế hoạch số 5/KH - Tuyên truyền")).toEqual(["KH"]);
    expect(partsOf("Chỉ thị số 5/CT - Tu sửa")).toEqual(["CT"]);
  });

  it("continues across a spaced dash in a line lower-cased whole: both codes in small letters, the second one vncite knows", () => {
    const partsOf = (t: string) => parseFirst(t)!.citations[0].parts.map((p) => p.image);
    expect(partsOf("bãi bỏ quyết định số 18/2011/qđ - ubnd ngày 4/5/2011")).toEqual(["qđ", "ubnd"]);
    expect(partsOf("sửa đổi thông tư số 30/2012/tt - bnnptnt ngày 3/7/2012")).toEqual(["tt", "bnnptnt"]);
    // A word no code is, or a code in capitals before the dash, goes on no further.
    expect(partsOf("thực hiện kế hoạch số 7/kh - tuyên truyền")).toEqual(["kh"]);
    expect(partsOf("Nghị định số 12/2019/NĐ - cp")).toEqual(["NĐ"]);
  });

  it("continues across a spaced dash from an issuer's code to a unit's ('584/UBND - NC'), and to a dotted code ('QĐ - UB.NN')", () => {
    const partsOf = (t: string) => parseFirst(t)!.citations[0].parts.map((p) => p.image);
    expect(partsOf("Công văn số 584/UBND - NC ngày 12/3/2021")).toEqual(["UBND", "NC"]);
    expect(partsOf("Công văn số 90/UBND - NCTH ngày 2/1/2021")).toEqual(["UBND", "NCTH"]);
    expect(partsOf("Quyết định số 55/2005/QĐ - UB.NN ngày 5/5/2005")).toEqual(["QĐ", "UB.NN"]);
    // The next body named after an issuer's code is no unit of it.
    expect(partsOf("Kế hoạch số 12/KH-UBND - UBND tỉnh ban hành")).toEqual(["KH", "UBND"]);
    expect(partsOf("Kế hoạch số 12/KH-UBND - Tuyên truyền")).toEqual(["KH", "UBND"]);
  });

  it("continues a type code alone across a line break on either side of its dash; a whole ký hiệu does not", () => {
    const partsOf = (t: string) => parseFirst(t)!.citations[0].parts.map((p) => p.image);
    expect(partsOf("tờ trình số 28/TTr \n\n- BCVT ngày 04 tháng 10 năm 2005")).toEqual(["TTr", "BCVT"]);
    expect(partsOf("Thông tư 45/2006/TT - \n\nBTC ngày 25/5/2006")).toEqual(["TT", "BTC"]);
    expect(partsOf("Kế hoạch số 12/KH-UBND \n- UBND các huyện")).toEqual(["KH", "UBND"]);
    expect(partsOf("Kế hoạch số 12/KH \n- Tuyên truyền")).toEqual(["KH"]);
    // Past a space and a blank line (with a tab to spare) the dash is a list item's.
    expect(partsOf("Quyết định số 12/QĐ \n\n\n\n- UBND")).toEqual(["QĐ"]);
    // Not a type code: "ABC" alone is no half of a ký hiệu.
    expect(partsOf("số 12/ABC \n\n- UBND")).toEqual(["ABC"]);
  });

  it("rejects what is not a ký hiệu", () => {
    for (const t of ["3 - Tuyên truyền", "4/2022 - 8/2022", "19 /01/2022"]) {
      const toks = lex(t);
      expect(toks.some((_, i) => parseListAt(toks, i) !== null), t).toBe(false);
    }
  });

  it("reads the whole number through the separators real texts use, and says what it repaired", () => {
    const read = (t: string) => {
      const c = parseFirst(t)!.citations[0];
      return [c.number.image, c.year?.image ?? null, c.parts.map((p) => p.image), c.written, [...c.repairs]];
    };
    expect(read("Nghị quyết số 12-2019/NQ-CP ngày")).toEqual(["12", "2019", ["NQ", "CP"], "slash-first", ["dash-year"]]);
    // The Chairman of the Council of Ministers' code after an older number's dash (1981–1992), tight or spaced.
    expect(read("Căn cứ Chỉ thị số 297-CT ngày 26/11/1986 của Hội đồng Bộ trưởng")).toEqual(["297", null, ["CT"], "slash-first", ["dash-issuer"]]);
    expect(read("tại Chỉ thị số 297 - CT ngày 26/11/1986")).toEqual(["297", null, ["CT"], "slash-first", ["dash-issuer"]]);
    expect(read("Căn cứ Quyết định 375-CT ngày 26 tháng 10 năm 1990")).toEqual(["375", null, ["CT"], "slash-first", ["dash-issuer"]]);
    expect(parseFirst("mục 3 - CT chủ trì")?.citations ?? []).toEqual([]);
    expect(read("nghị quyết số 19-2017/nq-cp")).toEqual(["19", "2017", ["nq", "cp"], "slash-first", ["dash-year"]]);
    expect(read("Thông tư liên tịch số 15/2005/TTLT / BTC-BYT ngày")).toEqual(["15", "2005", ["TTLT", "BTC", "BYT"], "slash-first", ["slash-in-symbol"]]);
    expect(read("Tờ trình số 6872/TTr / STC-QLCS")).toEqual(["6872", null, ["TTr", "STC", "QLCS"], "slash-first", ["slash-in-symbol"]]);
    expect(read("Nghị định 57/2002/NĐ/CP")).toEqual(["57", "2002", ["NĐ", "CP"], "slash-first", ["slash-in-symbol"]]);
    // Older letters type a space after each slash: "Công văn số 1840/ BNN/ TCCB".
    expect(read("Công văn số 1840/ BNN/ TCCB ngày")).toEqual(["1840", null, ["BNN", "TCCB"], "slash-first", ["slash-in-symbol"]]);
    // Or a space typed before the slash, as before a dash ("47/2007/NQ -HĐND"): "103/QĐ /BVHTTDL" (fresh29e-002).
    expect(read("Căn cứ Quyết định số 103/QĐ /BVHTTDL ngày 12 tháng 01 năm 2016")).toEqual(["103", null, ["QĐ", "BVHTTDL"], "slash-first", ["slash-in-symbol"]]);
    // Not before a year or a lower-case word: the ký hiệu ends at the type code.
    expect(read("Quyết định số 12/QĐ /2010 ngày")).toEqual(["12", null, ["QĐ"], "slash-first", []]);
    expect(read("Quyết định số 12/QĐ /theo ngày")).toEqual(["12", null, ["QĐ"], "slash-first", []]);
    expect(read("Công văn số 77/UB/ kh ngày")).toEqual(["77", null, ["UB"], "slash-first", []]);
    expect(read("Văn bản số 488-CV / TCQT-NS ngày")).toEqual(["488", null, ["CV", "TCQT", "NS"], "dash-first", []]);
    expect(read("Quyết định số 210/QĐ/2010/QĐ-UBND")).toEqual(["210", "2010", ["QĐ", "UBND"], "slash-first", ["repeated-type"]]);
    // Older numbering with a space where the dash belongs: read as "27-NQ/UBTVQH10" is.
    expect(read("Nghị quyết số 27 NQ/UBTVQH10 ngày")).toEqual(["27", null, ["NQ", "UBTVQH10"], "dash-first", ["space-for-dash"]]);
    // A web address's words copied as text (tag and download pages, a document site's title): spaces for the slashes.
    expect(read("nghi dinh so 40 2020 nd cp")).toEqual(["40", "2020", ["nd", "cp"], "slash-first", ["spaces-for-slashes"]]);
    expect(read("download phap luat quyet dinh 03 2013 qd ubnd cua ubnd tinh quang binh")).toEqual(["03", "2013", ["qd", "ubnd"], "slash-first", ["spaces-for-slashes"]]);
    expect(read("Nghị định số 63 2010 NĐ-CP - Về kiểm soát thủ tục hành chính")).toEqual(["63", "2010", ["NĐ", "CP"], "slash-first", ["spaces-for-slashes"]]);
    // A scan's space after the number's first digit (pairs44-002, -005, -007, tax letters): one number, the space kept in its token.
    expect(read("Căn cứ Khoản 2 Điều 2 Thông tư số 1 11/2013/TT-BTC ngày 15/8/2013")).toEqual(["1 11", "2013", ["TT", "BTC"], "slash-first", ["split-number"]]);
    expect(read("V/v triển khai thực hiện Nghị\nđịnh số 1 18/2021/NĐ-CP")).toEqual(["1 18", "2021", ["NĐ", "CP"], "slash-first", ["split-number"]]);
    // Not two digits, a comma, no "số" or no year: the rest is read alone, as before.
    expect(read("Nghị định số 12 11/2013/NĐ-CP")).toEqual(["11", "2013", ["NĐ", "CP"], "slash-first", []]);
    expect(read("Nghị định 1 11/2013/NĐ-CP")).toEqual(["11", "2013", ["NĐ", "CP"], "slash-first", []]);
    expect(read("Công văn số 1 11/BTC-TCT")).toEqual(["11", null, ["BTC", "TCT"], "slash-first", []]);
    // No year, a state type code tight after the slash (pairs50b-002, a tax store's letter of 2025; fresh48b-001, a
    // procuracy's guidance of 2011): one number, as with a year. Not before a date or a spaced code.
    expect(read("Quyết định số 1 10/QĐ-BTC ngày 20/01/2025")).toEqual(["1 10", null, ["QĐ", "BTC"], "slash-first", ["split-number"]]);
    expect(read("Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10 tháng 12 năm 2010")).toEqual(["0 1", null, ["QĐ", "VKSTC", "V9"], "slash-first", ["split-number"]]);
    expect(read("Quyết định 1 10/QĐ-BTC")).toEqual(["10", null, ["QĐ", "BTC"], "slash-first", []]);
    expect(read("Quyết định số 1 10/ QĐ-BTC")).toEqual(["10", null, ["QĐ", "BTC"], "slash-first", []]);
    // A dot for each slash (listing51 rows 22, 25, 28, 30: the customs portal's Đồng Nai records of 2005). Only after
    // "số" and a kind word, tight, before a state type code: no reading of a section's, a date's or an amount's dots.
    expect(read("Hướng dẫn thi hành Nghị định số 138.2004.NĐ-CP ngày 17.6.2004")).toEqual(["138", "2004", ["NĐ", "CP"], "slash-first", ["dots-for-slashes"]]);
    expect(read("bổ sung, sửa đổi Thông tư số 10.2004.TT-BTM ngày 27.12.2004")).toEqual(["10", "2004", ["TT", "BTM"], "slash-first", ["dots-for-slashes"]]);
    expect(read("Hướng dẫn thực hiện quyết định số 0971.QĐ-BTM ngày 14.07.2004")).toEqual(["0971", null, ["QĐ", "BTM"], "slash-first", ["dots-for-slashes"]]);
    expect(read("Thực hiện điểm 6, Phần II Thông tư liên bộ số 04.TTLB")).toEqual(["04", null, ["TTLB"], "slash-first", ["dots-for-slashes"]]);
    expect(parseFirst("Nghị định 138.2004.NĐ-CP")).toBeNull();
    expect(parseFirst("Quyết định số 12.2004 của Bộ")).toBeNull();
    expect(parseFirst("Nghị định số 138. 2004.NĐ-CP")).toBeNull();
    expect(parseFirst("theo Điều 3.2 Quyết định số 5.Xã")).toBeNull();
    // Only after a kind word the type code names, with a year and a body's code: no such number otherwise.
    expect(parseFirst("nghi dinh so 40 2020 qd ubnd")).toBeNull();
    expect(parseFirst("Điều 5 2020 nd cp")).toBeNull();
    expect(parseFirst("Quyết định số 12 2020 về việc")).toBeNull();
    expect(parseFirst("Nghị định số 40 1999 NĐ xx")).toBeNull();
    // The term's digits a space after the legislature's code: a part of their own, which convert joins to the code.
    expect(read("Luật số 13/QH 11 ngày")).toEqual(["13", null, ["QH", "11"], "slash-first", ["split-term"]]);
    expect(read("Pháp lệnh số 19/2003/PL-UBTVQH 11 ngày")).toEqual(["19", "2003", ["PL", "UBTVQH", "11"], "slash-first", ["split-term"]]);
    // A code's "&" printed a space after it (fresh31c-019, fresh30i-014): the code after the "&" a part of its own, which convert joins.
    expect(read("tại các văn bản số 103/BKH-KTĐP &LT ngày")).toEqual(["103", null, ["BKH", "KTĐP", "LT"], "slash-first", ["spaced-ampersand"]]);
    expect(read("Thông tư Liên tịch số 46/2005/TTLT-BQP-BKH&ĐT-BTC-BLĐTB &XH ngày")).toEqual(["46", "2005", ["TTLT", "BQP", "BKH&ĐT", "BTC", "BLĐTB", "XH"], "slash-first", ["spaced-ampersand"]]);
    // Two spaces before it are a justified page's one (gates spaceApart: fresh31c-019, fresh30b-023), three are not.
    expect(read("Công văn số 12/UBND-VP  &UBND")).toEqual(["12", null, ["UBND", "VP", "UBND"], "slash-first", ["spaced-ampersand"]]);
    expect(read("Công văn số 12/UBND-VP   &UBND")).toEqual(["12", null, ["UBND", "VP"], "slash-first", []]);
    // Not a space after the "&" too, nor small letters on either side: prose's "&".
    expect(read("Công văn số 12/UBND-VP & UBND")).toEqual(["12", null, ["UBND", "VP"], "slash-first", []]);
    expect(read("Công văn số 12/UBND-VP &ubnd")).toEqual(["12", null, ["UBND", "VP"], "slash-first", []]);
    expect(read("công văn số 12/ubnd-vp &UBND")).toEqual(["12", null, ["ubnd", "vp"], "slash-first", []]);
    // The drafting unit's code in brackets glued to the ký hiệu (fresh41d-005, fresh30i-017): a part of its own, brackets and all.
    expect(read("Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024")).toEqual(["368", null, ["TT", "XD", "(KTXD)"], "slash-first", ["bracketed-unit"]]);
    expect(read("Công văn số 823/PV11(CS)\nngày 18/7/2017")).toEqual(["823", null, ["PV11", "(CS)"], "slash-first", ["bracketed-unit"]]);
    // Not a bracket set off by a space, nor words in small letters, nor a code glued after the ")": a note, prose, another thing.
    expect(read("Quyết định số 12/QĐ-UBND (UBND) ngày")).toEqual(["12", null, ["QĐ", "UBND"], "slash-first", []]);
    expect(read("Quyết định số 12/QĐ-UBND( UBND) ngày")).toEqual(["12", null, ["QĐ", "UBND"], "slash-first", []]);
    expect(read("Quyết định số 12/QĐ-UBND(đã hết hiệu lực)")).toEqual(["12", null, ["QĐ", "UBND"], "slash-first", []]);
    // An issuer's code typed with a space inside it, "BGD ĐT" for BGDĐT (fresh62c-005, fresh30l-013): one part, its image as
    // written (convert drops the space), and the ký hiệu goes on after it.
    expect(read("Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh")).toEqual(["23", "2015", ["TTLT", "BGD ĐT", "BNV"], "slash-first", ["spaced-code"]]);
    expect(read("Điều 18 và Điều 20 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016")).toEqual(["01", "2016", ["TT", "BGD ĐT"], "slash-first", ["spaced-code"]]);
    // Not where the first piece is a code vncite knows alone, nor pieces that join into no code it knows, nor small letters, nor two spaces.
    expect(read("Quyết định số 12/QĐ-UBND TỈNH ngày")).toEqual(["12", null, ["QĐ", "UBND"], "slash-first", []]);
    expect(read("Thông tư số 01/2016/TT-BGD KH ngày")).toEqual(["01", "2016", ["TT", "BGD"], "slash-first", []]);
    expect(read("Thông tư số 01/2016/TT-BGD đt ngày")).toEqual(["01", "2016", ["TT", "BGD"], "slash-first", []]);
    expect(read("Thông tư số 01/2016/TT-BGD  ĐT ngày")).toEqual(["01", "2016", ["TT", "BGD"], "slash-first", []]);
    expect(read("Quyết định số 12/QĐ-UBND(TP)HN ngày")).toEqual(["12", null, ["QĐ", "UBND"], "slash-first", []]);
    // A small l typed for the year's last 1: the token is the year as written; convert reads it as 2001.
    expect(read("Quyết định số 14/200l/QĐ-UB ngày")).toEqual(["14", "200l", ["QĐ", "UB"], "slash-first", ["l-for-1"]]);
    // The dot is read as part of the code here; src/identify decides what it joins.
    expect(read("Quyết định số 45/2008/QĐ.UBND")).toEqual(["45", "2008", ["QĐ.UBND"], "slash-first", []]);
    // Set off by a space, before the issuer's code or around it, the dot is a separator of its own.
    expect(read("Quyết định số 318/2006/QĐ .UBND ngày 3/4/2006")).toEqual(["318", "2006", ["QĐ", "UBND"], "slash-first", ["dot-in-symbol"]]);
    expect(read("Tờ trình số 14/TT .HĐND ngày 9/2/2003")).toEqual(["14", null, ["TT", "HĐND"], "slash-first", ["dot-in-symbol"]]);
    expect(read("Nghị quyết số 27 / 2009 / NQ . HĐND ngày 5 / 7 / 2009")).toEqual(["27", "2009", ["NQ", "HĐND"], "slash-first", ["dot-in-symbol"]]);
    expect(read("quyết định số 318/2006/qđ .ubnd ngày 3/4/2006")).toEqual(["318", "2006", ["qđ", "ubnd"], "slash-first", ["dot-in-symbol"]]);
    expect(read("Quyết định số 318/2006/QĐ . UBND , ngày 3/4/2006")).toEqual(["318", "2006", ["QĐ", "UBND"], "slash-first", ["dot-in-symbol"]]);
    expect(read("Quyết định số 318/2006/QĐ . UBND của UBND tỉnh Bến Tre")).toEqual(["318", "2006", ["QĐ", "UBND"], "slash-first", ["dot-in-symbol"]]);
    expect(read("các Quyết định số 318/2006/QĐ .UBND; số 319/2006/QĐ-UBND")).toEqual(["318", "2006", ["QĐ", "UBND"], "slash-first", ["dot-in-symbol"]]);
    expect(read("(theo Quyết định số 318/2006/QĐ . UBND)")).toEqual(["318", "2006", ["QĐ", "UBND"], "slash-first", ["dot-in-symbol"]]);
    // The slash before the type code typed twice after the year; a dash typed twice between parts.
    expect(read("Nghị quyết số 8 / 2005 / / NQ-HĐND ngày")).toEqual(["8", "2005", ["NQ", "HĐND"], "slash-first", ["doubled-slash"]]);
    expect(read("Thông tư số 61/2017//TT-BTC")).toEqual(["61", "2017", ["TT", "BTC"], "slash-first", ["doubled-slash"]]);
    // Typed twice before the year: "Căn cứ Nghị định số 38//2009/NĐ-CP …", "… số 35//2010/NĐ-CP …" (an OCR'd department's decisions, fresh49e-001, -003).
    expect(read("Nghị định số 38//2009/NĐ-CP ngày 23 tháng 4 năm 2009")).toEqual(["38", "2009", ["NĐ", "CP"], "slash-first", ["doubled-year-slash"]]);
    expect(read("Nghị định số 35 / / 2010 / NĐ-CP ngày")).toEqual(["35", "2010", ["NĐ", "CP"], "slash-first", ["doubled-year-slash"]]);
    expect(read("Quyết định số 27/2001/QĐ--BYT ngày")).toEqual(["27", "2001", ["QĐ", "BYT"], "slash-first", ["doubled-dash"]]);
    expect(read("Thông tư liên tịch số 9/2003//TTLT--BTC-BYT")).toEqual(["9", "2003", ["TTLT", "BTC", "BYT"], "slash-first", ["doubled-slash", "doubled-dash"]]);
  });

  it("reads a spaced dot as a sentence's full stop where the citation does not go on after it", () => {
    const refs = (t: string) => parseFirst(t)!.citations.map((c) => `${c.number.image}/${c.year?.image ?? ""}/${c.parts.map((p) => p.image).join("-")}`);
    // The ký hiệu has its issuer already, or the sentence after it goes on with a place, a verb.
    expect(refs("theo Quyết định số 71/QĐ-UBND . UBND tỉnh giao Sở Y tế chủ trì")).toEqual(["71//QĐ-UBND"]);
    expect(refs("theo Quyết định số 71/QĐ . UBND tỉnh giao Sở Y tế chủ trì")).toEqual(["71//QĐ"]);
    expect(refs("theo Quyết định số 71/2004/QĐ . HĐND đã thông qua")).toEqual(["71/2004/QĐ"]);
    // Written tight after the code, the dot is where a full stop stands; no type code or no issuer around it.
    expect(refs("theo Quyết định số 71/QĐ. UBND ngày 2/3/2020 đã giao")).toEqual(["71//QĐ"]);
    expect(refs("Công văn số 71/UBND . UBND ngày 2/3/2020")).toEqual(["71//UBND"]);
    expect(refs("Quyết định số 71/2004/QĐ . Tuyên truyền ngày 2/3/2004")).toEqual(["71/2004/QĐ"]);
    // Nor where nothing follows the code: the text may have ended with a sentence.
    expect(refs("theo Quyết định số 71/QĐ . UBND")).toEqual(["71//QĐ"]);
    // More than two spaces on a side is no ký hiệu's spacing.
    expect(refs("Quyết định số 71/2004/QĐ   .UBND ngày 2/3/2004")).toEqual(["71/2004/QĐ"]);
  });

  it("reads no irregular number out of ranges, dates, list items or prose", () => {
    const refs = (t: string) => {
      const toks = lex(t);
      return toks.flatMap((_, i) => parseListAt(toks, i)?.citations.map((c) => `${c.number.image}/${c.year?.image ?? ""}/${c.parts.map((p) => p.image).join("-")}`) ?? []);
    };
    for (const t of ["từ 2015-2020", "giai đoạn 2019-2020/2021", "ngày 12-3-2019", "ĐT: 0290-3822-555", "Điều 3 / khoản 2", "1/2/3/4", "12-2019 năm"]) {
      expect(refs(t), t).toEqual([]);
    }
    // A spaced dash is a list item's number, not the number's: the citation is 2019/QĐ-UBND.
    expect(refs("3 - 2019/QĐ-UBND")).toEqual(["2019//QĐ-UBND"]);
    // A range of years before a slash is no number and year.
    expect(refs("2016-2020/KH-UBND")).toEqual(["2020//KH-UBND"]);
    // Two different codes around the year, a slash followed by prose or by another slash: left as written.
    expect(refs("Quyết định số 210/QĐ/2010/NĐ-CP")).toEqual(["210//QĐ", "2010//NĐ-CP"]);
    expect(refs("Quyết định số 210/QĐ / Tuyên truyền")).toEqual(["210//QĐ"]);
    expect(refs("số 12/QĐ/UB/2010")).toEqual(["12//QĐ"]);
    // Lower-cased, as listings write: a known code joins, a word without tone marks does not.
    expect(refs("quyết định số 1308/qđ / btc")).toEqual(["1308//qđ-btc"]);
    expect(refs("quyết định số 1308/qđ / theo")).toEqual(["1308//qđ"]);
    // A doubled slash only after a year and before a type code, the slashes close; a doubled dash only tight.
    expect(refs("12/2004// TODO, 12/2004/   /TT-BTC, 12//TT-BTC")).toEqual([]);
    expect(refs("12/QĐ -- UBND, 12/QĐ- -UBND, 12/QĐ--- UBND")).toEqual(["12//QĐ", "12//QĐ", "12//QĐ"]);
  });

  it("reads list continuations, which inherit the kind word", () => {
    const r = parseFirst("Thông tư số 61/2017/TT-BTC và 90/2018/TT-BTC; Nghị định")!;
    expect(r.citations.map((c) => [c.kindWord?.image, c.inherited, c.number.image])).toEqual([
      ["Thông tư", false, "61"],
      ["Thông tư", true, "90"],
    ]);
  });

  it("never throws on odd token sequences", () => {
    for (const t of ["12/", "12/2020/", "12-NQ/", "số: 12/QĐ-", "12/QĐ-UBND ngày 1/", "12/QĐ-UBND của Bộ trưởng"]) {
      expect(() => parseFirst(t)).not.toThrow();
    }
  });
});

describe("text typed without marks", () => {
  const names = (t: string) => lex(t).map((x) => `${x.tokenType.name}:${x.image}`);

  it("lexes the date's words, 'số', 'của', 'và' and 'khoa' without marks in lower case", () => {
    expect(names("so 61 ngay 23 thang 4 nam 2018 cua va khoa")).toEqual([
      "So:so", "Number:61", "Ngay:ngay", "Number:23", "Thang:thang", "Number:4", "Nam:nam", "Number:2018", "Cua:cua", "Va:va", "Term:khoa",
    ]);
    // Capitalised, they begin names without marks: Cửa Lò, Thăng Bình, Quảng Nam (a list item after it).
    expect(names("Cua Lo Thang Binh Quang Nam\n2.")).toEqual(["Word:Cua", "Word:Lo", "Word:Thang", "Word:Binh", "Word:Quang", "Word:Nam", "Number:2", "Dot:."]);
    // "nam" is the date's word only before a number, as "năm" is.
    expect(names("nam Bo")).toEqual(["Word:nam", "Word:Bo"]);
  });

  it("lexes them in capitals where the next token shows their part: a number, a year, a body", () => {
    expect(names("SO: 12 NGAY 23 THANG 4 NAM 2018 CUA UBND CUA CHINH PHU VA KHOA")).toEqual([
      "So:SO", "Colon::", "Number:12", "Ngay:NGAY", "Number:23", "Thang:THANG", "Number:4", "Nam:NAM", "Number:2018",
      "Cua:CUA", "IssuerName:UBND", "Cua:CUA", "IssuerName:CHINH PHU", "Va:VA", "Term:KHOA",
    ]);
    // "CUA LO", "THANG BINH" are names; "QUANG NAM" before a list item's number is one too.
    expect(names("CUA LO THANG BINH QUANG NAM\n2. SO DO NGAY MAI")).toEqual([
      "Word:CUA", "Word:LO", "Word:THANG", "Word:BINH", "Word:QUANG", "Word:NAM", "Number:2", "Dot:.", "Word:SO", "Word:DO", "Word:NGAY", "Word:MAI",
    ]);
    expect(names("TINH HUYEN QUAN 1 QUAN HOA XA TAN PHU")).toEqual([
      "PlaceType:TINH", "PlaceType:HUYEN", "PlaceType:QUAN", "Number:1", "Word:QUAN", "Word:HOA", "PlaceType:XA", "Word:TAN", "Word:PHU",
    ]);
  });

  it("lexes kind words, bodies and titles without marks in any case", () => {
    expect(names("Nghi dinh QUYET DINH cua Bo truong Bo Tai chinh; Pho Chu tich Uy ban nhan dan")).toEqual([
      "KindWord:Nghi dinh", "KindWord:QUYET DINH", "Cua:cua", "Title:Bo truong", "IssuerName:Bo Tai chinh", "Semicolon:;", "Title:Pho Chu tich", "IssuerName:Uy ban nhan dan",
    ]);
  });

  it("lexes place types without marks only where a type word stands: lower case, 'quan' and 'xa' before a name", () => {
    expect(names("tinh huyen Thanh pho thi xa quan 1 xa Tan Phu")).toEqual([
      "PlaceType:tinh", "PlaceType:huyen", "PlaceType:Thanh pho", "PlaceType:thi xa", "PlaceType:quan", "Number:1", "PlaceType:xa", "Word:Tan", "Word:Phu",
    ]);
    expect(names("co quan chuc nang, xa xoi, Quan Hoa, Tinh Bien")).toEqual([
      "Word:co", "Word:quan", "Word:chuc", "Word:nang", "Comma:,", "Word:xa", "Word:xoi", "Comma:,", "Word:Quan", "Word:Hoa", "Comma:,", "Word:Tinh", "Word:Bien",
    ]);
  });

  it("reads date and issuer after the number, as with marks", () => {
    const r = parseFirst("Nghi dinh so 61/2018/ND-CP ngay 23 thang 4 nam 2018 cua Chinh phu ve")!.citations[0];
    expect([r.kindWord?.image, r.date?.day.image, r.date?.month.image, r.date?.year.image, r.issuer?.name.image]).toEqual(["Nghi dinh", "23", "4", "2018", "Chinh phu"]);
    const d = parseFirst("Quyet dinh so 12/QD-UBND ngay 05/3/2020 cua UBND thi xa Cua Lo, tinh Nghe An")!.citations[0];
    expect([d.issuer?.placeType?.image, d.issuer?.placeWords.map((w) => w.image), d.issuer?.provinceWords.map((w) => w.image)]).toEqual(["thi xa", ["Cua", "Lo"], ["Nghe", "An"]]);
  });

  it("reads no citation out of a numbered clause whose first word is capitalised prose ('1 / Nha nuoc')", () => {
    const refAt = (t: string) => refLengthAt(lex(t), 0);
    expect(["1 / Nha nuoc", "2 / Nuoc Cong hoa", "3/Quyen luc", "12/2019/Nha"].map(refAt)).toEqual([0, 0, 0, 0]);
    // A code in capitals, in lower case, or one vncite knows in any case still begins a ký hiệu.
    expect(["1 / NHA", "12/Ttg", "12/Kh-UBND", "12/2019/Qd-UBND", "12/nq-cp", "12/Abc-UBND"].map(refAt)).toEqual([3, 3, 3, 5, 3, 0]);
  });

  it("gives the same result on islands as on the whole text", () => {
    const texts = [
      "Can cu Nghi dinh so 61/2018/ND-CP ngay 23 thang 4 nam 2018 cua Chinh phu; Quyet dinh so 12/QD-UBND ngay 5/3/2020 cua UBND tinh Nghe An.",
      "a ".repeat(200) + "Thong tu lien tich so 12/2010/TTLT-BTC-BTP va 13/2011/TTLT-BTC-BTP ngay 1 thang 2 nam 2011 cua Bo truong Bo Tai chinh" + " x".repeat(300),
    ];
    for (const t of texts) expect(parseIslands(t)).toEqual(parseWholeText(t));
  });
});

describe("island parsing", () => {
  it("gives the same result as the whole-text path, also when a window must grow", () => {
    const long = "Kế hoạch số 12/KH-UBND ngày 01/02/2021 của " + "Ủy ban nhân dân ".repeat(1) + "tỉnh Hậu Giang" + " x".repeat(500);
    const far = "a ".repeat(300) + "Thông tư liên tịch số 12/2010/TTLT-BTC-BTP và 13/2011/TTLT-BTC-BTP, 14/2012/TTLT-BTC-BTP";
    for (const t of [long, far]) expect(parseIslands(t)).toEqual(parseWholeText(t));
  });

  it("may end a window at a semicolon or a full stop, and agrees with the whole-text path there", () => {
    const texts = [
      "Quyết định số 12/QĐ-UBND. Kế hoạch số 13/KH-UBND; Chỉ thị số 05/CT-TU ngày 15.7.2021. Tiếp theo",
      "Quyết định số 12/QĐ-UBND ngày 15. 7. 2021 của UBND tỉnh; và 13/QĐ-UBND",
      "Quyết định số 12/QĐ-UBND của UBND TP. Hồ Chí Minh. Thông tư số 61/2017/TT-BTC và 90/2018/TT-BTC.",
      // A spaced dot inside a ký hiệu is no full stop; one after a whole ký hiệu is.
      "Quyết định số 12/2003/QĐ . UBND ngày 1/2/2003 của UBND tỉnh Long An. Kế hoạch số 13/KH-UBND . UBND tỉnh giao",
      "Nghị quyết số 27 / 2009 / NQ . HĐND của HĐND tỉnh Bến Tre . Chỉ thị số 4/CT .  UBND ngày 1/2/2010",
      "(theo Quyết định số 318/2006/QĐ . UBND). Quyết định số 319/2006/QĐ . UBND; và 320/2006/QĐ-UBND",
    ];
    for (const t of texts) expect(parseIslands(t)).toEqual(parseWholeText(t));
    expect(parseIslands(texts[1])[0].date).toMatchObject({ day: "15", month: "7", year: "2021" });
  });

  it("reads a code character by character exactly as CODE_LIKE says", () => {
    const unit = fc.constantFrom(..."AaZzĐđƯưÐ09.&-é ".split(""), "ư\u0301");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ maxLength: 8 })), (s) => {
        expect(isCodeLike(s)).toBe(CODE_LIKE.test(s));
      }),
      { numRuns: 2000 },
    );
    expect(["VP.UBND", "QLXLVPHC&TDTHPL", "QH13", "NĐ", "Tuyên", "A.", ".A", "A..B", "5A", ""].map(isCodeLike)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("parseListAt's end: the tokens a caller's text ends a citation before", () => {
  const toks = lex("Công văn số 12/UBND-VX của UBND Hà Nội ngày 01/4/2020");
  const number = toks.findIndex((t) => t.image === "12");
  const ha = toks.findIndex((t) => t.image === "Hà");
  const last = (end?: number, grammarOnly = false) => {
    const c = parseListAt(toks, number, grammarOnly, end)!.citations[0];
    return [c.issuer?.last.image, c.date?.year.image ?? null];
  };

  it("are not read, by the hand-written reader or the grammar", () => {
    expect(last()).toEqual(["Nội", "2020"]);
    expect(last(ha)).toEqual(["UBND", null]);
    expect(last(ha, true)).toEqual(["UBND", null]);
  });
});
