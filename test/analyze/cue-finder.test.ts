import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { findCues } from "../../src/analyze/cue-finder.js";

const phrases = (text: string) => findCues(text, [], [{ start: 0, end: text.length }]).map((c) => text.slice(c.start, c.end));

describe("cue phrases in a text", () => {
  it("stand as whole words: not inside another word", () => {
    expect(phrases("Căn cứ Luật; chưa thực hiệnh; xét duyệt")).toEqual(["Căn cứ", "xét"]);
  });

  it("stand on their own where a copy ran a word into the capitalised next one ('Thực hiệnQuyết định', 'tỉnhCăn cứ')", () => {
    expect(phrases("Thực hiệnQuyết định số 12/QĐ-UBND;tỉnhCăn cứ Nghị định")).toEqual(["Thực hiện", "Căn cứ"]);
    const a = analyze("Thực hiệnQuyết định số 12/QĐ-UBND ngày 3/4/2020 của UBND tỉnh Nam Định;\nCăn cứNghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;\n");
    expect(a.citations.map((c) => c.role)).toEqual(["implements", "based_on"]);
  });
});

describe("a cue run into a lower-case word, told by the tone marks: a syllable bears one at most", () => {
  // "Để thực hiệný kiến của Ủy ban Thường vụ Quốc hội tạivăn bản số 885/UBTVQH13-PL" (VPCP 4396/VPCP-NC, pairs29-007);
  // "Hiến pháp … năm 1992 đãđược sửa đổi, bổ sung theo Nghịquyết số 51/2001/QH10" (fresh29p-001).
  it("stands on its own where a toned syllable follows or precedes it in one run of letters ('hiệný', 'đãđược', 'Xétbáo')", () => {
    expect(phrases("Để thực hiệný kiến; năm 1992 đãđược sửa đổi, bổ sung theo; Xétbáo cáo số 337")).toEqual(["thực hiện", "được sửa đổi, bổ sung", "Xét"]);
  });

  it("not where the letters after it bear no tone mark: one syllable ('thực hiệnh')", () => {
    expect(phrases("chưa thực hiệnh; đã thực hiệnhanh")).toEqual([]);
  });

  it("acts as the cue does", () => {
    const letter = analyze(
      "Kính gửi: Bộ Tư pháp.\n\nĐể thực hiệný kiến của Ủy ban Thường vụ Quốc hội tạivăn bản số 885/UBTVQH13-PL ngày 01 tháng 6 năm 2015 về việc thực hiện quy định tại Khoản 8 Điều 74 của Hiến pháp năm 2013, Thủ tướng Chính phủ có ý kiến như sau:\n",
    );
    expect(letter.citations.map((c) => c.role)).toEqual(["implements", "references"]);
    const basis = analyze("Căn cứ vào Hiến pháp nước Cộnghoà xã hội chủ nghĩa Việt Nam năm 1992 đãđược sửa đổi, bổ sung theo Nghịquyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốchội khoá X, kỳ họp thứ 10;\n");
    expect(basis.relations.filter((r) => r.type === "amends").map((r) => [r.from, r.to])).toEqual([["51/2001/QH10", "constitution:hien-phap@1992"]]);
  });
});

