/**
 * The place of a page that prints a local body's document under no heading of its own, as its own
 * mentions of the document name the body.
 */
import type { Citation, Jurisdiction, Role, SelfDocument } from "../types.js";
import { localize } from "./localize.js";
import { contradictsSelfInTime } from "./self/index.js";

/**
 * A page with no heading names the document it prints in its title line or lead, with the issuer's place:
 * "Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về …" over the programme's text
 * (fixtures/fresh/fresh29a-018); "CHỈ THỊ SỐ 22-CT/TU CỦA BTV TỈNH ỦY THANH HÓA VỀ …" and "Ngày 30/3/2024, Ban Thường
 * vụ Tỉnh ủy Thanh Hóa đã ban hành Chỉ thị số 22-CT/TU … Dưới đây là toàn văn Chỉ thị:" (fresh54h-007). Those
 * mentions are the page's own (withSelf: its kind, number and ký hiệu), so the body they name is the document's
 * issuer and its place the document's: a page with no place of its own takes it, and the date they give
 * when nothing else dates it. Read as another place's document instead (contradictsSelf), each mention was
 * a second node of the page's own document, cited by itself.
 *
 * Only where the page has no place at all (a heading's or its text's: a place there stays the page's, and
 * a mention naming another is another document), every own mention that names a place names the same one,
 * and those mentions give one date at most. A mention dated otherwise than the page, or numbered with
 * another year, is another document and gives nothing. Null when nothing is to be taken.
 */
export function placeOfOwnMentions(
  found: readonly Citation[],
  ownRoles: readonly Role[],
  self: SelfDocument,
  home: Jurisdiction,
): { jurisdiction: Jurisdiction; date: string | null } | null {
  if (home.level !== null || home.province !== null || home.district !== null) return null;
  if (self.number === null || self.symbol === null) return null;
  let placed: Jurisdiction | null = null;
  let date: string | null = null;
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    if (ownRoles[i] !== "self" || c.number !== self.number || c.symbol !== self.symbol || contradictsSelfInTime(c, self)) continue;
    const local = localize(c, home).jurisdiction;
    if (local === null || local.level === "central" || (local.province === null && local.district === null)) continue;
    if (placed !== null && (placed.province !== local.province || placed.district !== local.district)) return null;
    placed = local;
    if (c.date === null) continue;
    if (date !== null && date !== c.date) return null;
    date = c.date;
  }
  if (placed === null) return null;
  return { jurisdiction: { ...placed, level: placed.level ?? (placed.district === null ? "province" : null) }, date: self.date === null ? date : null };
}
