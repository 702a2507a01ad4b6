/**
 * A short stretch of the caller's text as the prepared text reads it, where no way back is needed (a
 * look-back asked a question): what prints nothing dropped, composed, look-alikes repaired.
 */
import { composedWord } from "../shared/chars.js";
import { SINGLE_CHANGES } from "./changes.js";
import { dropIgnorables } from "./ignorables.js";
import { repairLookAlikes } from "./repair-look-alikes.js";
import { joinSegmentedWords } from "./segmented-words.js";
import { readEmphasisBreaks } from "./emphasis-breaks.js";

/**
 * What any of the three steps changes: a combining mark (composedWord's test), what prints nothing
 * (dropIgnorables'), a look-alike (repairLookAlikes'). Each step gives its input back where its own
 * test finds nothing, so a stretch without any of these is its own reading: one scan of it instead
 * of three (the stretches the identifier, the pinpoint reader and the short forms' kind word look
 * back over, all but a few of them clean; bench/README.md, Session 47, helper speed47a).
 */
const ANY_CHANGE = new RegExp(`[${SINGLE_CHANGES}]`);

// And a word-segmented copy's "_" between syllables read as its space (segmented-words.ts), and an emphasis break's
// asterisks (emphasis-breaks.ts), as prepare() reads them.
export const asPrepared = (s: string): string => readEmphasisBreaks(joinSegmentedWords(ANY_CHANGE.test(s) ? repairLookAlikes(composedWord(dropIgnorables(s))) : s));
