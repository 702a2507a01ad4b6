import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const others = (text: string) =>
  analyze(text)
    .citations.filter((c) => c.role !== "self")
    .map((c) => `${c.id} ${c.role}`);

describe("the mass organisations' codes are local bodies' (a chapter in every province)", () => {
  const plan = (heading: string, number: string, place: string, opening: string) =>
    `${heading}\nSố: ${number}\n${place}, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nTuyên truyền về an toàn giao thông\n${opening}\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n`;

  it("a union's guidance cited by a department gets the province, as a people's committee's plan does", () => {
    const text = plan(
      "UBND TỈNH NAM ĐỊNH\nSỞ GIAO THÔNG VẬN TẢI",
      "41/KH-SGTVT",
      "Nam Định",
      "Thực hiện Hướng dẫn số 07-HD/LĐLĐ ngày 10/5/2023 của Ban Thường vụ Liên đoàn Lao động tỉnh; Kế hoạch số 22-KH/TĐTN-TG ngày 12/5/2023 của Ban Thường vụ Tỉnh đoàn, Sở Giao thông vận tải xây dựng kế hoạch như sau:",
    );
    expect(others(text)).toEqual(["07-HD/LĐLĐ@2023~nam-dinh implements", "22-KH/TĐTN-TG@2023~nam-dinh implements"]);
  });

  it("the province named after the body is the cited chapter's", () => {
    const text = plan(
      "HỘI NÔNG DÂN\nHUYỆN HẢI HẬU",
      "18-KH/HND",
      "Hải Hậu",
      "Thực hiện Kế hoạch số 31-KH/HNDT ngày 15/5/2023 của Ban Thường vụ Hội Nông dân tỉnh Nam Định, Ban Thường vụ Hội Nông dân huyện xây dựng kế hoạch như sau:",
    );
    const a = analyze(text);
    expect(a.self.id).toBe("18-KH/HND@2023~?/huyen-hai-hau");
    expect(a.self.issuer?.name).toBe("Hội Nông dân huyện Hải Hậu");
    expect(others(text)).toEqual(["31-KH/HNDT@2023~nam-dinh implements"]);
  });

  it("a chapter named for the country is the national body: no province", () => {
    const text = plan(
      "HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH NAM ĐỊNH",
      "55/KH-HPN",
      "Nam Định",
      "Thực hiện Kế hoạch số 09/KH-HPN ngày 02/3/2023 của Hội Liên hiệp Phụ nữ Việt Nam, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng kế hoạch như sau:",
    );
    expect(analyze(text).self.id).toBe("55/KH-HPN@2023~nam-dinh");
    expect(others(text)).toEqual(["09/KH-HPN@2023 implements"]);
  });

  it("the Youth Union's committee heads its plan with its province after 'TỈNH ĐOÀN'", () => {
    const a = analyze(plan("TỈNH ĐOÀN NAM ĐỊNH", "60-KH/TĐTN-TNNT", "Nam Định", "Căn cứ chương trình công tác năm 2023, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch như sau:"));
    expect(a.self.id).toBe("60-KH/TĐTN-TNNT@2023~nam-dinh");
    expect(a.self.issuer?.code).toBe("TĐTN");
  });
});

