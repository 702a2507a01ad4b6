import { describe, it, expect } from "vitest";
import { readDocument, ReadError } from "../../src/read/index.js";
import { encodeLegacy } from "../../src/shared/legacy-encoding.js";
import { fixtureText, formatFile } from "./helpers.js";

const SAMPLE = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: "le" | "be"): Uint8Array {
  const out: number[] = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

const read = (data: Uint8Array, path = "plan.txt") => readDocument(data, { path });

/** Text as a Windows-1258 editor writes it: each letter without its tone, then the tone's combining byte. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const code = new Map<string, number>();
  for (let b = 0; b < 256; b++) code.set(decoder.decode(new Uint8Array([b])), b);
  const tone = /[\u0300\u0301\u0303\u0309\u0323]/;
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const marks = [...ch.normalize("NFD")];
    const base = marks.filter((m) => !tone.test(m)).join("").normalize("NFC");
    for (const c of [base, ...marks.filter((m) => tone.test(m))]) out.push(code.get(c) ?? 0x3f);
  }
  return new Uint8Array(out);
}

describe("text files", () => {
  it("UTF-8 is returned exactly as Node reads it (fixture offsets stay valid)", async () => {
    const text = fixtureText("000_d68bdff47092aead.txt");
    const result = await readDocument(formatFile("../000_d68bdff47092aead.txt"));
    expect(result).toEqual({ text, format: "text", warnings: [] });
  });

  it("strips a UTF-8 byte order mark", async () => {
    expect((await read(bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE)))).text).toBe(SAMPLE);
  });

  it("reads UTF-16 LE and BE with a byte order mark", async () => {
    expect((await read(utf16(SAMPLE, "le"))).text).toBe(SAMPLE);
    expect((await read(utf16(SAMPLE, "be"))).text).toBe(SAMPLE);
  });

  it("invalid UTF-8 is a ReadError 'invalid-utf8' naming the file and the byte", async () => {
    const data = bytes(utf8("Quyết định "), [0xc3, 0x28], utf8(" số 12/QĐ-UBND"));
    const error = await read(data, "dir/plan.txt").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: "invalid-utf8", path: "dir/plan.txt" });
    expect((error as Error).message).toMatch(/^dir\/plan\.txt: .*offset 16\b/);
  });

  it("the byte named is the first TextDecoder refuses: an encoded surrogate, an overlong form, past U+10FFFF", async () => {
    // "Quyết định " is 16 bytes; each bad sequence follows it.
    for (const bad of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0xaf], [0xf0, 0x80, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      const data = bytes(utf8("Quyết định "), bad, utf8(" số 12/QĐ-UBND"));
      const error = await read(data, "plan.txt").catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "invalid-utf8" });
      expect((error as Error).message).toMatch(/offset 16\b/);
    }
  });

  it("a long UTF-8 text with one damaged byte is still an error, not a legacy guess", async () => {
    const good = utf8(fixtureText("002_4540b16e731d674a.txt"));
    const damaged = bytes(good.subarray(0, 500), [0xff], good.subarray(500));
    await expect(read(damaged)).rejects.toMatchObject({ code: "invalid-utf8" });
  });

  it("a NUL byte anywhere makes a .txt a ReadError 'binary'", async () => {
    await expect(read(bytes(utf8("abc"), [0, 1, 2], utf8("def")))).rejects.toMatchObject({ code: "binary", path: "plan.txt" });
    const late = new Uint8Array(100_000).fill(0x41);
    late[99_000] = 0;
    await expect(read(late)).rejects.toMatchObject({ code: "binary" });
  });

  it("random high bytes are not taken for a legacy encoding", async () => {
    // A seeded generator: the same bytes on every run. 0x80-0xFF only, so no NUL and no ASCII.
    let seed = 7;
    const random = new Uint8Array(20_000).map(() => 0x80 + ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) % 0x80);
    await expect(read(random)).rejects.toMatchObject({ code: "invalid-utf8" });
    // Binary controls among otherwise plausible bytes.
    const controls = new Uint8Array(Buffer.from(encodeLegacy(SAMPLE.repeat(20), "tcvn3"), "latin1")).map((b, i) => (i % 50 === 0 ? 0x01 : b));
    await expect(read(controls)).rejects.toMatchObject({ code: "invalid-utf8" });
  });

  it("a UTF-8 page converts the long legacy paragraph under its Unicode header, and says so", async () => {
    // A download site's page: its Unicode title and description, then the document's TCVN3 body as one paragraph.
    const header = "Nghị định 102/2004/NĐ-CP của Chính phủ\n\nChia sẻ: Phạm Vân Sơn | Ngày: | Loại File: DOC | Số trang:7\n\nNội dung Text: Nghị định 102/2004/NĐ-CP của Chính phủ\n\n";
    const body = SAMPLE.trim().repeat(3);
    const result = await read(utf8(header + encodeLegacy(body, "tcvn3")));
    expect(result.text).toBe(header + body);
    expect(result.warnings.map((w) => w.code)).toEqual(["legacy-encoding"]);
    expect(result.warnings[0].message).toMatch(/^paragraphs in the legacy TCVN3/);
  });

  it("single-byte TCVN3 and VNI files are decoded and converted, with warnings", async () => {
    for (const encoding of ["tcvn3", "vni"] as const) {
      const data = new Uint8Array(Buffer.from(encodeLegacy(SAMPLE, encoding), "latin1"));
      const result = await read(data);
      expect(result.text).toBe(SAMPLE);
      expect(result.warnings.map((w) => w.code)).toEqual(["single-byte", "legacy-encoding"]);
    }
  });

  it("Windows-1258 files are decoded to composed Unicode", async () => {
    // "Căn cứ Nghị định" in Windows-1258: base letters plus combining tone marks.
    const data = bytes(utf8("C"), [0xe3], utf8("n c"), [0xfd, 0xec], utf8(" Ngh"), [0x69, 0xf2], utf8(" "), [0xf0], [0x69, 0xf2], utf8("nh"));
    const result = await read(data);
    expect(result.text).toBe("Căn cứ Nghị định");
    expect(result.warnings.map((w) => w.code)).toEqual(["windows-1258"]);
  });

  it("a Windows-1258 text full of ngã tones and capital Đ is Windows-1258, though some of its words pass for TCVN3", async () => {
    // Under Windows-1252, "Quỹ" in Windows-1258 reads "QuyÞ" and "Điều" "ÐiêÌu": TCVN3 letters.
    const text =
      "Căn cứ Nghị định số 94/2014/NĐ-CP ngày 17 tháng 10 năm 2014 của Chính phủ về Quỹ phòng, chống thiên tai;\n" +
      "Điều 1. Quỹ hỗ trợ mỗi xã bị bão, lũ; miễn đóng Quỹ cho hộ nghèo.\n" +
      "Điều 2. Đối tượng được miễn, giảm: mỗi hộ ở xã bị bão lũ, kỹ thuật viên của Quỹ.\n" +
      "Điều 3. Đơn vị chủ trì: Sở Nông nghiệp.\n";
    const result = await read(windows1258(text));
    expect(result.warnings.map((w) => w.code)).toEqual(["windows-1258"]);
    expect(result.text).toBe(text);
  });

  it("form feeds (pdftotext output) become pages", async () => {
    const result = await read(utf8("page one\fpage two\f"));
    expect(result.pages).toEqual([{ start: 0, end: 8 }, { start: 9, end: 17 }]);
    expect((await read(utf8("no pages"))).pages).toBeUndefined();
  });

  it("pages stay right when VNI conversion shortens the text", async () => {
    const pages = [SAMPLE, "Thực hiện Kế hoạch số 103/KH-UBND của Ủy ban nhân dân tỉnh", "Nơi nhận: Sở Nội vụ"];
    const data = new Uint8Array(Buffer.from(encodeLegacy(pages.join("\f"), "vni"), "latin1"));
    const result = await read(data);
    expect(result.text).toBe(pages.join("\f"));
    expect(result.pages!.map((p) => result.text.slice(p.start, p.end))).toEqual(pages);
  });

  it("a .txt that starts like HTML stays text; an unnamed one is sniffed", async () => {
    const html = utf8("<html><body><p>Quyết định số 12/QĐ-UBND</p></body></html>");
    expect((await read(html, "notes.txt")).format).toBe("text");
    expect((await readDocument(html)).format).toBe("html");
    expect((await readDocument(utf8(SAMPLE))).format).toBe("text");
  });

  it("options.format overrides detection", async () => {
    const result = await readDocument(utf8("<p>a</p><p>b</p>"), { path: "x.txt", format: "html" });
    expect(result).toMatchObject({ format: "html", text: "a\nb" });
  });

  it("options.convertLegacy: false leaves mojibake alone", async () => {
    const legacy = utf8(encodeLegacy(SAMPLE, "vni"));
    expect((await readDocument(legacy, { convertLegacy: false })).text).toBe(encodeLegacy(SAMPLE, "vni"));
  });
});

describe("a file with no text", () => {
  // An empty download, a page whose text a script would have drawn, a document saved blank: nothing
  // to read, as a scanned PDF has nothing, so the caller (and the CLI's exit code) hears of it.
  it("is a ReadError 'empty' in every format: no bytes, blanks only, a byte order mark alone, an empty page or .docx", async () => {
    const { makeDocx } = await import("../hostile/make-files.js");
    const cases: [string, Uint8Array][] = [
      ["none.txt", new Uint8Array(0)],
      ["blanks.txt", utf8(" \n\t\r\n  \u00a0\n")],
      ["bom.txt", bytes([0xef, 0xbb, 0xbf])],
      ["bom16.txt", bytes([0xff, 0xfe])],
      ["page.html", utf8("<!doctype html><html><head><title>x</title><script>var a = 1;</script></head><body>\n  </body></html>")],
      ["blank.docx", makeDocx(["", " "])],
      ["none.md", new Uint8Array(0)],
    ];
    for (const [path, data] of cases) {
      const error = await readDocument(data, { path }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, path).toBeInstanceOf(ReadError);
      expect(error, path).toMatchObject({ code: "empty", path, message: `${path}: holds no text` });
    }
  });

  it("a single character is text", async () => {
    expect((await read(utf8("x"))).text).toBe("x");
  });
});
