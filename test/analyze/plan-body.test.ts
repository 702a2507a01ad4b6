/**
 * The body of a long plan or decision (its sections "Mục đích, yêu cầu", "Nhiệm vụ, giải pháp", "Tổ
 * chức thực hiện"): how a plan says what it carries on, and what it only names. Own sentences in the
 * drafting patterns of provincial and district plans.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";
import { citedRoles } from "../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
/** A provincial plan: heading, an opening without a basis, then the body given. */
const plan = (body: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 410/KH-UBND\nKon Tum, ngày 14 tháng 6 năm 2023\nKẾ HOẠCH\nNâng cao chỉ số cải cách hành chính năm 2023\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n${body}\n`;

describe("a second task tied to the first ('gắn với việc thực hiện')", () => {
  // A, named after "theo" in a purpose item past the body's first division, is the rule the task follows (a
  // reference: fixtures/fresh/fresh31d-001's note, seg33b-014, fresh29s-001; reach-limits.ts workUnderRule).
  it("'Triển khai … theo Kế hoạch số A … gắn với việc thực hiện Nghị quyết số B': the plan carries out B; A does not carry out B", () => {
    const a = analyze(plan(
      "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai đầy đủ các nhiệm vụ theo Kế hoạch số 25/KH-UBND ngày 02/3/2022 của UBND tỉnh gắn với việc thực hiện Nghị quyết số 11-NQ/TU ngày 20/9/2021 của Tỉnh ủy.",
    ));
    expect(citedRoles(a)).toEqual(["25 references", "11 implements"]);
    expect(nested(a)).toEqual([]);
  });

  it("after a mention no cue reached, the tied task's document is named only ('Bám sát … Nghị quyết số A … gắn với việc tổ chức thực hiện …')", () => {
    const a = analyze(plan(
      "I. MỤC ĐÍCH, YÊU CẦU\nBám sát mục tiêu của Nghị quyết số 68/NQ-CP ngày 12/5/2022 của Chính phủ gắn liền với việc tổ chức thực hiện Chỉ thị số 04-CT/TU ngày 06/7/2021 của Tỉnh ủy.",
    ));
    expect(citedRoles(a)).toEqual(["68 references", "04 references"]);
    expect(nested(a)).toEqual([]);
  });
});

describe("a member of a list named by its kind alone, with its own cue", () => {
  it("'Thực hiện Chỉ thị số A, Kế hoạch thực hiện Chỉ thị số A và Quyết định số B' (undated mentions): the plan carries out A and B; A carries out nothing", () => {
    const a = analyze(plan(
      "I. MỤC ĐÍCH\n- Thực hiện Chỉ thị số 09/CT-UBND của UBND tỉnh, Kế hoạch thực hiện Chỉ thị số 09/CT-UBND và Quyết định số 515/QĐ-UBND của UBND tỉnh.",
    ));
    expect(citedRoles(a)).toEqual(["09 implements", "09 references", "515 implements"]);
    expect(nested(a)).toEqual([]);
  });

  it("'… Nghị quyết số A của Tỉnh ủy, Đề án triển khai Nghị quyết số A và Quyết định số B': B is not A's", () => {
    const a = analyze(plan(
      "II. NHIỆM VỤ\nCác sở, ngành bám sát Nghị quyết số 14-NQ/TU của Tỉnh ủy, Đề án triển khai Nghị quyết số 14-NQ/TU và Quyết định số 612/QĐ-UBND của UBND tỉnh.",
    ));
    expect(nested(a)).toEqual([]);
  });
});

describe("a section's heading line, then a sentence opening with head words and the cue", () => {
  it.each([
    ["II. NỘI DUNG", "Tiếp tục thực hiện Kế hoạch số 52/KH-UBND ngày 04/4/2022 của UBND tỉnh về kiểm soát thủ tục hành chính."],
    ["1. Mục đích", "Đẩy mạnh việc thực hiện Kế hoạch số 52/KH-UBND ngày 04/4/2022 của UBND tỉnh."],
    ["I. MỤC ĐÍCH, YÊU CẦU", "Cụ thể hóa các nhiệm vụ tại Kế hoạch số 52/KH-UBND ngày 04/4/2022 của UBND tỉnh."],
  ])("'%s ⏎ %s': the plan carries it out, as under a bullet", (heading, line) => {
    expect(citedRoles(analyze(plan(`${heading}\n${line}`)))).toEqual(["52 implements"]);
  });

  it("a task item whose head is the task's verbs sets the work for the addressees: a reference (taskItem, CONVENTIONS.md §11)", () => {
    expect(citedRoles(analyze(plan("III. TỔ CHỨC THỰC HIỆN\nTiếp tục triển khai Kế hoạch số 52/KH-UBND ngày 04/4/2022 của UBND tỉnh.")))).toEqual(["52 references"]);
  });

  it("another subject after the heading keeps the mention a reference ('II. NỘI DUNG ⏎ Sở Nội vụ chủ trì thực hiện …')", () => {
    expect(citedRoles(analyze(plan("II. NỘI DUNG\nSở Nội vụ chủ trì thực hiện Kế hoạch số 52/KH-UBND ngày 04/4/2022 của UBND tỉnh.")))).toEqual(["52 references"]);
  });
});

describe("a plan's closing: what it ends", () => {
  const closing = (line: string) => plan(`I. MỤC ĐÍCH\nHoàn thành các chỉ tiêu.\nII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi, đôn đốc.\n${line}`);
  it.each([
    ["Kế hoạch số 77/KH-UBND ngày 05/01/2023 của UBND tỉnh không còn hiệu lực kể từ ngày ký ban hành Kế hoạch này.", "77 repeals"],
    ["Kế hoạch số 77/KH-UBND ngày 05/01/2023 của UBND tỉnh được thay thế bằng Kế hoạch này.", "77 replaces"],
    ["Quyết định số 78/QĐ-UBND ngày 06/01/2023 của UBND tỉnh bị bãi bỏ bởi Kế hoạch này.", "78 repeals"],
  ])("'%s'", (line, expected) => {
    expect(citedRoles(analyze(closing(line)))).toEqual([expected]);
  });

  it("'Kế hoạch số A … đã được thay thế bằng Kế hoạch số B': B replaces A, the plan only names them", () => {
    const a = analyze(closing("Kế hoạch số 77/KH-UBND ngày 05/01/2023 của UBND tỉnh đã được thay thế bằng Kế hoạch số 90/KH-UBND ngày 01/3/2023 của UBND tỉnh."));
    expect(citedRoles(a)).toEqual(["77 references", "90 references"]);
    expect(nested(a)).toEqual(["90/KH-UBND@2023~kon-tum replaces 77/KH-UBND@2023~kon-tum"]);
  });
});

describe("the plan or regulation a decision promulgates, printed after its signature", () => {
  const decisionWith = (attached: string) =>
    "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 36/2023/QĐ-UBND\nTây Ninh, ngày 20 tháng 9 năm 2023\nQUYẾT ĐỊNH\nBan hành Quy định quản lý chợ trên địa bàn tỉnh\n" +
    "ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nCăn cứ Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính phủ về phát triển và quản lý chợ;\nQUYẾT ĐỊNH:\n" +
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ trên địa bàn tỉnh.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2023.\n" +
    "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn C\n" +
    attached;

  it("'QUY ĐỊNH … (Ban hành kèm theo Quyết định số …) … Quy định này thay thế Quy định ban hành kèm theo Quyết định số X': the decision replaces X", () => {
    const a = analyze(decisionWith(
      "QUY ĐỊNH\nQuản lý chợ trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 36/2023/QĐ-UBND ngày 20/9/2023 của UBND tỉnh Tây Ninh)\n" +
      "Điều 1. Phạm vi điều chỉnh\nQuy định này quy định chi tiết một số điều của Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính phủ.\n" +
      "Điều 12. Hiệu lực thi hành\nQuy định này thay thế Quy định ban hành kèm theo Quyết định số 15/2019/QĐ-UBND ngày 03/5/2019 của UBND tỉnh Tây Ninh.\n",
    ));
    expect(citedRoles(a)).toEqual(["60 based_on", "60 guides", "15 replaces"]);
    expect((a.parts ?? []).filter((p) => p.type === "body")).toHaveLength(2);
  });

  it("'KẾ HOẠCH … (Ban hành kèm theo …)': the plan's own cues are the decision's ('Tiếp tục thực hiện …', 'Kế hoạch này thay thế …')", () => {
    const a = analyze(decisionWith(
      "KẾ HOẠCH\nPhát triển chợ năm 2024\n(Ban hành kèm theo Quyết định số 36/2023/QĐ-UBND ngày 20/9/2023 của UBND tỉnh)\nI. MỤC ĐÍCH, YÊU CẦU\n" +
      "1. Tiếp tục thực hiện Kế hoạch số 210/KH-UBND ngày 11/02/2022 của UBND tỉnh.\nII. TỔ CHỨC THỰC HIỆN\nKế hoạch này thay thế Kế hoạch số 61/KH-UBND ngày 01/3/2023 của UBND tỉnh.\n",
    ));
    expect(citedRoles(a)).toEqual(["60 based_on", "210 implements", "61 replaces"]);
  });

  it("an annex's table after the signature stays silent: its rows name documents in passing", () => {
    const a = analyze(decisionWith(
      "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Quyết định số 36/2023/QĐ-UBND ngày 20/9/2023 của UBND tỉnh)\n| 1 | Thực hiện Quyết định số 500/QĐ-UBND ngày 02/3/2023 | Sở Công Thương |\n",
    ));
    expect(citedRoles(a)).toEqual(["60 based_on", "500 references"]);
  });

  it("the attached document's kind line may carry markup ('## **QUY ĐỊNH**', '_QUY ĐỊNH_'); in sentence case it is no kind line", () => {
    const attached = (head: string) =>
      analyze(decisionWith(`${head}\nQuản lý chợ trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 36/2023/QĐ-UBND ngày 20/9/2023 của UBND tỉnh Tây Ninh)\nĐiều 12. Hiệu lực thi hành\nQuy định này thay thế Quy định ban hành kèm theo Quyết định số 15/2019/QĐ-UBND ngày 03/5/2019 của UBND tỉnh Tây Ninh.\n`));
    for (const head of ["## **QUY ĐỊNH**", "\t* QUY ĐỊNH", "_QUY ĐỊNH_"]) {
      const a = attached(head);
      expect(citedRoles(a)).toEqual(["60 based_on", "15 replaces"]);
      expect((a.parts ?? []).filter((p) => p.type === "body")).toHaveLength(2);
    }
    const b = attached("Quy định");
    expect(citedRoles(b)).toEqual(["60 based_on", "15 references"]);
    expect((b.parts ?? []).filter((p) => p.type === "body")).toHaveLength(1);
  });

  it("a kind line in capitals after the signature that says nothing of what it is attached to stays the signature's", () => {
    const a = analyze(decisionWith("KẾ HOẠCH\nThực hiện Quyết định số 501/QĐ-UBND ngày 02/3/2023 của UBND tỉnh.\n"));
    expect(citedRoles(a)).toEqual(["60 based_on", "501 references"]);
    expect((a.parts ?? []).filter((p) => p.type === "body")).toHaveLength(1);
  });
});

describe("a district plan naming itself by its kind's abbreviation", () => {
  it.each([
    ["KH này thay thế KH số 12/KH-UBND ngày 03/02/2023 của UBND huyện.", "12 replaces"],
    ["Các phòng, ban thực hiện nghiêm túc. QĐ này có hiệu lực kể từ ngày ký và thay thế QĐ số 30/QĐ-UBND ngày 05/01/2023 của UBND huyện.", "30 replaces"],
  ])("'%s'", (line, expected) => {
    expect(citedRoles(analyze(plan(`II. TỔ CHỨC THỰC HIỆN\n${line}`)))).toEqual([expected]);
  });
});

describe("a decision approving its own content ('Điều 1. Phê duyệt …')", () => {
  const approving = (article: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 880/QĐ-UBND\nHậu Giang, ngày 02 tháng 6 năm 2023\nQUYẾT ĐỊNH\nVề việc phê duyệt\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;
  it.each([
    ["Điều 1. Phê duyệt Kế hoạch thực hiện Quyết định số 431/QĐ-TTg ngày 10/4/2023 của Thủ tướng Chính phủ, với các nội dung sau:", "431 implements"],
    ["Điều 1. Phê duyệt điều chỉnh Kế hoạch đầu tư công năm 2023 tại Quyết định số 205/QĐ-UBND ngày 15/02/2023 của UBND tỉnh.", "205 amends"],
    ["Điều 1. Phê duyệt danh sách hộ được hỗ trợ theo Quyết định số 205/QĐ-UBND ngày 15/02/2023 của UBND tỉnh.", "205 references"],
  ])("'%s'", (article, expected) => {
    expect(citedRoles(analyze(approving(article)))).toEqual([expected]);
  });
});

describe("a purpose clause opening with 'Để bảo đảm / đảm bảo thực hiện …'", () => {
  it.each([
    ["Để bảo đảm thực hiện nghiêm túc, đồng bộ các nhiệm vụ nêu tại Chỉ thị số 07-CT/TU ngày 11/5/2022 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "07 implements"],
    ["Để đảm bảo triển khai thực hiện có hiệu quả Nghị quyết số 15/NQ-HĐND ngày 20/4/2023 của HĐND tỉnh, UBND tỉnh yêu cầu:", "15 implements"],
    // someone else named before the cue keeps it theirs
    ["- Sở Tài chính bảo đảm thực hiện đúng quy định tại Nghị định số 60/2003/NĐ-CP ngày 06/6/2003 của Chính phủ.", "60 references"],
  ])("'%s'", (line, expected) => {
    expect(citedRoles(analyze(plan(line)))).toEqual([expected]);
  });
});
