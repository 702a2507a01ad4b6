import { describe, expect, it } from "vitest";
import { prepare, repairLookAlikes } from "../../src/prepare/prepare.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { OffsetMap } from "../../src/prepare/offset-map.js";
import { fallbackNFC, toNFC } from "../../src/prepare/normalize.js";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cpuRatio } from "../helpers/linear.js";
import { extract } from "../../src/extract.js";

describe("prepare", () => {
  it("leaves clean NFC text alone with an identity map", () => {
    const p = prepare("Nghị định số 61/2018/NĐ-CP");
    expect(p.text).toBe("Nghị định số 61/2018/NĐ-CP");
    expect(p.map.isIdentity).toBe(true);
  });

  it("composes NFD letters and maps offsets back to the original", () => {
    const original = "Nghi\u0323 \u0111i\u0323nh số 61/2018/NĐ-CP".normalize("NFD");
    const p = prepare(original);
    expect(p.text).toBe("Nghị định số 61/2018/NĐ-CP");
    const at = p.text.indexOf("61");
    expect(original.slice(p.map.toOriginal(at), p.map.toOriginal(at + 2, "end"))).toBe("61");
    expect(p.map.fromOriginal(original.indexOf("61"))).toBe(at);
  });

  it("never splits a letter from its marks in a span", () => {
    const original = "A\u0300 b"; // À as A + grave
    const p = prepare(original);
    expect(p.text).toBe("À b");
    expect(p.map.toOriginal(0, "start")).toBe(0);
    expect(p.map.toOriginal(1, "end")).toBe(2);
  });

  it("ends a span before what prints nothing after its last letter, and starts it after what prints nothing before", () => {
    // "…/QH15\r\n1. Sửa đổi" saved on Windows: the CR between two digits is read as what prints nothing (textAsRead),
    // and the law's span ended in "\r"; a zero-width space a page left after a ký hiệu ended it so too.
    for (const [text, raw] of [
      ["Luật Đất đai số 31/2024/QH15\r\n1. Sửa đổi", "Luật Đất đai số 31/2024/QH15"],
      ["Số: 17/CT-UBND\u2060 Hà Nội", "Số: 17/CT-UBND"],
      ["Căn cứ Nghị định số 61/2018/NĐ-CP\u200b\nngày 1", "Nghị định số 61/2018/NĐ-CP"],
    ]) {
      const [c] = extract(text);
      expect(c.raw).toBe(raw);
      expect(text.slice(c.start, c.end)).toBe(raw);
    }
    const p = prepare("A\u0300\u2060 b");
    expect(p.text).toBe("À b");
    expect(p.map.toOriginal(1, "end")).toBe(2);
    expect(p.map.toOriginal(1, "start")).toBe(3);
    // Inside a letter's marks, what prints nothing stays with the letter.
    expect(prepare("A\u2060\u0300 b").map.toOriginal(1, "end")).toBe(3);
  });

  it("maps marks NFC cannot absorb one for one ('U' + horn + horn → 'Ư' + horn)", () => {
    const original = "TU\u031b\u031b x";
    const p = prepare(original);
    expect(p.text).toBe("T\u01af\u031b x");
    expect(p.map.toOriginal(2, "end")).toBe(3); // after Ư: after "U" + its first horn
    expect(p.map.toOriginal(3, "end")).toBe(4); // after the stray horn
    expect(p.map.toOriginal(4)).toBe(5);
  });

  it("puts back the space of a number typed against 'số', mapped to no original character", () => {
    const original = "Quyết định số1234/QĐ-UBND và Số:5/KH, hệ số 2";
    const p = prepare(original);
    expect(p.text).toBe("Quyết định số 1234/QĐ-UBND và Số:5/KH, hệ số 2");
    const at = p.text.indexOf("1234");
    expect(p.map.toOriginal(at)).toBe(original.indexOf("1234"));
    expect(p.map.fromOriginal(original.indexOf("1234"))).toBe(at);
    expect(p.map.toOriginal(at - 1, "start")).toBe(original.indexOf("1234")); // the inserted space
    expect(original.slice(p.map.toOriginal(0), p.map.toOriginal(p.text.indexOf("/QĐ"), "end"))).toBe("Quyết định số1234");
    // "số" with its "ố" lost and the number glued to the "s" (SO_LETTER_LOST): only where the "s" stands whole.
    expect(prepare("Nghị định s08/2014/NĐ-CP, Ms2/KH, cs1, S08").text).toBe("Nghị định s 08/2014/NĐ-CP, Ms2/KH, cs1, S08");
    // Inside a word ("xổsố1"), or "so" without its marks: nothing is inserted.
    expect(prepare("xổsố1 và so1").text).toBe("xổsố1 và so1");
    // A date's "ngày" too, in any case; "100m2" is left as it is.
    expect(prepare("ngày23/4/2018, NGÀY5 THÁNG 6, 100m2").text).toBe("ngày 23/4/2018, NGÀY 5 THÁNG 6, 100m2");
    // A date's month: "tháng" run into it, in any case; not inside a longer word.
    expect(prepare("ngày 3 tháng7 năm 2019, NGÀY 4 THÁNG12 NĂM 2019, xtháng7").text).toBe("ngày 3 tháng 7 năm 2019, NGÀY 4 THÁNG 12 NĂM 2019, xtháng7");
  });

  it("puts back the space after 'của' run between a number and the next word, mapped to no original character", () => {
    const original = "Kế hoạch số 7/KH-UBND ngày 3/5/2016củaỦy ban huyện; năm 2019CỦAHỘI ĐỒNG; 2020củasở";
    const p = prepare(original);
    // The space before "của" goes back too (a word run into a number: GLUED_AFTER_CODE), after a digit in any case.
    expect(p.text).toBe("Kế hoạch số 7/KH-UBND ngày 3/5/2016 của Ủy ban huyện; năm 2019 CỦA HỘI ĐỒNG; 2020 của sở");
    const at = p.text.indexOf("Ủy");
    expect(p.map.toOriginal(at)).toBe(original.indexOf("Ủy"));
    expect(p.map.toOriginal(at - 1, "start")).toBe(original.indexOf("Ủy")); // the inserted space
    expect(p.map.fromOriginal(original.indexOf("HỘI"))).toBe(p.text.indexOf("HỘI"));
    // Not without the digit before it, nor where no letter follows; a space already there stays one.
    for (const same of ["bàn củaỦy ban", "2016 củaỦy", "15 củ a", "5cua ban"]) expect(prepare(same).text).toBe(same);
    // Decomposed, the word after it too: the space goes in before the next word's letter is composed.
    const nfd = "năm 2016củaỦy ban".normalize("NFD");
    const q = prepare(nfd);
    expect(q.text).toBe("năm 2016 của Ủy ban");
    const u = q.text.indexOf("Ủy");
    expect(nfd.slice(q.map.toOriginal(u), q.map.toOriginal(u + 2, "end")).normalize("NFC")).toBe("Ủy");
  });

  it("puts back the space before a lower-case word run into a ký hiệu or number ('QĐ-UBNDcủa', 'TTgcủa', 'UBNDvề', '2020về'), mapped to no original character", () => {
    const original = "Căn cứ Quyết định số 58/QĐ-UBNDcủa UBND huyện, Quyết định số 9/QĐ-TTgcủaThủ tướng, Công văn 77/UBND-VXvề việc rà soát, Kế hoạch 4/KH-SYTvà Quyết định 6/QĐ-BCĐnăm 2020về dịch bệnh";
    const p = prepare(original);
    expect(p.text).toBe("Căn cứ Quyết định số 58/QĐ-UBND của UBND huyện, Quyết định số 9/QĐ-TTg của Thủ tướng, Công văn 77/UBND-VX về việc rà soát, Kế hoạch 4/KH-SYT và Quyết định 6/QĐ-BCĐ năm 2020 về dịch bệnh");
    for (const word of ["UBND huyện", "Thủ tướng", "việc", "Quyết định 6", "2020", "dịch"]) {
      const at = p.text.indexOf(word);
      expect(original.slice(p.map.toOriginal(at), p.map.toOriginal(at + word.length, "end")), word).toBe(word);
    }
    // Each space stands for no character: its two sides map to the word after it.
    const space = p.text.indexOf(" của UBND");
    expect([p.map.toOriginal(space, "start"), p.map.toOriginal(space + 1, "start")]).toEqual([original.indexOf("của UBND"), original.indexOf("của UBND")]);
    // Decomposed: the same text.
    expect(prepare(original.normalize("NFD")).text).toBe(p.text);
    // Not in capitals, not after a lower-case letter (but TTg's); a space already there stays one.
    for (const same of ["QĐ-UBNDCỦA UBND", "Hàvà Nội", "cho Vân vàng", "QĐ-UBND của", "bà Bìnhcủa", "ubndcủa"]) expect(prepare(same).text, same).toBe(same);
    // Any capital A-Z: no Vietnamese word has one before these (their onsets take no letter before them).
    expect(prepare("BAN CHỈ ĐẠOvà các ngành").text).toBe("BAN CHỈ ĐẠO và các ngành");
    // After a digit, in any case: a title in capitals.
    expect(prepare("NGÀY 06/9/2005CỦA UBND TỈNH, NĂM 2020VỀ").text).toBe("NGÀY 06/9/2005 CỦA UBND TỈNH, NĂM 2020 VỀ");
  });

  it("puts back the space between a year's 'năm' and its year typed against it, only where the word stands whole and a year of 19xx or 20xx follows", () => {
    const original = "Theo Luật Quy hoạch năm2017, Kế hoạch ngày 02 tháng 3 năm2021 của UBND xã; NĂM2024 và Năm1999";
    const p = prepare(original);
    expect(p.text).toBe("Theo Luật Quy hoạch năm 2017, Kế hoạch ngày 02 tháng 3 năm 2021 của UBND xã; NĂM 2024 và Năm 1999");
    for (const word of ["2017", "năm 2021", "2021 của", "NĂM 2024", "1999"]) {
      const at = p.text.indexOf(word);
      expect(original.slice(p.map.toOriginal(at), p.map.toOriginal(at + word.length, "end")).replace("m2", "m 2").replace("M2", "M 2").replace("m1", "m 1"), word).toBe(word);
    }
    // The inserted space stands for no character: both its sides map to the year's first digit.
    const space = p.text.indexOf(" 2017");
    expect([p.map.toOriginal(space, "start"), p.map.toOriginal(space + 1, "start")]).toEqual([original.indexOf("2017"), original.indexOf("2017")]);
    // Decomposed: the same text.
    expect(prepare(original.normalize("NFD")).text).toBe(p.text);
    // An area's unit, a word that only ends so, a number that is no year of this era, five digits: left as written.
    for (const same of ["sân 250 m2 và 30 m2", "khu đất 12m2019", "Trạm2020", "chănm2020", "năm1850", "năm20211", "năm 2020", "năm thứ 3"]) expect(prepare(same).text, same).toBe(same);
    expect(needsPreparing("sân 250 m2 và 30 m2")).toBe(false);
    // After a code it was itself run into (GLUED_AFTER_CODE), both spaces go back.
    expect(prepare("Quyết định 6/QĐ-UBNDnăm2020").text).toBe("Quyết định 6/QĐ-UBND năm 2020");
  });

  it("puts back the space and composes NFD letters in one pass, in order", () => {
    const original = "Nghi\u0323 \u0111i\u0323nh SỐ61/2018/NĐ-CP của Chi\u0301nh phu\u0309";
    const p = prepare(original);
    expect(p.text).toBe("Nghị định SỐ 61/2018/NĐ-CP của Chính phủ");
    for (const word of ["61", "NĐ-CP", "phủ"]) {
      const at = p.text.indexOf(word);
      expect(original.slice(p.map.toOriginal(at), p.map.toOriginal(at + word.length, "end")).normalize("NFC")).toBe(word);
    }
  });

  it("finds every run and glued number wherever they stand: marks opening the text, a decomposed 'số' before its number, a mark on the number itself", () => {
    // Marks with no letter before them stay; the glued space goes after the composed "số" and "ngày".
    const first = prepare("\u0301\u0301Nghi\u0323 quyê\u0301t so\u0302\u0301123 nga\u0300y5");
    expect(first.text).toBe("\u0301\u0301Nghị quyết số 123 ngày 5");
    expect(first.map.fromOriginal("\u0301\u0301Nghi\u0323 quyê\u0301t so\u0302\u0301".length)).toBe("\u0301\u0301Nghị quyết số ".length);
    // A digit carrying a mark is a run of its own, read before any glued space; "y1" after a space is no "ngày".
    expect(prepare("so\u0302\u03011\u0301 và y1").text).toBe("số1\u0301 và y1");
    // What prints nothing after a glued number's first digit (a page breaking the number) goes with the
    // digit after the space, as a mark-free digit's run: "số1\u200b605" is "số 1605", composed or decomposed.
    expect(prepare("số1\u200b605 ngày2\u00ad7").text).toBe("số 1605 ngày 27");
    expect(prepare("so\u0302\u03011\u200b605").text).toBe("số 1605");
    // A soft hyphen inside a word is dropped with the letter before it; a mark on a digit after a space stays.
    expect(prepare("Tha\u00adnh pho\u0302\u0301 9\u0300").text).toBe("Thanh phố 9\u0300");
  });

  it("stays linear on long runs of marks, glued words and digits", () => {
    const hostile = (n: number) =>
      ("a" + "\u0301".repeat(n) + " " + "so\u0302\u03011".repeat(n) + "y1".repeat(n) + "1củaa".repeat(n) + "\u0301".repeat(n) + "9".repeat(n) + "năm".repeat(n) + "năm2020".repeat(n) + "năm20".repeat(n) + " năm".repeat(n) + "m2".repeat(n)).slice(0, 12 * n);
    expect(cpuRatio(prepare, hostile(80_000), hostile(20_000), 3, 10)).toBeLessThan(10);
  });

  it("composes a letter with its tone across another script's mark that canonical order puts between them", () => {
    const original = "1/NĐCṔ\u{10EFA}".normalize("NFD"); // "P", U+10EFA (class 220), then the acute (230)
    expect(original).toBe("1/NĐCP\u{10EFA}\u0301");
    expect(prepare(original).text).toBe("1/NĐCṔ\u{10EFA}");
    expect(prepare(original).map.toOriginal(prepare(original).text.length, "end")).toBe(original.length);
  });

  it("repairs look-alikes one for one: Ð (U+00D0) → Đ, en/em dashes → hyphen", () => {
    expect(repairLookAlikes("QÐ-UBND 221 – QĐ/TW 1—2")).toBe("QĐ-UBND 221 - QĐ/TW 1-2");
    expect(repairLookAlikes("QÐ").length).toBe(2);
  });

  it("reads the fraction slash (U+2044) OCR gives for a number's slash as '/': '31⁄2018/NĐ-CP', a blank '-„⁄2025/NĐ-CP'", () => {
    expect(repairLookAlikes("Nghị định số 31\u20442018/NĐ-CP")).toBe("Nghị định số 31/2018/NĐ-CP");
    // fresh36b-007's Căn cứ: the decree is found, offsets unmoved.
    const text = "Căn cứ Nghị định số 31\u20442018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ;";
    const [c] = extract(text);
    expect(c?.id).toBe("31/2018/NĐ-CP");
    expect(text.slice(c!.start, c!.end)).toContain("31\u20442018/NĐ-CP");
    // fresh45c-019's draft: a number left blank before the year is no decree "2025".
    expect(extract("hướng dẫn thực hiện Nghị định so\n-„\u20442025/NĐ-CP ngay .. . tháng ... năm 2025")).toEqual([]);
  });

  it("reads the fullwidth and small hyphen-minus (U+FF0D, U+FE63) as '-': the ký hiệu whole, not cut at them", () => {
    // Read as nothing, "61/2018/NĐ－CP" was the document "61/2018/NĐ" (another graph node) and "12－QĐ/TW" a short form.
    for (const dash of ["\uff0d", "\ufe63"]) {
      expect(repairLookAlikes(`NĐ${dash}CP`)).toBe("NĐ-CP");
      const written = `Căn cứ Nghị định số 61/2018/NĐ${dash}CP ngày 23/4/2018; Nghị quyết số 12${dash}NQ/TW ngày 5/6/2017;`;
      const found = extract(written);
      expect(found.map((c) => c.id), JSON.stringify(written)).toEqual(["61/2018/NĐ-CP", "12-NQ/TW@2017"]);
      for (const c of found) expect(c.raw).toBe(written.slice(c.start, c.end));
    }
  });

  it("reads the division slash (U+2215) and the fullwidth solidus (U+FF0F) as '/', one for one; the year after one is no number of its own", () => {
    // The fraction slash's cousins, from a formula editor's symbol and an East Asian input method's full width. Read as
    // nothing, "61∕2018/NĐ-CP" gave a decree numbered 2018 (2018/NĐ-CP@?, a document no text names) and
    // "61／2018／NĐ-CP" a short form "Nghị định số 61".
    for (const slash of ["\u2215", "\uff0f"]) {
      expect(repairLookAlikes(`Nghị định số 61${slash}2018${slash}NĐ-CP`)).toBe("Nghị định số 61/2018/NĐ-CP");
      for (const written of [`Căn cứ Nghị định số 61${slash}2018/NĐ-CP ngày 23/4/2018;`, `Căn cứ Nghị định số 61${slash}2018${slash}NĐ-CP ngày 23/4/2018;`]) {
        const found = extract(written);
        expect(found.map((c) => c.id), JSON.stringify(written)).toEqual(["61/2018/NĐ-CP"]);
        expect([found[0].start, found[0].end]).toEqual([7, written.length - 1]);
      }
    }
  });
});

