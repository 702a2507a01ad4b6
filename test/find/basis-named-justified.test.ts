import { describe } from "vitest";
import { freshText as fresh, relationsKeptWhenJustified } from "../helpers/layout.js";

// A resolution named in the document's own title (basis-named.ts titleCarriedOut) is read under the text's first kind
// heading, found by startsWith with the heading's one space ("KẾ HOẠCH", "CHỈ THỊ"), and a programme's title before its
// cue by startsWith too ("Chương trình hành động thực hiện Nghị quyết Đại hội …"). A justified page doubles the blanks:
// the heading was not found and the resolution it carries out was lost (LAYOUT-s68-blanks' "implements of a named
// resolution"). Now each space a run of blanks (phraseAt, phraseEndingAt).
describe("basis-named: a title's heading and a programme's title with blanks doubled", () => {
  relationsKeptWhenJustified([
    // "KẾ HOẠCH ⏎ THỰC ⏎ HIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ …" (Hà Nội's 167/KH-UBND).
    ["a plan's heading", fresh("fresh29e", "fresh29e-021"), "implements SELF -> resolution:nghi-quyet-hoi-dong-nhan-dan-thanh-pho-ve-nhung-nhiem-vu-trong-tam-phat-trien-kinh-te-xa-hoi-thu-chi-ngan-sach-6-thang-cuoi-nam-2018@?"],
    // "CHỈ THỊ ⏎⏎ Về việc triển khai thực hiện nghị quyết của Quốc hội ⏎⏎ về công tác đầu tư …" (21/2005/CT-TTg).
    ["a directive's heading", fresh("fresh60j", "fresh60j-002"), "implements SELF -> resolution:nghi-quyet-quoc-hoi-ve-cong-tac-dau-tu-xay-dung-co-ban-su-dung-von-nha-nuoc-chong-lang-phi-that-thoat-trong-dau-tu-xay-dung@?"],
    // "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, …" opening the page.
    ["a programme's title before its cue", fresh("fresh39c", "fresh39c-002"), "implements SELF -> resolution:nghi-quyet-dai-hoi-dai-bieu-dang-bo-thanh-pho-da-nang-lan-thu-i-nhiem-ky-2025-2030@?"],
  ]);
});
