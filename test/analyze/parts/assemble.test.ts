import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const partsOf = (text: string) => (analyze(text).parts ?? []).map((p) => ({ type: p.type, text: text.slice(p.start, p.end) }));
const closingOf = (text: string) => partsOf(text).find((p) => p.type === "closing")?.text ?? null;

// A council's resolution as the RAG corpus stores it (header tables lost), its Điều 1 a finding that speaks of
// "hiệu lực, hiệu quả" (HĐND Thừa Thiên Huế, 2017, fixtures/fresh/fresh37a-018), no article saying when it takes effect.
const resolution = (finding: string) =>
  [
    "NGHỊ QUYẾT",
    "VỀ KẾT QUẢ GIÁM SÁT TÌNH HÌNH, KẾT QUẢ SỬ DỤNG ĐẤT CỦA CÁC DỰ ÁN ĐẦU TƯ",
    "HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
    "Căn cứ Luật tổ chức chính quyền địa phương",
    "ngày 19 tháng 6 năm 2015;",
    "QUYẾT NGHỊ:",
    "Điều 1. Hội đồng nhân dân tỉnh tán thành nội dung Báo cáo kết quả giám sát; đồng thời nhấn mạnh:",
    finding,
    "Điều 2. Hội đồng nhân dân",
    "tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện một số nhiệm vụ, giải",
    "pháp chủ yếu sau:",
    "1. Chỉ đạo Sở Tài nguyên và",
    "Môi trường rà soát tất cả các dự án đầu tư ngoài ngân sách trên địa bàn.",
    "2. Thực hiện công khai danh mục",
    "các dự án thu hồi, các trường hợp vi phạm pháp luật đất đai trên địa bàn theo quy định của Luật đất",
    "đai năm 2013.",
    "Điều 3. Tổ chức thực hiện.",
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
  ].join("\n");

describe("the closing article: the one that says when the document takes effect", () => {
  it("is not an article that speaks of efficacy ('hiệu lực, hiệu quả'): its later tasks stay the body's", () => {
    const text = resolution("Hiệu lực, hiệu quả thực\nhiện một số kết luận thanh tra, các văn bản gia hạn thời gian thực hiện dự án chưa cao.");
    expect(closingOf(text)).toBeNull();
    // The second task follows the Land Law's rules; it does not carry the law out.
    const land = analyze(text).relations.filter((r) => r.to === "law:dat-dai@2013");
    expect(land.map((r) => r.type)).toEqual(["references"]);
  });

  it("is not an aim to strengthen the state's management ('hiệu lực quản lý'), nor a proxy's validity", () => {
    expect(closingOf(resolution("Quy hoạch nhằm tăng cường hiệu\nlực quản lý nhà nước về các hoạt động khoáng sản trên địa bàn tỉnh."))).toBeNull();
    expect(closingOf(resolution("Thời hạn ủy quyền do các bên thỏa thuận và hiệu lực không quá một năm kể từ ngày xác lập việc ủy quyền."))).toBeNull();
  });

  it("is the article of effect, written apart, as a heading, run together or as the end of another's force", () => {
    for (const effect of [
      "Nghị quyết này có hiệu lực kể từ ngày thông qua.",
      "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực sau 10 ngày kể từ ngày ký.",
      "Điều 4. Quyết định này cóhiệu lực thi hành kể từ ngày ký ban hành.",
      "Điều 4. Quyết định này cóhiệu lực kể từ ngày ký.",
      "Điều 4. Kể từ ngày Quyết định này có hiệu lực, Quyết định số 12/2010/QĐ-UBND hết hiệu lực.",
    ]) {
      const text = `${resolution("Tình hình sử dụng đất còn nhiều tồn tại.")}\n${effect.startsWith("Điều") ? effect : `Điều 4. ${effect}`}`;
      expect(closingOf(text)).toMatch(/^Điều 4\./);
    }
  });
});