describe("NFC without ICU", () => {
  it("the unorm fallback composes Vietnamese exactly as the native normalize does", () => {
    const dir = join(import.meta.dirname, "..", "..", "fixtures");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const nfd = readFileSync(join(dir, f), "utf8").normalize("NFD");
      expect(fallbackNFC(nfd)).toBe(toNFC(nfd));
    }
  });
});

describe("OffsetMap", () => {
  it("maps positions after a shortened run by the accumulated difference", () => {
    const m = new OffsetMap();
    m.addRun(2, 1, 2, 3); // original [2,5) became prepared [2,3)
    expect(m.toOriginal(0)).toBe(0);
    expect(m.toOriginal(2)).toBe(2);
    expect(m.toOriginal(3)).toBe(5);
    expect(m.toOriginal(10)).toBe(12);
    expect(m.fromOriginal(3)).toBe(2);
    expect(m.fromOriginal(12)).toBe(10);
  });
});

describe("prepare on whole documents", () => {
  it("repairs look-alikes over several pieces as one replace would", () => {
    const text = "Nghị định 61/2018/N\u00d0\u2013CP\u00a0".repeat(100_000);
    expect(repairLookAlikes(text)).toBe("Nghị định 61/2018/NĐ-CP ".repeat(100_000));
  });

  it("maps every letter of a long NFD text (a run per letter, in a typed array)", () => {
    const original = "Nghị định 61/2018/NĐ-CP. ".repeat(20_000).normalize("NFD");
    const p = prepare(original);
    expect(p.text).toBe("Nghị định 61/2018/NĐ-CP. ".repeat(20_000));
    const last = p.text.lastIndexOf("61");
    expect(original.slice(p.map.toOriginal(last), p.map.toOriginal(last + 2, "end"))).toBe("61");
    expect(p.map.fromOriginal(original.lastIndexOf("61"))).toBe(last);
  });
});
