import { describe, expect, it } from "vitest";
import { partyTermsIn } from "../../src/graph/party-term.js";

const romans = (sentence: string, number: string, symbol: string) => partyTermsIn(sentence, number, symbol).map((t) => t.roman);

describe("partyTermsIn", () => {
  it("reads the term written after the number and its issuer", () => {
    expect(romans("Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX về công tác đối với người Việt Nam ở nước ngoài", "36", "NQ/TW")).toEqual(["IX"]);
    expect(romans("Chỉ thị số 16-CT / TW của Ban Bí thư Trung ương ( khoá IX ) về tăng cường", "16", "CT/TW")).toEqual(["IX"]);
    expect(romans("Kết luận số 79-KL/TW của Bộ Chính trị (khóa XIII)", "79", "KL/TW")).toEqual(["XIII"]);
    expect(romans("Nghị quyết số 21/NQ/TW của Ban Chấp hành Trung ương khóa XI", "21", "NQ/TW")).toEqual(["XI"]);
  });

  it("reads it with the marks as separate characters", () => {
    expect(romans("Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX".normalize("NFD"), "36", "NQ/TW")).toEqual(["IX"]);
  });

  it("takes no term past a date, a list's next item or another document", () => {
    expect(romans("Nghị quyết số 36-NQ/TW ngày 26/3/2014 của Bộ Chính trị khóa XI", "36", "NQ/TW")).toEqual([]);
    expect(romans("Nghị quyết số 36-NQ/TW của Bộ Chính trị; Chỉ thị của Tỉnh ủy khóa XV", "36", "NQ/TW")).toEqual([]);
    expect(romans("Nghị quyết số 36-NQ/TW và Kết luận của Bộ Chính trị khóa XII", "36", "NQ/TW")).toEqual([]);
    expect(romans("Nghị quyết số 136-NQ/TW của Bộ Chính trị khóa XII", "36", "NQ/TW")).toEqual([]);
  });

  it("takes no course or other word for a term", () => {
    expect(romans("Nghị quyết số 36-NQ/TW về khóa học bồi dưỡng", "36", "NQ/TW")).toEqual([]);
  });
});