describe("a cue whose words a copy ran together", () => {
  // Pages that lost the space between two syllables: "và thaythế Quyết định số 22/2011/QĐ-UBND" (a Tây Ninh
  // decision, fresh29u-005), a circular's title "HƯỚNGDẪN THI HÀNH MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 42/2010/NĐ-CP"
  // (Bộ Nội vụ 07/2014/TT-BNV, fresh29h-019), "… của Bộ Xây dựng hướngdẫn …" (pairs32-007).
  it("is the cue it spells: 'thaythế', 'HƯỚNGDẪN', 'hướng dẫnthực hiện'", () => {
    expect(phrases("kể từ ngày ký và thaythế Quyết định số 22/2011/QĐ-UBND")).toEqual(["thaythế"]);
    expect(phrases("HƯỚNGDẪN THI HÀNH MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 42/2010/NĐ-CP")).toEqual(["HƯỚNGDẪN THI HÀNH"]);
    expect(phrases("của Bộ Quốc phòng, Bộ Công an hướng dẫnthực hiện một số điều")).toEqual(["hướng dẫnthực hiện"]);
  });

  it("acts as the cue does: the closing's 'thaythế' replaces, the title's 'HƯỚNGDẪN' guides", () => {
    const closing = analyze(
      "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ của Sở Nội vụ.\nĐiều 2.Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký và thaythế Quyết định số 22/2011/QĐ-UBND ngày 04/7/2011 của Ủy ban nhân dân tỉnh TâyNinh Ban hành Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức củaSở Nội vụ Tây Ninh.\n",
    );
    expect(closing.citations.map((c) => c.role)).toEqual(["replaces"]);
    const title = analyze(
      "BỘ NỘI VỤ\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n----------------\n\nSố: 07/2014/TT-BNV\n\nHà Nội, ngày 29 tháng 08 năm 2014\n\nTHÔNG TƯ\n\nHƯỚNGDẪN THI HÀNH MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 42/2010/NĐ-CP NGÀY 15 THÁNG 4 NĂM2010 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT THI ĐUA,KHEN THƯỞNG\n\nCăn cứ Nghị định số 58/2014/NĐ-CP ngày 16 tháng 6 năm 2014 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;\n",
    );
    expect(title.citations.filter((c) => c.role !== "self" && c.number).map((c) => [c.number, c.role])).toEqual([
      ["42", "guides"],
      ["58", "based_on"],
    ]);
  });
});

describe("a longer phrase that runs into a word gives way to a shorter one standing whole", () => {
  it("'Căn công văn 167/…' is 'Căn' (a preview's 'Căn cứ'), not the run-in 'Căn c' of 'Căn cLuật' (Vầy Nưa plan, 123docz)", () => {
    expect(phrases("Căn công văn 167/SGD&ĐT-VP; Căn cLuật Tổ chức Quốc hội")).toEqual(["Căn", "Căn c"]);
  });
});

describe("'căn cứ tính thuế': the noun of a levy's base, no basis cue (vocab LEVY_BASE_TAILS)", () => {
  it("is no cue before 'tính thuế', 'tính phí', 'tính lệ phí'; 'căn cứ tính chất …' is the preposition", () => {
    expect(phrases("Về căn cứ tính thuế đối với thu nhập; Căn cứ tính lệ phí trước bạ; căn cứ tính phí")).toEqual([]);
    expect(phrases("Căn cứ tính chất, mức độ vi phạm")).toEqual(["Căn cứ"]);
  });

  it("a letter's topic 'Về căn cứ tính thuế …, đề nghị Công ty căn cứ tại …' rests on no document (Cục Thuế Vĩnh Phúc, fresh43b-014)", () => {
    const a = analyze(
      "CỤC THUẾ TỈNH VĨNH PHÚC\nSố: 12/CTVPH-TTHT\nV/v chính sách thuế\nKính gửi: Công ty TNHH A\n\n1. Về thuế thu nhập cá nhân:\nVề căn cứ tính thuế đối với thu nhập từ tiền lương, tiền công, đề nghị\nCông ty căn cứ tại Điều 7 Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của\nBộ Tài chính.\n",
    );
    expect(a.citations.filter((c) => c.number === "111").map((c) => c.role)).toEqual(["references"]);
  });

  it("an answer 'Căn cứ tính lệ phí trước bạ được pháp luật quy định tại Điều 5 Nghị định số 140/2016/NĐ-CP' names where the base is set (kyanh.hatinh.gov.vn)", () => {
    const a = analyze(
      "Câu hỏi\n\nCăn cứ tính lệ phí trước bạ được pháp luật quy định như thế nào?\n\nTrả lời\n\nCăn cứ tính lệ phí trước bạ được pháp luật quy định tại Điều 5 Nghị định số 140/2016/NĐ-CP quy định: Căn cứ tính lệ phí trước bạ là giá tính lệ phí trước bạ và mức thu lệ phí trước bạ theo tỷ lệ (%).\n",
    );
    expect(a.citations.map((c) => c.role)).toEqual(["references"]);
  });

  it("a letter's own 'Căn cứ Thông tư …' about the tax base is still its basis", () => {
    const a = analyze("Căn cứ Điều 7 Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính quy định về căn cứ tính thuế đối với thu nhập từ tiền lương, tiền công:\n");
    expect(a.citations.map((c) => c.role)).toEqual(["based_on"]);
  });
});
