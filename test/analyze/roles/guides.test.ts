/**
 * Guiding documents (fixtures/fresh/fresh29h): a circular, a joint circular or a Party guidance names
 * what it guides in its title, its enacting formula ("Bộ trưởng … ban hành Thông tư quy định chi tiết
 * …", "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện … như sau:") or its scope article ("Thông tư này
 * hướng dẫn … quy định tại khoản 8 Điều 50 Nghị định số …"). A province's decision that rests on such
 * a circular only describes it: the circular's "hướng dẫn" is nested, never the decision's own.
 * Each case is a probe text of that set, as published.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** Every role but "references" each cited number takes in the document, sorted ("136": ["based_on", "guides"]): its edges. */
const roles = (text: string): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const c of analyze(text).citations) {
    if (c.role === "self" || c.role === "references" || c.number === null) continue;
    const key = String(Number(c.number));
    out[key] = [...new Set([...(out[key] ?? []), c.role])].sort();
  }
  return out;
};

describe("what a guiding document guides", () => {
  it("the title and the enacting formula 'quy định chi tiết một số điều của Quyết định số …' (16/2017/TT-BTC)", () => {
    const r = roles(
      "BỘ TÀI CHÍNH\n--------\n|\nSố:\n16/2017/TT-BTC\n|\nHà Nội, ngày\n28 tháng 02 năm 2017\n|\nTHÔNG TƯ\n" +
        "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG\nNGÀY 11 THÁNG 5 NĂM 2016 CỦA THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH HỖ TRỢ KINH PHÍ CHO\nHOẠT ĐỘNG CHỐNG BUÔN LẬU\n" +
        "Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của\nChính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài\nchính;\n" +
        "Căn cứ Quyết định số 20/2016/QĐ-TTg ngày 11 tháng 5 năm 2016 của Thủ\ntướng Chính phủ quy định hỗ trợ kinh phí cho hoạt động chống buôn lậu;\n" +
        "Theo đề nghị của Vụ trưởng Vụ Pháp chế,\nBộ trưởng Bộ Tài chính ban hành Thông tư quy\nđịnh chi tiết một số điều của Quyết định số 20/2016/QĐ-TTg\nngày 11 tháng 5 năm 2016 của Thủ tướng Chính phủ.\n",
    );
    expect(r["215"]).toEqual(["based_on"]);
    expect(r["20"]).toEqual(["based_on", "guides"]);
  });

  it("a scope article that pinpoints the decree's clause: 'hướng dẫn một số chế độ quy định tại khoản 8 Điều 50 Nghị định số …' (04/2021/TT-BLĐTBXH)", () => {
    const r = roles(
      "BỘ LAO ĐỘNG -THƯƠNG BINH VÀ XÃ HỘI\nSố: 04/2021/TT-BLĐTBXH\nHà Nội, ngày 30 tháng 6 năm 2021\nTHÔNG TƯ\nHƯỚNG DẪN MỘT SỐ CHẾ ĐỘ ĐỐI VỚI NGƯỜI ĐƯỢC ĐIỀU ĐỘNG, HUY ĐỘNG TRỰC TIẾP CHỮA CHÁY\n" +
        "Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;\n" +
        "Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy và chữa cháy;\n" +
        "Theo đề nghị của Cục trưởng Cục Quan hệ lao động và Tiền lương;\nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn một số chế độ đối với người được điều động.\n" +
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn một số chế độ quy định tại khoản 8 Điều 50 Nghị định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của Chính phủ.\n",
    );
    expect(r["14"]).toEqual(["based_on"]);
    expect(r["136"]).toEqual(["based_on", "guides"]);
  });

  it("a Party guidance: 'Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW …, như sau:' (06-HD/UBKTTW)", () => {
    const r = roles(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n-------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\nSố: 06-HD/UBKTTW\n\nHà Nội, ngày 18 tháng 12 năm 2018\n\nHƯỚNG DẪN\n\n" +
        "THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM\n\n" +
        "- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng;\n\n" +
        "- Căn cứ Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm;\n\n" +
        "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm, như sau:\n",
    );
    expect(r["30"]).toEqual(["based_on"]);
    expect(r["7"]).toEqual(["based_on", "guides"]);
  });

  it("a formula that names no document guides none: 'Liên tịch … hướng dẫn một số chính sách phát triển giáo dục mầm non như sau:' (05/2003/TTLT-BGDĐT-BNV-BTC)", () => {
    const r = roles(
      "BỘ GIÁO DỤC VÀ ĐÀO TẠO-BỘ TÀI CHÍNH-BỘ NỘI VỤ\nSố: 05/2003/TTLT-BGDĐT-BNV-BTC\nHải Phòng, ngày 24 tháng 2 năm 2003\n\nTHÔNG TƯ LIÊN TỊCH\n\nHướng dẫn một số chính sách phát triển giáo dục mầm non\n\n" +
        "Căn cứ Chỉ thị số 18-2001/CT-TTg ngày 27-8-2001 của Thủ tướng Chính phủ về một số biện pháp cấp bách xây dựng đội ngũ nhà giáo của hệ thống giáo dục quốc dân;\n" +
        "Căn cứ Quyết định số 161-2002/QĐ-TTg ngày 15-11-2002 của Thủ tướng Chính phủ về một số chính sách phát triển giáo dục mầm non;\n\n" +
        "Liên tịch Bộ Giáo dục và Đào tạo-Bộ Nội vụ-Bộ Tài chính hướng dẫn một số chính sách phát triển giáo dục mầm non như sau:\n",
    );
    expect(r["18"]).toEqual(["based_on"]);
    expect(r["161"]).toEqual(["based_on"]);
  });
});

