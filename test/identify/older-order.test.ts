import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";

/** The one citation's reading: what the older state order changes, and its id. */
const read = (text: string) => {
  const [c] = extract(text);
  return { kind: c.kind, symbol: c.symbol, typeCode: c.typeCode, style: c.style, issuer: c.issuer?.code ?? null, id: c.id };
};

describe("olderStateOrder", () => {
  it("reads the issuer's code before the slash and a state type code after it as the state's older order", () => {
    expect(read("Thông tư số 11-LĐTBXH/TT ngày 03 tháng 5 năm 1995")).toEqual({
      kind: "circular", symbol: "LĐTBXH-TT", typeCode: "TT", style: "state", issuer: "BLĐTBXH", id: "11/LĐTBXH-TT@1995",
    });
    // Without a kind word the type code tells the kind.
    expect(read("theo văn bản số 15-BTC/TT ngày 2/3/1991")).toMatchObject({ kind: "circular", typeCode: "TT", issuer: "BTC", id: "15/BTC-TT@1991" });
    const [c] = extract("Thông tư số 11-LĐTBXH/TT ngày 03 tháng 5 năm 1995");
    expect(c.warnings.map((w) => w.code)).toEqual(["irregular-separator"]);
  });

  it("reads a joint document's issuers before the slash, its id as before", () => {
    const [c] = extract("Thông tư liên tịch số 01-TANDTC-VKSNDTC/TTLT ngày 08 tháng 12 năm 1988");
    expect(c).toMatchObject({ kind: "joint-circular", typeCode: "TTLT", style: "state", id: "01/TANDTC-VKSNDTC-TTLT@1988" });
    expect(c.issuers?.map((i) => i.code)).toEqual(["TANDTC", "VKSNDTC"]);
  });

  it("keeps the id spelling-stable: the same codes in the same order with the state's separators are the same document", () => {
    expect(read("Thông tư số 11/LĐTBXH-TT ngày 03/5/1995").id).toBe(read("Thông tư số 11-LĐTBXH/TT ngày 03/5/1995").id);
    // Today's order (TT-LĐTBXH) is another designation: not merged on a guess.
    expect(read("Thông tư số 11/TT-LĐTBXH ngày 03/5/1995").id).not.toBe(read("Thông tư số 11-LĐTBXH/TT ngày 03/5/1995").id);
  });

  it("leaves Party numbering and every other shape as it was", () => {
    expect(read("Nghị quyết số 18-NQ/TW ngày 25/10/2017")).toEqual({ kind: "resolution", symbol: "NQ/TW", typeCode: "NQ", style: "party", issuer: "TW", id: "18-NQ/TW@2017" });
    expect(read("Hướng dẫn số 15-HD/BTCTW ngày 1/2/2020")).toMatchObject({ symbol: "HD/BTCTW", style: "party", id: "15-HD/BTCTW@2020" });
    expect(read("Chỉ thị số 05-CT/TU ngày 1/2/2021 của Tỉnh ủy Hậu Giang")).toMatchObject({ symbol: "CT/TU", style: "party", id: "05-CT/TU@2021~hau-giang" });
    expect(read("Kế hoạch số 01-KH/HU ngày 1/2/2021")).toMatchObject({ symbol: "KH/HU", style: "party" });
    // A type code before the slash is the Party's order, whatever follows it.
    expect(read("Thông báo số 05-TB/BC ngày 1/2/2021")).toMatchObject({ style: "party", typeCode: "TB" });
    // A Party body's code before the slash: no state numbering.
    expect(read("số 12-TU/TT ngày 1/2/2021")).toMatchObject({ style: "party" });
    // Older numbering's other shapes: a central body's code alone, its number in the Party's shape.
    expect(read("Nghị định số 64-CP ngày 27/9/1993").id).toBe("64/CP@1993");
    expect(read("Nghị quyết số 227-NQ/UBTVQH9 ngày 12/6/1997")).toMatchObject({ symbol: "NQ-UBTVQH9", style: "state" });
  });
});
