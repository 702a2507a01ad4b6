import { describe, expect, it } from "vitest";
import { readLinkTitleLeaks } from "../../src/prepare/link-title-leaks.js";
import { textAsRead } from "../../src/prepare/line-breaks.js";
import { analyze } from "../../src/analyze/index.js";
import { extract } from "../../src/extract.js";
import { cpuRatio } from "../helpers/linear.js";

// A Căn cứ item whose circular's number a site had linked, the link's title left before it (fresh60a-007, fresh59d-007).
const ITEM = 'Căn cứ Thông tư số 99/2015/NĐ-CP Luật Nhà ở">19/2016/TT-BXD ngày 30 tháng 6 năm 2016 của Bộ Xây dựng hướng dẫn thực hiện một số nội dung của Luật Nhà ở và Nghị định số 99/2015/NĐ-CP ngày 20 tháng 10 năm 2015 của Chính phủ;';

describe("readLinkTitleLeaks", () => {
  it("reads the leaked title after 'số', its closing quote and bracket with it, as spaces, one for one", () => {
    const leak = '99/2015/NĐ-CP Luật Nhà ở">';
    expect(readLinkTitleLeaks(ITEM)).toBe(ITEM.replace(leak, " ".repeat(leak.length)));
    expect(readLinkTitleLeaks('Thông tư số 92/2007/NĐ-CP">88/2008/TT-BVHTTDL')).toBe(`Thông tư số ${" ".repeat(15)}88/2008/TT-BVHTTDL`);
    expect(textAsRead(ITEM)).toBe(readLinkTitleLeaks(ITEM));
  });

  it("leaves raw HTML, a link's own markup and text without 'số' before the leak as written", () => {
    for (const s of [
      '<td align="center" width="30%">5',
      'số 12 <a href="/van-ban/12.aspx">13/2020/NĐ-CP',
      'Số: 19/2020/NQ-HĐND ">',
      'Thông tư 99/2015/NĐ-CP">19/2016/TT-BXD',
      'Thông tư số 99 Luật Nhà ở">19/2016/TT-BXD',
      'Thông tư số 99/2015/NĐ-CP">ngày 19',
    ]) expect(readLinkTitleLeaks(s)).toBe(s);
  });

  it("makes the circular the item's document, read where the caller wrote it", () => {
    const text = `QUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở\nỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n${ITEM}\nQUYẾT ĐỊNH:\n`;
    const a = analyze(text);
    const basedOn = a.relations.filter((r) => r.type === "based_on").map((r) => r.to);
    expect(basedOn).toContain("19/2016/TT-BXD");
    const c = a.citations.find((x) => x.id === "19/2016/TT-BXD" && x.role === "based_on")!;
    expect(text.slice(c.start, c.end)).toMatch(/^Thông tư số 99\/2015\/NĐ-CP Luật Nhà ở">19\/2016\/TT-BXD/);
  });

  it("reads 'số' decomposed as composed: an NFD copy's leak is a leak (extract() reads the caller's text as written)", () => {
    for (const nfd of [ITEM.normalize("NFD"), ITEM.replace("số", "sô\u0301"), 'Thông tư SO\u0302\u0301 92/2007/NĐ-CP">88/2008/TT-BVHTTDL']) {
      const read = readLinkTitleLeaks(nfd);
      expect(read.length).toBe(nfd.length);
      expect(read).not.toContain('">');
      expect(read).toMatch(/ {10}(?:19\/2016\/TT-BXD|88\/2008\/TT-BVHTTDL)/u);
    }
    // Where the same text composed has a leak, so has its NFD copy: the circular is the item's basis in both, in extract() too.
    const text = `QUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở\nỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n${ITEM}\nQUYẾT ĐỊNH:\n`;
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids(text.normalize("NFD"))).toEqual(ids(text));
    expect(analyze(text.normalize("NFD")).citations.find((c) => c.role === "based_on")?.id).toBe("19/2016/TT-BXD");
  });

  it("stays linear on a long run of what may look like a leak (a CPU-time ratio: twice the text, under three times the cost)", () => {
    const hostile = (n: number) => `số ${"9/".repeat(n)}">`.repeat(4) + "1";
    expect(cpuRatio((t) => readLinkTitleLeaks(t), hostile(100_000), hostile(50_000), 3, 3)).toBeLessThan(3);
  });
});