describe("the mass organisations' central bodies", () => {
  it("the Youth Union's central committee is not the Party's, and its numbers carry no province", () => {
    const text =
      "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 140-KH/TWĐTN-TNNT\nHà Nội, ngày 20 tháng 3 năm 2023\nKẾ HOẠCH\nTổ chức ngày hội thanh niên\nCăn cứ Kế hoạch số 95-KH/TWĐTN-VP ngày 10/01/2023 của Ban Bí thư Trung ương Đoàn về chương trình công tác năm 2023, Ban Bí thư Trung ương Đoàn ban hành kế hoạch như sau:\n";
    const a = analyze(text);
    expect(a.self.id).toBe("140-KH/TWĐTN-TNNT@2023");
    expect(a.self.issuer?.code).toBe("TWĐTN");
    const cited = a.citations.find((c) => c.role !== "self")!;
    expect(cited.id).toBe("95-KH/TWĐTN-VP@2023");
    expect(cited.issuer?.code).toBe("TWĐTN");
  });

  it("the General Confederation's and the Front's central committee's codes are central", () => {
    const text =
      "LIÊN ĐOÀN LAO ĐỘNG\nTỈNH NAM ĐỊNH\nSố: 77/HD-LĐLĐ\nNam Định, ngày 05 tháng 6 năm 2023\nHƯỚNG DẪN\nTổ chức Tháng Công nhân\nThực hiện Hướng dẫn số 12/HD-TLĐ ngày 01/3/2023 của Tổng Liên đoàn Lao động Việt Nam; Hướng dẫn số 08/HD-MTTW-BTT ngày 02/3/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn như sau:\n";
    const a = analyze(text);
    expect(a.self.id).toBe("77/HD-LĐLĐ@2023~nam-dinh");
    expect(a.self.issuer?.name).toBe("Liên đoàn Lao động tỉnh Nam Định");
    expect(others(text)).toEqual(["12/HD-TLĐ@2023 implements", "08/HD-MTTW-BTT@2023 implements"]);
  });
});

describe("a department's plan carrying out the province's plan", () => {
  it("implements the province's plan; the decree the plan carries out is the plan's", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSỞ TƯ PHÁP\nSố: 88/KH-STP\nNam Định, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nTriển khai công tác bồi thường nhà nước\nThực hiện Kế hoạch số 45/KH-UBND ngày 10/5/2023 của UBND tỉnh về triển khai thi hành Nghị định số 68/2018/NĐ-CP ngày 15/5/2018 của Chính phủ, Sở Tư pháp xây dựng kế hoạch như sau:\n";
    const a = analyze(text);
    expect(a.self.issuer?.code).toBe("STP");
    expect(a.self.issuer?.name).toBe("Sở Tư pháp tỉnh Nam Định");
    const rel = a.relations.map((r) => `${r.from === a.self.id ? "SELF" : r.from} ${r.type} ${r.to}`);
    expect(rel).toContain("SELF implements 45/KH-UBND@2023~nam-dinh");
    expect(rel).toContain("45/KH-UBND@2023~nam-dinh implements 68/2018/NĐ-CP");
    expect(rel).not.toContain("SELF implements 68/2018/NĐ-CP");
  });
});

describe("a header's two columns flattened onto one line", () => {
  it("the date after a run of spaces is the document's own", () => {
    const text =
      "HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n   Số: 210-CV/HNDTW                              Hà Nội, ngày 14 tháng 8 năm 2022\nV/v tổ chức hội thi\nKính gửi: Ban Thường vụ Hội Nông dân các tỉnh, thành phố\n";
    const a = analyze(text);
    expect(a.self.date).toBe("2022-08-14");
    expect(a.self.id).toBe("210-CV/HNDTW@2022");
  });
});

describe("a department named by its initials", () => {
  it("'Sở GD&ĐT', 'Sở NN&PTNT', 'Sở Nông nghiệp và PTNT' name the province's department", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nHUYỆN GIAO THỦY\nSố: 90/KH-UBND\nGiao Thủy, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nPhòng chống dịch bệnh gia súc\nThực hiện Công văn số 310/SNN-CNTY ngày 12/5/2023 của Sở NN&PTNT tỉnh Nam Định; Công văn số 415/SGDĐT-CTTT ngày 14/5/2023 của Sở GD&ĐT tỉnh Nam Định, UBND huyện xây dựng kế hoạch như sau:\n";
    const cited = analyze(text).citations.filter((c) => c.role !== "self");
    expect(cited.map((c) => `${c.id} ${c.issuer?.code}`)).toEqual(["310/SNN-CNTY@2023~nam-dinh SNNPTNT", "415/SGDĐT-CTTT@2023~nam-dinh SGDĐT"]);
  });
});

