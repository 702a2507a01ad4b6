import { describe, expect, it } from "vitest";
import { isAuthorityLine } from "../../../src/analyze/header/authority-line.js";
import { opensWithIssuerPhrase, readHeader } from "../../../src/analyze/header/index.js";

const lines = (...l: string[]) => () => l;

/** fresh31e-017 (Bắc Ninh, 275/2013/QĐ-UBND): the enacting body's name wrapped after its first two words. */
const WRAPPED_AFTER_TWO = [
  "Số:", "275/2013/QĐ-UBND", "|", "Bắc Ninh, ngày", "26 tháng 7 năm 2013.", "|",
  "QUYẾT ĐỊNH", "BAN HÀNH", "“QUY ĐỊNH CHẾ ĐỘ TRÁCH NHIỆM NGƯỜI ĐỨNG ĐẦU CƠ QUAN, TỔ CHỨC, ĐƠN VỊ CỦA NHÀ NƯỚC",
  "TRÊN ĐỊA BÀN TỈNH BẮC NINH TRONG VIỆC TIẾP DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO VÀ",
  "THỰC HIỆN CÁC QUYẾT ĐỊNH, KẾT LUẬN SAU THANH TRA, KIỂM TRA’’.",
  "ỦY BAN", "NHÂN DÂN TỈNH BẮC NINH", "Căn cứ Luật Tổ chức HĐND và UBND năm 2003;",
].join("\n");
/** fresh30s-003 (Bắc Ninh, 2022): wrapped after its first word. */
const WRAPPED_AFTER_ONE = [
  "Số: 22/QĐ-UBND", "|", "Bắc Ninh, ngày 21 tháng 01 năm 2022", "|",
  "QUYẾT ĐỊNH", "BAN", "HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN THANH NIÊN TỈNH BẮC NINH GIAI ĐOẠN 2021 - 2030",
  "ỦY", "BAN NHÂN DÂN TỈNH BẮC NINH", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
].join("\n");
/** fresh30c-021 and fresh30u-002 (Ủy ban Dân tộc): the minister signs as "Bộ trưởng, Chủ nhiệm". */
const TWO_TITLES = [
  "Số: 133/QĐ-UBDT", "|", "Hà Nội, ngày 18 tháng 02 năm 2021", "|",
  "QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ XÉT TẶNG KỶ NIỆM CHƯƠNG “VÌ SỰ NGHIỆP PHÁT TRIỂN CÁC DÂN TỘC”", "",
  "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", "", "Căn cứ Luật thi đua – khen thưởng ngày 26 tháng 11 năm 2003;",
].join("\n");

describe("the enacting authority's line under a title (authority-line)", () => {
  it("ends the title above a body's name wrapped over two lines", () => {
    expect(readHeader(WRAPPED_AFTER_TWO).title).toBe(
      "BAN HÀNH “QUY ĐỊNH CHẾ ĐỘ TRÁCH NHIỆM NGƯỜI ĐỨNG ĐẦU CƠ QUAN, TỔ CHỨC, ĐƠN VỊ CỦA NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH BẮC NINH TRONG VIỆC TIẾP DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO VÀ THỰC HIỆN CÁC QUYẾT ĐỊNH, KẾT LUẬN SAU THANH TRA, KIỂM TRA’’.",
    );
    expect(readHeader(WRAPPED_AFTER_ONE).title).toBe("BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN THANH NIÊN TỈNH BẮC NINH GIAI ĐOẠN 2021 - 2030");
  });
  it("ends the title above two titles held by one person, a comma between", () => {
    expect(readHeader(TWO_TITLES).title).toBe("BAN HÀNH QUY CHẾ XÉT TẶNG KỶ NIỆM CHƯƠNG “VÌ SỰ NGHIỆP PHÁT TRIỂN CÁC DÂN TỘC”");
  });
  it("reads a wrapped name as the authority's only right above the preamble", () => {
    expect(isAuthorityLine("ỦY BAN", lines("NHÂN DÂN TỈNH BẮC NINH", "Căn cứ Luật …"), opensWithIssuerPhrase)).toBe(true);
    // A title wraps on a body's name too, and goes on after it.
    expect(isAuthorityLine("ỦY BAN", lines("NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC", "GIAI ĐOẠN 2021-2025"), opensWithIssuerPhrase)).toBe(false);
    expect(isAuthorityLine("GIAI ĐOẠN", lines("2021 - 2025", "Căn cứ Luật …"), opensWithIssuerPhrase)).toBe(false);
    expect(isAuthorityLine("BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", lines("Căn cứ Luật …"), opensWithIssuerPhrase)).toBe(true);
    expect(isAuthorityLine("BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", lines("VỀ VIỆC …"), opensWithIssuerPhrase)).toBe(false);
    expect(isAuthorityLine("Ủy ban", lines("nhân dân tỉnh", "Căn cứ Luật …"), opensWithIssuerPhrase)).toBe(false);
  });
});
