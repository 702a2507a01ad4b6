import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { decodeLegacy, decodeLegacyParagraphs, detectLegacyEncoding, encodeLegacy } from "../../src/shared/legacy-encoding.js";
import { TCVN3_LOWER, TCVN3_UPPER, VNI_LOWER } from "../../src/vocab/legacy-encodings.js";
import { fixtureText } from "../read/helpers.js";

/** Every Vietnamese letter with a diacritic: 12 vowels x tones, the hat/horn/breve vowels, đ. */
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // none, huyền, sắc, hỏi, ngã, nặng
const LOWER = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))).filter((l) => !/^[aeiouy]$/.test(l)),
  "đ",
];
const UPPER = LOWER.map((l) => l.toUpperCase());
const ALL = [...LOWER, ...UPPER];

const FIXTURES = ["000_d68bdff47092aead.txt", "001_69a87f8fa69e4c9a.txt", "002_4540b16e731d674a.txt", "003_b25d2e1b7847da88.txt", "004_2d26f027d69bfb37.txt"];

describe("legacy tables", () => {
  it("cover the 134 accented letters", () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set(ALL).size).toBe(134);
    expect(new Set(VNI_LOWER.map(([u]) => u))).toEqual(new Set(LOWER));
    expect(new Set(TCVN3_LOWER.map(([u]) => u))).toEqual(new Set(LOWER));
    expect(TCVN3_UPPER.map(([u]) => u)).toEqual(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]);
  });

  it("have no two letters with one legacy spelling", () => {
    const tcvn = [...TCVN3_LOWER, ...TCVN3_UPPER].map(([, l]) => l);
    expect(new Set(tcvn).size).toBe(tcvn.length);
    const vni = VNI_LOWER.flatMap(([, l]) => [l, l.toUpperCase()]);
    expect(new Set(vni).size).toBe(vni.length);
  });

  it("spell TCVN3 in single characters U+00A1-U+00FE (one byte each)", () => {
    for (const [, l] of [...TCVN3_LOWER, ...TCVN3_UPPER]) expect(l).toMatch(/^[\u00A1-\u00FE]$/);
  });
});

describe("VNI round trip", () => {
  it.each(ALL)("%s alone and inside a word", (letter) => {
    expect(decodeLegacy(encodeLegacy(letter, "vni"), "vni")).toBe(letter);
    const word = `Ng${letter}nh`;
    expect(decodeLegacy(encodeLegacy(word, "vni"), "vni")).toBe(word);
  });

  it("all 134 letters in one text", () => {
    const text = ALL.join(" ");
    expect(decodeLegacy(encodeLegacy(text, "vni"), "vni")).toBe(text);
  });

  it("decodes the textbook examples", () => {
    expect(decodeLegacy("Nghò ñònh soá 61/2018/NÑ-CP cuûa Chính phuû", "vni")).toBe("Nghị định số 61/2018/NĐ-CP của Chính phủ");
    expect(decodeLegacy("QUYEÁT ÑÒNH", "vni")).toBe("QUYẾT ĐỊNH");
  });
});

