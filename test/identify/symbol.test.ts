import { describe, expect, it } from "vitest";
import { readSymbol } from "../../src/identify/symbol.js";
import { extract } from "../../src/extract.js";

describe("a body's code written with \"&\" for \"và\" (symbol.ts)", () => {
  // fresh30i-013 writes "102/2010/TTLT-BQP-BLĐTB&XH-BNV-BTC", fresh30i-012 the same circular
  // "102/2010/TTLT-BQP-BLĐTBXH-BNV-BTC"; fresh30i-014 "46/2005/TTLT-BQP-BKH&ĐT-BTC-BLĐTB&XH".
  it("is the code without it, so that both spellings are one document", () => {
    const [a] = extract("Thông tư Liên tịch số 102/2010/TTLT-BQP-BLĐTB&XH-BNV-BTC ngày 02/8/2010 của Bộ Quốc phòng");
    const [b] = extract("Thông tư liên tịch số 102/2010/TTLT-BQP-BLĐTBXH-BNV-BTC ngày 02 tháng 8 năm 2010");
    expect(a.id).toBe("102/2010/TTLT-BQP-BLĐTBXH-BNV-BTC");
    expect(a.id).toBe(b.id);
    expect(a.issuers?.map((i) => i.code)).toEqual(["BQP", "BLĐTBXH", "BNV", "BTC"]);
    expect(readSymbol(["TTLT", "BQP", "BKH&ĐT", "BTC", "BLĐTB&XH"], "slash-first").symbol).toBe("TTLT-BQP-BKHĐT-BTC-BLĐTBXH");
  });

  it("keeps the \"&\" of a code vncite does not know without it (a drafting unit's)", () => {
    expect(readSymbol(["BKH", "KTĐP&LT"], "slash-first").symbol).toBe("BKH-KTĐP&LT");
    expect(readSymbol(["BTP", "QLXLVPHC&TDTHPL"], "slash-first").symbol).toBe("BTP-QLXLVPHC&TDTHPL");
  });
});
