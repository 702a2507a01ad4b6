/**
 * A document typed all in capitals (a telegram, an old typescript, an OCR'd page) has no case
 * for the layout rules to read: its cue lines ("CĂN CỨ …") look like headings, and the enacting
 * "QUYẾT ĐỊNH:" after its preamble like the kind line that heads a document. Such a text is read
 * in sentence case: lower case, each line's first letter a capital. Only letters whose lower case
 * is one UTF-16 unit change, so offsets stay put. Citations are still read from the text as given.
 */
export function readableCase(text: string): string {
  return isShouting(text) ? sentenceCase(text) : text;
}

/**
 * Fewer than one letter in a hundred in lower case, over enough letters to tell (a header alone is
 * in capitals); the first SAMPLE letters decide, so a long text is not walked twice.
 */
function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && upper + lower < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters decide most texts; others are weighed by their case mapping.
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0xc0) {
      const ch = text[i];
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
    // A normal text settles it within its first lines: it has many lower-case letters.
    if (lower > 50 && lower * 100 >= upper) return false;
  }
  return upper >= MIN_LETTERS && lower * 100 < upper;
}

const MIN_LETTERS = 400;
const SAMPLE = 20_000;

/** Lower case, then each line's first letter as written (a capital); unchanged where lower case would change the length ("İ"). */
function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  return lower.replace(LINE_FIRST_LETTER, (_, before: string, letter: string, at: number) => before + text.substr(at + before.length, letter.length));
}

/** What opens a line up to its first letter, and that letter. */
const LINE_FIRST_LETTER = /((?:^|\n)[^\p{L}\n]*)(\p{L})/gu;
