import { describe } from "vitest";
import { freshText as fresh, relationsKeptWhenJustified } from "../helpers/layout.js";

// A word segmenter writes a list item's number and its mark apart ("1 . Điểm b …", "a ) …"), one space between, which
// reach.ts LIST_ITEM and find/named/paragraph.ts HEADING_NUMBER_END took at most; a justified copy widens it ("1  .").
// The repeal list's items were no items (the act no longer reached them), and a law's name at a line's end ran on
// into the next line's number ("Luật Xuất bản ⏎ 1  . Trước khi …" read as a law "Xuất bản 1").
describe("a segmented list item's number before its widened mark", () => {
  relationsKeptWhenJustified([
    // "Quyết định này có hiệu lực … và bãi bỏ : ⏎ 1 . Điểm b , khoản 3 … ⏎ 2 . Khoản 3 , điều 1 quyết định số 23/2007/QĐ-UBND …".
    ["a repeal list's items (reach.ts)", fresh("seg33b", "seg33b-021"), "repeals SELF -> 23/2007/QĐ-UBND~long-an"],
    // "Điều 4 . Thẩm định tác phẩm theo quy định của Điều 21 Luật Xuất bản ⏎ 1 . Trước khi …".
    ["a name at a line's end before an item (find/named)", fresh("seg33e", "seg33e-014"), "based_on SELF -> 30/2004/QH11"],
  ]);
});
