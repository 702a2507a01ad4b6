/**
 * docx-text.ts against its oracle, mammoth's extractRawText: the same raw text for the fixtures,
 * for each construct it models, and for random documents mixing them; null (mammoth reads it)
 * for what it does not model.
 */
import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { docxRawText } from "../../src/read/docx-text.js";
import { readDocument } from "../../src/read/index.js";
import { entryBytes, zipEntries } from "../../src/read/zip-bound.js";
import { makeZip } from "../hostile/make-files.js";
import { formatFile } from "./helpers.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`;
const document = (body: string, ns = NS) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`;

function docx(xml: string): Buffer {
  return makeZip({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.org/" TargetMode="External"/></Relationships>',
    "word/document.xml": xml,
  });
}

async function oracle(xml: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx(xml) })).value;
}

/** `xml` is a whole part, or the body of one. */
async function same(part: string): Promise<void> {
  const xml = part.startsWith("<?xml") ? part : document(part);
  const fast = docxRawText(xml);
  expect(fast, "read without mammoth").not.toBeNull();
  expect(fast).toBe(await oracle(xml));
}

const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.join("")}</w:p>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (content: string, props = "") => `<w:tc><w:tcPr><w:tcW w:w="100"/>${props}</w:tcPr>${content}</w:tc>`;
const row = (...cells: string[]) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>${rows.join("")}</w:tbl>`;
const textbox = (content: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${p(r("choice"))}</w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

describe("docx raw text without mammoth", () => {
  it("gives mammoth's text for the fixture .docx files", async () => {
    for (const name of ["002_4540b16e731d674a.docx", "001_69a87f8fa69e4c9a.tcvn3.docx"]) {
      const bytes = readFileSync(formatFile(name));
      const entry = zipEntries(bytes).find((e) => e.name === "word/document.xml")!;
      const xml = new TextDecoder().decode(await entryBytes(bytes, entry, 1 << 24));
      expect(docxRawText(xml)).toBe((await mammoth.extractRawText({ buffer: bytes })).value);
    }
  });

  it("reads runs, tabs, breaks, hyphens, entities and line ends as mammoth does", async () => {
    await same(p(r("Căn cứ"), "<w:r><w:tab/><w:t>Nghị định</w:t><w:br/><w:br w:type=\"page\"/><w:noBreakHyphen/><w:softHyphen/></w:r>", r("a &amp; b &lt;c&gt; &#x1D11E; &#273;")));
    await same(p(r("line\r\nend\rx&#13;y"), r("   "), "<w:r><w:t/></w:r>", "<w:r><w:t><![CDATA[gone]]></w:t></w:r>", "<w:r><w:t><!-- c --></w:t></w:r>"));
    await same(p() + "<w:p/>" + p(r("x")) + "<w:p></w:p>");
  });

  it("skips what mammoth skips: deletions, moves away, field codes, properties, drawings", async () => {
    await same(p(r("kept"), "<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>", "<w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>"));
    await same(p("<w:moveFrom><w:r><w:t>from</w:t></w:r></w:moveFrom>", "<w:moveTo><w:r><w:t>to</w:t></w:r></w:moveTo>"));
    await same(p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("link text"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'));
    await same(p('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr descr="alt"/></wp:inline></w:drawing></w:r>', r("after")));
    await same(p('<w:hyperlink r:id="rId9">', r("a"), "</w:hyperlink>", '<w:hyperlink w:anchor="x">', r("b"), "</w:hyperlink><w:hyperlink>", r("c"), "</w:hyperlink>"));
    await same(p("<w:smartTag><w:r><w:t>s</w:t></w:r></w:smartTag><w:customXml><w:r><w:t>c</w:t></w:r></w:customXml><w:unknown><w:r><w:t>u</w:t></w:r></w:unknown>"));
    await same(`<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p(r("in sdt"))}</w:sdtContent><w:sdtContent>${p(r("second"))}</w:sdtContent></w:sdt>`);
  });

  it("joins a deleted paragraph to the next, and drops one at the end", async () => {
    const deleted = (text: string) => `<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>${r(text)}</w:p>`;
    await same(p(r("a")) + deleted("b") + deleted("c") + p(r("d")) + deleted("e"));
    // Only the first w:rPr of the first w:pPr counts.
    await same(`<w:p><w:pPr><w:rPr/><w:rPr><w:del/></w:rPr></w:pPr>${r("x")}</w:p><w:p><w:pPr/><w:pPr><w:rPr><w:del/></w:rPr></w:pPr>${r("y")}</w:p>` + p(r("z")));
  });

  it("places text boxes after their paragraph, and drops one outside any paragraph", async () => {
    await same(p(r("before"), textbox(p(r("box 1")) + p(r("box 2"))), r("after")) + p(r("next")));
    await same(`<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p(r("lost"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>` + p(r("kept")));
    await same(table(row(cell(p(r("c"), textbox(p(r("in cell box")))))) ));
  });

  it("leaves out the cells a vertical merge continues, unless the table holds more than rows of cells", async () => {
    const merged = table(
      row(cell(p(r("a")), '<w:vMerge w:val="restart"/>'), cell(p(r("b")), '<w:gridSpan w:val="2"/>')),
      row(cell(p(r("a2")), "<w:vMerge/>"), cell(p(r("b2"))), cell(p(r("c2")), '<w:vMerge w:val="continue"/>')),
      row(cell(p(r("a3")), '<w:vMerge w:val="continue"/>'), cell(p(r("b3")), "<w:vMerge/>")),
    );
    await same(merged);
    await same(merged.replace("<w:tblGrid>", '<w:bookmarkStart w:id="0" w:name="x"/><w:tblGrid>'));
    await same(merged.replace("<w:tblGrid>", '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:tblGrid>'));
    await same(table(row(cell(p(r("x")))), `<w:tr><w:trPr><w:del/></w:trPr>${cell(p(r("deleted row")))}</w:tr>`, row(cell(table(row(cell(p(r("nested")))))))));
  });

  it("resolves namespaces by URI, whatever the prefix, Strict documents too", async () => {
    await same(`<?xml version="1.0"?><x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t>prefix x</x:t></x:r></x:p></x:body></x:document>`);
    await same(`<?xml version="1.0"?><document xmlns="${W}"><body><p><r><t>default</t></r></p></body></document>`);
    await same(`<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>strict</w:t></w:r></w:p></w:body></w:document>`);
  });

  it("leaves to mammoth what it does not model: symbols, check boxes, markup it cannot scan", async () => {
    expect(docxRawText(document(p('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>')))).toBeNull();
    expect(docxRawText(document(`<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>${p(r("☐"))}</w:sdtContent></w:sdt>`))).toBeNull();
    expect(docxRawText(document(p(r("a &nbsp; b"))))).toBeNull();
    expect(docxRawText(document(p(r("unclosed")) + "<w:p>"))).toBeNull();
    expect(docxRawText(document(p(r("a &constructor; b"))))).toBeNull();
    // Names of Object.prototype's members are elements like any other.
    expect(docxRawText(document("<w:p><w:r><constructor/><toString/><w:t>x</w:t></w:r></w:p>"))).toBe("x\n\n");
    expect(docxRawText('<!DOCTYPE x [<!ENTITY e "boom">]><w:document xmlns:w="x"><w:body/></w:document>')).toBeNull();
    // readDocument still gives mammoth's text for them.
    const sym = document(p(r("tick"), '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'));
    expect((await readDocument(docx(sym), { path: "s.docx" })).text).toBe((await oracle(sym)).replace(/\n\n/g, "\n").replace(/\n+$/, ""));
  });

  it("reads a document too large for mammoth approximately, with a warning, when it holds what only mammoth reads", async () => {
    const sym = p(r("tick "), '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', r(" done"));
    const box = `<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>${p(r("☐"), r(" box"))}</w:sdtContent></w:sdt>`;
    expect(docxRawText(document(sym + box), true)).toBe("tick  done\n\n☐ box\n\n");
    const large = document("<w:p/>".repeat(250_000) + sym);
    const result = await readDocument(docx(large), { path: "large.docx" });
    expect(result.text).toBe("\n".repeat(250_000) + "tick  done");
    expect(result.warnings.map((w) => w.code)).toEqual(["docx-approximate"]);
  });

  it("gives mammoth's text for random documents mixing every modelled construct", async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const words = ["Căn cứ", " Nghị định 61/2018/NĐ-CP", "", " ", "a&amp;b", "x\r\ny"];
    const inline = (depth: number): string => {
      const k = random(depth > 2 ? 3 : 9);
      if (k <= 1) return r(words[random(words.length)]);
      if (k === 2) return "<w:r><w:tab/><w:br/></w:r>";
      if (k === 3) return `<w:ins>${inline(depth + 1)}</w:ins><w:del>${inline(depth + 1)}</w:del>`;
      if (k === 4) return `<w:hyperlink${random(2) ? ' r:id="rId9"' : ""}>${inline(depth + 1)}</w:hyperlink>`;
      if (k === 5) return textbox(block(depth + 1));
      if (k === 6) return '<w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkEnd w:id="1"/>';
      if (k === 7) return `<w:smartTag>${inline(depth + 1)}</w:smartTag>`;
      return `<w:sdt><w:sdtContent>${inline(depth + 1)}</w:sdtContent></w:sdt>`;
    };
    const paragraph = (depth: number): string => {
      const runs = Array.from({ length: random(4) }, () => inline(depth)).join("");
      return random(6) === 0 ? `<w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr>${runs}</w:p>` : `<w:p>${runs}</w:p>`;
    };
    const tableOf = (depth: number): string => {
      const rows = Array.from({ length: 1 + random(3) }, () =>
        row(...Array.from({ length: 1 + random(3) }, () => cell(block(depth + 1), ["", "<w:vMerge/>", '<w:vMerge w:val="restart"/>', '<w:gridSpan w:val="2"/>'][random(4)]))),
      );
      return table(...rows);
    };
    const block = (depth: number): string =>
      Array.from({ length: 1 + random(3) }, () => (depth < 2 && random(4) === 0 ? tableOf(depth) : paragraph(depth))).join("");
    for (let i = 0; i < 150; i++) await same(document(block(0)));
  });
});
