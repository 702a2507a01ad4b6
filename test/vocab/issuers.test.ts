import { describe, expect, it } from "vitest";
import { issuerAfterTitle, issuerByCode, issuerByPhrase, OTHER_CODES } from "../../src/vocab/issuers.js";
import { analyze, extract } from "../../src/index.js";

describe("issuer vocabulary", () => {
  it.each([
    ["Bộ NN&PTNT", "BNNPTNT"],
    ["Bộ Nông nghiệp & PTNT", "BNNPTNT"],
    ["Bộ Nông nghiệp và PTNT", "BNNPTNT"],
    ["Bộ GD&ĐT", "BGDĐT"],
    ["Bộ TN&MT", "BTNMT"],
    ["Bộ KH&ĐT", "BKHĐT"],
    ["Bộ LĐ-TB&XH", "BLĐTBXH"],
    ["Bộ LĐTBXH", "BLĐTBXH"],
    ["Bộ GTVT", "BGTVT"],
    // The dash of the name written as a comma, or left out.
    ["Bộ Lao động, Thương binh và Xã hội", "BLĐTBXH"],
    ["Bộ Lao động Thương binh và Xã hội", "BLĐTBXH"],
  ])("knows a ministry shortened as running text writes it: %s", (phrase, code) => {
    expect(issuerByPhrase(phrase)?.code).toBe(code);
    expect(extract(`Công văn số 12/BXD-KTQH ngày 3/4/2014 của ${phrase} về việc`)[0].raw).toMatch(new RegExp(`${phrase}$`));
  });

  it("knows the National Assembly's office and committees, a committee's term written after its code", () => {
    const [notice, review, letter] = extract(
      "Thực hiện Thông báo số 1230/TB-VPQH ngày 23/4/2025 của Văn phòng Quốc hội; Báo cáo thẩm tra số 436/BC-UBPLTP15 ngày 03 tháng 6 năm 2025; theo đề nghị tại văn bản số 1863/UBVĐXH13 ngày 06 tháng 4 năm 2013",
    );
    expect([notice.issuer?.name, notice.issuer?.level, notice.raw.endsWith("Văn phòng Quốc hội")]).toEqual(["Văn phòng Quốc hội", "central", true]);
    expect([review.issuer?.code, review.issuer?.name, review.warnings]).toEqual(["UBPLTP15", "Ủy ban Pháp luật và Tư pháp khóa XV", []]);
    expect([letter.issuer?.name, letter.warnings]).toEqual(["Ủy ban về các vấn đề xã hội khóa XIII", []]);
    expect(issuerByCode("UBPL15")?.name).toBe("Ủy ban Pháp luật khóa XV");
    // Not a committee's code with a term: a code that only starts like one.
    expect(issuerByCode("UBPLX15")).toBeNull();
  });

  it("knows a province's traffic-safety committee by its code alone, a local body", () => {
    const [submission] = extract("Theo đề nghị của Ban An toàn giao thông tỉnh tại Tờ trình số 39/TTr-BATGT ngày 25 tháng 02 năm 2021.");
    expect([submission.issuer?.code, submission.issuer?.name, submission.warnings]).toEqual(["BATGT", "Ban An toàn giao thông", []]);
    expect(issuerByCode("BATGT")?.local).toBe(true);
    // The national committee keeps its own name: the local committee's name is no phrase of it.
    expect(issuerByPhrase("Ủy ban An toàn giao thông Quốc gia")?.code).not.toBe("BATGT");
  });

  it("knows the ministries and departments merged in 2025", () => {
    const [circular, submission] = extract("Căn cứ Thông tư số 12/2025/TT-BNNMT ngày 5/6/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường; Tờ trình số 45/TTr-SNNMT ngày 3/9/2025 của Sở Nông nghiệp và Môi trường tỉnh Đồng Nai");
    expect([circular.issuer?.code, circular.issuer?.level, circular.warnings]).toEqual(["BNNMT", "central", []]);
    expect([submission.issuer?.code, submission.id]).toEqual(["SNNMT", "45/TTr-SNNMT@2025~dong-nai"]);
    expect(issuerByPhrase("Bộ Dân tộc và Tôn giáo")?.code).toBe("BDTTG");
  });

  it("knows a province's industrial-parks board by the codes its ký hiệu spells out", () => {
    // In the pattern of dev-020 (70/TTr-BQLKCN, Thái Bình) and fresh57f-007 (7/QĐ-BQLCKCN, Lào Cai): the board's
    // decisions and submissions are local documents, placed in the citing document's province.
    const text = "UBND TỈNH LÀO CAI\nSố: 45/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Quyết định số 7/QĐ-BQLCKCN ngày 15/01/2026 của Trưởng Ban quản lý các Khu công nghiệp tỉnh Lào Cai; Tờ trình số 70/TTr-BQLKCN ngày 30/12/2025;";
    const found = analyze(text).citations.slice(1);
    expect(found.map((c) => [c.id, c.issuer?.code, c.issuer?.level])).toEqual([
      ["07/QĐ-BQLCKCN@2026~lao-cai", "BQLCKCN", "province"],
      ["70/TTr-BQLKCN@2025~lao-cai", "BQLKCN", "province"],
    ]);
  });

  it("knows the securities commission, the tourism administration and the statistics office, central bodies under a ministry", () => {
    // Invented citations in the pattern of the real ones: each body's code in the ký hiệu, its name after "của".
    const text = "UBND TỈNH LÀO CAI\nSố: 45/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 210/QĐ-UBCK ngày 2/3/2021 của Chủ tịch Ủy ban Chứng khoán Nhà nước; Công văn số 877/TCDL-LH ngày 5/6/2019 của Tổng cục Du lịch; Công văn số 301/TCTK-TKXH ngày 1/4/2022 của Tổng cục Thống kê;";
    const found = analyze(text).citations.slice(1);
    expect(found.map((c) => [c.id, c.issuer?.code, c.issuer?.level, c.jurisdiction?.level, c.warnings.map((w) => w.code)])).toEqual([
      ["210/QĐ-UBCK@2021", "UBCK", "central", "central", []],
      ["877/TCDL-LH@2019", "TCDL", "central", "central", []],
      ["301/TCTK-TKXH@2022", "TCTK", "central", "central", []],
    ]);
    expect(found.map((c) => c.raw.split(" của ")[1])).toEqual(["Chủ tịch Ủy ban Chứng khoán Nhà nước", "Tổng cục Du lịch", "Tổng cục Thống kê"]);
    expect(issuerByPhrase("Uỷ ban Chứng khoán Nhà nước")?.code).toBe("UBCK");
    // The environment and sports administrations; after a ministry's code, the ministry's letter.
    const [env, sport, ministry] = extract("Công văn số 1520/TCMT-QLCT ngày 3/5/2018 của Tổng cục Môi trường; Công văn số 64/TCTDTT-VP ngày 9/1/2020 của Tổng cục Thể dục Thể thao; Công văn số 2210/BTNMT-TCMT ngày 2/6/2019;");
    expect([env.issuer?.code, env.issuer?.level, sport.issuer?.code, sport.raw.endsWith("Tổng cục Thể dục Thể thao"), ministry.issuer?.code]).toEqual(["TCMT", "central", "TCTDTT", true, "BTNMT"]);
  });

  it("knows the Bank for Social Policies' code NHCS: its head office central, a province's branch named with its place", () => {
    // As fresh30g-003 heads its guidance (the bank's name lost from the table's first cell, Hà Nội the
    // place of its head office): a central body's, not a document of the province of Hà Nội.
    const guidance = analyze("NGÂN HÀNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1324/NHCS-TDNN | Hà Nội, ngày 04 tháng 06 năm 2010 |\nHƯỚNG DẪN\nTHỰC HIỆN CHO VAY VỐN\n");
    expect([guidance.self.id, guidance.self.issuer?.name, guidance.self.jurisdiction.level]).toEqual(["1324/NHCS-TDNN@2010", "Ngân hàng Chính sách xã hội", "central"]);
    // A branch numbers with the same code (fresh30g-013: "Tờ trình số 570/TTr-NHCS" of the branch in Hà Tĩnh).
    const [head, branch] = extract("văn bản số 2859/NHCS-TDNN ngày 13/8/2015 của Ngân hàng Chính sách xã hội về cho vay hộ mới thoát nghèo; Công văn số 45/NHCS-KH ngày 3/5/2020 của Ngân hàng CSXH tỉnh Hà Tĩnh");
    expect([head.id, head.issuer?.level, head.raw.endsWith("Ngân hàng Chính sách xã hội")]).toEqual(["2859/NHCS-TDNN@2015", "central", true]);
    expect([branch.id, branch.issuer?.level, branch.warnings]).toEqual(["45/NHCS-KH@2020~ha-tinh", "province", []]);
  });

  it("knows the Council of Ministers and the ministries merged in 2002 and 2007, as older texts cite them", () => {
    const found = extract("Căn cứ Nghị định 245/HĐBT ngày 12/7/1991 của Hội đồng Bộ trưởng; Thông tư số 8/2004/TT-BTM ngày 9/12/2004 của Bộ Thương mại; Quyết định số 70/2006/QĐ-BVHTT của Bộ Văn hóa - Thông tin");
    expect(found.map((c) => [c.issuer?.code, c.issuer?.level, c.warnings.map((w) => w.code)])).toEqual([
      ["HĐBT", "central", []],
      ["BTM", "central", []],
      ["BVHTT", "central", []],
    ]);
    expect(found.map((c) => c.raw.split(" của ")[1])).toEqual(["Hội đồng Bộ trưởng", "Bộ Thương mại", "Bộ Văn hóa - Thông tin"]);
    expect(issuerByPhrase("Bộ Thuỷ sản")?.code).toBe("BTS");
  });

  it("knows a local Fatherland Front committee as a local body, its place after its name", () => {
    const [plan] = extract("Kế hoạch số 12/KH-MTTQ-BTT ngày 5/3/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre");
    expect([plan.issuer?.code, plan.id]).toEqual(["MTTQ", "12/KH-MTTQ-BTT@2020~ben-tre"]);
  });

  it("reads a chairman's code and a desk's dotted code as their people's committee's, and keeps a unit's dot", () => {
    const read = (t: string) => extract(`Quyết định số 1234/${t} ngày 5/3/2020`).map((c) => [c.symbol, c.issuer?.code, c.warnings.map((w) => w.code)]);
    expect(read("QĐ-CT.UBND")).toEqual([["QĐ-CT.UBND", "UBND", []]]);
    expect(read("QĐ-CTUBND")).toEqual([["QĐ-CTUBND", "UBND", []]]);
    expect(read("QĐ-UBND.VX")).toEqual([["QĐ-UBND.VX", "UBND", []]]);
    // At the start, a dot where the dash belongs is still read through.
    expect(read("QĐ.UBND")).toEqual([["QĐ-UBND", "UBND", ["irregular-separator"]]]);
  });

  it("knows a council's standing board by its own code TTHĐND, written apart or run into the type code", () => {
    // listing43 row 80 (Sơn La 23/QĐ-TT HĐND, 2026): "điều chỉnh Danh mục ban hành kèm theo Quyết định số
    // 120/QĐTTHĐND ngày 26/02/2026 của Thường trực HĐND tỉnh"; row 94's own number 03/QĐ-TTHĐND.
    const read = (t: string) => extract(t).map((c) => [c.symbol, c.issuer?.code, c.warnings.map((w) => w.code)]);
    expect(read("Quyết định số 120/QĐTTHĐND ngày 26/02/2026")).toEqual([["QĐ-TTHĐND", "TTHĐND", ["irregular-separator"]]]);
    expect(read("Quyết định số 03/QĐ-TTHĐND ngày 22/4/2026")).toEqual([["QĐ-TTHĐND", "TTHĐND", []]]);
    // "Thông báo số 35/TB-TTHĐND … của Thường trực Hội đồng nhân dân tỉnh" (fresh38a-001): the board's notice.
    expect(read("Thông báo số 35/TB-TTHĐND ngày 20 tháng 10 năm 2023")).toEqual([["TB-TTHĐND", "TTHĐND", []]]);
    // A letter numbered under the board's code alone is its letter, no council's circular ("TT-HĐND").
    expect(read("Công văn số 189/TTHĐND ngày 01/12/2014")).toEqual([["TTHĐND", "TTHĐND", []]]);
  });

  it("shortens no ministry to fewer than four initials", () => {
    for (const phrase of ["Bộ TC", "Bộ CT", "Bộ XD", "Bộ YT"]) expect(issuerByPhrase(phrase)).toBeNull();
  });

  it("reads a ministry's older or office code as that ministry", () => {
    for (const [other, code] of Object.entries(OTHER_CODES)) expect(issuerByCode(other)?.code).toBe(code);
    const [letter] = extract("Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 về việc xây dựng kế hoạch");
    expect([letter.issuer?.code, letter.issuer?.level, letter.warnings]).toEqual(["BNNPTNT", "central", []]);
  });

  it("reads the supreme procuracy's own code VKSTC as that body, a central one, in a cited number and in its own", () => {
    const [directive] = extract("Thực hiện Chỉ thị số 03/CT-VKSTC ngày 20/12/2023 của Viện trưởng về công tác năm 2024");
    expect([directive.issuer?.code, directive.issuer?.level, directive.id, directive.warnings]).toEqual(["VKSNDTC", "central", "03/CT-VKSTC@2023", []]);
    const a = analyze("VIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO\nSố: 52/HD-VKSTC\nHà Nội, ngày 14 tháng 5 năm 2023\nHƯỚNG DẪN\nKiểm sát việc tạm giữ, tạm giam\n");
    expect([a.self.id, a.self.kind, a.self.issuer?.code, a.self.jurisdiction.level]).toEqual(["52/HD-VKSTC@2023", "guidance", "VKSNDTC", "central"]);
  });

  it("reads the national election council's code HĐBCQG as that body, a central one, in a cited number and in its own", () => {
    const [resolution] = extract("Căn cứ Nghị quyết số 12/NQ-HĐBCQG ngày 5/10/2020 quy định mẫu phiếu bầu;");
    expect([resolution.issuer?.code, resolution.issuer?.level, resolution.id]).toEqual(["HĐBCQG", "central", "12/NQ-HĐBCQG@2020"]);
    expect(issuerByPhrase("Hội đồng Bầu cử quốc gia")?.code).toBe("HĐBCQG");
    const a = analyze("HỘI ĐỒNG BẦU CỬ QUỐC GIA\nSố: 15/NQ-HĐBCQG\nHà Nội, ngày 9 tháng 11 năm 2020\nNGHỊ QUYẾT\nVề việc hướng dẫn bầu cử\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n");
    expect([a.self.id, a.self.issuer?.code, a.self.jurisdiction.level]).toEqual(["15/NQ-HĐBCQG@2020", "HĐBCQG", "central"]);
  });

  it("reads the customs administration's code TCHQ as that body, a central one; after the ministry's code it is the ministry's letter", () => {
    const [letter] = extract("theo hướng dẫn tại Công văn số 4521/TCHQ-TXNK ngày 02/6/2016 của Tổng cục Hải quan");
    expect([letter.issuer?.code, letter.issuer?.level, letter.id, letter.warnings]).toEqual(["TCHQ", "central", "4521/TCHQ-TXNK@2016", []]);
    expect(issuerByPhrase("Tổng cục Hải quan")?.code).toBe("TCHQ");
    const a = analyze("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 812/TCHQ-GSQL\nV/v thủ tục hải quan\nHà Nội, ngày 3 tháng 3 năm 2016\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n");
    expect([a.self.id, a.self.issuer?.code, a.self.jurisdiction.level]).toEqual(["812/TCHQ-GSQL@2016", "TCHQ", "central"]);
    const [ministry] = extract("Công văn số 8015/BTC-TCHQ ngày 10/6/2015 của Bộ Tài chính");
    expect([ministry.issuer?.code, ministry.issuers?.length ?? 1]).toEqual(["BTC", 1]);
  });

  it("reads the State Treasury's code KBNN as that body, a central one, also where a copy lost the hyphen ('6905/TBKBNN')", () => {
    expect([issuerByCode("KBNN")?.code, issuerByCode("KBNN")?.level]).toEqual(["KBNN", "central"]);
    const [notice] = extract("Tỷ giá tháng 10 năm 2023 theo Thông báo số 3298/TB-KBNN của Kho bạc Nhà nước");
    expect([notice.kind, notice.id, notice.issuer?.code]).toEqual(["notice", "3298/TB-KBNN@?", "KBNN"]);
    // The hyphenless copy (fresh53d-001): type code and issuer written as one word, split as "26/2015/QĐTTg" is.
    const a = analyze("BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 6905/TBKBNN Hà Nội, ngày 29 tháng 11 năm 2024\nTHÔNG BÁO\nTỶ GIÁ HẠCH TOÁN NGOẠI TỆ THÁNG 12 NĂM 2024\nCăn cứ Quyết định số 26/2015/QĐTTg ngày 08/7/2015 của Thủ tướng Chính phủ;\n");
    expect([a.self.id, a.self.symbol, a.self.kind]).toEqual(["6905/TB-KBNN@2024", "TB-KBNN", "notice"]);
  });
  it("reads the national university's code ĐHQGHN as that body, a central one: its own decision and a citation of it are one node", () => {
    // fresh41c-010 (the decision, "Hà Nội, ngày 21 tháng 10 năm 2022" under its heading) and fresh41c-017 (a
    // member university citing it): the dateline's city is no place of a body whose code no province shares.
    const a = analyze("ĐẠI HỌC QUỐC GIA HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 21 tháng 10 năm 2022\nSố: 3626/QĐ-ĐHQGHN\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế đào tạo đại học tại Đại học Quốc gia Hà Nội\n");
    expect([a.self.id, a.self.issuer?.code, a.self.jurisdiction.level]).toEqual(["3626/QĐ-ĐHQGHN@2022", "ĐHQGHN", "central"]);
    const [cited] = extract("Căn cứ Quyết định số 3626/QĐ-ĐHQGHN ngày 21/10/2022 của Đại học Quốc gia Hà Nội về việc ban hành Quy chế đào tạo đại học;");
    expect([cited.id, cited.issuer?.code, cited.issuer?.level, cited.warnings]).toEqual(["3626/QĐ-ĐHQGHN@2022", "ĐHQGHN", "central", []]);
  });
});