describe("a decision resting on a guiding circular does not guide", () => {
  it("'Căn cứ Thông tư số 01/2018/TT-VPCP … hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP …' (232/QĐ-UBND Ninh Bình)", () => {
    const r = roles(
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n" +
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\n" +
        "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\n" +
        "Xét đề nghị của Giám đốc sở Giáo dục và Đào tạo,\nQUYẾT ĐỊNH:\n",
    );
    expect(r["61"]).not.toContain("guides");
    expect(r["61"]).toContain("based_on");
    expect(r["1"]).toEqual(["based_on"]);
  });

  it("a second circular after ';' that 'hướng dẫn sửa đổi, bổ sung Khoản 2 Mục III Phần I, Thông tư số …' the first: both Căn cứ heads, neither amended nor guided by the decision (Quảng Ninh, 2008)", () => {
    const r = roles(
      "VỀ VIỆC QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ\nCHỨC CỦA SỞ NỘI VỤ TỈNH QUẢNG NINH\nUỶ BAN NHÂN DÂN TỈNH QUẢNG NINH\n" +
        "Căn cứ Thông tư số 04/2008/TT-BNV ngày 04\ntháng 6 năm 2008 của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu\ntổ chức của Sở Nội vụ, Phòng Nội vụ thuộc Uỷ ban nhân dân cấp tỉnh, cấp huyện;\n" +
        "Thông tư số 06/2008/TT-BNV ngày 21 tháng 8 năm 2008 của Bộ Nội vụ hướng dẫn sửa\nđổi, bổ sung Khoản 2 Mục III Phần I, Thông tư số 04/2008/TT-BNV ngày 04 tháng 6\nnăm 2008 của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức\ncủa Sở Nội vụ, Phòng Nội vụ thuộc Uỷ ban nhân dân cấp tỉnh, cấp huyện;\n" +
        "Xét đề nghị của Giám đốc Sở Nội vụ tại văn bản\nsố 2608/SNV-TCBC ngày 15/12/2008,\nQUYẾT\nĐỊNH:\n",
    );
    expect(r["4"]).toEqual(["based_on"]);
    expect(r["6"]).toEqual(["based_on"]);
    expect(r["2608"]).toEqual(["proposed_by"]);
  });
});

