import { describe, expect, it } from "vitest";
import { readLinkTitleLeaks } from "../../src/prepare/link-title-leaks.js";
import { textAsRead } from "../../src/prepare/line-breaks.js";
import { analyze } from "../../src/analyze/index.js";

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

  it("stays linear on a long run of what may look like a leak", () => {
    const hostile = `số ${"9/".repeat(50_000)}">`.repeat(4) + "1";
    const t0 = performance.now();
    readLinkTitleLeaks(hostile);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
