import { markClass } from "../shared/chars.js";

/**
 * The letter some documents carry after their number ("Nghị quyết số 30a/2008/NQ-CP", "Nghị quyết
 * số 30c/NQ-CP", "Quyết định số 02a/QĐ-UBND"), as a character-class range: the find stage's scan
 * and the grammar's number token read the same letters. a to d: "3m/s" or "8h/ngày" is no number.
 */
export const NUMBER_SUFFIX = "a-dA-D";

/** 1 at each UTF-16 code NUMBER_SUFFIX holds: read once per number by the lexer and the short-form finder. */
export const NUMBER_SUFFIX_CODES: Uint8Array = markClass(new Uint8Array(0x10000), new RegExp(`[${NUMBER_SUFFIX}]`));

/**
 * Words a hurried typist runs into the number after them: "Quyết định số1234/QĐ-UBND",
 * "ngày23/4/2018". Preparation puts the space back (src/prepare/prepare.ts); the find stage's scan
 * takes a number right after "số" as a document number's start (src/find/patterns.ts).
 */
export const GLUED_BEFORE_NUMBER: readonly string[] = ["số", "ngày"];
