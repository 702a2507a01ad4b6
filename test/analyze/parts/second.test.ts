import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { secondDocumentStart } from "../../../src/analyze/parts/second.js";

const roleOf = (text: string, number: string) => analyze(text).citations.filter((c) => c.raw.includes(number)).map((c) => c.role);

// A page printing, after a decision's "(Đã ký)", a second decision with its own preamble (the shape of
// luatminhkhue's page for 3872/QĐ-UBND Bình Dương 2010).
const twoDecisions = [
  "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
  "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Thủ Dầu Một, ngày 9 tháng 11 năm 2010",
  "",
  "QUYẾT ĐỊNH",
  "",
  "Ủy quyền để Chủ tịch Ủy ban nhân dân huyện, thị xã cho phép thành lập hội có phạm vi hoạt động trong xã",
  "",
  "____________________",
  "",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
  "",
  "Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;",
  "",
  "Theo đề nghị của Giám đốc Sở Nội vụ tại tờ trình số 623/TTr-SNV ngày 04/11/2010",
  "",
  "QUYẾT ĐỊNH",
  "",
  "Điều 1. Ủy quyền để Chủ tịch Ủy ban nhân dân huyện, thị xã cho phép thành lập hội.",
  "",
  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
  "",
  "CHỦ TỊCH",
  "",
  "(Đã ký)",
  "",
  "Nguyễn Hoàng Sơn",
  "",
  "QUYẾT ĐỊNH",
  "",
  "Ban hành Quy định về tổ chức, hoạt động và quản lý hội trên địa bàn tỉnh Bình Dương",
  "",
  "____________________",
  "",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
  "",
  "Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;",
  "",
  "Theo đề nghị của Giám đốc Sở Nội vụ tại tờ trình số 694/TTr-SNV ngày 25/11/2010",
  "",
].join("\n");

// A letter followed, after its "Nơi nhận", by the letter it attaches, with its own heading (the shape of
// Tổng cục Hải quan's 966/TCHQ-TXNK 2022 attaching 3634/TCHQ-TXNK 2021, as a scan reads it).
const letterWithAttached = [
  "BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc",
  "Số: 966/TCHQ-TXNK Hà Nội, ngày 23 tháng 3 năm 2022",
  "V/v hàng hóa thuê DNCX gia công",
  "",
  "Kính gửi: Công ty TNHH BHFLEX VINA.",
  "",
  "(Tổng cục Hải quan đã có công văn số 3634/TCHQ-TXNK ngày 19/7/2021 hướng dẫn kê khai (đính kèm).",
  "",
  "Tổng cục Hải quan thông báo để Công ty TNHH BHFLEX VINA được biết./.",
  "",
  "Noi nhận: TL. TONG CUC TRUONG",
  "- Như trên;",
  "- Lưu: VT, TXNK.",
  "",
  "--- PAGE BREAK ---",
  "",
  "BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc",
  "Số: 3634/TCHQ-TXNK Hà Nội, ngày 19 tháng 7 năm 2021",
  "",
  "Kính gửi: Các Cục Hải quan tỉnh, thành phố.",
  "",
  "Căn cứ Điều 59 Luật Hải quan số 54/2014/QH13 quy định hàng hóa là đối tượng chịu thuế;",
  "",
  "Căn cứ khoản 2 Điều 10 Nghị định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ quy định;",
  "",
].join("\n");

describe("a second document after the first one's end", () => {
  it("a second decision's kind line and Căn cứ after '(Đã ký)': its proposer is not the file's", () => {
    const start = secondDocumentStart(twoDecisions, twoDecisions.indexOf("Điều 1."), twoDecisions.length);
    expect(twoDecisions.slice(start)).toMatch(/^QUYẾT ĐỊNH\n\nBan hành Quy định/);
    expect(analyze(twoDecisions).parts?.map((p) => p.type).at(-1)).toBe("other");
    expect(roleOf(twoDecisions, "623/TTr-SNV")).toEqual(["proposed_by"]);
    expect(roleOf(twoDecisions, "694/TTr-SNV")).toEqual(["references"]);
  });

  it("an attached letter's own motto heading after 'Noi nhận': its Căn cứ are not the letter's basis", () => {
    expect(roleOf(letterWithAttached, "54/2014/QH13")).toEqual(["references"]);
    expect(roleOf(letterWithAttached, "134/2016/NĐ-CP")).toEqual(["references"]);
  });

  it("the enacting 'QUYẾT ĐỊNH' and the first heading's motto open no second document", () => {
    expect(secondDocumentStart(twoDecisions, 0, twoDecisions.indexOf("CHỦ TỊCH\n\n(Đã ký)"))).toBe(-1);
    expect(roleOf(twoDecisions, "45/2010/NĐ-CP")[0]).toBe("based_on");
  });

  it("a regulation issued with the decision, after its signature, stays the decision's body", () => {
    const text = [
      "QUYẾT ĐỊNH",
      "Về việc ban hành Quy định quản lý hội",
      "Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ;",
      "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hội.",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "(Đã ký)",
      "",
      "QUY ĐỊNH",
      "Về quản lý hội trên địa bàn tỉnh",
      "(Ban hành kèm theo Quyết định số 20/2010/QĐ-UBND ngày 9/11/2010 của UBND tỉnh)",
      "",
      "Điều 1. Quy định này thay thế Quy định ban hành kèm theo Quyết định số 12/2005/QĐ-UBND ngày 3/3/2005.",
      "",
    ].join("\n");
    expect(analyze(text).parts?.map((p) => p.type)).not.toContain("other");
    expect(roleOf(text, "12/2005/QĐ-UBND")).not.toEqual(["references"]);
  });
});
