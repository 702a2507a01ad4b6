/**
 * Pre-Unicode Vietnamese font encodings, as data.
 *
 * Old Word files and web pages typed with ".VnTime" (TCVN3/ABC) or "VNI-Times" fonts store
 * Vietnamese letters in Latin-1 code points that only the font draws correctly. Read without the
 * font they come out as mojibake: "Quy¸t ®Þnh" (TCVN3), "Nghò ñònh" (VNI). Each table lists every
 * lowercase Vietnamese letter that carries a diacritic (67 of them: 12 vowels x 5 tones plus the
 * 6 hat/horn/breve vowels, and đ) next to its legacy spelling. The code that uses the tables lives
 * in src/shared/legacy-encoding.ts (read() and prepare both use it).
 *
 * Sources: TCVN 5712:1993 (VN3 table, the one ABC/Unikey call "TCVN3"); the VNI-Windows layout as
 * produced by Unikey and VietKey. Both were checked letter by letter against those converters' tables.
 */

/**
 * TCVN3 (ABC): one legacy character per letter. Keys are the Unicode letters, values the
 * character a TCVN3 byte decodes to in Latin-1 / Windows-1252.
 *
 * TCVN3 has no codes for UPPERCASE letters with tone marks: typists switched to the ".VnTimeH"
 * font, which draws the lowercase codes as capitals. So only the seven uppercase letters without a
 * tone (Ă Â Ê Ô Ơ Ư Đ) have codes of their own (TCVN3_UPPER below); the converter restores case
 * for all-caps words by context.
 */
export const TCVN3_LOWER: ReadonlyArray<readonly [unicode: string, legacy: string]> = [
  // a, ă, â
  ["à", "\u00B5"], ["ả", "\u00B6"], ["ã", "\u00B7"], ["á", "\u00B8"], ["ạ", "\u00B9"],
  ["ă", "\u00A8"], ["ằ", "\u00BB"], ["ẳ", "\u00BC"], ["ẵ", "\u00BD"], ["ắ", "\u00BE"], ["ặ", "\u00C6"],
  ["â", "\u00A9"], ["ầ", "\u00C7"], ["ẩ", "\u00C8"], ["ẫ", "\u00C9"], ["ấ", "\u00CA"], ["ậ", "\u00CB"],
  // e, ê
  ["è", "\u00CC"], ["ẻ", "\u00CE"], ["ẽ", "\u00CF"], ["é", "\u00D0"], ["ẹ", "\u00D1"],
  ["ê", "\u00AA"], ["ề", "\u00D2"], ["ể", "\u00D3"], ["ễ", "\u00D4"], ["ế", "\u00D5"], ["ệ", "\u00D6"],
  // i
  ["ì", "\u00D7"], ["ỉ", "\u00D8"], ["ĩ", "\u00DC"], ["í", "\u00DD"], ["ị", "\u00DE"],
  // o, ô, ơ
  ["ò", "\u00DF"], ["ỏ", "\u00E1"], ["õ", "\u00E2"], ["ó", "\u00E3"], ["ọ", "\u00E4"],
  ["ô", "\u00AB"], ["ồ", "\u00E5"], ["ổ", "\u00E6"], ["ỗ", "\u00E7"], ["ố", "\u00E8"], ["ộ", "\u00E9"],
  ["ơ", "\u00AC"], ["ờ", "\u00EA"], ["ở", "\u00EB"], ["ỡ", "\u00EC"], ["ớ", "\u00ED"], ["ợ", "\u00EE"],
  // u, ư (ư is 0xAD, the soft hyphen: tools that drop soft hyphens lose it)
  ["ù", "\u00EF"], ["ủ", "\u00F1"], ["ũ", "\u00F2"], ["ú", "\u00F3"], ["ụ", "\u00F4"],
  ["ư", "\u00AD"], ["ừ", "\u00F5"], ["ử", "\u00F6"], ["ữ", "\u00F7"], ["ứ", "\u00F8"], ["ự", "\u00F9"],
  // y
  ["ỳ", "\u00FA"], ["ỷ", "\u00FB"], ["ỹ", "\u00FC"], ["ý", "\u00FD"], ["ỵ", "\u00FE"],
  // đ
  ["đ", "\u00AE"],
];

/** The only uppercase Vietnamese letters TCVN3 can spell with a code of their own. */
export const TCVN3_UPPER: ReadonlyArray<readonly [unicode: string, legacy: string]> = [
  ["Ă", "\u00A1"], ["Â", "\u00A2"], ["Ê", "\u00A3"], ["Ô", "\u00A4"], ["Ơ", "\u00A5"], ["Ư", "\u00A6"],
  ["Đ", "\u00A7"],
];

/**
 * VNI-Windows: a base ASCII letter followed by a mark character (tone, or hat/breve + tone), plus
 * a few single characters (ơ ư đ and the i's). Uppercase is the same spelling upper-cased
 * ("aù" -> "AÙ" for "Á"), which covers all 134 letters.
 */
export const VNI_LOWER: ReadonlyArray<readonly [unicode: string, legacy: string]> = [
  // a, ă, â
  ["á", "aù"], ["à", "aø"], ["ả", "aû"], ["ã", "aõ"], ["ạ", "aï"],
  ["ă", "aê"], ["ắ", "aé"], ["ằ", "aè"], ["ẳ", "aú"], ["ẵ", "aü"], ["ặ", "aë"],
  ["â", "aâ"], ["ấ", "aá"], ["ầ", "aà"], ["ẩ", "aå"], ["ẫ", "aã"], ["ậ", "aä"],
  // e, ê
  ["é", "eù"], ["è", "eø"], ["ẻ", "eû"], ["ẽ", "eõ"], ["ẹ", "eï"],
  ["ê", "eâ"], ["ế", "eá"], ["ề", "eà"], ["ể", "eå"], ["ễ", "eã"], ["ệ", "eä"],
  // i: single characters
  ["í", "í"], ["ì", "ì"], ["ỉ", "æ"], ["ĩ", "ó"], ["ị", "ò"],
  // o, ô, ơ
  ["ó", "où"], ["ò", "oø"], ["ỏ", "oû"], ["õ", "oõ"], ["ọ", "oï"],
  ["ô", "oâ"], ["ố", "oá"], ["ồ", "oà"], ["ổ", "oå"], ["ỗ", "oã"], ["ộ", "oä"],
  ["ơ", "ô"], ["ớ", "ôù"], ["ờ", "ôø"], ["ở", "ôû"], ["ỡ", "ôõ"], ["ợ", "ôï"],
  // u, ư
  ["ú", "uù"], ["ù", "uø"], ["ủ", "uû"], ["ũ", "uõ"], ["ụ", "uï"],
  ["ư", "ö"], ["ứ", "öù"], ["ừ", "öø"], ["ử", "öû"], ["ữ", "öõ"], ["ự", "öï"],
  // y (ỵ is a single character)
  ["ý", "yù"], ["ỳ", "yø"], ["ỷ", "yû"], ["ỹ", "yõ"], ["ỵ", "î"],
  // đ
  ["đ", "ñ"],
];
