// An amending law named by the laws it amends (src/find/named/amended-laws.ts).
import { describe, expect, it } from "vitest";
import { cpuRatio } from "../../helpers/linear.js";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { analyze, extract } from "../../../src/index.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd), m.year]);

describe("an amending law that amends many laws, or several laws named by their subject", () => {
  // Invented lists: ten laws in one amending law's name, past the 36 words an amending name took.
  const many =
    "sửa đổi, bổ sung một số điều của Luật Du lịch, Luật Thể dục, thể thao, Luật Điện ảnh, Luật Di sản văn hóa, Luật Quảng cáo, Luật Thư viện, Luật Báo chí, Luật Xuất bản, Luật Nghệ thuật biểu diễn và Luật Quảng bá văn hóa đối ngoại";

  it("keeps the whole list as the amending law's name, with a date or without, the law's id its slug and year", () => {
    expect(many.split(/\s+/).filter((w) => w !== ",").length).toBeGreaterThan(36);
    const dated = extract(`Căn cứ Luật ${many} ngày 14 tháng 6 năm 2023;`);
    expect(dated.map((c) => [c.name, c.id.endsWith("@2023"), c.id.startsWith("law:sua-doi-bo-sung-mot-so-dieu-luat-du-lich-")])).toEqual([[many, true, true]]);
    expect(read(`Căn cứ Luật ${many};`).map((r) => r[1])).toEqual([many]);
    // As an item of a list of bases, the next item a law of its own.
    expect(read(`- Luật ${many};\n- Luật Đất đai;`).map((r) => r[1])).toEqual([many, "Đất đai"]);
  });

  it("still bounds the name: a list of laws runs into the next mention past MAX_AMENDED_LIST_WORDS, and stays linear", () => {
    const endless = "Căn cứ Luật sửa đổi, bổ sung một số điều của " + Array.from({ length: 40 }, (_, i) => `Luật Ngành ${i + 1}`).join(", ") + ";";
    const found = read(endless);
    expect(found.length).toBeGreaterThan(1);
    expect(String(found[0][1]).split(/\s+/).filter((w: string) => w !== ",").length).toBeLessThanOrEqual(64);
    const t = (n: number) => "Căn cứ Luật sửa đổi, bổ sung một số điều của " + "Luật Nhà ở, ".repeat(n) + "và các luật về ".repeat(n);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("gives no amended law's number to the amending law: a number followed by the next law listed is that law's", () => {
    // Invented: each law amended written with its number, as the official names of 2024 do.
    const found = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 và Luật Lâm nghiệp số 16/2017/QH14 ngày 20 tháng 6 năm 2024;");
    const numbered = found.filter((c) => c.form === "full");
    expect(numbered.map((c) => c.id)).toEqual(["08/2017/QH14", "79/2006/QH11", "16/2017/QH14"]);
    expect(numbered.filter((c) => c.name?.startsWith("sửa đổi"))).toEqual([]);
    // The amending law's own number ends its list: still its own.
    const own = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi, Luật Đê điều và Luật Lâm nghiệp số 61/2024/QH15;");
    expect(own.map((c) => [c.id, c.name])).toEqual([["61/2024/QH15", "sửa đổi, bổ sung một số điều của Luật Thủy lợi, Luật Đê điều và Luật Lâm nghiệp"]]);
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 35/2024/QH15;").map((c) => c.id)).toEqual(["35/2024/QH15"]);
    // Another law after it by its number alone: the number before is still the amending law's.
    const two = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 35/2024/QH15 và Luật số 36/2024/QH15;");
    expect(two.map((c) => [c.id, c.name ?? null])).toEqual([["35/2024/QH15", "sửa đổi, bổ sung một số điều của Luật Thủy lợi"], ["36/2024/QH15", null]]);
    // The text ending at the comma after that number (a subject line, a cut text): no word after it to
    // read, and nothing thrown (fuzzing found findNamedMentions throw there, and extract give nothing at all).
    const cut = "Căn cứ Nghị định số 15/2021/NĐ-CP; Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 35/2024/QH15,";
    expect(() => findNamedMentions(cut)).not.toThrow();
    expect(extract(cut).map((c) => c.id)).toEqual(["15/2021/NĐ-CP", "35/2024/QH15"]);
    expect(() => findNamedMentions("luật sửa đổi số 5 ,")).not.toThrow();
  });

  it("names an amending law whose list writes each law's number by its whole name, dated by the date after the list", () => {
    // Invented, in the official names' pattern of 2024: each law amended with its number, the amending law's date after the list.
    const text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 và Luật Lâm nghiệp số 16/2017/QH14 ngày 20 tháng 6 năm 2024;";
    const found = extract(text);
    const whole = "sửa đổi, bổ sung một số điều của Luật Thủy lợi, Luật Đê điều và Luật Lâm nghiệp";
    // One identity with the same law named without the numbers.
    const id = extract(`Căn cứ Luật ${whole} ngày 20/6/2024;`)[0].id;
    expect(id).toBe("law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu-luat-lam-nghiep@2024");
    expect(found.map((c) => [c.raw, c.id, c.date, c.name ?? null])).toEqual([
      // The mention's span stops before the first number: the numbers are citations of their own, and spans do not overlap.
      ["Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi", id, "2024-06-20", whole],
      // The first law's name is the amending law's mention's words: its number's citation is named so, as the others are.
      ["số 08/2017/QH14", "08/2017/QH14", null, "Thủy lợi"],
      ["Luật Đê điều số 79/2006/QH11", "79/2006/QH11", null, "Đê điều"],
      // The date is the amending law's, not the last law's.
      ["Luật Lâm nghiệp số 16/2017/QH14", "16/2017/QH14", null, "Lâm nghiệp"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(found.flatMap((c) => c.warnings)).toEqual([]);
    // The same in a wrapped, decomposed text: offsets into it, the same identities.
    const odd = text.replace("Luật Đê điều", "Luật Đê\nđiều").replace(/ /g, "  ").normalize("NFD");
    const read = extract(odd);
    expect(read.map((c) => [c.id, c.date])).toEqual(found.map((c) => [c.id, c.date]));
    for (const c of read) expect(odd.slice(c.start, c.end)).toBe(c.raw);
  });

  it("leaves the amending law undated when no date follows the list, and reads other lists as before", () => {
    // No date after the list: the whole name, no year; nothing guessed.
    const bare = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều số 79/2006/QH11;");
    expect(bare.map((c) => [c.id, c.date])).toEqual([
      ["law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu@?", null],
      ["08/2017/QH14", null],
      ["79/2006/QH11", null],
    ]);
    // A date after another phrase ("của Quốc hội ngày …") may be the last law's own: left to it.
    const after = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều số 79/2006/QH11 của Quốc hội ngày 20/6/2024;");
    expect(after.map((c) => [c.id, c.date])).toEqual([
      ["law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu@?", null],
      ["08/2017/QH14", null],
      ["79/2006/QH11", "2024-06-20"],
    ]);
    // Laws listed by their numbers in a basis that amends nothing: the date after the last is its own.
    const plain = extract("Căn cứ Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 ngày 29 tháng 11 năm 2006;");
    expect(plain.map((c) => [c.id, c.date])).toEqual([
      ["08/2017/QH14", null],
      ["79/2006/QH11", "2006-11-29"],
    ]);
    // The last law listed without its number before the date: the list is not read whole (the name up to its first law, as before).
    const unnumbered = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều ngày 20/6/2024;");
    expect(unnumbered[0].id).toBe("law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi@?");
    // A list longer than the words a name is read over: the same.
    const many = "Căn cứ Luật sửa đổi, bổ sung một số điều của " + Array.from({ length: 12 }, (_, i) => `Luật Ngành ${i + 1} số ${i + 1}/2024/QH15`).join(", ") + " ngày 20/6/2024;";
    const long = extract(many);
    expect(long[0].id).toBe("law:sua-doi-bo-sung-mot-so-dieu-luat-nganh-1@?");
    expect(long[long.length - 1].date).toBe("2024-06-20");
  });

  it("dates an amending law cited by its own number by the date after the list of laws it amends, and names it", () => {
    // Invented, in the pattern of "Luật số 43/2024/QH15 sửa đổi, bổ sung … của Luật Đất đai số 31/2024/QH15, …
    // ngày 29 tháng 6 năm 2024": the amending law's number first, then its name listing each law with its number.
    const text = "Căn cứ Luật số 52/2024/QH15 sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 và Luật Lâm nghiệp số 16/2017/QH14 ngày 20 tháng 6 năm 2024;";
    const found = extract(text);
    const whole = "sửa đổi, bổ sung một số điều của Luật Thủy lợi, Luật Đê điều và Luật Lâm nghiệp";
    expect(found.map((c) => [c.raw, c.id, c.date, c.name ?? null])).toEqual([
      // The number's citation is the amending law: its span unchanged, dated by the date after the list, named by its whole name.
      ["Luật số 52/2024/QH15", "52/2024/QH15", "2024-06-20", whole],
      // The first law is named as the others are (its name was the amending law's words, and lost).
      ["số 08/2017/QH14", "08/2017/QH14", null, "Thủy lợi"],
      ["Luật Đê điều số 79/2006/QH11", "79/2006/QH11", null, "Đê điều"],
      // The last law passed in 2017: the date is not its own.
      ["Luật Lâm nghiệp số 16/2017/QH14", "16/2017/QH14", null, "Lâm nghiệp"],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(found.flatMap((c) => c.warnings)).toEqual([]);
    // The name is the one the same law has written without its number: the graph can learn the alias.
    expect(extract(`Căn cứ Luật ${whole} ngày 20/6/2024;`)[0].name).toBe(whole);
    // Wrapped, spaced twice and decomposed: offsets into that text, the same reading.
    const odd = text.replace("Luật Đê điều", "Luật Đê\nđiều").replace(/ /g, "  ").normalize("NFD");
    const read = extract(odd);
    expect(read.map((c) => [c.id, c.date])).toEqual(found.map((c) => [c.id, c.date]));
    for (const c of read) expect(odd.slice(c.start, c.end)).toBe(c.raw);
  });

  it("leaves the date to the last law when the amending law's number is of another year or it has a date of its own", () => {
    // The date's year is not the year in the amending law's number: not its date; nothing moved.
    const other = extract("Căn cứ Luật số 52/2024/QH15 sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017;");
    expect(other.map((c) => [c.id, c.date])).toEqual([
      ["52/2024/QH15", null],
      ["08/2017/QH14", null],
      ["16/2017/QH14", "2017-11-15"],
    ]);
    // No date after the list: none given; the laws still named.
    const bare = extract("Căn cứ Luật số 52/2024/QH15 sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Lâm nghiệp số 16/2017/QH14;");
    expect(bare.map((c) => [c.id, c.date, c.name ?? null])).toEqual([
      ["52/2024/QH15", null, "sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Lâm nghiệp"],
      ["08/2017/QH14", null, "Thủy lợi"],
      ["16/2017/QH14", null, "Lâm nghiệp"],
    ]);
    // A law in the middle of the list written without its number: the list is still read whole, that law cited by its name, undated.
    const middle = extract("Căn cứ Luật số 52/2024/QH15 sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14, Luật Đê điều và Luật Lâm nghiệp số 16/2017/QH14 ngày 20/6/2024;");
    expect(middle.map((c) => [c.id, c.date])).toEqual([
      ["52/2024/QH15", "2024-06-20"],
      ["08/2017/QH14", null],
      ["law:de-dieu@?", null],
      ["16/2017/QH14", null],
    ]);
    // Laws listed without numbers: no list to read; each law cited by its name, as before, the amending law unnamed.
    expect(extract("Căn cứ Luật số 52/2024/QH15 sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Lâm nghiệp;").map((c) => [c.id, c.name ?? null])).toEqual([
      ["52/2024/QH15", null],
      ["law:thuy-loi@?", "Thủy lợi"],
      ["law:lam-nghiep@?", "Lâm nghiệp"],
    ]);
  });

  it("reads a list of laws each with its number in linear time", () => {
    const t = (n: number) => "Căn cứ Luật sửa đổi, bổ sung một số điều của " + "Luật Nhà ở số 27/2023/QH15, Luật sửa đổi, bổ sung một số điều của ".repeat(n) + "Luật Nhà ở số 27/2023/QH15 ngày 1/1/2024;";
    expect(cpuRatio((x) => extract(x), t(3000), t(375), 3, 24)).toBeLessThan(24);
    const u = (n: number) => "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15" + ", Luật Nhà ở số 27/2023/QH15".repeat(n) + ";";
    expect(cpuRatio((x) => extract(x), u(4000), u(500), 3, 24)).toBeLessThan(24);
    // The amending law cited by its number, its list, and the same again and again.
    const v = (n: number) => "Căn cứ Luật số 52/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 ngày 1/1/2024; ".repeat(n);
    expect(cpuRatio((x) => extract(x), v(2000), v(250), 3, 24)).toBeLessThan(24);
  });

  it("reads 'của các luật về <subject>' as the name, up to where another amendment opens", () => {
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của các luật về phí;").map((r) => r[1])).toEqual(["sửa đổi, bổ sung một số điều của các luật về phí"]);
    expect(read("- Luật sửa đổi, bổ sung một số điều của các Luật về Đầu tư;\n").map((r) => r[1])).toEqual(["sửa đổi, bổ sung một số điều của các Luật về Đầu tư"]);
    // A decree's title: the law, then the decrees it amends.
    expect(read("Nghị định hướng dẫn Luật sửa đổi, bổ sung một số điều của các luật về phí và sửa đổi, bổ sung một số điều của các Nghị định về phí;").map((r) => r[1])).toEqual([
      "sửa đổi, bổ sung một số điều của các luật về phí",
    ]);
    // After a comma, the next law is a law of its own; "các luật" with no subject names no law.
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của các luật về phí, Luật Giá;").map((r) => r[1])).toEqual(["sửa đổi, bổ sung một số điều của các luật về phí", "Giá"]);
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của các luật;")).toEqual([]);
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số điều của các luật về phí năm 2019;").map((c) => c.id)).toEqual(["law:sua-doi-bo-sung-mot-so-dieu-cac-luat-ve-phi@2019"]);
  });
  it("ends a name before the place and date line a subject line is followed by, and takes no date from it", () => {
    // Invented letters' headings: "V/v …" ends with a law's short name, the next line is the letter's place and date.
    expect(extract("Số: 45/SYT-NVY\nV/v triển khai Luật Dược\nHà Nội, ngày 14 tháng 3 năm 2018\nKính gửi: Các bệnh viện").filter((c) => c.kind === "law").map((c) => [c.id, c.date])).toEqual([["law:duoc@?", null]]);
    expect(read("V/v thực hiện Luật Phòng, chống tác hại của rượu, bia\nThành phố Hồ Chí Minh, ngày 02 tháng 8 năm 2021")).toEqual([["Luật Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại của rượu, bia", null]]);
    expect(read("V/v hướng dẫn Luật Thư viện\nThị xã Sơn Tây, ngày 9 tháng 5 năm 2020")).toEqual([["Luật Thư viện", "Thư viện", null]]);
    // A name a PDF wrapped onto the next line still takes its date there.
    expect(read("Căn cứ Luật Tổ chức chính quyền địa\nphương ngày 19 tháng 6 năm 2015;").map((r) => r[2])).toEqual([2015]);
    expect(read("Căn cứ Luật Đất đai\nngày 29 tháng 11 năm 2013;").map((r) => r[2])).toEqual([2013]);
  });
});

describe("an amending law naming the laws it amends by '(có) liên quan đến' their subject (session 34)", () => {
  // seg33c-019 (UBND TP Hà Nội, 2009, word-segmented), undated in a one-line Căn cứ list; fresh29g-022
  // (2019), "của 37 Luật liên quan đến quy hoạch ngày 20/11/2018": the official names of Luật số
  // 38/2009/QH12 and 35/2018/QH14.
  const basis = (law: string) => `QUYẾT ĐỊNH\nCăn cứ Luật Xây dựng ; ${law} ; Nghị định số 209/2004/NĐ-CP ngày 16/12/2004 của Chính phủ về quản lý chất lượng công trình ;\nQUYẾT ĐỊNH :`;

  it("reads the undated name whole, so the Căn cứ list it stands in goes on", () => {
    for (const law of [
      "Luật sửa đổi , bổ sung một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản",
      "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch",
      "Luật sửa đổi, bổ sung một số điều của 37 Luật liên quan đến quy hoạch",
    ]) {
      const text = basis(law);
      expect(read(text).map((r) => r[1])).toContain(law.slice("Luật ".length));
      const decree = extract(text).find((c) => c.id === "209/2004/NĐ-CP");
      expect(decree).toBeDefined();
    }
  });

  it("takes the date after a counted list of laws written in capitals as the amending law's", () => {
    const text = "Căn cứ Luật Quy hoạch ngày 24/11/2017, Luật sửa đổi, bổ sung một số điều của 37 Luật liên quan đến quy hoạch ngày 20/11/2018;";
    expect(read(text)).toContainEqual(["Luật sửa đổi, bổ sung một số điều của 37 Luật liên quan đến quy hoạch ngày 20/11/2018", "sửa đổi, bổ sung một số điều của 37 Luật liên quan đến quy hoạch", 2018]);
  });

  it("keeps 'về' and 'liên quan đến' after 'của' alone (no several laws) out of an amending name", () => {
    expect(read("Căn cứ Luật Đất đai về quyền sử dụng đất ;").map((r) => r[1])).toEqual(["Đất đai"]);
  });
});

describe("an amending law named by the one law it amends with that law's number, dated after it", () => {
  it("gives the number to the amended law where the date after it is of a later year (fresh31f 015)", () => {
    const text = "Căn cứ Bộ luật Hình sự ngày 27/11/2015 và Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13 ngày 20/6/2017;";
    const found = extract(text);
    expect(found.map((c) => [c.id, c.name ?? null])).toEqual([
      ["code:hinh-su@2015", "Hình sự"],
      ["law:sua-doi-bo-sung-mot-so-dieu-bo-luat-hinh-su@2017", "sửa đổi, bổ sung một số điều của Bộ luật Hình sự"],
      ["100/2015/QH13", "Hình sự"],
    ]);
    // The number's citation is the code's, undated: the date is the amending law's.
    expect(found[2].date).toBe(null);
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13 năm 2018;").map((c) => c.id)).toEqual([
      "law:sua-doi-bo-sung-mot-so-dieu-luat-dat-dai@2018",
      "45/2013/QH13",
    ]);
  });

  it("keeps the number the amending law's where the date is of the number's year, or no date follows", () => {
    // full32 009, fresh29k 019: the amending law's own number.
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số Điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014;").map((c) => [c.id, c.name])).toEqual([
      ["46/2014/QH13", "sửa đổi, bổ sung một số Điều của Luật Bảo hiểm y tế"],
    ]);
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh số 31/2009/QH12;").map((c) => [c.id, c.name])).toEqual([
      ["31/2009/QH12", "sửa đổi, bổ sung một số điều của Luật Điện ảnh"],
    ]);
    // A law that is no amending one keeps its number whatever the date after it.
    expect(extract("Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29/11/2018;").map((c) => c.id)).toEqual(["45/2013/QH13"]);
  });
});

describe("the enacting formula of an amending law, its one law listed with that law's number", () => {
  it("gives the number to the law amended, undated, and Điều 1's name to that law (fresh31b 021, 017; 62/2020/QH14)", () => {
    // fresh31b 021 (62/2025/QH15): no date after the number tells whose it is; the formula names the text itself.
    const text =
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14.\n\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội\n\n1. Sửa đổi, bổ sung Điều 5 như sau:";
    const found = extract(text).filter((c) => c.kind === "law");
    expect(found.map((c) => [c.id, c.name ?? null])).toEqual([
      ["law:sua-doi-bo-sung-mot-so-dieu-luat-to-chuc-quoc-hoi@?", "sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội"],
      ["57/2014/QH13", "Tổ chức Quốc hội"],
      ["65/2020/QH14", null],
      ["law:to-chuc-quoc-hoi@?", "Tổ chức Quốc hội"],
    ]);
    // analyze(): the formula's law is the text itself, the number's law amended, and Điều 1's law by name
    // alone the numbered one (coreference: its name is now the number's).
    const analysed = analyze(`Độc lập - Tự do - Hạnh phúc\n\nLuật số: 62/2025/QH15\n\nHà Nội, ngày 17 tháng 02 năm 2025\n\n${text}`).citations.filter((c) => c.kind === "law" && c.role !== "self");
    expect(analysed.map((c) => [c.id === "57/2014/QH13" || c.id === "65/2020/QH14" ? c.id : "other", c.role])).toEqual([
      ["57/2014/QH13", "amends"],
      ["65/2020/QH14", "references"],
      ["57/2014/QH13", "amends"],
    ]);
    // The formula after the last Căn cứ's ";" on one line (a page that joined them), and an ordinance's.
    expect(extract("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 50/2014/QH13.").filter((c) => c.kind === "law").map((c) => [c.id, c.name])).toEqual([
      ["law:sua-doi-bo-sung-mot-so-dieu-luat-xay-dung@?", "sửa đổi, bổ sung một số điều của Luật Xây dựng"],
      ["50/2014/QH13", "Xây dựng"],
    ]);
  });

  it("keeps the number the amending law's in prose, where the law named may be the one numbered", () => {
    expect(extract("Ngày 20/6/2017, Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 12/2017/QH14.").filter((c) => c.kind === "law").map((c) => [c.id, c.name])).toEqual([
      ["12/2017/QH14", "sửa đổi, bổ sung một số điều của Bộ luật Hình sự"],
    ]);
  });
});

describe("an amending law's name copied with its marked letters dropped ('sửa đi, bổ sung')", () => {
  // fresh52e-002 (thuvienphapluat.vn, Lai Châu 07/2021/NQ-HĐND) and fresh46d-017 write "Luật sửa đi, bổ sung …".
  it("reads 'Luật sửa đi, bổ sung một số điều của Luật A và Luật B ngày …' as one amending law, not as A and B amended", () => {
    const found = extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;").filter((c) => c.kind === "law");
    expect(found.map((c) => [c.name, c.year])).toEqual([
      ["Tổ chức chính quyền địa phương", 2015],
      ["sửa đi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", 2019],
    ]);
  });

  it("keeps 'sửa đi' without ', bổ sung' out: no amending law", () => {
    expect(extract("Luật sửa đi Luật Đất đai năm 2013.").some((c) => c.name?.startsWith("sửa đi"))).toBe(false);
  });
});

describe("an amending law named 'sửa đổi, bổ sung' and the law it amends, without 'một số điều của' (session 56)", () => {
  it("keeps the law amended in the amending law's name, dated by the date after it (fresh30n-023, fresh56c-006)", () => {
    // fresh56c-006's restated Căn cứ item: the law of 2003, then the law of 2005 that amends it, then a decree.
    const item =
      "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003, Luật sửa đổi, bổ sung Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và Nghị định số 121/2005/NĐ-CP ngày 30 tháng 9 năm 2005 của Chính phủ;";
    expect(extract(item).map((c) => [c.id, c.name ?? null])).toEqual([
      ["law:thi-dua-khen-thuong@2003", "Thi đua, Khen thưởng"],
      ["law:sua-doi-bo-sung-luat-thi-dua-khen-thuong@2005", "sửa đổi, bổ sung Luật Thi đua, Khen thưởng"],
      ["121/2005/NĐ-CP", null],
    ]);
    // fresh30n-023's item, the year after "năm"; and without the comma.
    expect(extract("Căn cứ Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật năm 2020;").map((c) => c.id)).toEqual([
      "law:sua-doi-bo-sung-luat-ban-hanh-van-ban-quy-pham-phap-luat@2020",
    ]);
    expect(extract("Căn cứ Luật sửa đổi bổ sung Luật Đầu tư ngày 22 tháng 11 năm 2016;").map((c) => c.id)).toEqual(["law:sua-doi-bo-sung-luat-dau-tu@2016"]);
  });

  it("not after 'các': several amending laws left unnamed, the law inside read on its own", () => {
    const text = "Căn cứ Nghị định số 90/2009/NĐ-CP quy định chi tiết Luật Thanh tra năm 2004 và các Luật sửa đổi, bổ sung Luật Thanh tra năm 2004;";
    expect(extract(text).map((c) => c.id)).toEqual(["90/2009/NĐ-CP", "law:thanh-tra@2004", "law:thanh-tra@2004"]);
    expect(extract(text.replace("các", "những")).map((c) => c.id)).toEqual(["90/2009/NĐ-CP", "law:thanh-tra@2004", "law:thanh-tra@2004"]);
  });

  it("opens the list only right after the name's opening words: a law after 'bổ sung' elsewhere is another law", () => {
    // Not an amending name ("sửa đổi" does not open it): the second law is a mention of its own.
    expect(extract("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013, bổ sung Luật Nhà ở ngày 25 tháng 11 năm 2014;").map((c) => c.id)).toEqual([
      "law:dat-dai@2013",
      "law:nha-o@2014",
    ]);
    // The official name reads as before.
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005;").map((c) => c.id)).toEqual([
      "law:sua-doi-bo-sung-mot-so-dieu-luat-thi-dua-khen-thuong@2005",
    ]);
  });
});