describe("a cited decree whose own title holds a ';'", () => {
  it("the title's second part after it ('; quy định chi tiết và hướng dẫn …') is the decree's, not the citing regulation's (fresh39c-005)", () => {
    // Ban Thường vụ Tỉnh ủy Tuyên Quang's Quy định 19-QĐ/TU (2025): one "Căn cứ", its items joined by ";".
    const text =
      "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; " +
      "Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; " +
      "quy định chi tiết và hướng dẫn một số điều của Luật Thi đua, khen thưởng; Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030; " +
      "Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ ủy về phân cấp quản lý cán bộ; " +
      "Quy định số 10-QĐ/TU, ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy Hà Giang, về khen thưởng tổ chức đảng, đảng viên. " +
      "Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng tổ chức đảng, đảng viên.";
    expect(roles(text)).toMatchObject({ "294": ["based_on"], "152": ["based_on"], "9": ["based_on"], "10": ["based_on"] });
    // The law named inside the decree's title is no edge of the regulation's: neither guided nor a second basis.
    const law = analyze(text).citations.filter((c) => c.raw === "Luật Thi đua, khen thưởng");
    expect(law.map((c) => c.role)).toEqual(["references"]);
  });
});

describe("guiding a document 'as amended by' another (NOT_TO_AMENDER, src/analyze/roles/reading.ts)", () => {
  it("'Hướng dẫn thực hiện một số điều của Quyết định số A … đã được sửa đổi, bổ sung một số điều tại Quyết định số B': guides A, not B (07/2022/TT-BLĐTBXH, fresh46h-006)", () => {
    const r = roles(
      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 07/2022/TT-BLĐTBXH\nHà Nội, ngày 25 tháng 4 năm 2022\nTHÔNG TƯ\n" +
        "Hướng dẫn thực hiện một số điều của Quyết định số 57/2013/QĐ-TTg\nngày 14 tháng 10 năm 2013 đã được sửa đổi, bổ sung một số điều\ntại Quyết định số 62/2015/QĐ-TTg ngày 04 tháng 12 năm 2015 của Thủ tướng Chính phủ\nvề trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào và Căm-pu-chi-a\n" +
        "Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;\n",
    );
    expect(r["57"]).toEqual(["guides"]);
    expect(r["62"]).toBeUndefined();
  });

  it("'Bộ Công an quy định chi tiết thi hành một số điều của Nghị định số A … đã được sửa đổi, bổ sung một số điều theo Nghị định số B': guides A only (a 2009 circular, seg33d-011)", () => {
    const r = roles(
      "Thông tư quy định chi tiết thi hành một số điều của nghị định số 58/2001/nđ-cp ngày 24/8/2001 về quản lý và sử dụng con dấu\n" +
        "Căn cứ Nghị định số 77/2009/NĐ-CP ngày 15/9/2009 quy định chức năng , nhiệm vụ , quyền hạn và cơ cấu tổ chức của Bộ Công an ; \n" +
        "Bộ Công an quy định chi tiết thi hành một số điều của Nghị định số 58/2001/NĐ-CP ngày 24/8/2001 về quản lý và sử dụng con dấu đã được sửa đổi , bổ sung một số điều theo Nghị định số 31/2009/NĐ-CP ngày 01/4/2009 ( sau đây viết gọn là Nghị định số 58/2001/NĐ-CP ) , như sau : \n" +
        "Điều 1 . Phạm vi điều chỉnh\n",
    );
    expect(r["58"]).toEqual(["guides"]);
    expect(r["31"]).toBeUndefined();
    expect(r["77"]).toEqual(["based_on"]);
  });

  it("a basis and a task still rest on the amender: 'Căn cứ …' and 'Thực hiện quy định tại Điều 22 Luật … đã được sửa đổi, bổ sung một số điều theo Luật số B' (full32-006)", () => {
    const basis = roles(
      "BỘ TÀI CHÍNH\nSố: 05/2025/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2025\nTHÔNG TƯ\nHướng dẫn quản lý phí\n" +
        "Căn cứ Nghị định số 155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Chứng khoán được sửa đổi, bổ sung bởi Nghị định số 245/2025/NĐ-CP ngày 11 tháng 9 năm 2025;\n",
    );
    expect(basis["155"]).toEqual(["based_on"]);
    expect(basis["245"]).toEqual(["based_on"]);
    const task = roles(
      "BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 627/BHXH-CSYT\nHà Nội, ngày 10 tháng 3 năm 2021\nKính gửi: Bảo hiểm xã hội các tỉnh\n" +
        "Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 đã được sửa đổi, bổ sung một số điều theo Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014, Bảo hiểm xã hội Việt Nam hướng dẫn như sau:\n",
    );
    expect(task["25"]).toEqual(["implements"]);
    expect(task["46"]).toEqual(["implements"]);
  });
});
