/**
 * Where a proposal carried past its ";" stops: at the enacting formula. After "Theo đề nghị của …;" the
 * next clause is the issuer's own sentence ("Chính phủ ban hành Nghị quyết …", "Bộ trưởng … ban hành Thông
 * tư …"): a document it names is what the issuer acts on, never the proposal's next paper (which a carried
 * proposal may reach: "…; Báo cáo thẩm tra số …"). A cue right after the formula ("ban hành Thông tư bãi bỏ
 * …") is read by head-cue.ts (enactsBefore); this holds where the act is no cue vncite knows: "Chính phủ ban
 * hành Nghị quyết về việc kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP …" (Nghị quyết
 * 25/2026/NQ-CP, fixtures/fresh/fresh48a-001), "Bộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư ngưng hiệu
 * lực của Thông tư số 08/2022/TT-BKHĐT …" (Thông tư 16/2022/TT-BKHĐT, fresh46h-009, a Công báo signature
 * stamp between the ";" and the formula).
 */
import { KIND_WORDS } from "../reach.js";
import { type Binding, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** The enacting formula "ban hành <kind>". */
const ENACTED = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])ban\s+hành\s+(?:${KIND_WORDS})(?![\p{L}\p{M}])`, "iu"));

/** Whether the clause from `from` to the document at `to`, which the document's own proposal `b` was carried into, is the enacting formula's. */
export function enactedInCarriedClause(text: string, b: Binding, from: number, to: number): boolean {
  return b.type === "proposed_by" && b.actor === SELF && ENACTED().test(text.slice(from, to));
}
