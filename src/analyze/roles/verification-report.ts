/**
 * A council's or the Assembly's preamble names the submission and the committee's report verifying it:
 * "Xét Tờ trình số 232/TTr-UBND … của UBND tỉnh Sơn La …. Báo cáo thẩm tra số 154/BC-HĐND … của Ban Văn
 * hoá - Xã hội HĐND tỉnh; tổng hợp ý kiến thảo luận …" (Sơn La 2012, fresh30o-006: a full stop typed where
 * the list's ";" stands), "…; các báo cáo bổ sung, giải trình số …; các báo cáo thẩm tra số 76/BC-HĐND và
 * số 78/BC-HĐND … của Ban Kinh tế - Ngân sách HĐND Thành phố; ý kiến thảo luận …" (Hà Nội 2020,
 * fresh42b-002: the list's member before it named by no kind word the cue carries over). DOMAIN.md §4 puts
 * the report in the preamble beside the submission ("Trên cơ sở xem xét Tờ trình …; Báo cáo thẩm tra …"),
 * and every probe gold that lists one reads it proposed_by: a verification report is made for the
 * proposal and for nothing else, so in the preamble it proposes even where the cue's list broke before it.
 */
import type { Clause } from "../clauses.js";
import { coordinated } from "../reach.js";
import { VERIFICATION_REPORT_WORDS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import type { RoleReading } from "./reading.js";

/** Each preamble citation named by a verification report's kind words and read as a plain reference, and the bare numbers joined to it ("và số 78/BC-HĐND"), proposes. */
export function verificationReportsPropose(r: RoleReading, clauses: readonly Clause[]): void {
  const { text, spans, cited, roles } = r;
  let i = 0;
  for (const clause of clauses) {
    if (clause.part !== "preamble") continue;
    while (i < spans.length && spans[i].start < clause.start) i++;
    for (; i < spans.length && spans[i].start < clause.end; i++) {
      const kindText = cited[i]?.kindText;
      if (roles[i] !== "references" || !kindText || !VERIFICATION_REPORT().test(kindText)) continue;
      roles[i] = "proposed_by";
      for (let j = i + 1; j < spans.length && spans[j].start < clause.end && !cited[j]?.kindText && roles[j] === "references" && coordinated(text, spans[j - 1].end, spans[j].start); j++) roles[j] = "proposed_by";
    }
  }
}

const VERIFICATION_REPORT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:${phraseSource(VERIFICATION_REPORT_WORDS)})(?![\p{L}\p{M}])`, "iu"));
