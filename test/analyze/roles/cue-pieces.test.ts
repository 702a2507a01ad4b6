/**
 * cuePieces (session 68) leaves out the clauses whose cues can act on no citation; where a clause may head what follows
 * it asks headingMayFollowAt, which must be true wherever settle.ts's headingMayFollow is (else a heading's cue would go
 * unread). The whole analysis with and without the pieces is compared in read-skips.test.ts.
 */
import { describe, expect, it } from "vitest";
import { headingMayFollowAt } from "../../../src/analyze/roles/cue-pieces.js";
import { headingMayFollow } from "../../../src/analyze/roles/settle.js";
import type { RoleReading } from "../../../src/analyze/roles/reading.js";
import type { Clause } from "../../../src/analyze/clauses.js";
import { seededRandom } from "../../helpers/search-equivalence.js";

/** What may stand around a clause's end: line breaks and blanks, list markers, a table's header cells, a stamp, a citation. */
const PIECES = [
  "\n", " ", "\t", "\r\n", "\u00a0", "\u2028", "\ufeff", ";", ":", ".", "- ", "• ", "\ue000 ", "1. ", "12.3) ", "a) ", "đ ) ", "b)", "*", "#", "**2.** ",
  "STT\t", "TT |", "Số TT\t", "SỐ TT\t", "Số thứ tự |", "| 1 | ", "2\t", "3\n|", "Người ký: Cổng thông tin\nThời gian ký: 07.03.2025\n", "94\n",
  "Căn cứ", "Sở", "Trong", "Tổ", "x", "QĐ", "DOC",
];
describe("headingMayFollowAt", () => {
  it("is true wherever headingMayFollow is, at every place of 3,000 random texts", () => {
    const next = seededRandom(68);
    let asked = 0;
    let held = 0;
    for (let t = 0; t < 3000; t++) {
      let text = "";
      const spans: { start: number; end: number }[] = [];
      for (let k = 0, n = 4 + Math.floor(next() * 20); k < n; k++) {
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        // "DOC" stands for a citation: its span.
        if (piece === "DOC") spans.push({ start: text.length, end: text.length + 3 });
        text += piece;
      }
      const r = { text, spans } as unknown as RoleReading;
      for (let end = 1, c = 0; end <= text.length; end++) {
        while (c < spans.length && spans[c].start < end) c++;
        const clause: Clause = { start: 0, end, part: "body", opensList: true };
        asked++;
        if (!headingMayFollow(r, clause, c)) continue;
        held++;
        if (!headingMayFollowAt(text, spans, end, c)) expect.fail(`${JSON.stringify(text)} at ${end}`);
      }
    }
    // The texts reach every branch: most places head nothing, many do.
    expect(held).toBeGreaterThan(asked / 50);
    expect(held).toBeLessThan(asked / 2);
  });
});
