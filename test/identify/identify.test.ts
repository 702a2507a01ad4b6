import { describe, expect, it } from "vitest";
import { readSymbol } from "../../src/identify/symbol.js";
import { documentId, officialNumber } from "../../src/identify/id.js";
import { isoDate } from "../../src/identify/dates.js";
import { canonicalCode } from "../../src/vocab/codes.js";
import { extract } from "../../src/extract.js";
import { analyze } from "../../src/analyze/index.js";

/** Each citation's id and the words of its issuer phrase after "của". */
const idAndIssuer = (t: string) => extract(t).map((c) => [c.id, t.slice(c.start, c.end).split("của ")[1]]);

describe("identify", () => {
  it("canonicalises codes to their official mixed case", () => {
    expect(["nđ", "ttg", "qđi", "ctr", "thu", "QÐ", "tư", "qh13", "ubnd"].map(canonicalCode)).toEqual([
      "NĐ", "TTg", "QĐi", "CTr", "ThU", "QĐ", "TW", "QH13", "UBND",
    ]);
  });

  it("reads state, party, mixed and công văn ký hiệu", () => {
    expect(readSymbol(["NĐ", "CP"], "slash-first")).toEqual({ symbol: "NĐ-CP", style: "state", typeCode: "NĐ", issuerCode: "CP", jointIssuerCodes: [], dotted: false, glued: false, reshaped: false });
    expect(readSymbol(["NQ", "TW"], "dash-first")).toEqual({ symbol: "NQ/TW", style: "party", typeCode: "NQ", issuerCode: "TW", jointIssuerCodes: [], dotted: false, glued: false, reshaped: false });
    expect(readSymbol(["CT", "TU"], "slash-first")).toEqual({ symbol: "CT/TU", style: "party", typeCode: "CT", issuerCode: "TU", jointIssuerCodes: [], dotted: false, glued: false, reshaped: false });
    expect(readSymbol(["VP.UBND", "NC"], "slash-first")).toEqual({ symbol: "VP.UBND-NC", style: "state", typeCode: null, issuerCode: "VP.UBND", jointIssuerCodes: [], dotted: false, glued: false, reshaped: false });
    expect(readSymbol(["TTLT", "BTC", "BTP"], "slash-first").symbol).toBe("TTLT-BTC-BTP");
    // A ministry code written with "&" is the code without it (symbol.test.ts).
    expect(readSymbol(["TTLT", "BTC", "BGD&ĐT"], "slash-first").jointIssuerCodes).toEqual(["BTC", "BGDĐT"]);
    // A drafting unit after the issuer is not a second issuer.
    expect(readSymbol(["QĐ", "UBND", "HC"], "slash-first").jointIssuerCodes).toEqual([]);
    // A Party công văn's issuer may carry its drafting unit.
    expect(readSymbol(["CV", "TCQT", "NS"], "dash-first")).toMatchObject({ symbol: "CV/TCQT-NS", style: "party", issuerCode: "TCQT" });
    // A central state body's number in the Party's shape reads in the state's, and says so.
    expect(readSymbol(["NQ", "UBTVQH11"], "dash-first")).toEqual({ symbol: "NQ-UBTVQH11", style: "state", typeCode: "NQ", issuerCode: "UBTVQH11", jointIssuerCodes: [], dotted: false, glued: false, reshaped: true });
    expect(readSymbol(["CT", "TTg"], "dash-first")).toMatchObject({ symbol: "CT-TTg", style: "state", reshaped: true });
    // Not a code no state table types (XY), nor a Party body's.
    expect(readSymbol(["XY", "CP"], "dash-first")).toMatchObject({ symbol: "XY/CP", style: "party", reshaped: false });
  });

  it("reads a summary written in capitals as one in lower case: no place made of the words after 'tỉnh' or 'huyện'", () => {
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("ĐIỀU CHỈNH QUYẾT ĐỊNH SỐ 4008/QĐ-UBND NGÀY 17/12/2019 CỦA UBND TỈNH ĐỐI VỚI CÔNG TY")).toEqual(ids("điều chỉnh quyết định số 4008/qđ-ubnd ngày 17/12/2019 của ubnd tỉnh đối với công ty"));
    expect(ids("QUYẾT ĐỊNH SỐ 3783/QĐ-UBND NGÀY 30/12/2016 CỦA UBND HUYỆN VỀ VIỆC PHÊ DUYỆT")).toEqual(["3783/QĐ-UBND@2016"]);
    // A province's name is still read in capitals; "tỉnh" with a name no province has is no district.
    expect(ids("QUYẾT ĐỊNH SỐ 12/QĐ-UBND NGÀY 1/2/2020 CỦA UBND TỈNH HẬU GIANG VỀ VIỆC")).toEqual(["12/QĐ-UBND@2020~hau-giang"]);
    expect(ids("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Xyz")).toEqual(["12/QĐ-UBND@2020"]);
  });

  it("reads a province whose name has a dash across it ('Bà Rịa - Vũng Tàu'); a dash after any other place ends it", () => {
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về việc")).toEqual([["12/QĐ-UBND@2020~ba-ria-vung-tau", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"]]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Bà Rịa – Vũng Tàu.")).toEqual([["12/QĐ-UBND@2020~ba-ria-vung-tau", "UBND tỉnh Bà Rịa – Vũng Tàu"]]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Thừa Thiên - Huế")).toEqual([["12/QĐ-UBND@2020~thua-thien-hue", "UBND tỉnh Thừa Thiên - Huế"]]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Nghệ An - Tuyên truyền")).toEqual([["12/QĐ-UBND@2020~nghe-an", "UBND tỉnh Nghệ An"]]);
    // Quảng Nam - Đà Nẵng is no province of the table (dissolved in 1996): the dash ends the place.
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Quảng Nam - Đà Nẵng")).toEqual([["12/QĐ-UBND@2020~quang-nam", "UBND tỉnh Quảng Nam"]]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Bà Rịa - 2020")).toEqual([["12/QĐ-UBND@2020", "UBND tỉnh Bà Rịa"]]);
  });

  it("reads 'TP.' before a city's name as 'thành phố' abbreviated, the window's full stop notwithstanding", () => {
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND TP. Hồ Chí Minh về việc")).toEqual([["12/QĐ-UBND@2020~ho-chi-minh", "UBND TP. Hồ Chí Minh"]]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND Tp. Cần Thơ. Sau đó")).toEqual([["12/QĐ-UBND@2020~can-tho", "UBND Tp. Cần Thơ"]]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND TP Cần Thơ")).toEqual([["12/QĐ-UBND@2020~can-tho", "UBND TP Cần Thơ"]]);
    // Another city is a district-level unit: "thành phố Vinh", however "thành phố" is written.
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND TP. Vinh")[0][0]).toBe("12/QĐ-UBND@2020~?/thanh-pho-vinh");
    expect(extract("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND TP Vinh")[0].issuer).toMatchObject({ place: "thành phố Vinh", level: "district" });
    // A sentence's end after "TP" with no name after it: the place ends there.
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND TP.")).toEqual([["12/QĐ-UBND@2020", "UBND TP"]]);
    for (const t of ["Quyết định số 12/QĐ-UBND của UBND TP. Hồ Chí Minh. Thông tư số 61/2017/TT-BTC.", "Quyết định số 12/QĐ-UBND của UBND STP. Hà Nội"]) {
      expect(extract(t)).toEqual(extract(t, { strategy: "whole-text" }));
    }
  });

  it("gives a district's body the province the text names after it ('huyện Long Hồ, tỉnh Vĩnh Long')", () => {
    const read = (t: string) => extract(t).map((c) => [c.id, c.issuer?.place, t.slice(c.start, c.end).split("của ")[1]]);
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND huyện Long Hồ, tỉnh Vĩnh Long;")).toEqual([
      ["12/QĐ-UBND@2020~vinh-long/huyen-long-ho", "huyện Long Hồ", "UBND huyện Long Hồ, tỉnh Vĩnh Long"],
    ]);
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND huyện Củ Chi, thành phố Hồ Chí Minh về việc")[0][0]).toBe("12/QĐ-UBND@2020~ho-chi-minh/huyen-cu-chi");
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND thành phố Vinh, tỉnh Nghệ An")[0][0]).toBe("12/QĐ-UBND@2020~nghe-an/thanh-pho-vinh");
    // "thành phố" abbreviated among the city's words, with its dot or without.
    for (const tp of ["TP. Vinh", "TP Vinh", "Tp. Vinh"]) {
      const t = `Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND ${tp}, tỉnh Nghệ An về việc`;
      expect(read(t), tp).toEqual([["12/QĐ-UBND@2020~nghe-an/thanh-pho-vinh", "thành phố Vinh", `UBND ${tp}, tỉnh Nghệ An`]]);
      expect(extract(t)).toEqual(extract(t, { strategy: "whole-text" }));
    }
    // A city that is a province itself takes no province after it, as "thành phố Hồ Chí Minh" does not.
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND TP. Hồ Chí Minh, Sở Tư pháp")[0].slice(0, 2)).toEqual(["12/QĐ-UBND@2020~ho-chi-minh", "Hồ Chí Minh"]);
    // No province the table knows, no district before the comma, or no name after the type word: as before.
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND huyện Long Hồ, tỉnh Xyz")[0][0]).toBe("12/QĐ-UBND@2020~?/huyen-long-ho");
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh Nghệ An, tỉnh Hà Tĩnh")[0].slice(0, 2)).toEqual(["12/QĐ-UBND@2020~nghe-an", "Nghệ An"]);
    expect(read("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND huyện Long Hồ, tỉnh và huyện")[0][2]).toBe("UBND huyện Long Hồ");
  });

  it("types a notice of conclusions as a notice, and a joint resolution (NQLT) as a resolution", () => {
    const [notice] = extract("theo Thông báo kết luận số 12/TB-UBND ngày 5/3/2022 của UBND tỉnh Nghệ An");
    expect([notice.kind, notice.kindText, notice.warnings]).toEqual(["notice", "Thông báo kết luận", []]);
    const [joint] = extract("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008");
    expect(joint).toMatchObject({ kind: "resolution", kindText: "Nghị quyết liên tịch", typeCode: "NQLT", id: "09/2008/NQLT-CP-UBTƯMTTQVN" });
    expect(joint.issuer?.code).toBe("CP");
    expect(extract("Căn cứ Kết luận số 14-KL/TW ngày 22/9/2021")[0].kind).toBe("conclusion");
  });

  it("reads the districts and wards a city numbers ('quận 5', 'phường 10') as their place; a quận, with its city", () => {
    // dev-006 and dev-019 cite decisions "của Uỷ ban nhân dân quận 5", "quận 3": numbered quận were
    // Hồ Chí Minh City's alone (vocab/urban-districts.ts); a numbered ward says no city.
    expect(idAndIssuer("Quyết định số 2458/QĐ-UBND ngày 28 tháng 8 năm 2009 của Chủ tịch Uỷ ban nhân dân quận 5 về thành lập")).toEqual([
      ["2458/QĐ-UBND@2009~ho-chi-minh/quan-5", "Chủ tịch Uỷ ban nhân dân quận 5"],
    ]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND Quận 10, thành phố Hồ Chí Minh")[0][0]).toBe("12/QĐ-UBND@2020~ho-chi-minh/quan-10");
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND phường 5 về việc")[0][0]).toBe("12/QĐ-UBND@2020~?/phuong-5");
    // A province or district is named, never numbered; a number of three digits is no ward's.
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh 2020")[0]).toEqual(["12/QĐ-UBND@2020", "UBND tỉnh"]);
    expect(idAndIssuer("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND quận 123")[0]).toEqual(["12/QĐ-UBND@2020", "UBND quận"]);
  });

  it("takes a Party regulation numbered with QĐ as a regulation, without a mismatch; a state one keeps the warning", () => {
    const [party] = extract("Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị");
    expect([party.kind, party.warnings.map((w) => w.code)]).toEqual(["regulation", []]);
    const [state] = extract("Quy định số 12/QĐ-UBND ngày 23/9/2019");
    expect([state.kind, state.warnings.map((w) => w.code)]).toEqual(["regulation", ["kind-mismatch"]]);
  });

  it("takes 'Thông tư số …/TTLT-…' (a joint circular cited by the wider kind's word) as a joint circular, without a mismatch", () => {
    const kindAndWarnings = (t: string) => extract(t).map((c) => [c.kind, c.warnings.map((w) => w.code)]);
    expect(kindAndWarnings("Căn cứ Thông tư số 14/2012/TTLT-BNV-BTC ngày 5 tháng 3 năm 2012 của Bộ Nội vụ và Bộ Tài chính;")).toEqual([["joint-circular", []]]);
    expect(kindAndWarnings("Thực hiện Thông tư 31/2019/TTLT-BYT-BGDĐT hướng dẫn công tác y tế trường học")).toEqual([["joint-circular", []]]);
    // The word of the narrower kind over the wider kind's code, or another kind's word, still disagree.
    expect(kindAndWarnings("theo Thông tư liên tịch số 22/2016/TT-BTC ngày 1/2/2016")).toEqual([["joint-circular", ["kind-mismatch"]]]);
    expect(kindAndWarnings("theo Quyết định số 22/2016/TTLT-BTC-BYT ngày 1/2/2016")).toEqual([["decision", ["kind-mismatch"]]]);
    // A Party or Front thông tri ("TT") is no circular of any form.
    expect(kindAndWarnings("theo Thông tư số 06/TT-MTTQ-BTT ngày 2/3/2020")[0][0]).toBe("circular");
  });

  it("reads the General Department of Taxation's code TCT as that body, a central one, in a citation and in its own letter's number", () => {
    const [letter] = extract("Căn cứ Công văn số 2765/TCT-CS ngày 14 tháng 7 năm 2017 của Tổng cục Thuế về chính sách thuế;");
    expect([letter.id, letter.issuer?.code, letter.issuer?.level, letter.warnings.map((w) => w.code)]).toEqual(["2765/TCT-CS@2017", "TCT", "central", []]);
    const [decision] = extract("theo Quyết định số 118/QĐ-TCT ngày 20/01/2018 của Tổng cục trưởng Tổng cục Thuế");
    expect([decision.kind, decision.issuer?.code]).toEqual(["decision", "TCT"]);
    const a = analyze("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 3902/TCT-KK\nV/v kê khai thuế\nHà Nội, ngày 9 tháng 9 năm 2019\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n");
    expect([a.self.id, a.self.issuer?.code, a.self.jurisdiction.level, a.warnings.map((w) => w.code)]).toEqual(["3902/TCT-KK@2019", "TCT", "central", []]);
    // A province's tax department keeps its own reading ("CT-" and a division).
    expect(extract("Công văn số 5512/CT-TTHT ngày 3/6/2019 của Cục Thuế")[0].issuer?.level).toBe("province");
  });

  it("keeps a place whose name opens with 'Năm' (the date's word only before a year)", () => {
    const issuer = (t: string) => extract(t)[0].issuer;
    expect(issuer("theo Quyết định số 12/QĐ-UBND ngày 01/02/2010 của UBND huyện Năm Căn")).toMatchObject({ level: "district", place: "huyện Năm Căn" });
    expect(issuer("Quyết định số 12/QĐ-UBND ngày 01 tháng 02 năm 2010 của UBND huyện Năm Căn về việc")?.place).toBe("huyện Năm Căn");
  });

  it("takes the kind word before a guiding modifier ('Thông tư hướng dẫn số …', 'Công văn hướng dẫn số …'); a generic one leaves it to the code", () => {
    const kinds = (t: string) => extract(t).map((c) => c.kind);
    expect(kinds("Căn cứ Thông tư hướng dẫn số 07/TT-LB ngày 04 tháng 5 năm 1995 của Liên Bộ Tài chính - Nội vụ;")).toEqual(["circular"]);
    expect(kinds("Thực hiện Thông tư liên tịch hướng dẫn số 15/2003/TTLT-BNV-BTC ngày 10/9/2003;")).toEqual(["joint-circular"]);
    expect(kinds("theo Công văn hướng dẫn số 2210/SGDĐT-KHTC ngày 02/10/2017 của Sở Giáo dục và Đào tạo")).toEqual(["official-letter"]);
    expect(kinds("theo văn bản hướng dẫn số 318/HD-SYT ngày 05/3/2016 của Sở Y tế")).toEqual(["guidance"]);
    expect(kinds("theo Hướng dẫn số 318/HD-SYT ngày 05/3/2016 của Sở Y tế")).toEqual(["guidance"]);
  });

  it("takes the kind word written before its issuer when the number's code names only the body ('Nghị định của Chính phủ số 15/CP')", () => {
    const kinds = (t: string) => extract(t).map((c) => c.kind);
    expect(kinds("Căn cứ Nghị định của Chính phủ số 12/CP ngày 5 tháng 3 năm 1994 về tổ chức bộ máy;")).toEqual(["decree"]);
    expect(kinds("Căn cứ Quyết định của Thủ tướng Chính phủ : số 207/TTg ngày 11/4/1997 về việc cấp vốn;")).toEqual(["decision"]);
    // Read as prepared text reads it: decomposed, or with an eth for đ (fuzzing found both read as a letter's).
    expect(kinds("Căn cứ các Quyết định của Thủ tướng Chính phủ : số 207/TTg ngày 11/4/1997 về việc cấp vốn;".normalize("NFD"))).toEqual(["decision"]);
    expect(kinds("Căn cứ các Quyết ðịnh của Thủ tướng Chính phủ : số 207/TTg ngày 11/4/1997 về việc cấp vốn;")).toEqual(["decision"]);
    expect(kinds("Căn cứ Nghị ðịnh của Chính phủ số 12/CP ngày 5 tháng 3 năm 1994;")).toEqual(["decree"]);
    expect(kinds("theo Thông tư hướng dẫn số 07/TT-LB ngày 04 tháng 5 năm 1995".normalize("NFD"))).toEqual(["circular"]);
    expect(kinds("Căn cứ Nghị định của Hội đồng Bộ trưởng số 171-HĐBT ngày 14/5/1990;")).toEqual(["decree"]);
    expect(kinds("theo Quyết định của Bộ trưởng Bộ Tài chính số 45/BTC ngày 8/2/1999")).toEqual(["decision"]);
    // Words between that name no body, or a generic word: the code decides, as before.
    expect(kinds("Căn cứ Nghị định của Chính phủ về việc giao đất và số 12/CP ngày 5/3/1994;")).toEqual(["official-letter"]);
    expect(kinds("theo Văn bản của Bộ Tài chính số 45/BTC ngày 8/2/1999")).toEqual(["official-letter"]);
    // A type code in the number is read as before.
    expect(kinds("Căn cứ Nghị định của Chính phủ số 88/2011/NĐ-CP ngày 5/3/2011;")).toEqual(["decree"]);
  });

  it("reads the kind word over the issuer across any line break, not '\\n' alone (a CRLF file's heading, a vertical tab, a form feed, U+2028/U+2029)", () => {
    // fresh29o's heading saved on Windows: "NGHỊ ĐỊNH\r\n\r\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 6-HĐBT" was an official letter.
    for (const br of ["\n", "\r\n", "\r\n\r\n", "\r", "\v", "\f", "\u2028", "\u2029"]) {
      const text = `NGHỊ ĐỊNH${br}CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 6-HĐBT NGÀY 11-1-1986 VỀ VIỆC`;
      const [c] = extract(text);
      expect([c.kind, c.id, text.slice(c.start, c.end)]).toEqual(["decree", "06/HĐBT@1986", "SỐ 6-HĐBT NGÀY 11-1-1986"]);
    }
    // The issuer's words stay on one line, whatever ends it.
    expect(extract("NGHỊ ĐỊNH CỦA HỘI ĐỒNG\u2028BỘ TRƯỞNG SỐ 6-HĐBT NGÀY 11-1-1986")[0].kind).toBe(extract("NGHỊ ĐỊNH CỦA HỘI ĐỒNG\nBỘ TRƯỞNG SỐ 6-HĐBT NGÀY 11-1-1986")[0].kind);
  });

  it("knows the finance and pricing department of 1993-2003 by its code TCVG, after a type code or alone", () => {
    const pick = (t: string) => extract(t).map((c) => [c.typeCode, c.issuer?.code ?? null]);
    expect(pick("theo Công văn số 415/CV-TCVG ngày 02/3/1999 của Sở")).toEqual([["CV", "STCVG"]]);
    expect(pick("tại văn bản số 88/TCVG ngày 11/5/2002")).toEqual([[null, "STCVG"]]);
  });

  it("knows the type codes older texts gave a kind: PL for an ordinance before 2009", () => {
    const [c] = extract("theo văn bản số 38/2001/pl-ubtvqh10 ngày 28/8/2001");
    expect(c).toMatchObject({ kind: "ordinance", typeCode: "PL", id: "38/2001/PL-UBTVQH10" });
    expect(c.warnings).toEqual([]);
  });

  it("reads a type code and issuer joined by a dot as their parts, and keeps a unit's own dot", () => {
    expect(readSymbol(["QĐ.UBND"], "slash-first")).toMatchObject({ symbol: "QĐ-UBND", typeCode: "QĐ", issuerCode: "UBND", dotted: true });
    expect(readSymbol(["qđ.ub"], "slash-first")).toMatchObject({ symbol: "QĐ-UB", dotted: true });
    expect(readSymbol(["VP.UBND", "NC"], "slash-first").dotted).toBe(false);
    // Not a type code before the dot, or not an issuer after it: left as written.
    expect(readSymbol(["QĐ.XYZ"], "slash-first")).toMatchObject({ symbol: "QĐ.XYZ", dotted: false });
  });

  it("reads a type code and an issuer written as one word as the two, only when one split does", () => {
    expect(readSymbol(["NĐCP"], "slash-first")).toMatchObject({ symbol: "NĐ-CP", typeCode: "NĐ", issuerCode: "CP", glued: true });
    expect(readSymbol(["qđubnd"], "slash-first")).toMatchObject({ symbol: "QĐ-UBND", glued: true });
    expect(readSymbol(["TTLTBTC"], "slash-first")).toMatchObject({ symbol: "TTLT-BTC", glued: true });
    // A code vncite knows whole, a word no split explains, or one with a digit: left as written.
    expect(readSymbol(["UBND"], "slash-first")).toMatchObject({ symbol: "UBND", glued: false });
    expect(readSymbol(["TTLT"], "slash-first")).toMatchObject({ symbol: "TTLT", glued: false });
    expect(readSymbol(["SGDĐT"], "slash-first")).toMatchObject({ symbol: "SGDĐT", glued: false });
    expect(readSymbol(["QĐ2CP"], "slash-first")).toMatchObject({ glued: false });
    expect(readSymbol(["QĐ", "UBND"], "slash-first").glued).toBe(false);
  });

  it("gives an irregular number the regular form's id, and says what was repaired", () => {
    const cases: [string, string, string][] = [
      ["Nghị quyết số 12-2019/NQ-CP ngày 12/02/2019", "12/2019/NQ-CP", "a dash between number and year"],
      ["Quyết định số 45/2008/QĐ.UBND ngày 01/3/2008", "45/2008/QĐ-UBND", "a dot between type code and issuer"],
      ["Quyết định số 318/2006/QĐ .UBND ngày 03/4/2006", "318/2006/QĐ-UBND", "a dot between type code and issuer"],
      ["Tờ trình số 14/TTr . HĐND ngày 9 tháng 2 năm 2003", "14/TTr-HĐND@2003", "a dot between type code and issuer"],
      ["Thông tư liên tịch số 15/2005/TTLT / BTC-BYT ngày 01/3/2005", "15/2005/TTLT-BTC-BYT", "a slash between the ký hiệu's parts"],
      ["Tờ trình số 6872/TTr / STC-QLCS ngày 31 tháng 12 năm 2009", "6872/TTr-STC-QLCS@2009", "a slash between the ký hiệu's parts"],
      ["Quyết định số 210/QĐ/2010/QĐ-UBND ngày 03/3/2010", "210/2010/QĐ-UBND", "the type code written before the year too"],
      ["Nghị định số 61/2018/NĐCP ngày 23/4/2018", "61/2018/NĐ-CP", "type code and issuer written as one word"],
    ];
    for (const [text, id, reason] of cases) {
      const [c, ...more] = extract(text);
      expect(more, text).toEqual([]);
      expect(c.id, text).toBe(id);
      expect(c.raw, text).toBe(text);
      const w = c.warnings.filter((x) => x.code === "irregular-separator");
      expect(w, text).toHaveLength(1);
      expect(w[0].message, text).toContain(reason);
      expect([w[0].start, w[0].end], text).toEqual([c.numberStart, c.numberEnd]);
    }
    // Regular and Party numbers carry no such warning, however they are spaced.
    for (const text of ["Nghị định số 61/2018/NĐ-CP", "Công văn số 488-CV / TCQT-NS", "Kế hoạch số 103 /KH-UBND", "Công văn 1031/VP.UBND-NC"]) {
      const [c] = extract(text);
      expect(c.warnings.map((x) => x.code), text).not.toContain("irregular-separator");
    }
    expect(extract("Văn bản số 488-CV / TCQT-NS ngày 18 tháng 8 năm 2004")[0].id).toBe("488-CV/TCQT-NS@2004");
  });

  it("names the National Assembly with its term, and every issuer of a joint ký hiệu", () => {
    const [law] = extract("Căn cứ Luật số 45/2013/QH13 ngày 29 tháng 11 năm 2013;");
    expect(law.issuer).toEqual({ code: "QH13", name: "Quốc hội khóa XIII", level: "central", place: null });
    expect(extract("Pháp lệnh số 02/2022/UBTVQH15")[0].issuer?.name).toBe("Ủy ban Thường vụ Quốc hội khóa XV");
    expect(law.issuers).toBeUndefined();
    const [joint] = extract("Thông tư liên tịch số 12/2015/TTLT-BTC-BGD&ĐT ngày 21/01/2015");
    expect(joint.issuer?.name).toBe("Bộ Tài chính");
    expect(joint.issuers?.map((i) => i.name)).toEqual(["Bộ Tài chính", "Bộ Giáo dục và Đào tạo"]);
  });

  it("builds ids per the documented format", () => {
    const base = { number: "05", year: null, symbol: "CT/TU", party: true, dateYear: 2021, local: true, provinceSlug: "hau-giang", districtSlug: null };
    expect(documentId(base)).toBe("05-CT/TU@2021~hau-giang");
    expect(documentId({ ...base, symbol: "NĐ-CP", party: false, year: 2018, local: false, number: "61" })).toBe("61/2018/NĐ-CP");
    expect(documentId({ ...base, symbol: "KH-UBND", party: false, dateYear: null, provinceSlug: null })).toBe("05/KH-UBND@?");
  });

  it("pads numbers and validates dates", () => {
    expect(["2", "02", "002", "61", "1031"].map(officialNumber)).toEqual(["02", "02", "02", "61", "1031"]);
    expect(isoDate("29", "2", "2020").date).toBe("2020-02-29");
    expect(isoDate("29", "2", "2021").warning?.code).toBe("invalid-date");
    expect(isoDate("32", "1", "2021").date).toBeNull();
    // Padded by table: every valid day and month as String(n).padStart(2, "0") gives it, written with or without its zero.
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 28; d++) expect(isoDate(String(d).padStart(2, "0"), String(m), "2021").date).toBe(`2021-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    expect(isoDate("31", "12", "1999").date).toBe("1999-12-31");
  });

  it("reads a citation typed without marks as the same citation with them: kind, date, issuer and id", () => {
    const pick = (t: string) => extract(t).map((c) => ({ kind: c.kind, date: c.date, issuer: c.issuer?.name ?? null, id: c.id, whole: c.raw === t.trim() }));
    const pairs = [
      ["Nghi dinh so 61/2018/ND-CP ngay 23 thang 4 nam 2018 cua Chinh phu", "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ"],
      ["Quyet dinh so 12/QD-UBND ngay 5/3/2020 cua UBND tinh Nghe An", "Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh Nghệ An"],
      ["Nghi quyet so 08/2007/NQ-HDND ngay 13 thang 7 nam 2007 cua Hoi dong nhan dan tinh", "Nghị quyết số 08/2007/NQ-HĐND ngày 13 tháng 7 năm 2007 của Hội đồng nhân dân tỉnh"],
      ["Thong tu so 02/2017/TT-VPCP ngay 31 thang 10 nam 2017 cua Bo truong, Chu nhiem Van phong Chinh phu", "Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"],
      ["Quyet dinh so 6109/QD-UBND ngay 26-12-2012 cua UBND Thanh pho Ha Noi", "Quyết định số 6109/QĐ-UBND ngày 26-12-2012 của UBND Thành phố Hà Nội"],
    ];
    for (const [bare, marked] of pairs) expect(pick(bare), bare).toEqual(pick(marked));
    // A district's name stays as written; its slug is the same.
    expect(extract("Quyet dinh so 50/QD-UBND ngay 19/01/2022 cua UBND thi xa Hoang Mai, tinh Nghe An")[0]).toMatchObject({
      id: "50/QĐ-UBND@2022~nghe-an/thi-xa-hoang-mai",
      issuer: { name: "Ủy ban nhân dân thị xã Hoang Mai", level: "district", place: "thị xã Hoang Mai" },
    });
  });

  it("reads a citation in capitals without marks; a district's name only when nothing can run past it", () => {
    const read = (t: string) => extract(t).map((c) => [c.id, c.date, c.issuer?.name]);
    expect(read("QUYET DINH SO 12/QD-UBND NGAY 5/3/2020 CUA UBND TINH NGHE AN VE VIEC")).toEqual([["12/QĐ-UBND@2020~nghe-an", "2020-03-05", "Ủy ban nhân dân tỉnh Nghệ An"]]);
    expect(read("NGHI DINH SO 61/2018/ND-CP NGAY 23 THANG 4 NAM 2018 CUA CHINH PHU")).toEqual([["61/2018/NĐ-CP", "2018-04-23", "Chính phủ"]]);
    expect(read("CHI THI SO 40-CT/TU NGAY 02 THANG 8 NAM 2018 CUA TINH UY HAU GIANG VE TANG CUONG")).toEqual([["40-CT/TU@2018~hau-giang", "2018-08-02", "Tỉnh ủy Hậu Giang"]]);
    expect(read("QUYET DINH SO 12/QD-UBND CUA UBND QUAN 5 VE THANH LAP")[0][0]).toBe("12/QĐ-UBND@?~ho-chi-minh/quan-5");
    // "THANH PHO VE VIEC THANH LAP", "HUYEN LONG HO VE VIEC": where the name ends no word says; the
    // place stays unread, not wrong (a city's level with it: a province's or a district's).
    expect(extract("QUYET DINH SO 87/QD-UB NGAY 23/3/1991 CUA UY BAN NHAN DAN THANH PHO VE VIEC THANH LAP")[0].issuer).toEqual({
      code: "UBND", name: "Ủy ban nhân dân", level: null, place: null,
    });
    expect(extract("QUYET DINH SO 87/QD-UB CUA UBND HUYEN LONG HO VE VIEC")[0].issuer).toMatchObject({ level: "district", place: null });
    // A phrase that begins with a province's name and is none ("Hà Nam Ninh", dissolved in 1991) is no match.
    expect(read("Quyet dinh so 12/QD-UBND ngay 5/3/1990 cua UBND tinh Ha Nam Ninh")[0][0]).toBe("12/QĐ-UBND@1990");
    expect(read("QUYET DINH SO 12/QD-UBND CUA UBND TINH BA RIA - VUNG TAU VE VIEC")[0][0]).toBe("12/QĐ-UBND@?~ba-ria-vung-tau");
  });

  it("keeps the names a word without marks begins, and reads no date or issuer out of ordinary words", () => {
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("Quyet dinh so 12/QD-UBND ngay 5/3/2020 cua UBND thi xa Cua Lo, tinh Nghe An")).toEqual(["12/QĐ-UBND@2020~nghe-an/thi-xa-cua-lo"]);
    expect(ids("Quyet dinh so 12/QD-UBND ngay 5/3/2020 cua UBND huyen Thang Binh, tinh Quang Nam")).toEqual(["12/QĐ-UBND@2020~quang-nam/huyen-thang-binh"]);
    expect(ids("Ke hoach so 15/KH-UBND ngay 21/01/2021 cua UBND tinh Quang Nam\n2. Thuc hien")).toEqual(["15/KH-UBND@2021~quang-nam"]);
    // "ngay" (at once), "nam" (south), "quan" (official) are words; the citation ends before them.
    const c = extract("Thuc hien Quyet dinh 12/QD-UBND ngay sau khi co quan Nha nuoc phia nam 2 km")[0];
    expect([c.raw, c.date, c.issuer?.level]).toEqual(["Quyet dinh 12/QD-UBND", null, null]);
    expect(extract("Thong tu 12/2019/TT-BTC cua Bo Tai chinh quan tam")[0].raw).toBe("Thong tu 12/2019/TT-BTC cua Bo Tai chinh");
  });

  it("reads the standing members of a council as acting for it ('của Thường trực HĐND tỉnh …')", () => {
    const c = extract("Thông báo số 12/TB-HĐND ngày 5/3/2020 của Thường trực HĐND tỉnh Nghệ An về việc")[0];
    expect([c.raw, c.id, c.issuer?.name]).toEqual([
      "Thông báo số 12/TB-HĐND ngày 5/3/2020 của Thường trực HĐND tỉnh Nghệ An",
      "12/TB-HĐND@2020~nghe-an",
      "Hội đồng nhân dân tỉnh Nghệ An",
    ]);
    expect(extract("Kế hoạch số 5/KH-HĐND ngày 5/3/2020 của Thường trực Hội đồng nhân dân tỉnh Nghệ An")[0].id).toBe("05/KH-HĐND@2020~nghe-an");
    expect(extract("Kết luận số 7-KL/TU ngày 5/3/2020 của Thường trực Tỉnh ủy Hậu Giang")[0].issuer).toMatchObject({ code: "TU", place: "Hậu Giang" });
    // A district's Party committee names its district without a place type: its own name says it.
    expect(extract("Chương trình số 9-CTr/HU ngày 5/3/2021 của Ban Thường vụ Huyện ủy Núi Thành về việc")[0].issuer).toEqual({
      code: "HU", name: "Huyện ủy Núi Thành", level: "district", place: "huyện Núi Thành",
    });
    // A quận's committee: its name says the city too (Ngũ Hành Sơn was a quận of Đà Nẵng).
    expect(extract("Kế hoạch số 31-KH/QU ngày 5/3/2021 của Quận ủy Ngũ Hành Sơn")[0].id).toBe("31-KH/QU@2021~da-nang/quan-ngu-hanh-son");
    // A district named as a province is: still the district.
    expect(extract("Kế hoạch số 4-KH/HU ngày 5/3/2021 của Huyện ủy Hòa Bình")[0].issuer).toMatchObject({ level: "district", place: "huyện Hòa Bình" });
    // A district's name may hold an apostrophe ("Krông H’mai" is made up, written as the Central Highlands' names are): read whole.
    expect(extract("Kế hoạch số 14/KH-UBND ngày 5/3/2021 của UBND huyện Krông H’mai")[0].id).toBe("14/KH-UBND@2021~?/huyen-krong-h-mai");
    expect(extract("Công văn số 8-CV/HU ngày 5/3/2021 của Huyện ủy Ia M'rông về việc")[0].issuer?.place).toBe("huyện Ia M'rông");
    // "BTV" (Ban Thường vụ) and "BCH" (Ban Chấp hành) as plans write them short.
    expect(extract("Kế hoạch số 17-KH/HU ngày 5/3/2021 của BTV Huyện ủy Vân Canh về việc")[0].issuer).toMatchObject({ code: "HU", place: "huyện Vân Canh" });
    expect(extract("Chương trình số 6-CTr/TU ngày 5/3/2021 của BTV Tỉnh ủy Phú Yên")[0].id).toBe("06-CTr/TU@2021~phu-yen");
    expect(extract("Nghị quyết số 3-NQ/TU ngày 5/3/2021 của BCH Đảng bộ tỉnh Phú Yên")[0].id).toBe("03-NQ/TU@2021~phu-yen");
    // A body the vocabularies do not know after it is no issuer phrase: the citation ends before it.
    expect(extract("Công văn số 256/PCLB ngày 28/10/2009 của Thường trực Ban Chỉ huy phòng, chống lụt, bão")[0].raw).toBe("Công văn số 256/PCLB ngày 28/10/2009");
  });

  it("lists the Fatherland Front's central committee among the issuers of a joint resolution, in each spelling of its code", () => {
    const read = (t: string) => {
      const c = extract(t)[0];
      return [c.id, c.kind, c.issuers?.map((i) => i.code)];
    };
    const expected = ["09/2008/NQLT-CP-UBTƯMTTQVN", "resolution", ["CP", "UBTƯMTTQVN"]];
    expect(read("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008 của Chính phủ")).toEqual(expected);
    // W typed for the Ư of "Trung ương", lower case; and U, in text without marks.
    expect(read("nghị quyết liên tịch số 09/2008/nqlt-cp-ubtwmttqvn")).toEqual(expected);
    expect(read("Nghi quyet lien tich so 09/2008/NQLT-CP-UBTUMTTQVN ngay 17/4/2008")).toEqual(expected);
    expect(extract("Quy chế số 1/QC ngày 2/3/2019 của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")[0].issuer).toEqual({
      code: "UBTƯMTTQVN", name: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", level: "central", place: null,
    });
  });
});

describe("issuer named against the ký hiệu", () => {
  it("reads 'TƯ' as a local Party committee's TU where the words name one, with a warning", async () => {
    const { extract } = await import("../../src/index.js");
    const [local, central] = extract("Thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV) và Nghị quyết số 19-NQ/TƯ ngày 5/5/2018 của Bộ Chính trị.");
    expect([local.id, local.issuer?.code, local.warnings.map((w) => w.code)]).toEqual(["13-NQ/TU@?", "TU", ["issuer-mismatch"]]);
    expect([central.id, central.issuer?.code, central.warnings]).toEqual(["19-NQ/TW@2018", "TW", []]);
  });

  it("warns where the ký hiệu and the words name bodies of different levels, and only there", async () => {
    const { extract } = await import("../../src/index.js");
    const [mismatch, same] = extract("Quyết định số 12/QĐ-UBND của Bộ trưởng Bộ Tài chính; Quyết định số 13/QĐ-UBND của UBND tỉnh Hậu Giang");
    expect(mismatch.warnings.map((w) => w.code)).toEqual(["issuer-mismatch"]);
    expect(same.warnings).toEqual([]);
  });

  it("keeps a central body's numbered-with-its-year document nationwide where the words after it name a local body", () => {
    // fresh37a-011: "Tổ chức Hội nghị quán triệt, phổ biến Nghị định số 13/2023/NĐ-CP của UBND tỉnh đối với đại diện các sở"
    // (the committee holds the conference); the decree's number is unique nationwide, so no province is in its id.
    const plan = `ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 150/KH-UBND\nBắc Ninh, ngày 10 tháng 7 năm 2023\nKẾ HOẠCH\nTriển khai thi hành\n- Tổ chức Hội nghị quán triệt, phổ biến Nghị định số 13/2023/NĐ-CP của UBND tỉnh đối với đại diện các sở, ngành.\n`;
    const decree = analyze(plan).citations.find((c) => c.number === "13")!;
    expect([decree.id, decree.issuer?.code, decree.warnings.map((w) => w.code)]).toEqual(["13/2023/NĐ-CP", "CP", ["issuer-mismatch"]]);
    // A yearly number stays the doubt it is: the words' body keeps it apart from the central one.
    const [yearly] = extract("Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá");
    expect(yearly.issuer?.code).not.toBe("TW");
  });
});

describe("parseId", () => {
  it("reads '~province/?', a district or commune the text did not name, as the province without a district", async () => {
    const { parseId } = await import("../../src/identify/id.js");
    expect(parseId("07/KH-UBND@2021~ca-mau/?")).toMatchObject({ number: "07", symbol: "KH-UBND", dateYear: 2021, province: "ca-mau", district: null });
    expect(parseId("07/KH-UBND@2021~ca-mau/huyen-cai-nuoc")).toMatchObject({ province: "ca-mau", district: "huyen-cai-nuoc" });
  });
});

describe("a people's committee's office numbering under its bare initials ('TTr-VP', 'VP-KTN')", () => {
  it("is a local body: the citing document's province when none is named, the warning gone", () => {
    const text = ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 41/QĐ-UBND", "Phú Thọ, ngày 8 tháng 1 năm 2025", "QUYẾT ĐỊNH", "Về việc ban hành quy chế phối hợp", "Xét đề nghị của Chánh Văn phòng tại Tờ trình số 27/TTr-VP ngày 3/1/2025 và Công văn số 9/VP-TH ngày 2/1/2025;", ""].join("\n");
    const a = analyze(text, { path: "qd.txt" });
    expect(a.citations.slice(1).map((c) => [c.id, c.warnings.map((w) => w.code)])).toEqual([
      ["27/TTr-VP@2025~phu-tho", []],
      ["09/VP-TH@2025~phu-tho", []],
    ]);
  });

  it("after another body's code is that body's unit, not a joint issuer", () => {
    expect(readSymbol(["TTr", "SYT", "VP"], "slash-first")).toMatchObject({ issuerCode: "SYT", jointIssuerCodes: [] });
    expect(readSymbol(["TTr", "VP"], "slash-first")).toMatchObject({ issuerCode: "VP", jointIssuerCodes: [] });
  });
});

