/**
 * A page that names the document it prints right after its "toàn văn": "Ban biên tập giới thiệu toàn
 * văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về …" (a reprint of a Party
 * standing committee's resolution, whose own heading has no number line), "Nội dung toàn văn Công văn
 * 722/UBND-MT rà soát cơ sở …" (a legal database's title line above a province's letter). The
 * citation is the object of "toàn văn": the page's text is that document's, whatever verb (or none)
 * stands before. A link's words ("Xem toàn văn Quyết định số … tại đây", LINKED_TEXT_WORDS) offer
 * the text elsewhere: not the page's own.
 */
import { LINKED_TEXT_WORDS, WHOLE_TEXT_WORDS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** Whether `before` (the text right before a citation that opens with its kind word) ends with "toàn văn". */
export function namesPrintedText(before: string): boolean {
  return WHOLE_TEXT_BEFORE().test(before);
}
const WHOLE_TEXT_BEFORE = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<!(?:${phraseSource(LINKED_TEXT_WORDS)})[ \t]+)(?:${phraseSource(WHOLE_TEXT_WORDS)})[ \t]+$`,
  "iu",
));