describe("joint plans of a department and a mass organisation", () => {
  it("'KHPH', 'KHLT', 'CTPH' are a joint plan's and a joint programme's type codes", () => {
    const text =
      "SỞ Y TẾ - HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nSố: 03/KHPH-SYT-HND\nNam Định, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH PHỐI HỢP\nChăm sóc sức khỏe hội viên\nThực hiện Chương trình phối hợp số 02/CTPH-BYT-HNDVN ngày 10/3/2022 giữa Bộ Y tế và Trung ương Hội Nông dân Việt Nam; Kế hoạch liên tịch số 07/KHLT-SYT-HND ngày 02/02/2021, Sở Y tế và Hội Nông dân tỉnh xây dựng kế hoạch như sau:\n";
    const a = analyze(text);
    expect(a.self.kind).toBe("plan");
    expect(a.warnings.filter((w) => w.code === "unknown-type-code")).toEqual([]);
    const cited = a.citations.filter((c) => c.role !== "self");
    expect(cited.map((c) => `${c.kind} ${c.id} ${c.role}`)).toEqual([
      "program 02/CTPH-BYT-HNDVN@2022 implements",
      "plan 07/KHLT-SYT-HND@2021~nam-dinh implements",
    ]);
  });
});

describe("a district's office of education", () => {
  it("heads its plan under the district's committee and numbers as a district body", () => {
    const text =
      "UBND HUYỆN XUÂN TRƯỜNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 140/KH-PGDĐT\nXuân Trường, ngày 05 tháng 9 năm 2023\nKẾ HOẠCH\nThực hiện nhiệm vụ năm học\nThực hiện Kế hoạch số 52/KH-UBND ngày 20/8/2023 của UBND huyện Xuân Trường; Kế hoạch số 133/KH-SGDĐT ngày 15/8/2023 của Sở Giáo dục và Đào tạo tỉnh Nam Định, Phòng Giáo dục và Đào tạo xây dựng kế hoạch như sau:\n";
    const a = analyze(text);
    expect(a.self.id).toBe("140/KH-PGDĐT@2023~?/huyen-xuan-truong");
    expect(a.self.issuer?.name).toBe("Phòng Giáo dục và Đào tạo huyện Xuân Trường");
    expect(others(text)).toEqual(["52/KH-UBND@2023~?/huyen-xuan-truong implements", "133/KH-SGDĐT@2023~nam-dinh implements"]);
  });

  it("its code in a commune's text is a district body's whose district is not named", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nXÃ HẢI MINH\nSố: 30/KH-UBND\nHải Minh, ngày 05 tháng 10 năm 2023\nKẾ HOẠCH\nPhổ cập giáo dục\nCăn cứ Hướng dẫn số 210/HD-PGDĐT ngày 20/9/2023 về phổ cập giáo dục, Ủy ban nhân dân xã xây dựng kế hoạch như sau:\n";
    expect(others(text)).toEqual(["210/HD-PGDĐT@2023~?/? based_on"]);
  });
});

describe("the Front's and the mass organisations' type codes are the Party's", () => {
  it("'TT' of a Front committee is a thông tri (a notice), not a circular, numbered either way", () => {
    const text =
      "ỦY BAN MTTQ VIỆT NAM\nTỈNH NAM ĐỊNH\nBAN THƯỜNG TRỰC\nSố: 40/KH-MTTQ-BTT\nNam Định, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết\nThực hiện Thông tri số 03/TT-MTTQ-BTT ngày 10/5/2023 và văn bản số 04/TT-MTTQ-BTT ngày 12/5/2023 của Ban Thường trực Ủy ban MTTQ tỉnh; Thông tư số 05/2023/TT-BTC ngày 1/2/2023 của Bộ Tài chính, Ban Thường trực xây dựng kế hoạch như sau:\n";
    const a = analyze(text);
    expect(a.self.id).toBe("40/KH-MTTQ-BTT@2023~nam-dinh");
    expect(a.citations.filter((c) => c.role !== "self").map((c) => `${c.id} ${c.kind}`)).toEqual([
      "03/TT-MTTQ-BTT@2023~nam-dinh notice",
      "04/TT-MTTQ-BTT@2023~nam-dinh notice",
      "05/2023/TT-BTC circular",
    ]);
    expect(a.citations.flatMap((c) => c.warnings).filter((w) => w.code === "kind-mismatch")).toEqual([]);
  });
});

