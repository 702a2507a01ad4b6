// The passes as a whole: laws named without a number, found and read (src/find/named/).
import { describe, expect, it } from "vitest";
import { cpuRatio } from "../../helpers/linear.js";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { extract } from "../../../src/index.js";
import { nameSlug } from "../../../src/identify/named.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd), m.year]);

describe("laws named without a number", () => {
  it.each([
    ["Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003 ;", "Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003", "Tổ chức HĐND và UBND", 2003],
    ["Căn cứ Luật Đất đai ngày 26/11/2003 ;", "Luật Đất đai ngày 26/11/2003", "Đất đai", 2003],
    ["theo Bộ luật Lao động 2019 và", "Bộ luật Lao động 2019", "Lao động", 2019],
    ["Căn cứ Pháp lệnh Phí và lệ phí;", "Pháp lệnh Phí và lệ phí", "Phí và lệ phí", null],
    ["Căn cứ Luật tổ chức HĐND và UBND (sửa đổi) năm 2003;", "Luật tổ chức HĐND và UBND (sửa đổi) năm 2003", "tổ chức HĐND và UBND (sửa đổi)", 2003],
    ["Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân được Quốc hội thông qua ngày 26 tháng 11 năm 2003 ;", "Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân được Quốc hội thông qua ngày 26 tháng 11 năm 2003", "Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân", 2003],
    ["Căn cứ Luật ban hành Văn bản Quy phạm pháp luật của HĐND - UBND năm 2004 ;", "Luật ban hành Văn bản Quy phạm pháp luật của HĐND - UBND năm 2004", "ban hành Văn bản Quy phạm pháp luật của HĐND - UBND", 2004],
    ["theo quy định của Luật Phổ biến, giáo dục pháp luật và trong sinh hoạt", "Luật Phổ biến, giáo dục pháp luật", "Phổ biến, giáo dục pháp luật", null],
    // A lead naming the law, then the main clause's subject after the comma.
    ["Qua 3 năm thi hành Luật Tài nguyên nước, công tác cấp phép đã đi vào nền nếp", "Luật Tài nguyên nước", "Tài nguyên nước", null],
    ["Sau khi thực hiện Luật Thi đua, khen thưởng, tình hình thi đua có nhiều chuyển biến", "Luật Thi đua, khen thưởng", "Thi đua, khen thưởng", null],
    // Both halves capitalised (COMMA_NAMES_CAPITALISED), as in the Thủ tướng's commendation decisions of 2008.
    ["hướng dẫn thi hành một số điều của Luật Thi đua, Khen thưởng và các văn bản khác;", "Luật Thi đua, Khen thưởng", "Thi đua, Khen thưởng", null],
    ["Căn cứ Luật Đất đai, Khen thưởng cho tập thể", "Luật Đất đai", "Đất đai", null],
    ["Triển khai Luật Đất đai, việc cấp giấy chứng nhận được đẩy nhanh", "Luật Đất đai", "Đất đai", null],
    // A decree's scope after the law it details (fresh30z-011, fresh30e-001): what it covers, no part of the name.
    ["quy định chi tiết, hướng dẫn thi hành một số điều của Luật phòng, chống thiên tai, bao gồm: Trách nhiệm truyền tin", "Luật phòng, chống thiên tai", "phòng, chống thiên tai", null],
    [
      "thi hành Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa, bao gồm: Phạm vi hành lang",
      "Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa",
      "sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa",
      null,
    ],
    // A name's own words that would end another ("theo"), dated or not; where the law is carried out is no part of it.
    ["Căn cứ Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020;", "Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020", "Đầu tư theo phương thức đối tác công tư", 2020],
    ["Triển khai Luật Đầu tư theo phương thức đối tác công tư, các sở", "Luật Đầu tư theo phương thức đối tác công tư", "Đầu tư theo phương thức đối tác công tư", null],
    ["Thực hiện Luật Phòng, chống ma túy trên địa bàn tỉnh, UBND tỉnh", "Luật Phòng, chống ma túy", "Phòng, chống ma túy", null],
    // "của Quốc hội" ends a name (its enactment follows), but not the name of the law on oversight.
    ["Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015", "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", 2015],
    ["Căn cứ Luật Tổ chức Quốc hội của Quốc hội ngày 20 tháng 11 năm 2014;", "Luật Tổ chức Quốc hội của Quốc hội ngày 20 tháng 11 năm 2014", "Tổ chức Quốc hội", 2014],
    // Older texts capitalise only the kind word inside a sentence; the name runs to the clause's end.
    ["Nghị định số 60/2003/NĐ-CP quy định chi tiết và hướng dẫn thi hành Luật ngân sách Nhà nước;", "Luật ngân sách Nhà nước", "ngân sách Nhà nước", null],
    ["hướng dẫn thi hành Pháp lệnh phí và lệ phí; Nghị định số 24/2006/NĐ-CP", "Pháp lệnh phí và lệ phí", "phí và lệ phí", null],
    // The enacting body and its session written out before the date, longer than ENACTED_WORDS.
    [
      "Căn cứ Luật Đầu tư đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp thứ 8 thông qua ngày 29 tháng 11 năm 2005;",
      "Luật Đầu tư đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp thứ 8 thông qua ngày 29 tháng 11 năm 2005",
      "Đầu tư",
      2005,
    ],
    // The body that made it is no part of the name, with a date after it or without.
    ["Căn cứ Luật Thủy sản của Quốc hội ngày 21/11/2017;", "Luật Thủy sản của Quốc hội ngày 21/11/2017", "Thủy sản", 2017],
    ["Căn cứ Pháp lệnh Thú y của Ủy ban Thường vụ Quốc hội khóa X thông qua ngày 29/4/2004;", "Pháp lệnh Thú y của Ủy ban Thường vụ Quốc hội khóa X thông qua ngày 29/4/2004", "Thú y", 2004],
    ["Căn cứ Luật Thủy sản của Quốc hội khóa XIV;", "Luật Thủy sản", "Thủy sản", null],
    // A kind's initials before "số" begin another document, as its word would.
    ["thi hành một số điều của Luật Hộ tịch và QĐ số 101/QĐ-TTg ngày 23/01/2017", "Luật Hộ tịch", "Hộ tịch", null],
    // A comma the name goes on after is no word of it: eight words, all kept.
    ["hướng dẫn thi hành một số điều của Luật Quản lý, sử dụng tài sản nhà nước; Căn cứ", "Luật Quản lý, sử dụng tài sản nhà nước", "Quản lý, sử dụng tài sản nhà nước", null],
    // Date separators a word-segmented source spaced, and a date's "ngày" run into the name.
    ["Căn cứ Luật Kế toán ngày 17 / 6 / 2003 ;", "Luật Kế toán ngày 17 / 6 / 2003", "Kế toán", 2003],
    ["Căn cứ Luật Thống kê ngày 17/6 / 2003 và", "Luật Thống kê ngày 17/6 / 2003", "Thống kê", 2003],
    ["Căn cứ Luật Hải quan được Quốc hội thông qua ngày 29 - 6 - 2001 ;", "Luật Hải quan được Quốc hội thông qua ngày 29 - 6 - 2001", "Hải quan", 2001],
    ["Căn cứ Luật Thanh niênngày 29 tháng 11 năm 2005;", "Luật Thanh niênngày 29 tháng 11 năm 2005", "Thanh niên", 2005],
    // A lower-case name after a capitalised kind word, with a comma inside, to the clause's end.
    ["Căn cứ Luật thi đua, khen thưởng;", "Luật thi đua, khen thưởng", "thi đua, khen thưởng", null],
    ["và hướng dẫn thi hành Luật an toàn, vệ sinh lao động.", "Luật an toàn, vệ sinh lao động", "an toàn, vệ sinh lao động", null],
    // Dated by its promulgation.
    ["Căn cứ Pháp lệnh Bảo hộ lao động công bố ngày 19 tháng 9 năm 1991;", "Pháp lệnh Bảo hộ lao động công bố ngày 19 tháng 9 năm 1991", "Bảo hộ lao động", 1991],
    // The line wrapped before the kind word, mid-sentence.
    ["các đơn vị tổ chức thực hiện tốt\nLuật trẻ em, Chỉ thị của Ban Bí thư", "Luật trẻ em", "trẻ em", null],
    ["các đơn vị tổ chức thực hiện tốt\n\nLuật trẻ em, Chỉ thị của Ban Bí thư", "Luật trẻ em", "trẻ em", null],
    // Initials in parentheses inside a long name: the date after them is the name's.
    [
      "Căn cứ Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29/6/2006 và",
      "Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29/6/2006",
      "phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người",
      2006,
    ],
    ["theo Luật Phòng cháy và chữa cháy (PCCC) năm 2001 và", "Luật Phòng cháy và chữa cháy (PCCC) năm 2001", "Phòng cháy và chữa cháy", 2001],
    // A word-segmented source spaces the initials' slash as it spaces the brackets.
    ["Căn cứ Luật phòng , chống nhiễm khuẩn mắc phải ở người ( HIV / AIDS ) ngày 29 tháng 6 năm 2006 ;", "Luật phòng , chống nhiễm khuẩn mắc phải ở người ( HIV / AIDS ) ngày 29 tháng 6 năm 2006", "phòng , chống nhiễm khuẩn mắc phải ở người", 2006],
    // Words of a name that would end it elsewhere ("tại", "có", "với").
    ["Căn cứ Luật Hòa giải, đối thoại tại Tòa án ngày 16 tháng 6 năm 2020;", "Luật Hòa giải, đối thoại tại Tòa án ngày 16 tháng 6 năm 2020", "Hòa giải, đối thoại tại Tòa án", 2020],
    ["Triển khai Luật Hòa giải, đối thoại tại Tòa án, các cơ quan", "Luật Hòa giải, đối thoại tại Tòa án", "Hòa giải, đối thoại tại Tòa án", null],
    ["quy định chi tiết một số điều Pháp lệnh ưu đãi người có công với cách mạng;", "Pháp lệnh ưu đãi người có công với cách mạng", "ưu đãi người có công với cách mạng", null],
    // Where a plan carries the law out is no part of its name, dated after or not, in capitals too.
    ["Kế hoạch thực hiện Luật Cư trú trên địa bàn huyện năm 2023", "Luật Cư trú", "Cư trú", null],
    ["KẾ HOẠCH TUYÊN TRUYỀN LUẬT BẢO HIỂM Y TẾ TRÊN ĐỊA BÀN TỈNH NĂM 2024", "LUẬT BẢO HIỂM Y TẾ", "BẢO HIỂM Y TẾ", null],
    ["KẾ HOẠCH PHỔ BIẾN LUẬT THANH NIÊN CHO ĐOÀN VIÊN", "LUẬT THANH NIÊN", "THANH NIÊN", null],
  ])("%s", (text, whole, name, year) => {
    expect(read(text)).toEqual([[whole, name, year]]);
  });

  it("a kind word in lower case, or a lower-case name that runs on into the sentence, names no law", () => {
    expect(read("Hiện nay các văn bản luật ngân sách còn chồng chéo. Các Sở")).toEqual([]);
    expect(read("Nay Luật hóa các quy định về phí là cần thiết. Các Sở")).toEqual([]);
    // "các Luật sửa đổi …" names several laws: the law they amend is the one read, there as before.
    expect(read("hướng dẫn Luật Thuế, phí và các Luật sửa đổi, bổ sung một số điều của Luật Thuế, phí;").map((m) => m[1])).toEqual(["Thuế, phí", "Thuế, phí"]);
    // Decomposed too (a PDF extractor's "ca\u0301c"): fuzzing found the amending name read only then.
    const several = "thi hành Luật Đất đai và các Luật sửa đổi, bổ sung một số điều của Luật Đất đai;";
    expect(extract(several.normalize("NFD")).map((c) => c.id)).toEqual(extract(several).map((c) => c.id));
    expect(extract("chung của những Luật về đất".normalize("NFD"))).toEqual([]);
  });

  it("a lower-case name next in a list of laws stands as the one before it does", () => {
    expect(read("tuyên truyền Luật Trẻ em; Luật an ninh mạng… tại các trường").map((m) => m[1])).toEqual(["Trẻ em", "an ninh mạng"]);
    expect(read("gồm Luật Cư trú, Luật căn cước và Luật đất đai.").map((m) => m[1])).toEqual(["Cư trú", "căn cước", "đất đai"]);
    expect(read("gồm Luật Cư trú;\nLuật căn cước.").map((m) => m[1])).toEqual(["Cư trú", "căn cước"]);
    // Not after a sentence's end.
    expect(read("theo Luật Cư trú. Luật căn cước quy định rõ").map((m) => m[1])).toEqual(["Cư trú"]);
    // A lower-case name that the sentence goes on after, on the next line, is read as on one line: not at all.
    expect(read("theo quy định của Luật phí, lệ phí\nhiện hành. Các Sở")).toEqual([]);
    expect(read("theo quy định của Luật phí, lệ phí hiện hành. Các Sở")).toEqual([]);
  });

  it("reads a law named in capitals, in a heading or a preamble set in capitals, as the same law named in sentence case", () => {
    // Invented headings and preamble lines in the pattern of plans and decisions typed in capitals.
    const id = extract("Căn cứ Luật Lâm nghiệp năm 2017;")[0].id;
    expect(id).toBe("law:lam-nghiep@2017");
    for (const t of [
      "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT LÂM NGHIỆP NĂM 2017\nI. MỤC ĐÍCH",
      "KẾ HOẠCH\nTHỰC HIỆN LUẬT\nLÂM NGHIỆP NĂM 2017 TRÊN ĐỊA BÀN HUYỆN",
      "CĂN CỨ LUẬT LÂM NGHIỆP NĂM 2017;\nXÉT ĐỀ NGHỊ CỦA SỞ NÔNG NGHIỆP,",
      "CĂN CỨ LUẬT LÂM NGHIỆP NĂM 2017;".normalize("NFD"),
    ]) {
      const found = extract(t).filter((c) => c.kind === "law");
      expect(found.map((c) => c.id)).toEqual([id]);
      expect(t.slice(found[0].start, found[0].end)).toBe(found[0].raw);
    }
  });

  it("reads a kind word with what prints nothing inside it (a soft hyphen, a zero-width space) as without it, spans the caller's", () => {
    // Web pages and PDF text leave U+00AD and U+200B where a word may break: anywhere in "luật", "Bộ luật", "Pháp lệnh".
    const S = "\u00ad";
    const Z = "\u200b";
    for (const [t, id] of [
      [`Căn cứ Lu${S}ật Thủy lợi năm 2017;`, "law:thuy-loi@2017"],
      [`Căn cứ Luậ${S}t Thủy lợi năm 2017;`, "law:thuy-loi@2017"],
      [`Căn cứ L${Z}uật Thủy lợi năm 2017;`, "law:thuy-loi@2017"],
      [`Căn cứ Luật${Z} Thủy lợi năm 2017;`, "law:thuy-loi@2017"],
      [`Căn cứ Bộ lu${S}ật Hình sự năm 2015;`, "code:hinh-su@2015"],
      [`Căn cứ B${S}ộ luật Hình sự năm 2015;`, "code:hinh-su@2015"],
      [`Căn cứ Pháp lệ${S}nh Dân số năm 2003;`, "ordinance:dan-so@2003"],
      [`Căn cứ Pháp l${Z}ệnh Dân số năm 2003;`, "ordinance:dan-so@2003"],
      [`Căn cứ Ph${S}áp lệnh Dân số năm 2003;`, "ordinance:dan-so@2003"],
      [`Căn cứ Pháp lệnh Dân số năm 2003;`.normalize("NFD").replace("l", `l${Z}`), "ordinance:dan-so@2003"],
    ]) {
      const found = extract(t);
      expect(found.map((c) => c.id)).toEqual([id]);
      expect(t.slice(found[0].start, found[0].end)).toBe(found[0].raw);
      expect(found[0].start).toBe(t.search(/[LBP]/));
    }
    // Linear on runs of them, in and between kind words.
    const run = (n: number) => `Lu\u00adật Thủy lợi năm 2017, lệ\u200bnh \u00ad\u00ad\u200b `.repeat(n);
    expect(cpuRatio((x) => extract(x), run(4000), run(500), 5, 24)).toBeLessThan(24);
    // "pháp luật" with one inside stays no kind word.
    expect(extract(`văn bản quy phạm ph${S}áp lu${S}ật năm 2015 và kỷ lu${S}ật năm 2016`)).toEqual([]);
  });

  it("reads a kind word run into its name's capital (a copy that lost the space) as the kind word and the name", () => {
    // fresh30w 019, fresh31a 007: crawled pages that joined their pieces without a space.
    const t = "Thực hiện quy định tại Khoản 3, Điều 53 của LuậtKý kết, gia nhập và thực hiện điều ước quốc tế năm 2005, Bộ Ngoại giao trântrọng thông báo:";
    const found = extract(t);
    expect(found.map((c) => [c.id, c.raw])).toEqual([["law:ky-ket-gia-nhap-thuc-hien-dieu-uoc-quoc-te@2005", "LuậtKý kết, gia nhập và thực hiện điều ước quốc tế năm 2005"]]);
    expect(found[0].start).toBe(t.indexOf("Luật"));
    expect(read("hướng dẫn chi tiết thực hiện một số điềucủa Luật Khiếu nại, tố cáo; Căn cứ LuậtKhiếu nại, tố cáo;").map((m) => m[1])).toEqual(["Khiếu nại, tố cáo", "Khiếu nại, tố cáo"]);
    expect(extract("Căn cứ Bộ luậtDân sự năm 2015; Pháp lệnhPhí và lệ phí năm 2001;").map((c) => c.id)).toEqual(["code:dan-su@2015", "ordinance:phi-le-phi@2001"]);
    // Decomposed, as a PDF extractor gives it.
    expect(extract("Căn cứ LuậtĐất đai năm 2013;".normalize("NFD")).map((c) => c.id)).toEqual(["law:dat-dai@2013"]);
    // In small letters or in capitals no word's end shows: "pháp luậtcủa", "LUẬTĐẤT" name no law.
    expect(extract("theo quy định của pháp luậtcủa Nhà nước năm 2013; LUẬTĐẤT ĐAI NĂM 2013")).toEqual([]);
  });

  it("a title set in capitals keeps a name's words after its comma, as a name in sentence case does", () => {
    expect(read("KẾ HOẠCH\nTUYÊN TRUYỀN LUẬT KHIẾU NẠI, TỐ CÁO\nCăn cứ Quyết định số 5/QĐ-UBND;")).toEqual([["LUẬT KHIẾU NẠI, TỐ CÁO", "KHIẾU NẠI, TỐ CÁO", null]]);
    expect(read("TRIỂN KHAI LUẬT THI ĐUA, KHEN THƯỞNG\nI. MỤC ĐÍCH")).toEqual([["LUẬT THI ĐUA, KHEN THƯỞNG", "THI ĐUA, KHEN THƯỞNG", null]]);
    // Capitals after a name in sentence case still end it, and a stop word in capitals ends one in capitals.
    expect(read("theo Luật Đất đai, Nghị quyết của Hội đồng")).toEqual([["Luật Đất đai", "Đất đai", null]]);
    expect(read("THEO LUẬT ĐẤT ĐAI, CÁC VĂN BẢN HƯỚNG DẪN")).toEqual([["LUẬT ĐẤT ĐAI", "ĐẤT ĐAI", null]]);
  });

  it("a heading's number on the line after a title that ends with a law's name is no part of the name", () => {
    expect(read("Kế hoạch tuyên truyền Luật Trẻ em\n1. Mục đích")).toEqual([["Luật Trẻ em", "Trẻ em", null]]);
    expect(read("Kế hoạch tuyên truyền Luật Trẻ em\nI. MỤC ĐÍCH")).toEqual([["Luật Trẻ em", "Trẻ em", null]]);
    expect(read("Kế hoạch tuyên truyền Luật Trẻ em\na) Mục đích")).toEqual([["Luật Trẻ em", "Trẻ em", null]]);
  });

  it("the body that enacted a law, after 'do' as after 'được' or 'của', is no word of its name", () => {
    expect(read("Căn cứ Luật Đất đai do Quốc hội thông qua ngày 29 tháng 11 năm 2013;")).toEqual([
      ["Luật Đất đai do Quốc hội thông qua ngày 29 tháng 11 năm 2013", "Đất đai", 2013],
    ]);
    // Before 1992 the Hội đồng Nhà nước made the ordinances.
    expect(read("Căn cứ Pháp lệnh Kế toán và thống kê do Hội đồng Nhà nước ban hành ngày 20-5-1988;")).toEqual([
      ["Pháp lệnh Kế toán và thống kê do Hội đồng Nhà nước ban hành ngày 20-5-1988", "Kế toán và thống kê", 1988],
    ]);
    expect(extract("Căn cứ Luật Ngân sách nhà nước do Quốc hội khóa XIII, kỳ họp thứ 9 thông qua ngày 25 tháng 6 năm 2015;").map((c) => c.id)).toEqual([
      "law:ngan-sach-nha-nuoc@2015",
    ]);
    // A law named for the Quốc hội keeps it.
    expect(read("Căn cứ Luật Tổ chức Quốc hội năm 2014;")[0][1]).toBe("Tổ chức Quốc hội");
  });

  it("a date past the enactment's words is not the law's: only the body and its session may run on", () => {
    expect(read("Luật Đầu tư đã được các doanh nghiệp trên địa bàn tỉnh áp dụng và triển khai rộng rãi từ ngày 01 tháng 7 năm 2006;")).toEqual([["Luật Đầu tư", "Đầu tư", null]]);
  });

  it("an amending law keeps its whole name; the law it amends is inside it", () => {
    const t = "Luật Sửa đổi , bổ sung một số điều của Luật Khiếu nại , tố cáo ngày 15 tháng 6 năm 2004 ;";
    expect(read(t)).toEqual([[t.slice(0, -2), "Sửa đổi , bổ sung một số điều của Luật Khiếu nại , tố cáo", 2004]]);
  });

  it("an undated amending law in lower case opening a line or the text keeps its whole name, as it does after 'Căn cứ'", () => {
    const list = "II. CƠ SỞ PHÁP LÝ\n- Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch đô thị;\n- Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân và Luật Quản lý thuế;\n";
    expect(read(list).map((m) => m[1])).toEqual([
      "sửa đổi, bổ sung một số điều của Luật Quy hoạch đô thị",
      "sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân và Luật Quản lý thuế",
    ]);
    expect(read("Luật sửa đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy").map((m) => m[1])).toEqual(["sửa đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy"]);
    // Several amending laws ("các"), or a lower-case name that amends no law named in it: read as before.
    expect(read("- Các Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch đô thị;").map((m) => m[1])).toEqual(["Quy hoạch đô thị"]);
    expect(read("- Luật sửa đổi quy định về đất ở.")).toEqual([]);
  });

  it("an undated amending law named by the provisions it amends keeps them, words a bare name stops at included", () => {
    // A plan's list of bases: the amending law names an article and an annex, their subject ("về …", "có …"), then the law.
    const list = "Căn cứ:\n- Luật sửa đổi, bổ sung Điều 4 và Phụ lục 2 về danh mục hàng hóa có điều kiện của Luật Thương mại;\n- Luật sửa đổi bổ sung khoản 3 Điều 9, Điều 11 về mức thu của Luật Phí và lệ phí;\n";
    expect(read(list).map((m) => m[1])).toEqual([
      "sửa đổi, bổ sung Điều 4 và Phụ lục 2 về danh mục hàng hóa có điều kiện của Luật Thương mại",
      "sửa đổi bổ sung khoản 3 Điều 9, Điều 11 về mức thu của Luật Phí và lệ phí",
    ]);
    // Dated or not, one law: the same name, so the same identity.
    const undated = extract("- Luật sửa đổi, bổ sung Điều 4 về hàng hóa có điều kiện của Luật Thương mại;")[0].id;
    const dated = extract("Căn cứ Luật sửa đổi, bổ sung Điều 4 về hàng hóa có điều kiện của Luật Thương mại ngày 20 tháng 11 năm 2018;")[0].id;
    expect(undated.replace(/@.*/, "")).toBe(dated.replace(/@.*/, ""));
    // No law after "của", or a paragraph before it, or another document's number between: the provisions are no name's.
    expect(read("- Luật sửa đổi, bổ sung Điều 4 có hiệu lực từ đầu năm sau.")).toEqual([]);
    expect(read("- Luật sửa đổi, bổ sung Điều 4 về thuế suất và Nghị định số 12/2021/NĐ-CP của Luật Thuế;").map((m) => m[1])).toEqual(["Thuế"]);
    expect(read("- Luật sửa đổi, bổ sung Điều 4 về thuế suất\nCăn cứ Quyết định của Luật Thuế;").map((m) => m[1])).toEqual(["Thuế"]);
  });

  it("a lower-case kind word with 'số' and a number after 'và' begins another document: the law does not take its number", () => {
    const t = "Thực hiện Luật bảo vệ môi trường và thông tư số 02/2022/TT-BTNMT của Bộ Tài nguyên và Môi trường;";
    const found = extract(t);
    // The law is read on its own, its name ending before "và" and the numbered document (lower-case-name.ts
    // NEXT_NUMBERED_OF_LIST, session 53); it never takes the circular's number.
    expect(found.map((c) => [c.kind, c.id])).toEqual([
      ["law", "law:bao-ve-moi-truong@?"],
      ["circular", "02/2022/TT-BTNMT"],
    ]);
    expect(found[0].raw).toBe("Luật bảo vệ môi trường");
    expect(found[1].raw.startsWith("thông tư số 02/2022")).toBe(true);
    // Capitalised, as before; a kind word in lower case without "số" stays a word of the name.
    expect(extract("Căn cứ Luật Lâm nghiệp và Thông tư số 28/2018/TT-BNNPTNT;").map((c) => c.id)).toEqual(["law:lam-nghiep@?", "28/2018/TT-BNNPTNT"]);
  });

  it("counts a body written out in an undated name as one word, as its initials would be", () => {
    const names = (t: string) => extract(t).map((c) => c.raw);
    expect(names("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;")).toEqual(["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]);
    expect(names("Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân;")).toEqual(["Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân"]);
    expect(names("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân , Uỷ ban nhân dân ;")).toEqual([
      "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân , Uỷ ban nhân dân",
    ]);
    // A comma after a body is still the name's end where no body follows it.
    expect(names("Luật Tổ chức Hội đồng nhân dân, các cơ quan")).toEqual(["Luật Tổ chức Hội đồng nhân dân"]);
    // Words that are no body still count one by one: past eight, going on, they are prose, no name.
    expect(names("Luật Đất đai ra đời đánh dấu bước ngoặt quan trọng trong công tác.")).toEqual([]);
    expect(names("Luật Đất đai ra đời đánh dấu bước ngoặt; các văn bản")).toEqual(["Luật Đất đai ra đời đánh dấu bước ngoặt"]);
  });

  it("an amending law that amends several keeps them all in its name, dated or not, across a line break", () => {
    const two = "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính\nphủ và Luật Tổ chức chính quyền địa phương";
    const three = "Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế";
    const names = (t: string) => extract(t).map((c) => [c.raw, c.year]);
    expect(names(`Căn cứ ${two} ngày 22 tháng 11 năm 2019;`)).toEqual([[`${two} ngày 22 tháng 11 năm 2019`, 2019]]);
    expect(names(`Căn cứ ${three} ngày 06 tháng 4 năm 2016;`)).toEqual([[`${three} ngày 06 tháng 4 năm 2016`, 2016]]);
    expect(names(`Căn cứ ${two};`)).toEqual([[two, null]]);
    // The amended laws counted as "các Luật …", with a capital.
    const many = "Luật Sửa đổi, bổ sung một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản";
    expect(names(`Căn cứ ${many} ngày 19/6/2009;`)).toEqual([[`${many} ngày 19/6/2009`, 2009]]);
    // Only an amending name lists laws: elsewhere "và Luật" opens another mention.
    expect(names("Căn cứ Luật Đất đai và Luật Xây dựng năm 2014;")).toEqual([
      ["Luật Đất đai", null],
      ["Luật Xây dựng năm 2014", 2014],
    ]);
    // A sentence still ends an undated amending name.
    expect(names("Luật Sửa đổi, bổ sung một số điều của Luật Đất đai đã quy định rõ.")).toEqual([["Luật Sửa đổi, bổ sung một số điều của Luật Đất đai", null]]);
  });

  it("an amending law whose name leaves out 'của' after 'một số điều' is the same law, one mention, as with it", () => {
    const without = "Luật Sửa đổi, bổ sung một số điều Luật Giáo dục đại học và Luật Giáo dục nghề nghiệp";
    const withCua = "Luật Sửa đổi, bổ sung một số điều của Luật Giáo dục đại học và Luật Giáo dục nghề nghiệp";
    const found = extract(`Căn cứ ${without} ngày 10 tháng 6 năm 2022;`);
    expect(found.map((c) => [c.raw, c.year])).toEqual([[`${without} ngày 10 tháng 6 năm 2022`, 2022]]);
    expect(found[0].id).toBe(extract(`Căn cứ ${withCua} ngày 10 tháng 6 năm 2022;`)[0].id);
    // Undated, opening a line of a list of bases, too.
    expect(read("- Luật sửa đổi, bổ sung một số điều Luật Thủy lợi;").map((m) => m[1])).toEqual(["sửa đổi, bổ sung một số điều Luật Thủy lợi"]);
    // Outside an amending name, "một số điều Luật …" is no name's: the law after it is read on its own.
    expect(extract("Hướng dẫn thi hành một số điều Luật Thủy lợi năm 2017;").map((c) => c.id)).toEqual(["law:thuy-loi@2017"]);
  });

  it.each([
    "văn bản quy phạm pháp luật của tỉnh",
    "Luật này có hiệu lực từ ngày 01/7/2015",
    "theo luật định",
    "mời luật sư",
    // A jurist, not a law: the lawyers' association among a letter's addressees.
    "- Hội Luật gia Việt Nam;\n- Liên đoàn Luật sư Việt Nam;",
    "phối hợp với Hội Luật gia tỉnh tổ chức tư vấn",
    // "Laws and ordinances on tax": a name opens with its subject, not with "về", in capitals too.
    "Căn cứ các Luật , Pháp lệnh về thuế hiện hành",
    "CĂN CỨ CÁC LUẬT , PHÁP LỆNH VỀ THUẾ HIỆN HÀNH",
    // "kỷ luật" is discipline, "quy luật" a natural law: in capitals, in a lower-cased line, in a subject line.
    "CHỈ THỊ VỀ VIỆC SIẾT CHẶT KỶ LUẬT CÔNG VỤ TẠI CÁC ĐƠN VỊ",
    "yêu cầu chấn chỉnh kỷ luật giờ giấc của cán bộ",
    "Kế hoạch về tăng cường kỷ luật thông tin trong cơ quan",
    "phát triển phù hợp với quy luật cung cầu",
    "TUÂN THỦ QUY LUẬT TỰ NHIÊN",
    // A school of law: "Luật" is its field (NOT_A_LAW_AFTER_SCHOOL), the name after it no law's.
    "Triển khai thực hiện các đề án tăng cường năng lực cho Trường Đại học Luật Hà Nội và Học viện Tư pháp sau khi được phê duyệt",
    "chuẩn bị các điều kiện cần thiết để thành lập Trường Trung cấp Luật tại tỉnh Hậu Giang",
    "Trường Đại học Luật Hà Nội được thành lập theo Quyết định số 405/CP ngày 10/11/1979 của Hội đồng Chính phủ",
    "TRƯỜNG ĐẠI HỌC LUẬT THÀNH PHỐ HỒ CHÍ MINH",
    // A law firm: "Luật" after "công ty" opens its name (fresh60g-011, fresh42a-002).
    "Rất cảm ơn bạn đã tin tưởng và gửi câu hỏi đề nghị tư vấn đến CÔNG TY LUẬT HÙNG THẮNG. Với nội dung câu hỏi của bạn  CÔNG TY LUẬT HÙNG THẮNG xin đưa ra ý kiến tư vấn như sau:",
    "Người bảo vệ quyền và lợi ích hợp pháp của nguyên đơn: Luật sư Lê Thị Thúy K, Công ty Luật TNHH một thành viên K, Đoàn Luật sư thành phố Hồ Chí Minh.",
  ])("no law: %s", (text) => {
    expect(findNamedMentions(text)).toEqual([]);
  });

  it("ends a name without a date where the sentence goes on or another document begins", () => {
    expect(read("thi hành Luật Đất đai và Nghị định số 187/2004/NĐ-CP về")).toEqual([["Luật Đất đai", "Đất đai", null]]);
    // A list of one kind's numbers ("các Nghị định: số …; số … và số …"): "và số" and a number is the next member, not the law's number.
    expect(read("hướng dẫn thi hành Luật Quy hoạch và số 58/2023/NĐ-CP ngày 12/8/2023 về")).toEqual([["Luật Quy hoạch", "Quy hoạch", null]]);
    expect(read("quy định chi tiết Luật Xây dựng, số 15/2021/NĐ-CP")).toEqual([["Luật Xây dựng", "Xây dựng", null]]);
    expect(read("Luật Doanh nghiệp cũng quy định")).toEqual([["Luật Doanh nghiệp", "Doanh nghiệp", null]]);
    expect(read("Luật Đầu tư, Luật Doanh nghiệp…;")).toEqual([["Luật Đầu tư", "Đầu tư", null], ["Luật Doanh nghiệp", "Doanh nghiệp", null]]);
    // Another law named inside the sentence: its year is not the first's.
    expect(read("đã thông qua Luật Doanh nghiệp nhằm thay thế cho Luật Kinh doanh năm 1994 .")).toEqual([
      ["Luật Doanh nghiệp", "Doanh nghiệp", null],
      ["Luật Kinh doanh năm 1994", "Kinh doanh", 1994],
    ]);
    expect(read("Căn cứ Luật Luật sư năm 2006;")).toEqual([["Luật Luật sư năm 2006", "Luật sư", 2006]]);
    // "Giá" (price) is a law's name; "gia" (a jurist) is not.
    expect(read("Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;")).toEqual([["Luật Giá ngày 20 tháng 6 năm 2012", "Giá", 2012]]);
    // A law named after "kỷ luật" in the same sentence is still one.
    expect(read("xem xét hình thức kỷ luật theo Luật Viên chức năm 2010.")).toEqual([["Luật Viên chức năm 2010", "Viên chức", 2010]]);
    // "từ ngày" opens the day a period or the law's force begins: no date of the law's, no word of its name.
    expect(read("theo quy định tại khoản 11 Điều 16 Luật Quản lý thuế từ ngày 05 tháng 12 năm 2020 đến hết ngày 31 tháng 12 năm 2022.")).toEqual([["Luật Quản lý thuế", "Quản lý thuế", null]]);
    expect(read("những quy định mới, quan trọng của Luật từ ngày 01/9/2016, đề nghị")).toEqual([]);
    // "tại" ends a name, unless it is the name's own "… nước ngoài tại Việt Nam" (NAME_GOES_ON, read across).
    expect(read("Căn cứ Luật Đầu tư nước ngoài tại Việt Nam ngày 12 tháng 11 năm 1996;")).toEqual([["Luật Đầu tư nước ngoài tại Việt Nam ngày 12 tháng 11 năm 1996", "Đầu tư nước ngoài tại Việt Nam", 1996]]);
    expect(read("theo Luật đầu tư nước ngoài tại Việt Nam ban hành năm 1987 và")).toEqual([["Luật đầu tư nước ngoài tại Việt Nam ban hành năm 1987", "đầu tư nước ngoài tại Việt Nam", 1987]]);
    expect(read("triển khai Luật Đất đai tại Việt Nam năm 2014")).toEqual([["Luật Đất đai", "Đất đai", null]]);
    // "trong" ends a name without a date, unless it is the name's own "khuyến khích đầu tư trong nước" (listing50b row 44; a page's "theo Luật khuyến khích đầu tư trong nước, nhằm …").
    expect(read("quy định chi tiết thi hành Luật khuyến khích đầu tư trong nước")).toEqual([["Luật khuyến khích đầu tư trong nước", "khuyến khích đầu tư trong nước", null]]);
    expect(read("được thực hiện theo Luật khuyến khích đầu tư trong nước, nhằm cung cấp nước")).toEqual([["Luật khuyến khích đầu tư trong nước", "khuyến khích đầu tư trong nước", null]]);
    expect(read("áp dụng Luật Đầu tư trong nước và nước ngoài")).toEqual([["Luật Đầu tư", "Đầu tư", null]]);
    // listing50b row 117 (Bộ KH&ĐT's 6507/BKH-DN, 2002) and 44 (Nghị định 51/1999/NĐ-CP's subject), found by pairs51 too.
    expect(read("Nghị định 51/1999/NĐ-CP ngày 08/07/1999 của Chính phủ quy định chi tiết thi hành Luật khuyến khích đầu tư trong nước")).toEqual([["Luật khuyến khích đầu tư trong nước", "khuyến khích đầu tư trong nước", null]]);
    expect(read("về việc ưu đãi miễn thuế nhập khẩu Luật Khuyến khích đầu tư trong nước đối với mặt hàng")).toEqual([["Luật Khuyến khích đầu tư trong nước", "Khuyến khích đầu tư trong nước", null]]);
    expect(read("được thực hiện theo Luật Đầu tư trong các dự án, nhằm")).toEqual([["Luật Đầu tư", "Đầu tư", null]]);
    // "không" ends a name without a date, unless it is the name's own "hàng không dân dụng" (listing58 row 110, seg34-010).
    expect(read("Sửa đổi, bổ sung một số điều của Luật Hàng không dân dụng Việt Nam")).toEqual([["Luật Hàng không dân dụng Việt Nam", "Hàng không dân dụng Việt Nam", null]]);
    expect(read("các Luật chuyên ngành ( Luật Hàng không dân dụng , Luật Đường thuỷ nội địa")).toEqual([
      ["Luật Hàng không dân dụng", "Hàng không dân dụng", null],
      ["Luật Đường thuỷ nội địa", "Đường thuỷ nội địa", null],
    ]);
    // A school's "đại học" is two words, matched whole: "học" alone before a law leaves it one.
    expect(read("tổ chức cho cán bộ học Luật Đất đai năm 2013.")).toEqual([["Luật Đất đai năm 2013", "Đất đai", 2013]]);
  });

  it("takes no number from the next member of a list of numbers ('… Luật X và số N/…')", () => {
    const list = "Căn cứ các Nghị định của Chính phủ: số 11/2020/NĐ-CP ngày 20/01/2020 hướng dẫn Luật Ngân sách nhà nước và số 40/2021/NĐ-CP ngày 30/3/2021 về kế hoạch;";
    expect(extract(list).map((c) => [c.kind, c.number, c.symbol])).toEqual([["decree", "11", "NĐ-CP"], ["law", null, null], ["decree", "40", "NĐ-CP"]]);
    // The law's own number follows its name, after "và" too when the name holds one.
    expect(extract("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân số 11/2003/QH11;").map((c) => [c.kind, c.number])).toEqual([["law", "11"]]);
  });

  it("takes no number from another document's kind word after the name ('… LUẬT X ⏎⏎Nghị định số N', 'Luật X Nghị định số N')", () => {
    // A consolidated text's subject line ends with the law its decree details; the decree it consolidates follows.
    const title = "NGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THỦY SẢN\n\nNghị định số 26/2019/NĐ-CP ngày 08 tháng 3 năm 2019 của Chính phủ, được sửa đổi, bổ sung bởi:";
    expect(extract(title).map((c) => [c.kind, c.form, c.number])).toEqual([["law", "named", null], ["decree", "full", "26"]]);
    // A list whose ";" a web page dropped.
    const list = "Căn cứ Luật Khoáng sản\nThông tư số 45/2016/TT-BTNMT ngày 26/12/2016 của Bộ Tài nguyên và Môi trường;";
    expect(extract(list).filter((c) => c.form === "full").map((c) => [c.kind, c.number])).toEqual([["circular", "45"]]);
    // The law's own number stays its own; an amending law keeps the law it amends, numbered.
    expect(extract("Căn cứ Luật Khoáng sản số 60/2010/QH12 ngày 17/11/2010;").map((c) => [c.kind, c.number])).toEqual([["law", "60"]]);
  });

  it("reads a name across the blank lines a PDF leaves after each printed line; a name without a date stops at one before a capital", () => {
    expect(read("Căn cứ Luật Tổ chức chính quyền địa \n\nphương ngày 19 tháng 6 năm 2015;")).toEqual([
      ["Luật Tổ chức chính quyền địa \n\nphương ngày 19 tháng 6 năm 2015", "Tổ chức chính quyền địa \n\nphương", 2015],
    ]);
    expect(read("Căn cứ Luật Tổ chức Hội đồng nhân dân và \n\nUỷ ban nhân dân ngày 26 tháng 11 năm 2003")[0][2]).toBe(2003);
    expect(read("thi hành Luật Đất đai \n\nUBND tỉnh ban hành")).toEqual([["Luật Đất đai", "Đất đai", null]]);
    expect(read("thi hành Luật Đất đai \n\nThực hiện Kế hoạch")).toEqual([["Luật Đất đai", "Đất đai", null]]);
    expect(read("thực hiện Luật Ngân sách \n\nNhà nước ;")).toEqual([["Luật Ngân sách \n\nNhà nước", "Ngân sách \n\nNhà nước", null]]);
    expect(read("Luật Tổ chức HĐND và \n\nUBND ;")[0][1]).toBe("Tổ chức HĐND và \n\nUBND");
    expect(read("thi hành Luật Phòng cháy \n\nvà chữa cháy")).toEqual([["Luật Phòng cháy \n\nvà chữa cháy", "Phòng cháy \n\nvà chữa cháy", null]]);
  });

  it("ends an undated name at a line break before a paragraph's opening, where each paragraph is a line", () => {
    // dev-047: a heading ends with the law's name, and the next paragraph opens with a cue or "Những".
    expect(read("từ khi có Luật Kinh doanh \nTriển khai Nghị quyết Đại hội Đảng lần thứ IV")).toEqual([["Luật Kinh doanh", "Kinh doanh", null]]);
    expect(read("từ khi có Luật Doanh nghiệp \nNhững thiếu sót và hạn chế")).toEqual([["Luật Doanh nghiệp", "Doanh nghiệp", null]]);
    expect(read("từ khi có Luật Doanh nghiệp\r\nNhững thiếu sót và hạn chế")).toEqual([["Luật Doanh nghiệp", "Doanh nghiệp", null]]);
    // In capitals a kind word before a word no name opens with ("LUẬT CỦA") is in the name, as "luật" in lower case is.
    expect(read("CĂN CỨ LUẬT BAN HÀNH VĂN BẢN QPPL LUẬT CỦA HĐND VÀ UBND NGÀY 03/12/2004 ;")).toEqual([
      ["LUẬT BAN HÀNH VĂN BẢN QPPL LUẬT CỦA HĐND VÀ UBND NGÀY 03/12/2004", "BAN HÀNH VĂN BẢN QPPL LUẬT CỦA HĐND VÀ UBND", 2004],
    ]);
    // An item whose ";" was left out: the next item's number and date are not the name's, in capitals too.
    expect(read("Căn cứ Luật Kiểm toán nhà nước\nCăn cứ Quyết định số 596/QĐ-KTNN ngày 02/8/2006 của Tổng Kiểm toán Nhà nước")).toEqual([
      ["Luật Kiểm toán nhà nước", "Kiểm toán nhà nước", null],
    ]);
    expect(read("CĂN CỨ LUẬT KIỂM TOÁN NHÀ NƯỚC\nCĂN CỨ QUYẾT ĐỊNH SỐ 596/QĐ-KTNN NGÀY 02/8/2006")).toEqual([["LUẬT KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC", null]]);
    // A cue word joined to the line before goes on with the name: "và ⏎Thực hiện" is no new paragraph.
    expect(read("Căn cứ Luật Tổ chức và \nThực hiện dân chủ ngày 20/4/2007;")[0][2]).toBe(2007);
    // A law site's list of the documents a text refers to (fresh46d-002, -014): the next item's dash and number
    // open it, and its words and year are not the name's; a name wrapped at a hyphen goes on in words.
    expect(read("hướng dẫn Luật Hợp tác xã\n- 6 Luật ngân sách nhà nước 2015")).toEqual([
      ["Luật Hợp tác xã", "Hợp tác xã", null],
      ["Luật ngân sách nhà nước 2015", "ngân sách nhà nước", 2015],
    ]);
    expect(read("thi hành Luật ban hành văn bản quy phạm pháp luật\n- 4Luật Ban hành văn bản quy phạm pháp luật sửa đổi 2020")[0]).toEqual([
      "Luật ban hành văn bản quy phạm pháp luật",
      "ban hành văn bản quy phạm pháp luật",
      null,
    ]);
    expect(read("Căn cứ Luật Giáo dục quốc phòng\n- an ninh ngày 19/6/2013;")[0][1]).toBe("Giáo dục quốc phòng\n- an ninh");
    // A name a line break wraps goes on: in lower case, or with a capital no paragraph opens with.
    expect(read("thi hành Luật Tổ chức chính quyền \nđịa phương ;")[0][1]).toBe("Tổ chức chính quyền \nđịa phương");
    expect(read("thực hiện Luật Ngân sách \nNhà nước ;")[0][1]).toBe("Ngân sách \nNhà nước");
  });

  it("ends an undated name at a line that opens with a database's field label and its colon ('Cơ quan ban hành:', 'Số hiệu:')", () => {
    // luatvietnam.vn's attribute block (pairs59-006) and vietjack.me's under its title line (pairs58-002).
    expect(read("về việc hướng dẫn áp dụng một số quy định tại Điều 299 và Điều 300 của Bộ luật Hình sự\nCơ quan ban hành: Hội đồng Thẩm phán Tòa án nhân dân tối cao")).toEqual([
      ["Bộ luật Hình sự", "Hình sự", null],
    ]);
    expect(read("hướng dẫn Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số\nSố hiệu: | 18/2011/NĐ-CP | Loại văn bản: | Nghị định |")[0][1]).toBe("sửa đổi Điều 10 của Pháp lệnh Dân số");
    // The same words with no colon are a name's, wrapped: "Luật Tổ chức ⏎Cơ quan điều tra hình sự".
    expect(read("Căn cứ Luật Tổ chức \nCơ quan điều tra hình sự ngày 26 tháng 11 năm 2015;")[0][1]).toBe("Tổ chức \nCơ quan điều tra hình sự");
  });

  it("reads the field label with a tab or two spaces between its words as with one (session 59's audit)", () => {
    for (const blank of ["\t", "  "]) {
      const label = "Tình trạng hiệu lực :".replaceAll(" ", blank);
      expect(read(`về việc hướng dẫn áp dụng Điều 299 của Bộ luật Hình sự\n${label} Còn hiệu lực`)).toEqual([["Bộ luật Hình sự", "Hình sự", null]]);
      expect(read(`về việc hướng dẫn áp dụng Điều 299 của Bộ luật Hình sự\n${"Cơ quan ban hành:".replaceAll(" ", blank)} Hội đồng Thẩm phán`)).toEqual([["Bộ luật Hình sự", "Hình sự", null]]);
    }
  });

  it("in a summary lower-cased whole, an undated name in lower case is a law, and a kind word after 'và' ends it", () => {
    expect(read("v/v thực hiện luật bhyt và chỉ thị số 06/ct-byt")).toEqual([["luật bhyt", "bhyt", null]]);
    // The letter opening the summary (or a line) is no capital of a name.
    expect(read("V/v thực hiện luật bhyt và chỉ thị số 06/ct-byt")).toEqual([["luật bhyt", "bhyt", null]]);
    // Where the text has capitals, lower case still tells prose from a name.
    expect(read("Theo luật chơi của Hội thi")).toEqual([]);
  });

  it("never ends a name on the first syllable of the next one's kind word", () => {
    expect(read("Pháp lệnh Phí và lệ phí Điều Thông tư Pháp lệnh Phí và lệ phí").map((m) => m[0])).toEqual([
      "Pháp lệnh Phí và lệ phí Điều Thông tư",
      "Pháp lệnh Phí và lệ phí",
    ]);
  });

  it("one identity whatever the abbreviations and punctuation", () => {
    expect(nameSlug("Tổ chức HĐND và UBND")).toBe(nameSlug("Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân"));
    expect(nameSlug("Ban hành văn bản QPPL của HĐND và UBND")).toBe(nameSlug("Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân , Ủy ban nhân dân"));
  });

  it("in extract: offsets into the caller's text, NFD and look-alikes too; a name before a number joins it", () => {
    const nfd = "Căn cứ Luật Đất đai năm 2003;".normalize("NFD");
    const [c] = extract(nfd);
    expect(c).toMatchObject({ form: "named", name: "Đất đai", year: 2003, id: "law:dat-dai@2003", number: null });
    expect(nfd.slice(c.start, c.end).normalize("NFC")).toBe("Luật Đất đai năm 2003");
    const both = extract("Căn cứ Luật Đất đai số 13/2003/QH11 ngày 26/11/2003;");
    expect(both.map((x) => [x.form, x.id, x.name, x.raw])).toEqual([["full", "13/2003/QH11", "Đất đai", "Luật Đất đai số 13/2003/QH11 ngày 26/11/2003"]]);
  });

  it("a name ending in 'luật' keeps its number: the number's citation starts at the name's kind word, not at 'luật số'", () => {
    const read = (t: string) => extract(t).map((x) => [x.id, x.name, x.raw]);
    expect(read("Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012;")).toEqual([
      ["14/2012/QH13", "Phổ biến, giáo dục pháp luật", "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012"],
    ]);
    expect(read("theo Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15.")).toEqual([
      ["64/2025/QH15", "Ban hành văn bản quy phạm pháp luật", "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"],
    ]);
  });

  it("a provision of another document after a comma ends the name: its number is that document's, not the law's", () => {
    const read = (t: string) => extract(t).map((x) => [x.form, x.kind, x.id]);
    expect(read("Căn cứ quy định tại Điều 12 của Luật Kế toán, Điều 8 của Nghị định số 41/2009/NĐ-CP ngày 10/5/2009 của Chính phủ;")).toEqual([
      ["named", "law", "law:ke-toan@?"],
      ["full", "decree", "41/2009/NĐ-CP"],
    ]);
    expect(read("theo khoản 3 Điều 5 Luật Đầu tư công và khoản 2 Điều 7 của Thông tư số 15/2011/TT-BXD;")).toEqual([
      ["named", "law", "law:dau-tu-cong@?"],
      ["full", "circular", "15/2011/TT-BXD"],
    ]);
    // An amending law's name holds the provisions it amends.
    expect(read("Căn cứ Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 của Luật Phí và lệ phí số 09/2017/QH14;").map((x) => x[2])).toEqual(["09/2017/QH14"]);
  });

  it("reads the word before the kind word as written: Bộ luật, Pháp lệnh in capitals, decomposed, after runs of spaces", () => {
    const kinds = (t: string) => extract(t).map((c) => [c.kind, c.name]);
    expect(kinds("theo Bộ luật Lao động 2019 và")).toEqual([["code", "Lao động"]]);
    expect(kinds("theo BỘ LUẬT LAO ĐỘNG 2019 và")).toEqual([["code", "LAO ĐỘNG"]]);
    expect(kinds("theo Bộ   luật Lao động 2019 và".normalize("NFD"))).toEqual([["code", "Lao động"]]);
    expect(kinds("Căn cứ Pháp\tlệnh Phí và lệ phí năm 2001;".normalize("NFD"))).toEqual([["ordinance", "Phí và lệ phí"]]);
    // Not the word "bộ": a longer word ending so, or "bộ" glued to the word before it.
    expect(kinds("theo Xbộ luật Lao động 2019 và")).toEqual([["law", "Lao động"]]);
    expect(kinds("Bộ luật Lao động 2019")).toEqual([["code", "Lao động"]]);
    expect(kinds("luật Lao động 2019")).toEqual([["law", "Lao động"]]);
    // "lệnh" is a kind word only after "Pháp".
    expect(kinds("theo Mệnh lệnh Phí 2019 và")).toEqual([]);
  });

  it("reads a name in lower case only when a date, a year or a number follows soon", () => {
    const names = (t: string) => extract(t).map((c) => [c.name, c.year]);
    expect(names("Để thực hiện luật đất đai 2013 và Nghị định")).toEqual([["đất đai", 2013]]);
    expect(names("Để thực hiện luật đất đai năm 2013 và Nghị định")).toEqual([["đất đai", 2013]]);
    expect(names("Để thực hiện luật đất đai 12013 và Nghị định")).toEqual([]);
    expect(names("Để thực hiện luật đất đai 20131 và Nghị định")).toEqual([]);
    expect(names("Để thực hiện luật đất đai và Nghị định")).toEqual([]);
  });

  it("ends a name at a comma before the next item's cue on the next line: a preamble whose items end with commas", () => {
    const t = "Căn cứ Nghị định số 43/2014/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Đất đai,\nCăn cứ Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ,\nXét đề nghị của Sở Tài nguyên và Môi trường,";
    expect(read(t)).toEqual([["Luật Đất đai", "Đất đai", null]]);
    expect(extract(t).map((c) => [c.kind, c.id])).toEqual([
      ["decree", "43/2014/NĐ-CP"],
      ["law", "law:dat-dai@?"],
      ["decree", "47/2014/NĐ-CP"],
    ]);
    // A list item's letter or number after the comma, spaced as a word-segmented source spaces it.
    expect(read("theo Luật Thi đua, khen thưởng,\nb ) Giai đoạn từ năm 2010")).toEqual([["Luật Thi đua, khen thưởng", "Thi đua, khen thưởng", null]]);
    expect(read("theo Luật Thi đua, khen thưởng,\n2 . Giai đoạn sau")).toEqual([["Luật Thi đua, khen thưởng", "Thi đua, khen thưởng", null]]);
  });

  it("reads the names of a first line printed in lower case but for its first letter, within that line; its own kind word is none", () => {
    const text = "Nghị định quy định chi tiết luật hợp tác xã về kiểm toán nội bộ \nChính phủ \nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001 ;\n";
    expect(read(text)).toEqual([
      ["luật hợp tác xã", "hợp tác xã", null],
      ["Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001", "Tổ chức Chính phủ", 2001],
    ]);
    expect(read("Luật khoáng sản \nQuốc hội \nCăn cứ Hiến pháp năm 2013 ;\n")).toEqual([]);
    // A line lower-cased whole, its first letter too (a query, a listing's summary), names a law there.
    expect(read("luật khoáng sản năm 2010")).toEqual([["luật khoáng sản năm 2010", "khoáng sản", 2010]]);
    // Not past the line: the issuer's line below is no word of the name.
    expect(read("Kế hoạch tuyên truyền luật hộ tịch \nỦy ban nhân dân huyện \nThực hiện Luật Hộ tịch năm 2014 ;\n")[0]).toEqual(["luật hộ tịch", "hộ tịch", null]);
    // A first line with capitals inside is not lower-cased: its lower-case "luật" stays prose.
    expect(read("Quyết định về việc tuyên truyền luật giao thông cho Đoàn viên \nCăn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008 ;\n")).toEqual([
      ["Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008", "Giao thông đường bộ", 2008],
    ]);
  });

  it("reads a name a PDF page broke past the page's number on its own line", () => {
    const [c] = extract("Căn cứ Luật Tổ chức chính\n- 3 -\nquyền địa phương ngày 19 tháng 6 năm 2015;");
    expect([c.name, c.id]).toEqual(["Tổ chức chính quyền địa phương", "law:to-chuc-chinh-quyen-dia-phuong@2015"]);
  });

  it("reads a name a PDF page broke past the number pdftotext opens the next page with (a form feed, blanks, the number)", () => {
    // fresh57b-006: "… Luật Bảo vệ ⏎\f      2⏎môi trường", read "Luật Bảo vệ 2 môi trường".
    const [c] = extract("Căn cứ Luật Bảo vệ\n\f                                        2\nmôi trường ngày 17 tháng 11 năm 2020;");
    expect([c.name, c.id]).toEqual(["Bảo vệ môi trường", "law:bao-ve-moi-truong@2020"]);
    // Every line indented, as a copy does.
    const [d] = extract("  Căn cứ Luật Bảo vệ\n  \f      2\n  môi trường ngày 17 tháng 11 năm 2020;");
    expect([d.name, d.id]).toEqual(["Bảo vệ môi trường", "law:bao-ve-moi-truong@2020"]);
  });

  it("makes no law of words running on past the most a name without a date takes", () => {
    expect(read("Khi đó Luật Kinh doanh buộc mọi người muốn mở cửa hàng phải xin phép trước.")).toEqual([]);
    // Up to the most, and ending there, a name stands.
    expect(read("theo Luật Bảo vệ quyền lợi người tiêu dùng, các cơ sở")).toEqual([["Luật Bảo vệ quyền lợi người tiêu dùng", "Bảo vệ quyền lợi người tiêu dùng", null]]);
  });

  it("stays linear on runs of kind words", () => {
    const t = (n: number) => "Luật ".repeat(n) + "Bộ luật Luật Pháp lệnh ".repeat(n);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("stays linear on runs of dates with spaced separators after 'ngày'", () => {
    const t = (n: number) => "Luật Kế toán ngày " + "1 / 2 / 3 - 4 ".repeat(n) + "ngày 1  /  ".repeat(n);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
    const wrapped = (n: number) => "Luật Kế toán ngày " + "1 /\n\n2 /\r\n3\n- 4 ".repeat(n) + "ngày 1\n/\n".repeat(n);
    expect(cpuRatio((x) => extract(x), wrapped(16000), wrapped(2000), 3, 24)).toBeLessThan(24);
  });

  it("reads a date wrapped at a separator, as PDF text wraps it, as a numbered citation's date is read", () => {
    // Fuzzing found the law's date and year lost where a line broke inside the date.
    for (const date of ["ngày 17/\n6/2020", "ngày 17/6/\n2020", "ngày 17\n/6/2020", "ngày 17/\r\n\r\n6/2020"]) {
      const [c] = extract(`Căn cứ Luật Đầu tư ${date};`);
      expect([c.id, c.date, c.raw], JSON.stringify(date)).toEqual(["law:dau-tu@2020", "2020-06-17", `Luật Đầu tư ${date}`]);
    }
  });
});
