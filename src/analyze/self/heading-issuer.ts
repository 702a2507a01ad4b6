/**
 * The issuer a heading's lines name: a central name the narrow column wrapped, and a ministry's code
 * that a local office's number borrows.
 */
import { readSymbol } from "../../identify/symbol.js";
import { issuerByCode, issuerByPhrase, type IssuerEntry } from "../../vocab/issuers.js";
import { type Header } from "../header/index.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * A ministry's older or office code (OTHER_CODES: "LĐTBXH", "BNN", "BKH") in the number of a document
 * headed under a local body ("UBND HUYỆN TÂN THẠNH ⏎ PHÒNG LAO ĐỘNG TB&XH ⏎ Số: 312/TTr-LĐTB&XH"): a
 * district's or a province's office writes its sector's initials so, and the document is that
 * office's, not the ministry's. The code then names no body the document can be said to be of.
 */
export function ownCodeIsLocalAlias(header: Header): boolean {
  const line = header.numberLine;
  if (line === null || line.symbolParts.length === 0) return false;
  const code = readSymbol(line.symbolParts, line.written).issuerCode;
  return code !== null && centralAliasUnderLocalHeading(code, header.issuerLines);
}
function centralAliasUnderLocalHeading(code: string, issuerLines: readonly string[]): boolean {
  const body = issuerByCode(code);
  if (body === null || body.code === code) return false;
  if (issuerLines.some((line) => issuerByPhrase(line)?.code === body.code)) return false;
  // A province department's sector initials ("TNMT": Sở Tài nguyên và Môi trường) under a district
  // office's heading ("UBND HUYỆN X ⏎ PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG ⏎ Số: 45/TNMT"): the office's own.
  if (body.level === "province") return issuerLines.some((line) => issuerByPhrase(line)?.level === "district");
  if (body.level !== "central") return false;
  return issuerLines.some((line) => LOCAL_HEADING().test(line) || issuerByPhrase(line)?.local === true);
}
/** A heading line of a local body: a people's committee or council, a district's office, a province's department. */
const LOCAL_HEADING = lazyRegExp(() => /^[\s*_]*(?:UBND|HĐND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|PHÒNG|SỞ)(?![\p{L}\p{N}])/iu);

/**
 * A central body's name the heading's narrow column wrapped ("TÒA ÁN NHÂN DÂN ⏎ TỐI CAO", "VIỆN ⏎
 * KIỂM SÁT NHÂN DÂN ⏎ TỐI CAO"): line i joined with the one or two after it, longest first; null when
 * no such join names a central body (a local body's lines are its name and its place: "ỦY BAN NHÂN DÂN ⏎
 * TỈNH X").
 */
export function wrappedBodyAt(lines: readonly string[], i: number): IssuerEntry | null {
  for (let n = Math.min(WRAPPED_NAME_LINES, lines.length - i); n >= 2; n--) {
    const named = issuerByPhrase(lines.slice(i, i + n).join(" "));
    if (named !== null && !named.local) return named;
  }
  return null;
}
const WRAPPED_NAME_LINES = 3;