describe("the Government under its name of 1960-1981 ('Hội đồng Chính phủ')", () => {
  it("is the Government (CP), after 'của' in a citation and as the enacting line after a title", () => {
    expect(issuerByPhrase("Hội đồng Chính phủ")?.code).toBe("CP");
    const [resolution] = extract("Thực hiện nghị quyết của Hội đồng Chính phủ số 41-CP ngày 2 tháng 3 năm 1976 về công tác thủy lợi.");
    expect([resolution.kind, resolution.issuer?.code, resolution.id]).toEqual(["resolution", "CP", "41/CP@1976"]);
    // The title ends at the enacting body's line, as it does at "HỘI ĐỒNG BỘ TRƯỞNG".
    const a = analyze("HỘI ĐỒNG CHÍNH PHỦ\nSố: 88-CP\nHà Nội, ngày 5 tháng 4 năm 1975\nNGHỊ ĐỊNH\nBAN HÀNH ĐIỀU LỆ VỀ QUẢN LÝ KHO LƯƠNG THỰC\nHỘI ĐỒNG CHÍNH PHỦ\nCăn cứ vào Luật tổ chức Hội đồng Chính phủ ngày 14 tháng 7 năm 1960;\nNGHỊ ĐỊNH:\n");
    expect([a.self.id, a.self.issuer?.code, a.self.title]).toEqual(["88/CP@1975", "CP", "BAN HÀNH ĐIỀU LỆ VỀ QUẢN LÝ KHO LƯƠNG THỰC"]);
  });
});

describe("issuerAfterTitle", () => {
  it("reads the body after a signer's title, in any case; a title alone or no title names none", () => {
    expect(issuerAfterTitle("Bộ trưởng Bộ Tài chính")?.code).toBe("BTC");
    expect(issuerAfterTitle("CHỦ TỊCH ỦY BAN NHÂN DÂN")?.code).toBe("UBND");
    expect(issuerAfterTitle("Bộ Tài chính")).toBeNull();
    expect(issuerAfterTitle("Chủ tịch")).toBeNull();
    expect(issuerAfterTitle("Chủ tịchỦy ban nhân dân")).toBeNull();
  });
});