describe("a ';' written for the ',' of an amending law's list of laws (session 59, pairs59b)", () => {
  it("goes on with the amending law's name where its list has no 'và', number or date yet", () => {
    // 152/2024/NĐ-CP's Căn cứ (fixtures/fresh/fresh59b-003), the law 03/2022/QH15 named with one ";" in its list.
    const law =
      "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở; Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự";
    const found = read(`Căn cứ Luật Cạnh tranh ngày 12 tháng 6 năm 2018; ${law} ngày 11 tháng 01 năm 2022; Luật Đất đai ngày 18 tháng 01 năm 2024;`);
    expect(found.map((r) => [r[1], r[2]])).toEqual([
      ["Cạnh tranh", 2018],
      [law.slice("Luật ".length), 2022],
      ["Đất đai", 2024],
    ]);
  });

  it("goes on with a title's list in capitals, the last law's name whole", () => {
    // 90/2025/QH15's title as thuviennhadat.vn prints it (pairs59b-001): the last law is Luật Quản lý, sử dụng tài sản công.
    const title = "LUẬT\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU THẦU, LUẬT HẢI QUAN, LUẬT ĐẦU TƯ CÔNG, LUẬT QUẢN LÝ; SỬ DỤNG TÀI SẢN CÔNG\n\nCăn cứ Hiến pháp";
    expect(read(title).map((r) => r[1])).toEqual(["SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU THẦU, LUẬT HẢI QUAN, LUẬT ĐẦU TƯ CÔNG, LUẬT QUẢN LÝ; SỬ DỤNG TÀI SẢN CÔNG"]);
  });

  it("ends the item where the list has its 'và', a law its date or number, or nothing follows on the line", () => {
    // A finished list, then the next Căn cứ law after ";".
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế; Luật Đất đai ngày 18 tháng 01 năm 2024;").map((r) => r[1])).toEqual([
      "sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế",
      "Đất đai",
    ]);
    // One law listed: no list to go on with.
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xây dựng; Luật Đất đai ngày 18 tháng 01 năm 2024;").map((r) => r[1])).toEqual([
      "sửa đổi, bổ sung một số điều của Luật Xây dựng",
      "Đất đai",
    ]);
    // Laws listed with their numbers (an enacting formula): the ";" ends each law's part.
    expect(
      read("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công số 39/2019/QH14, Luật Nhà ở số 65/2014/QH13; Luật Đấu thầu số 43/2013/QH13.").some((r) => String(r[1]).includes("; Luật Đấu thầu")),
    ).toBe(false);
    // A ";" at a line's end ends the item.
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Nhà ở;\nLuật Đất đai ngày 18 tháng 01 năm 2024;").map((r) => r[1])).toEqual([
      "sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Nhà ở",
      "Đất đai",
    ]);
  });
});

