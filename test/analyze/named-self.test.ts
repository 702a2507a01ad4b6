import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

// A law, a code or the Constitution is named, not numbered: its heading and its enacting formula say
// its own name, which is the document itself, not a law it cites (the law page of 77/2015/QH13 on
// dichvubachkhoa.vn, the Constitution of 1992 on hoatieu.vn).
describe("a named document's own heading and enacting formula", () => {
  const law = [
    "QUỐC HỘI",
    "",
    "———————-Luật số : 77/2015 / QH13",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "",
    "LUẬT",
    "",
    "TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG",
    "",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    "",
    "Quốc hội ban hành Luật tổ chức chính quyền địa phương.",
    "",
    "Điều 1. Phạm vi điều chỉnh",
    "Luật này quy định về đơn vị hành chính.",
  ].join("\n");
  const roleOf = (text: string, raw: string) => analyze(text).citations.find((c) => c.raw === raw)?.role;

  it("the heading \"LUẬT ⏎ TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\" is the law itself", () => {
    const a = analyze(law);
    const heading = a.citations.find((c) => c.raw.startsWith("LUẬT"));
    expect(heading?.role).toBe("self");
    expect(heading?.id).toBe("77/2015/QH13");
  });

  it("so is the name after \"Quốc hội ban hành\", and no relation goes from the law to itself", () => {
    const a = analyze(law);
    expect(roleOf(law, "Luật tổ chức chính quyền địa phương")).toBe("self");
    expect(a.relations.filter((r) => r.to.startsWith("law:"))).toEqual([]);
    expect(roleOf(law, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")).toBe("based_on");
  });

  it("another law named in a law's preamble or body stays cited", () => {
    const text = law.replace("Luật này quy định về đơn vị hành chính.", "Luật này thay thế Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003.");
    expect(roleOf(text, "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003")).not.toBe("self");
    // The formula of another body, or another kind after it, is not the law's own name.
    const decree = law.replace("Quốc hội ban hành Luật tổ chức chính quyền địa phương.", "Quốc hội đã thông qua Luật Đất đai năm 2024.");
    expect(roleOf(decree, "Luật Đất đai năm 2024")).not.toBe("self");
  });

  it("the Constitution's heading is the Constitution itself, and names it: an unnumbered text takes that name and year", () => {
    const text = [
      "Bản Hiến pháp được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá VIII, kỳ họp thứ 11 nhất trí thông qua",
      "",
      "HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992",
      "",
      "Bản hiến pháp Bản Hiến pháp được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam 1992 đã hết hiệu lực và hiện tại được thay thế bằng Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013.",
      "",
      "LỜI NÓI ĐẦU",
      "",
      "Trải qua mấy nghìn năm lịch sử, nhân dân Việt Nam lao động cần cù.",
    ].join("\n");
    const a = analyze(text);
    expect(a.self.kind).toBe("constitution");
    expect(a.self.id).toBe("constitution:hien-phap@1992");
    expect(a.citations.find((c) => c.raw.startsWith("HIẾN PHÁP"))?.role).toBe("self");
    // The later one it names stays another document; the undated "Hiến pháp" fits both, so takes neither's year.
    expect(a.citations.find((c) => c.raw.endsWith("năm 2013"))?.id).toBe("constitution:hien-phap@2013");
    expect(a.citations.filter((c) => c.raw === "Hiến pháp").map((c) => c.id)).toEqual(["constitution:hien-phap@?", "constitution:hien-phap@?"]);
  });

  it("a heading that names no year leaves an unnumbered law identified by its text: a bare name fits every law so named", () => {
    const text = ["QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ LUẬT", "LAO ĐỘNG", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Quốc hội ban hành Bộ luật Lao động."].join("\n");
    const a = analyze(text);
    expect(a.self.id.startsWith("code:")).toBe(false);
    expect(a.citations.filter((c) => c.kind === "code").map((c) => c.role)).toEqual(["self", "self"]);
  });
});
