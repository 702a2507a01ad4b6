import { LOOK_ALIKES } from "../vocab/look-alikes.js";
import { replaceInPieces } from "../shared/chunked.js";

// The look-alike repair: moved out of prepare.ts (one job, one-for-one replacements), its code as it
// was; prepare.ts uses the class and re-exports repairLookAlikes.
const LOOK_ALIKE_CLASS = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");
const HAS_LOOK_ALIKE = new RegExp(LOOK_ALIKE_CLASS.source);
/**
 * One-for-one replacements, so offsets do not move. Most windows have none: test before replacing.
 * In pieces: one replace over 135 MB of non-breaking spaces has more matches than V8 can collect.
 */
export function repairLookAlikes(s: string): string {
  return HAS_LOOK_ALIKE.test(s) ? replaceInPieces(s, LOOK_ALIKE_CLASS, (c) => LOOK_ALIKES[c]) : s;
}