describe("a chapter heads its documents under the national organisation", () => {
  it("the national body's line above does not make the chapter's document central", () => {
    const plan = (heading: string, number: string) =>
      `${heading}\nSố: ${number}\nNam Định, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nTổ chức Tháng hành động\nThực hiện Kế hoạch số 45/KH-UBND ngày 10/5/2023 của UBND tỉnh, Ban Thường vụ xây dựng kế hoạch như sau:\n`;
    const union = analyze(plan("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH", "61/KH-LĐLĐ"));
    expect(union.self.id).toBe("61/KH-LĐLĐ@2023~nam-dinh");
    expect(union.self.jurisdiction.level).toBe("province");
    const farmers = analyze(plan("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH NAM ĐỊNH\n*", "62-KH/HNDT"));
    expect(farmers.self.id).toBe("62-KH/HNDT@2023~nam-dinh");
    expect(farmers.relations.map((r) => r.to)).toEqual(["45/KH-UBND@2023~nam-dinh"]);
  });

  it("a ministry's unit whose code names no known body is still central", () => {
    const a = analyze("BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC\nSố: 45/QLD-CL\nHà Nội, ngày 03 tháng 6 năm 2023\nV/v tăng cường quản lý thuốc\nKính gửi: Sở Y tế các tỉnh\n");
    expect(a.self.jurisdiction.level).toBe("central");
    expect(a.self.id).toBe("45/QLD-CL@2023");
  });
});

describe("a national body's provincial branch", () => {
  const letter = (heading: string, place: string) =>
    `${heading}\nSố: 123/BHXH-QLT\n${place}, ngày 03 tháng 6 năm 2023\nV/v thu bảo hiểm xã hội\nKính gửi: các đơn vị sử dụng lao động\nThực hiện Công văn số 900/BHXH-QLT ngày 10/5/2023 của Bảo hiểm xã hội Việt Nam; Công văn số 45/BHXH-TST ngày 12/5/2023 của BHXH tỉnh Hà Nam, đề nghị các đơn vị thực hiện như sau:\n`;

  it("heads its letter with its place and numbers with the national code: the branch's, in its province", () => {
    const a = analyze(letter("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH NAM ĐỊNH", "Nam Định"));
    expect(a.self.id).toBe("123/BHXH-QLT@2023~nam-dinh");
    expect(a.self.issuer?.name).toBe("Bảo hiểm xã hội tỉnh Nam Định");
    const cited = a.citations.filter((c) => c.role !== "self");
    expect(cited.map((c) => c.id)).toEqual(["900/BHXH-QLT@2023", "45/BHXH-TST@2023~ha-nam"]);
    expect(cited.flatMap((c) => c.warnings).filter((w) => w.code === "issuer-mismatch")).toEqual([]);
  });

  it("the national body's own letter stays central", () => {
    expect(analyze(letter("BẢO HIỂM XÃ HỘI VIỆT NAM", "Hà Nội")).self.id).toBe("123/BHXH-QLT@2023");
  });
});

describe("a committee heads its document under the committee above it", () => {
  const plan = (heading: string) =>
    `${heading}\nSố: 30/KH-UBND\nHải Minh, ngày 05 tháng 10 năm 2023\nKẾ HOẠCH\nPhòng chống thiên tai\nThực hiện Kế hoạch số 88/KH-UBND ngày 20/9/2023 của UBND huyện, UBND xã xây dựng kế hoạch như sau:\n`;

  it("the commune under its district is the issuer, not the district", () => {
    const a = analyze(plan("UBND HUYỆN HẢI HẬU\nỦY BAN NHÂN DÂN XÃ HẢI MINH"));
    expect(a.self.id).toBe("30/KH-UBND@2023~?/xa-hai-minh");
    expect(a.self.jurisdiction.level).toBe("commune");
  });

  it("the district under its province is the issuer, at the district's level", () => {
    const a = analyze(plan("UBND TỈNH NAM ĐỊNH\nUBND HUYỆN HẢI HẬU"));
    expect(a.self.id).toBe("30/KH-UBND@2023~nam-dinh/huyen-hai-hau");
    expect(a.self.jurisdiction.level).toBe("district");
    expect(a.relations.map((r) => r.to)).toEqual(["88/KH-UBND@2023~nam-dinh/huyen-hai-hau"]);
  });
});

