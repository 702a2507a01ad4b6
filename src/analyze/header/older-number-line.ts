/**
 * A joint document's own number in the state's older order (identify/older-order.ts): "Số:
 * 01-TANDTC-VKSNDTC/TTLT", the issuers' codes before the slash, the type code after. One issuer's
 * ("Số: 11-LĐTBXH/TT") has the Party number's shape and is read by its line (PARTY_NUMBER_LINE);
 * two or more issuers' codes joined by dashes no other number line reads.
 */
import { execWhereHeld } from "../../shared/search.js";
import { olderOrderOfParts } from "../../identify/older-order.js";
import { ISSUER_REACH } from "./line-text.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * On a "Số" line of its own, or a flattened header's cell; the place and date may follow on the line
 * ("Số: 01-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 08 tháng 12 năm 1988"). Groups: number, the issuers'
 * codes, the type code. Each repeated piece opens with a dash the one before cannot take: no backtracking.
 */
const OLDER_JOINT_NUMBER_LINE = lazyRegExp(() => /(?:^|\n)[ \t*|]*Số[ \t]*:?[ \t]{0,8}([0-9]{1,5})[ \t]*-[ \t]*([A-ZĐ]{2,10}(?:[ \t]*-[ \t]*[A-ZĐ]{2,10}){1,4})[ \t]*\/[ \t]*([A-ZĐ][A-Za-zĐđ]{1,5})(?![\p{L}\p{N}])/u);

/** The line above the kind line (or in the header's first lines where none is), where its codes read in the older order. */
export function olderJointNumberLine(head: string, kindLine: RegExpExecArray | null): { number: string; symbolParts: string[]; start: number; end: number } | null {
  const above = head.slice(0, kindLine ? kindLine.index : ISSUER_REACH);
  // The line holds "Số" as written.
  const m = execWhereHeld(OLDER_JOINT_NUMBER_LINE(), above, "Số");
  if (m === null) return null;
  const symbolParts = [...m[2].split(/[ \t]*-[ \t]*/), m[3]];
  if (olderOrderOfParts(symbolParts) === null) return null;
  return { number: m[1], symbolParts, start: m.index + m[0].indexOf("Số"), end: m.index + m[0].length };
}
