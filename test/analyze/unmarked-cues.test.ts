import { describe, expect, it } from "vitest";
import { isUnmarkedText, withMarkedCues } from "../../src/analyze/unmarked-cues.js";
import { analyze } from "../../src/index.js";

// Copies that lost every mark: decree 79/2003/NĐ-CP reposted so (fixtures/fresh29j-025), a Lào Cai decision of 2026
// OCR'd so (fresh60e-007).
const DECREE = [
  "Dieu 1. Ban hanh kem theo Nghi dinh nay ban Quy che thuc hien dan chu o xa.",
  "",
  "Dieu 2. Quy che ban hanh kem theo Nghi dinh nay ap dung doi voi ca phuong va thi tran. Bo truong Bo Noi vu ban hanh van ban huong dan de ap dung Quy che thuc hien dan chu o xa doi voi phuong va thi tran.",
  "",
  "Dieu 3. Nghi dinh nay co hieu luc thi hanh sau 15 ngay, ke tu ngay dang Cong bao va thay the Nghi dinh so 29/1998/ND-CP ngay 11 thang 5 nam 1998 cua Chinh phu ve viec ban hanh Quy che thuc hien dan chu o xa.",
].join("\n");
const DECISION = [
  "UY BAN NHAN DAN TINH LAO CAI",
  "So: 3628/QD-UBND",
  "QUYET DINH",
  "Ban hanh Quy dinh chuc nang, nhiem vu, quyen han va co cau to chuc cua So Cong Thuong tinh Lao Cai",
  "UY BAN NHAN DAN TINH LAO CAI",
  "Can cu Nghi dinh so 150/2025/ND-CP ngay 12/6/2025 cua Chinh phu quy dinh to chuc cac co quan chuyen mon thuoc Uy ban nhan dan tinh;",
  "Theo de nghi cua Giam doc So Cong Thuong tai To trinh so 6205/TTr-",
  "SCT ngay 02/10/2026.",
  "QUYET DINH:",
  "Dieu 1. Ban hanh kem theo Quyet dinh nay Quy dinh chuc nang, nhiem vu, quyen han va co cau to chuc cua So Cong Thuong tinh Lao Cai.",
].join("\n");

const roles = (text: string) => analyze(text).citations.map((c) => [c.number, c.role]);

describe("a copy that lost every mark", () => {
  it("reads its cue phrases as the marked text says them: what it replaces, who proposed it", () => {
    expect(roles(DECREE)).toContainEqual(["29", "replaces"]);
    expect(roles(DECISION)).toEqual([
      ["3628", "self"],
      ["150", "based_on"],
      ["6205", "proposed_by"],
    ]);
  });

  it("marks the cue words and kind words letter for letter, in their case, and nothing else", () => {
    const read = withMarkedCues(DECISION);
    expect(read.length).toBe(DECISION.length);
    expect(read).toContain("Theo đề nghị của Giam doc So Cong Thuong tại Tờ trình so 6205/TTr-");
    expect(read).toContain("Căn cứ Nghị định so 150/2025/ND-CP");
    expect(read).toContain("\nQUYẾT ĐỊNH\n");
    expect(withMarkedCues(DECREE)).toContain("Nghị định này co hieu luc thi hành sau 15 ngay, ke tu ngay dang Cong bao va thay thế Nghị định so");
  });

  it("reads a plain copy's title line as its own when the kind word opens it (fresh29j-025)", () => {
    // The repost's first line names the decree; its annex's "(Ban hanh kem theo Nghi dinh so 79/2003/ND-CP)" is then
    // the decree itself, not a document that promulgated the text.
    const titled = [
      "Nghi dinh cua Chinh phu So 79/2003/ND-CP ngay 07 thang 7 nam 2003 ban hanh Quy che thuc hien dan chu o xa",
      "",
      DECREE,
      "",
      "Quy che thuc hien dan chu o xa",
      "",
      "(Ban hanh kem theo Nghi dinh so 79/2003/ND-CP)",
    ].join("\n");
    const a = analyze(titled);
    expect([a.self.number, a.self.kind]).toEqual(["79", "decree"]);
    expect(a.citations.filter((c) => c.role === "promulgated_by")).toEqual([]);
    expect(withMarkedCues(titled)).toContain("Nghị định của Chinh phu So 79/2003/ND-CP");
    // "hướng dẫn", a cue and a kind word both, is marked; a body named "Ban An …" is not taken for a judgment.
    expect(withMarkedCues(`${DECREE}\nhuong dan thi hanh. BAN AN TOAN GIAO THONG`)).toMatch(/hướng dẫn thi hành\. BAN AN TOAN/);
  });

  it("leaves a text with its marks as written, a plain spelling included", () => {
    // An OCR's stray marked letter or two in a plain copy leaves it one.
    expect(isUnmarkedText(DECISION.replace("Giam doc", "Gidm đoc"))).toBe(true);
    const vietnamese = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Theo de nghi cua Sở Nội vụ tại Tờ trình số 12/TTr-SNV; Điều 1. Quyết định này thay the Quyết định số 5/QĐ-UBND; các cơ quan thi hành Quyết định này.";
    expect(isUnmarkedText(vietnamese)).toBe(false);
    expect(withMarkedCues(vietnamese)).toBe(vietnamese);
    expect(isUnmarkedText("Theo de nghi cua So Noi vu")).toBe(false); // too short to say
  });
});