describe("TCVN3 round trip", () => {
  it.each(LOWER)("lowercase %s", (letter) => {
    expect(decodeLegacy(encodeLegacy(letter, "tcvn3"), "tcvn3")).toBe(letter);
    expect(decodeLegacy(encodeLegacy(`ng${letter}nh`, "tcvn3"), "tcvn3")).toBe(`ng${letter}nh`);
  });

  // TCVN3 has codes for these capitals only; the others were typed as lowercase codes in the
  // ".VnTimeH" font, so their case comes back from an all-caps word around them.
  it.each(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])("uppercase %s has its own code", (letter) => {
    expect(decodeLegacy(encodeLegacy(letter, "tcvn3"), "tcvn3")).toBe(letter);
  });

  it.each(UPPER)("uppercase %s inside an all-caps word", (letter) => {
    expect(decodeLegacy(encodeLegacy(`NG${letter}NH`, "tcvn3"), "tcvn3")).toBe(`NG${letter}NH`);
    expect(decodeLegacy(encodeLegacy(`${letter}NG`, "tcvn3"), "tcvn3")).toBe(`${letter}NG`);
  });

  it("a lone toned capital in a lowercase word comes back lowercase", () => {
    expect(decodeLegacy(encodeLegacy("Ủy ban", "tcvn3"), "tcvn3")).toBe("ủy ban");
  });

  it("decodes the textbook examples", () => {
    expect(decodeLegacy("QuyÕt ®Þnh sè 61/2018/N§-CP cña ChÝnh phñ", "tcvn3")).toBe("Quyết định số 61/2018/NĐ-CP của Chính phủ");
    expect(decodeLegacy("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "tcvn3")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(decodeLegacy("Bé T­ ph¸p", "tcvn3")).toBe("Bộ Tư pháp");
  });

  // audit62: a line ends at "\r", U+2028 or U+2029 as at "\n" (the rest of the reading takes them so): split at "\n"
  // alone, an all-capitals line's case went on to the next line's first word ("Sè:" read "SỐ:", the own number lost).
  it("ends a line at '\\r', U+2028 and U+2029 as at '\\n': the capitals of the line before are not the next word's", () => {
    const lines = "BỘ TÀI CHÍNH\nSố: 12/QĐ-BTC";
    expect(decodeLegacy(encodeLegacy(lines, "tcvn3"), "tcvn3")).toBe(lines);
    for (const end of ["\r", "\r\n", "\u2028", "\u2029"]) expect(decodeLegacy(encodeLegacy(lines.replace("\n", end), "tcvn3"), "tcvn3")).toBe(lines.replace("\n", end));
  });
});

describe("detectLegacyEncoding", () => {
  it.each(FIXTURES)("stays silent on Unicode Vietnamese: %s, NFC and NFD", (name) => {
    const text = fixtureText(name);
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(detectLegacyEncoding(text.normalize("NFD"))).toBeNull();
    expect(detectLegacyEncoding(text.normalize("NFC"))).toBeNull();
  });

  it("stays silent on all 134 letters in Unicode, and on other languages", () => {
    expect(detectLegacyEncoding(ALL.join(" "))).toBeNull();
    expect(detectLegacyEncoding(ALL.map((l) => `th${l}ng`).join(" "))).toBeNull();
    expect(detectLegacyEncoding("Ça coûte très cher à Noël, où êtes-vous? Über die Brücke, señor, año 2021.")).toBeNull();
    expect(detectLegacyEncoding("Section § 12 (c) © 2021 ® 25°C ± 2")).toBeNull();
    expect(detectLegacyEncoding("")).toBeNull();
  });

  it.each(FIXTURES)("recognises %s in TCVN3 and in VNI", (name) => {
    const text = fixtureText(name);
    expect(detectLegacyEncoding(encodeLegacy(text, "tcvn3"))).toBe("tcvn3");
    expect(detectLegacyEncoding(encodeLegacy(text, "vni"))).toBe("vni");
  });

  it("recognises a single legacy sentence", () => {
    expect(detectLegacyEncoding("Quy¸t ®Þnh sè 12/Q§-UBND cña ñy ban nh©n d©n tØnh")).toBe("tcvn3");
    expect(detectLegacyEncoding("Nghò ñònh soá 12/NÑ-CP cuûa Chính phuû veà vieäc")).toBe("vni");
  });

  it("converts only the legacy words of a mostly-legacy text with a Unicode heading", () => {
    const heading = "Cổng thông tin điện tử tỉnh Trà Vinh\n";
    const body = fixtureText("002_4540b16e731d674a.txt");
    for (const encoding of ["tcvn3", "vni"] as const) {
      const mixed = heading + encodeLegacy(body, encoding);
      expect(detectLegacyEncoding(mixed)).toBe(encoding);
      expect(decodeLegacy(mixed, encoding).toLowerCase()).toBe((heading + body).normalize("NFC").toLowerCase());
    }
  });

  it("stays silent on a Unicode text quoting a few legacy words", () => {
    const body = fixtureText("002_4540b16e731d674a.txt");
    expect(detectLegacyEncoding(body + encodeLegacy("Quyết định của Ủy ban nhân dân tỉnh", "tcvn3"))).toBeNull();
  });
});

describe("decodeLegacyParagraphs", () => {
  // tailieu.vn's "Nội dung Text" pages: a Unicode page header (title, uploader, description) over the
  // document's TCVN3 body flattened into one paragraph; the header's words keep the whole text under
  // detectLegacyEncoding's bar.
  const header = [
    "Nghị định 102/2004/NĐ-CP của Chính phủ",
    "Chia sẻ: Phạm Vân Sơn | Ngày: | Loại File: DOC | Số trang:7",
    "Mô tả tài liệu",
    "  Download Vui lòng tải xuống để xem tài liệu đầy đủ",
    "Nghị định 102/2004/NĐ-CP của Chính phủ về việc quy định chi tiết thi hành một số điều của Pháp lệnh Cơ yếu về chế độ, chính sách đối với người làm công tác cơ yếu nghỉ hưu, chuyển ngành, thôi việc hoặc chuyển sang làm công tác khác trong tổ chức cơ yếu",
    "Nội dung Text: Nghị định 102/2004/NĐ-CP của Chính phủ",
  ].join("\n\n");
  const body =
    "  1. v¨n phßng quèc héi c¬ së d÷ liÖu luËt viÖt nam LAWDATA NghÞ ®Þnh Cña chÝnh phñ Sè 102/2004/N§-CP ngµy 27 th¸ng 02 n¨m 2004 " +
    "Quy ®Þnh chi tiÕt thi hµnh mét sè ®iÒu cña Ph¸p lÖnh C¬ yÕu ChÝnh phñ C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m 2001; " +
    "C¨n cø Ph¸p lÖnh C¬ yÕu ngµy 04 th¸ng 4 n¨m 2001; XÐt ®Ò nghÞ cña Bé tr\u00adëng Bé Tµi chÝnh";
  const page = `${header}\n\n${body}`;

  it("converts a long legacy paragraph under a Unicode page header the whole-text bar lets pass", () => {
    expect(detectLegacyEncoding(page)).toBeNull();
    const out = decodeLegacyParagraphs(page);
    expect(out?.encoding).toBe("tcvn3");
    expect(out?.text.startsWith(header)).toBe(true);
    expect(out?.text).toContain("Số 102/2004/NĐ-CP ngày 27 tháng 02 năm 2004");
    expect(out?.text).toContain("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001");
    expect(out?.text).toHaveLength(page.length);
  });

  it("leaves a short quoted legacy phrase and ordinary Unicode text as they are", () => {
    const text = fixtureText("002_4540b16e731d674a.txt");
    expect(decodeLegacyParagraphs(text)).toBeNull();
    expect(decodeLegacyParagraphs(`${header}\n${encodeLegacy("Quyết định của Ủy ban nhân dân tỉnh", "tcvn3")}`)).toBeNull();
    // A long Unicode line with units and signs: its Vietnamese words outnumber them.
    const units = "Bảo quản ở nhiệt độ từ 2°C đến 8°C, tránh ánh sáng; kích thước hạt không quá 10µm, độ ẩm dưới 60%, nồng độ ±5%; ";
    expect(decodeLegacyParagraphs(`${header}\n${units.repeat(3)}`)).toBeNull();
  });

  it("reads a VNI paragraph the same way", () => {
    const vni = encodeLegacy("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Xét đề nghị của Giám đốc Sở Tư pháp", "vni");
    const out = decodeLegacyParagraphs(`${header}\n\n${vni}`);
    expect(out?.encoding).toBe("vni");
    expect(out?.text).toContain("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ");
  });
});

describe("legacy signs are letters' spellings, never symbols", () => {
  it("takes no markdown table row for TCVN3 for its \"(×2)\"s (fixtures/fresh/MISSES-s54-extras.md, its class D row)", () => {
    const notes = readFileSync(new URL("../../fixtures/fresh/MISSES-s54-extras.md", import.meta.url), "utf8");
    const row = notes.split("\n").find((l) => l.startsWith("| D | copy, OCR or page damage"))!;
    expect(row.match(/×/g)?.length).toBeGreaterThanOrEqual(3);
    expect(detectLegacyEncoding(row)).toBeNull();
    expect(decodeLegacyParagraphs(notes)).toBeNull();
  });

  it("counts no symbol TCVN3 spells no letter with (° ² ±) as a sign", () => {
    expect(detectLegacyEncoding("Nhiet do 25°C, dien tich 30 m², sai so ±2 do, do am 80%. ".repeat(10))).toBeNull();
  });
});

describe("decodeLegacy tells each change of length", () => {
  it("a VNI letter of two units is one: told where, in both texts", () => {
    const changes: number[][] = [];
    const text = "Nghò ñònh soá 15/CP\nngaøy 02";
    const out = decodeLegacy(text, "vni", (...c) => changes.push(c));
    expect(out).toBe("Nghị định số 15/CP\nngày 02");
    // "oá" at 11 is "ố" at 11; "aø" at 22 (past the line break) is "à" at 21.
    expect(changes).toEqual([[11, 1, 11, 2], [21, 1, 22, 2]]);
  });

  it("TCVN3 keeps one unit for one: nothing told", () => {
    const changes: number[][] = [];
    expect(decodeLegacy("NghÞ ®Þnh sè 15/CP", "tcvn3", (...c) => changes.push(c))).toBe("Nghị định số 15/CP");
    expect(changes).toEqual([]);
  });
});