describe("a list's next member named by whose direction it carries", () => {
  it("'Thực hiện Kế hoạch số … và chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số …': both are carried out", () => {
    const text =
      "SỞ TƯ PHÁP\nSố: 90/KH-STP\nNam Định, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nRà soát văn bản\nThực hiện Kế hoạch số 47/KH-UBND ngày 11/5/2023 của UBND tỉnh về rà soát văn bản quy phạm pháp luật và ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 240/UBND-NC ngày 15/5/2023, Sở Tư pháp xây dựng kế hoạch như sau:\n";
    expect(others(text)).toEqual(["47/KH-UBND@2023~nam-dinh implements", "240/UBND-NC@2023~nam-dinh implements"]);
  });

  it("in a proposal's clause the opinion so named is proposed_by, as before", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 500/QĐ-UBND\nNam Định, ngày 05 tháng 6 năm 2023\nQUYẾT ĐỊNH\nVề việc phê duyệt dự toán\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nXét đề nghị của Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 1/3/2023 và ý kiến của Sở Tư pháp tại Công văn số 13/STP-VB ngày 2/3/2023;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt dự toán.\n";
    expect(others(text)).toEqual(["12/TTr-STC@2023~nam-dinh proposed_by", "13/STP-VB@2023~nam-dinh proposed_by"]);
  });
});

describe("a document another actor issued, after the cue's own object", () => {
  it("'Thực hiện <a plan named without number>, … UBND tỉnh đã ban hành Chương trình hành động số …': the programme is referenced", () => {
    const text =
      "SỞ Y TẾ\nSố: 12/KH-SYT\nNam Định, ngày 05 tháng 02 năm 2024\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2024\nThực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, ngay từ đầu năm UBND tỉnh đã ban hành Chương trình hành động số 35/CTr-UBND ngày 29/01/2024 với nhiều nhiệm vụ cụ thể.\n";
    expect(others(text)).toEqual(["35/CTr-UBND@2024~nam-dinh references"]);
  });

  it("a programme joined to the plan by 'và' is still carried out", () => {
    const text =
      "SỞ Y TẾ\nSố: 13/KH-SYT\nNam Định, ngày 05 tháng 02 năm 2024\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2024\nThực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024 và Chương trình hành động số 35/CTr-UBND ngày 29/01/2024 của UBND tỉnh, Sở Y tế xây dựng kế hoạch như sau:\n";
    expect(others(text)).toEqual(["35/CTr-UBND@2024~nam-dinh implements"]);
  });
});

describe("a chapter's executive committee under its organisation's name", () => {
  it("'ĐOÀN TNCS HỒ CHÍ MINH ⏎ BCH ĐOÀN XÃ Y' names the commune", () => {
    const a = analyze(
      "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ HẢI PHONG\n***\nSố: 07-KH/ĐTN\nHải Phong, ngày 03 tháng 6 năm 2023\nKẾ HOẠCH\nRa quân tình nguyện hè\nThực hiện Kế hoạch số 22-KH/HĐTN ngày 20/5/2023 của Ban Thường vụ Huyện đoàn, Ban Chấp hành Đoàn xã xây dựng kế hoạch như sau:\n",
    );
    expect(a.self.id).toBe("07-KH/ĐTN@2023~?/xa-hai-phong");
    expect(a.self.jurisdiction.level).toBe("commune");
  });
});

