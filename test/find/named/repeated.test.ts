// A long name repeated without its date (src/find/named/repeated.ts).
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { extract } from "../../../src/index.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd), m.year]);

describe("a long name repeated without its date", () => {
  it("is read where the text dates or numbers the same name, before or after, case and spacing aside", () => {
    // Thông tư 16/2018/TT-BCA, as published: the subject first, undated; the basis dated.
    expect(
      read(
        "Bộ Công an ban hành Thông tư 16/2018/TT-BCA quy định chi tiết một số điều của Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ.\nCăn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;",
      ),
    ).toEqual([
      ["Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", null],
      ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017", "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", 2017],
    ]);
    const text =
      "Căn cứ Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006;\nĐiều 2. Người nhiễm HIV có quyền theo quy định của Luật Phòng , chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) và";
    expect(read(text)[1]).toEqual(["Luật Phòng , chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người", "Phòng , chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người", null]);
    // The same law in extract: one id but for the year, which analyze's coreference fills in.
    expect(new Set(extract(text).map((c) => c.id.replace(/@.*/, "")))).toEqual(new Set(["law:phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-nguoi"]));
  });

  it("not without such a dated name: a long bare run of words stays prose", () => {
    expect(read("theo quy định của Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người;")).toEqual([]);
    // Unless it is a real name listed whole (LONG_BARE_NAMES, bare-name.ts): this one was the example here before.
    expect(read("theo quy định của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;").map((r) => r[1])).toEqual(["Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"]);
  });
});

describe("a shorter dated name repeated where a unit points into it", () => {
  it("is read where the words after it ran the reading into prose, after a unit only", () => {
    // Nghị định 16/2010/NĐ-CP (seg34-017): the law dated in its Căn cứ, then named again before a verb.
    const decree =
      "Căn cứ Luật Trách nhiệm bồi thường của Nhà nước ngày 18 tháng 6 năm 2009;\nCơ quan ban hành quyết định theo quy định tại Điều 20 Luật Trách nhiệm bồi thường của Nhà nước và chịu trách nhiệm trước pháp luật về quyết định của mình.";
    expect(read(decree)[1]).toEqual(["Luật Trách nhiệm bồi thường của Nhà nước", "Trách nhiệm bồi thường của Nhà nước", null]);
    expect(extract(decree).find((c) => c.start > 80)?.pinpoint).toMatchObject({ article: "20" });
    // A tax news page (pairs45-003): the law numbered before, then "Điều 83 của Luật Quản lý thuế, trừ trường hợp …".
    const page =
      "Luật Quản lý thuế số 38/2019/QH14 được Quốc hội thông qua. Khoanh nợ nếu thuộc các trường hợp quy định tại Điều 83 của Luật Quản lý thuế, trừ trường hợp văn bản quy phạm pháp luật của từng khoản thu có quy định khác.";
    expect(read(page).map((m) => m[0])).toContain("Luật Quản lý thuế");
  });

  it("not without the unit, nor after a word that makes 'luật' no kind word", () => {
    // seg34-017's other drafting, "… Luật Trách nhiệm bồi thường của Nhà nước ban hành quyết định hoàn trả": the name
    // runs into prose, and without a unit before it the repeated name is not read.
    const text =
      "Căn cứ Luật Trách nhiệm bồi thường của Nhà nước ngày 18 tháng 6 năm 2009;\nngười có thẩm quyền theo Luật Trách nhiệm bồi thường của Nhà nước ban hành quyết định hoàn trả.";
    expect(read(text)).toHaveLength(1);
    // "… và chịu trách nhiệm trước pháp luật …" ends a name without a date (vocab BARE_NAME_STOP_PHRASES, session 56):
    // there the law is read by its own name, unit or none, as any name so bounded is.
    const bounded =
      "Căn cứ Luật Trách nhiệm bồi thường của Nhà nước ngày 18 tháng 6 năm 2009;\nngười có thẩm quyền theo Luật Trách nhiệm bồi thường của Nhà nước và chịu trách nhiệm trước pháp luật về quyết định của mình.";
    expect(read(bounded).map((m) => [m[1], m[2]])).toEqual([
      ["Trách nhiệm bồi thường của Nhà nước", 2009],
      ["Trách nhiệm bồi thường của Nhà nước", null],
    ]);
    expect(read("Căn cứ Luật Đất đai năm 2013; xử lý vi phạm pháp luật đất đai và chịu trách nhiệm trước pháp luật về quyết định của mình.")).toHaveLength(1);
  });
});

// nfd64: the kind words were found by their composed vowels ("ệ" of "lệnh") and the dated names looked for composed, so a
// decomposed copy (NFD, as macOS and some PDFs write it) of fresh51d-003 and seg33-018 lost the repeated ordinance.
describe("a long name repeated without its date, decomposed (repeated.ts)", () => {
  it.each([
    "Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi ngày 04/4/2001;\nCăn cứ Nghị định số 143/2003/NĐ-CP ngày 28/11/2003 của Chính phủ Quy định chi tiết thi hành một số điều của Pháp lệnh khai thác và bảo vệ công trình thuỷ lợi;",
    "Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi ngày 04 tháng 4 năm 2001 ; \nCăn cứ Nghị định số 115/2008/NĐ-CP ngày 14 tháng 11 năm 2008 của Chính phủ sửa đổi , bổ sung một số điều của Nghị định số 143/2003/NĐ-CP ngày 28 tháng 11 năm 2003 của Chính phủ quy định chi tiết thi hành một số điều của Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi ; ",
  ])("reads the repeated name as the composed copy does, its span the caller's", (text) => {
    const nfd = text.normalize("NFD");
    const ids = extract(text).map((c) => c.id);
    expect(ids.filter((id) => id.startsWith("ordinance:khai-thac-bao-ve-cong-trinh-thuy-loi"))).toHaveLength(2);
    const cits = extract(nfd);
    expect(cits.map((c) => c.id)).toEqual(ids);
    for (const c of cits) expect(nfd.slice(c.start, c.end)).toBe(c.raw);
  });
});
