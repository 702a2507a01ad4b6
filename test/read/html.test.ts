import { describe, it, expect } from "vitest";
import { readDocument } from "../../src/read/index.js";

const html = async (source: string, encode = (s: string) => new TextEncoder().encode(s)) =>
  (await readDocument(encode(source), { format: "html" })).text;

describe("HTML text", () => {
  it("turns block elements and <br> into line breaks and collapses whitespace", async () => {
    expect(await html("<body><h1>KẾ  HOẠCH</h1>\n<p>Căn cứ\n   Nghị định số <b>61/2018/NĐ-CP</b>;</p><div>dòng 1<br>dòng 2</div></body>"))
      .toBe("KẾ HOẠCH\nCăn cứ Nghị định số 61/2018/NĐ-CP;\ndòng 1\ndòng 2");
  });

  it("inline markup inside a citation adds no space", async () => {
    expect(await html("<p>Quyết định số <a href='#'>5165</a>/<span>QĐ-UBND</span></p>")).toBe("Quyết định số 5165/QĐ-UBND");
  });

  it("decodes entities and keeps <pre> as written", async () => {
    expect(await html("<p>KH&amp;ĐT &ndash; 5&nbsp;tháng</p><pre>a\n  b</pre>")).toBe("KH&ĐT – 5\u00a0tháng\na\n  b");
  });

  it("keeps a table row on one line, cells a tab apart", async () => {
    expect(await html("<table><tr><td>Số: 12/KH-UBND</td><td>Trà Vinh, ngày 1</td></tr><tr><td>x</td></tr></table>"))
      .toBe("Số: 12/KH-UBND\tTrà Vinh, ngày 1\nx");
  });

  it("drops scripts, styles, navigation, header, footer, aside, hidden and ARIA landmarks", async () => {
    const page = `<html><head><title>T</title><style>p{}</style></head><body>
      <header>H 1/QĐ-A</header><nav>N 2/QĐ-A</nav><div role="navigation">R 3/QĐ-A</div>
      <script>var s = "4/QĐ-A";</script><noscript>5/QĐ-A</noscript><div hidden>6/QĐ-A</div>
      <p>Nội dung 7/QĐ-A</p><aside>8/QĐ-A</aside><footer>9/QĐ-A</footer></body></html>`;
    expect(await html(page)).toBe("Nội dung 7/QĐ-A");
  });

  it("prefers <main> when the page has one", async () => {
    expect(await html("<body><div class='menu'>Trang chủ</div><main><p>Văn bản</p></main></body>")).toBe("Văn bản");
  });

  it("honours a declared charset, and falls back to Windows-1252 without one", async () => {
    const latin = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
    // TCVN3 pages were served as ISO-8859-1: the mojibake is then converted.
    expect(await html("<meta charset='iso-8859-1'><p>QuyÕt ®Þnh sè 12/Q§-UBND cña ñy ban nh©n d©n tØnh</p>", latin))
      .toBe("Quyết định số 12/QĐ-UBND của ủy ban nhân dân tỉnh");
    expect(await html("<p>Nghò ñònh soá 12/NÑ-CP cuûa Chính phuû</p>", latin)).toBe("Nghị định số 12/NĐ-CP của Chính phủ");
  });

  it("reads a page whose declared charset has no decoder as UTF-8, and says so ('unknown-charset')", async () => {
    // VNI pages declared the font's name as their charset; no decoder has it.
    const page = "<meta charset='x-vni'><p>Quyết định số 12/QĐ-UBND</p>";
    const result = await readDocument(new TextEncoder().encode(page), { format: "html" });
    expect(result.text).toBe("Quyết định số 12/QĐ-UBND");
    expect(result.warnings.map((w) => w.code)).toEqual(["unknown-charset"]);
    // Not UTF-8 either: read as Windows-1252, said too.
    const latin = await readDocument(new Uint8Array(Buffer.from("<meta charset='x-vni'><p>Quy\xe9t</p>", "latin1")), { format: "html" });
    expect(latin.warnings.map((w) => w.code)).toEqual(["unknown-charset", "single-byte"]);
  });
});
