/**
 * Pattern pieces for a place's type and name as body text writes them, shared by the readers of the
 * heading, the issuing sentence and the title.
 */
/**
 * Words in these patterns are apart by any run of spaces and tabs: justified text from a PDF or a
 * word processor puts two or more between words ("UỶ BAN  NHÂN DÂN  THÀNH PHỐ HÀ NỘI").
 */
export const spaced = (source: string): string => source.replaceAll(" ", "[ \\t]+");
// A word of a name may hold an apostrophe between letters ("Đắk R’lấp", "Cư M'gar").
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['\u2019][\p{L}\p{M}]+)*`;
/**
 * Up to four words. The words after the first are captured, in a group no caller reads, only to
 * keep V8 from unrolling "{0,3}" into three copies of the word: each copy holds four letter classes
 * that the "u" flag compiles into large tables. DISTRICT and ISSUING each took a median ~22 ms of
 * CPU to compile in every process with the copies, ~10 without. A capture changes no match.
 */
export const PLACE_NAME = String.raw`${PLACE_WORD}(?:[ \t]+(${PLACE_WORD})){0,3}`;
export const PLACE_TYPE = spaced("tỉnh|thành phố|huyện|thị xã|quận");

/** A run of whitespace, made one space before a place type is compared. */
export const SPACES = /\s+/g;