describe("a guidance whose subject line opens with a cue", () => {
  it("'HƯỚNG DẪN ⏎ Thực hiện Quyết định số …' carries the decision out: the kind line does not swallow the cue", () => {
    const text =
      "UBND TỈNH NAM ĐỊNH\nSỞ NỘI VỤ\nSố: 06/HD-SNV\nNam Định, ngày 03 tháng 7 năm 2023\nHƯỚNG DẪN\nThực hiện Quyết định số 14/2023/QĐ-UBND ngày 12/6/2023 của UBND tỉnh về phân cấp quản lý viên chức\nI. PHẠM VI\n1. Các đơn vị sự nghiệp.\n";
    expect(others(text)).toEqual(["14/2023/QĐ-UBND~nam-dinh implements"]);
  });
});

describe("a Youth Union committee headed under its executive's name ('BCH HUYỆN ĐOÀN X', 'BAN CHẤP HÀNH QUẬN ĐOÀN Y')", () => {
  const plan = (line: string, number: string) =>
    `ĐOÀN TNCS HỒ CHÍ MINH\n${line}\n***\nSố: ${number}\nThanh Chương, ngày 2 tháng 3 năm 2022\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2022\nThực hiện Kế hoạch số 41-KH/TĐTN-PT ngày 20/02/2022 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ ban hành kế hoạch như sau:`;

  it("places it in the district or city its line names after 'đoàn', not in one called 'Đoàn …'", () => {
    const cases: [string, string, string, string][] = [
      ["BCH HUYỆN ĐOÀN THANH CHƯƠNG", "07-KH/HĐTN", "district", "huyện Thanh Chương"],
      ["BAN CHẤP HÀNH QUẬN ĐOÀN 5", "07-KH/QĐTN", "district", "quận 5"],
      ["BCH THỊ ĐOÀN CỬA LÒ", "07-KH/TĐTN", "district", "thị xã Cửa Lò"],
    ];
    for (const [line, number, level, district] of cases) {
      const s = analyze(plan(line, number), { path: "kh.txt" }).self;
      expect([s.jurisdiction.level, s.jurisdiction.district]).toEqual([level, district]);
    }
    const province = analyze(plan("BCH TỈNH ĐOÀN NGHỆ AN", "07-KH/TĐTN"), { path: "kh.txt" }).self;
    expect([province.jurisdiction.level, province.jurisdiction.province]).toEqual(["province", "Nghệ An"]);
  });

  it("keeps a commune named 'Đoàn …' under its committee's heading", () => {
    const s = analyze("ỦY BAN NHÂN DÂN\nXÃ ĐOÀN KẾT\nSố: 12/KH-UBND\nĐoàn Kết, ngày 15 tháng 3 năm 2021\nKẾ HOẠCH\nCải cách hành chính năm 2021", { path: "kh.txt" }).self;
    expect([s.jurisdiction.level, s.jurisdiction.district]).toEqual(["commune", "xã Đoàn Kết"]);
  });
});

describe("a header table flattened without its breaks runs the ký hiệu into the heading beside it", () => {
  const own = (text: string) => {
    const self = analyze(text).self;
    return `${self.number}/${self.symbol}`;
  };

  it("keeps the ký hiệu's last code run into the motto ('-TĐTNCỘNG HOÀ', fresh30f-005)", () => {
    const text =
      "LIÊN ĐOÀN LAO ĐỘNG - TỈNH ĐOÀN\n\nTỈNH BÌNH DƯƠNG\n\n\nSố: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\nBình Dương, ngày 4 tháng 4 năm 2016\n\n\nKẾ HOẠCH\n\nTổ chức Lễ phát động \"Tháng công nhân\"\n";
    expect(own(text)).toBe("02/KHLT-LĐLĐ-TĐTN");
  });

  it("keeps the ký hiệu's last code run into the Youth Union's name ('-VPĐOÀN TNCS', fresh29j-003's header)", () => {
    const text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013\nQUYẾT ĐỊNH\nVề việc ban hành Quy định\n";
    expect(own(text)).toBe("367/QĐ/TWĐTN-VP");
  });
});
