/** sniffFormat reads a file's head one character per byte: the same answers as Windows-1252 decoding gave. */
import { describe, expect, it } from "vitest";
import { sniffFormat, type Sniffed } from "../../src/read/format.js";

/** sniffFormat as it was, with TextDecoder("latin1") (Windows-1252, which maps 0x80-0x9F elsewhere). */
function windows1252Sniff(bytes: Uint8Array): Sniffed | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (head.startsWith("PK\x03\x04")) return "docx";
  if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "doc";
  if (head.startsWith("{\\rtf")) return "rtf";
  if (/^(?:\xEF\xBB\xBF)?\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head) || /<(?:html|body)[\s>]/i.test(head)) return "html";
  return null;
}

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

describe("sniffFormat", () => {
  it("tells the signatures apart, bytes 0x80-0x9F around them changing nothing", () => {
    const c1 = String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 0x80 + i));
    const heads = [
      "%PDF-1.4", "junk\x85%PDF-1.7", "PK\x03\x04rest", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "{\\rtf1\\ansi",
      "\xEF\xBB\xBF  <!DOCTYPE html>", "<?xml version=\"1.0\"\x85\x9f?>\n<HTML>", `${c1}<body>`, `<ht\x8aml>`, `x<html\x85`,
      `x<html\xa0`, "<bodY\t", `Căn cứ ${c1} Luật`, "", "\x81\x8d\x8f\x90\x9d",
    ];
    for (const head of heads) {
      const bytes = latin1(head);
      expect(sniffFormat(bytes), JSON.stringify(head)).toBe(windows1252Sniff(bytes));
    }
    expect(sniffFormat(latin1("\x85<html>"))).toBe("html");
  });

  it("reads only its view of a larger buffer, and only the first 1024 bytes", () => {
    const whole = latin1("%PDF-" + " ".repeat(1100) + "<html>");
    expect(sniffFormat(whole.subarray(5, 1100))).toBe(null);
    expect(sniffFormat(whole.subarray(5))).toBe(null);
    expect(sniffFormat(whole.subarray(0, 5))).toBe("pdf");
    const later = latin1(" ".repeat(1020) + "<html>");
    expect(sniffFormat(later)).toBe(windows1252Sniff(later));
    expect(sniffFormat(later.subarray(100))).toBe("html");
  });

  it("gives Windows-1252's answer on random heads", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const pieces = ["<html>", "<body ", "%PDF-", "<!doctype html", "<?xml ?>", "\x85", "\x9f", " ", "\n", "a"];
    for (let run = 0; run < 500; run++) {
      let head = next() % 3 === 0 ? "\xEF\xBB\xBF" : "";
      const n = next() % 12;
      for (let i = 0; i < n; i++) head += next() % 2 ? pieces[next() % pieces.length] : String.fromCharCode(next() % 256);
      const bytes = latin1(head);
      expect(sniffFormat(bytes), JSON.stringify(head)).toBe(windows1252Sniff(bytes));
    }
  });
});
