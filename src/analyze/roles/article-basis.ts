/**
 * "Căn cứ" inside an article of a document whose preamble holds its legal basis. The preamble's
 * "Căn cứ …" list is the document's basis; a clause of an article that opens with "Căn cứ X" states
 * what a provision or a task rests on: "QUYẾT NGHỊ: ⏎ Điều 1. Về thực hiện ngân sách thành phố năm
 * 2007 ⏎ Căn cứ Nghị quyết số 60/2006/NQ-HĐND …, Hội đồng nhân dân thành phố ghi nhận:" (HĐND TP Hồ
 * Chí Minh 2007, fresh29c-019), and a plan printed after the articles without its signature read, "1.1.
 * Ủy ban nhân dân Thành phố: ⏎ - Căn cứ Quyết định số 22/2013/QĐ-TTg và Thông tư số 09/2013/TT-BXD
 * tổ chức lập và phê duyệt Đề án" (UBND TP Hồ Chí Minh 2014, full32c-001). The dev corpus writes the
 * same in lower case after a comma ("giao cho Uỷ ban nhân dân tỉnh, căn cứ Thông tư liên tịch số
 * 117/2007/TTLT … để điều chỉnh", dev-018; "căn cứ vào … quy định tại Nghị định số 188/2004/NĐ-CP,
 * UBND tỉnh được quyết định", dev-025), which no reading takes for the document's own, and its gold
 * has no basis from an article. A letter or a plan has no preamble: its "Căn cứ" stays its own.
 */
import type { Clause } from "../clauses.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * An article's heading opening a clause: "Điều 1.", "**Điều 2:**". Sticky, tried at the clause's start
 * in place (no slice of the text for each clause read).
 */
const ARTICLE_HEAD = /[\s*#_]*Điều[ \t]+\d{1,3}[ \t]*[.:]/uy;
/** The "Căn cứ" family of basis cues ("Căn cứ", "Căn cứ vào", "Căn vào", damaged "Căn c"), not "Trên cơ sở". */
const BASIS_WORD = lazyRegExp(() => /^căn(?![\p{L}\p{M}])/iu);

/** Follows the parts clause by clause: whether the clause read lies in an article after a preamble. */
export class ArticleTracker {
  private preamble = false;
  private article = false;

  /** Whether `clause` (the next in text order) lies inside an article of a document with a preamble. */
  at(text: string, clause: Clause): boolean {
    if (clause.part === "preamble") {
      this.preamble = true;
      this.article = false;
    } else if (clause.part === "body" || clause.part === "closing") {
      if (this.preamble && !this.article) {
        ARTICLE_HEAD.lastIndex = clause.start;
        this.article = ARTICLE_HEAD.test(text);
      }
    } else {
      // The signature, the recipients, an annex: what comes after is no longer the articles (a plan or
      // a regulation printed after the signature is read afresh, its own articles found again).
      this.article = false;
    }
    return this.article;
  }
}

/** Whether a basis cue at `cueStart` is the "Căn cứ" family's. */
export const isBasisWord = (text: string, cueStart: number): boolean => BASIS_WORD().test(text.slice(cueStart, cueStart + 8));
