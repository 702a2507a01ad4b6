/**
 * "Điều 3. Bãi bỏ Điều 7" (Thông tư 56/2026/TT-BTC, whose title amends 52/2025/TT-BTC, fixtures/fresh
 * fresh46b-017), "3. Bãi bỏ các điều 5 và 6." (Bộ LĐTBXH's circular of 2021 amending 08/2020/TT-BLĐTBXH,
 * fresh46b-014), "Điều 7. Bãi bỏ Điều 49 và điểm a, điểm b khoản 1 … Điều 50." (a decree amending
 * 122/2021/NĐ-CP, full32-002): an amending document repeals units of the document its title amends
 * without naming it again. A part's repeal is the document's repeal (the dev gold: dev-005's "Bãi bỏ
 * điểm e khoản 3 Điều 6 của Qui định … Quyết định số 06/2008/QĐ-UBND" is repeals 06; fixtures/fresh/
 * CONVENTIONS.md §2), so the title's document is repealed too. Only when the title and the enacting formula
 * amend one document (two would leave the units' owner unsaid) and the item names no document on its line.
 */
import type { RelationType } from "../../types.js";
import type { Clause } from "../clauses.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { lastAtOrBefore } from "../../shared/search.js";

/**
 * A line opening with an article's or item's number and "Bãi bỏ" then units or words of a document:
 * "Điều 3. Bãi bỏ Điều 7", "3. Bãi bỏ các điều 5 và 6.", "8. Bãi bỏ khoản 1, khoản 2 Điều 4". Flat: linear.
 */
const UNIT_REPEAL_LINE =
  lazyRegExp(() => /^[ \t*_]*(?:Điều[ \t]+\d+[a-zđ]?[ \t]*[.:][ \t]*|\d{1,2}[ \t]*[.)][ \t]*|[a-zđ][ \t]*\)[ \t]*)?Bãi[ \t]+bỏ[ \t]+(?:các[ \t]+|một[ \t]+phần[ \t]+)?(?:điều|khoản|điểm|phụ[ \t]+lục|mục|chương|cụm[ \t]+từ)(?![\p{L}\p{N}])/gimu);

/**
 * The further act (repeals) of the title's amended document, added to `alsoActs` at its title mention,
 * when the body repeals units that no document on their line owns.
 */
export function unnamedUnitRepeals(r: RoleReading, clauses: readonly Clause[], alsoActs: (readonly RelationType[] | null)[]): void {
  if (r.recounts || r.spans.length === 0) return;
  let titleEnd = -1;
  let target = -1;
  let targetKey: string | null = null;
  // The title, and the preamble's enacting formula ("Bộ trưởng … ban hành Thông tư sửa đổi, bổ sung một số
  // điều của Thông tư số X"), where a page's layout leaves the subject line out of the title part.
  for (const clause of clauses) {
    if (clause.part !== "title" && clause.part !== "preamble") continue;
    titleEnd = Math.max(titleEnd, clause.end);
    // From the clause's first document (a binary search): a walk from the text's first one, once per clause, was
    // quadratic on a text of many short preamble clauses (session 58's audit).
    for (let i = lastAtOrBefore(r.spans, clause.start - 1, spanStart) + 1; i < r.spans.length && r.spans[i].start < clause.end; i++) {
      if ((r.roles[i] !== "amends" || r.bindingOf[i]?.actor !== SELF) && !afterOwnAmendingName(r, i)) continue;
      const key = `${r.cited[i].number}/${r.cited[i].symbol}`;
      if (targetKey === null) {
        targetKey = key;
        target = i;
      } else if (key !== targetKey) return;
    }
  }
  if (target < 0 || !repealsUnnamedUnits(r, clauses, titleEnd)) return;
  const also = alsoActs[target];
  if (also?.includes("repeals")) return;
  alsoActs[target] = also ? [...also, "repeals"] : ["repeals"];
}

/**
 * An amending law's own name carries its act: "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA ⏎ LUẬT TẦN SỐ VÔ TUYẾN
 * ĐIỆN", "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện số 42/2009/QH12"
 * (Luật 09/2022/QH15, fixtures/fresh fresh56e-002; Luật 76/2025/QH15 amending 59/2020/QH14, fresh56e-001;
 * fresh55i-002, fresh55i-009, fresh45b-013 are written so too). The verbs lie inside the text's own named
 * citation, so no cue is read and the numbered law right after it is no SELF act in this reading (the body's
 * article heading makes it amended later). A numbered citation straight after the own amending name is the
 * amended document all the same.
 */
function afterOwnAmendingName(r: RoleReading, i: number): boolean {
  // The own name is no SELF citation yet in this reading (identification comes later): its words tell it, and
  // the law after it is read as nothing else (a "Căn cứ Luật sửa đổi … của Luật X số N" is X's basis, not this).
  if (i === 0 || (r.roles[i] !== "references" && r.roles[i] !== "amends") || r.cited[i].number == null) return false;
  const own = r.spans[i - 1];
  if (!OWN_AMENDING_NAME().test(r.text.slice(own.start, own.end))) return false;
  return r.text.slice(own.end, r.spans[i].start).trim() === "";
}

/** The verbs of an amending law's name: "Luật sửa đổi, bổ sung (một số điều của) …", in any case. */
const OWN_AMENDING_NAME = lazyRegExp(() => /^luật[ \t\n]+sửa[ \t\n]+đổi(?![\p{L}\p{N}])/iu);

/**
 * A body line, after the title, that repeals units and names no document in its clause. The clause, not the
 * line: a text hard-wrapped at 60 columns breaks "Điều 2 . Bãi bỏ điểm e khoản 3 Điều 6 của Qui định ban hành
 * kèm theo ⏎Quyết định số 06/2008/QĐ-UBND …" (dev-005) before the document its clause names.
 */
function repealsUnnamedUnits(r: RoleReading, clauses: readonly Clause[], titleEnd: number): boolean {
  const { spans } = r;
  UNIT_REPEAL_LINE().lastIndex = titleEnd;
  for (let m = UNIT_REPEAL_LINE().exec(r.text); m !== null; m = UNIT_REPEAL_LINE().exec(r.text)) {
    const at = m.index;
    // The clause of the repealed unit's word: an article's number ("Điều 2.") may close a clause of its own.
    const clause = bodyClauseAt(clauses, at + m[0].length - 1);
    if (clause === null) continue;
    if (!spans.some((s) => s.start < clause.end && s.end > at)) return true;
  }
  return false;
}

/** The clause holding `at` when it is the body's (not an annex, the recipients or a note), else null. */
function bodyClauseAt(clauses: readonly Clause[], at: number): Clause | null {
  for (const c of clauses) if (c.start <= at && at < c.end) return c.part === "body" || c.part === "closing" ? c : null;
  return null;
}

/** Where a citation starts: the key of the search for a clause's first document (spans are in the order of the text). */
const spanStart = (s: { start: number }): number => s.start;