// named65: a listing's row is the amending law's title alone, its list of numbered laws running to the row's end
// (dut.udn.vn's row of 43/2024/QH15, fixtures/fresh/listing65 README): the list ended nowhere, and only the first law was read.
describe("an amending law's list of numbered laws that runs to the text's end (session 65)", () => {
  const TITLE = "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15";

  it("reads the list whole where the text ends after the last number, as where ';' ends it", () => {
    const ended = extract(TITLE);
    expect(ended.map((c) => [c.id, c.name])).toEqual([
      ["law:sua-doi-bo-sung-mot-so-dieu-luat-dat-dai-luat-nha-o-luat-kinh-doanh-bat-dong-san-luat-cac-to-chuc-tin-dung@?", "sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng"],
      ["31/2024/QH15", "Đất đai"],
      ["27/2023/QH15", "Nhà ở"],
      ["29/2023/QH15", "Kinh doanh bất động sản"],
      ["32/2024/QH15", "Các tổ chức tín dụng"],
    ]);
    expect(extract(`Căn cứ ${TITLE};`).map((c) => [c.id, c.name])).toEqual(ended.map((c) => [c.id, c.name]));
    // Blanks after the last number are no word: the text still ends there.
    expect(extract(`Căn cứ ${TITLE}  \n`).map((c) => c.id)).toEqual(ended.map((c) => c.id));
    // The finder over the text as given (a window after each kind word) and over an NFC text alike.
    expect(findNamedMentions(TITLE)[0].amendedNumbers).toHaveLength(4);
  });

  it("as a listing's row, the amending law is the row's own and amends each law listed", () => {
    const a = analyze(TITLE, { known: { number: "43/2024/QH15", date: "29/06/2024" } });
    expect(a.self.id).toBe("43/2024/QH15");
    expect(a.relations.filter((r) => r.type === "amends").map((r) => r.to)).toEqual(["31/2024/QH15", "27/2023/QH15", "29/2023/QH15", "32/2024/QH15"]);
  });

  it("not where the window a name is read in ends before the text does", () => {
    // A list longer than a name's window (400 characters after the kind word): its last number is no end of the text.
    const long = "Luật sửa đổi, bổ sung một số điều của " + Array.from({ length: 14 }, (_, i) => `Luật Ngành ${i + 1} số ${i + 1}/2024/QH15`).join(", ");
    expect(long.length).toBeGreaterThan(400);
    expect(extract(long)[0].id).toBe("law:sua-doi-bo-sung-mot-so-dieu-luat-nganh-1@?");
  });
});
