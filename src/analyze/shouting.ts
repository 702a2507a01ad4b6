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

/** Fewer than one letter in a hundred in lower case, over enough letters to tell (a header alone is in capitals). */
function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters decide most texts; others are weighed by their case mapping.
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0xc0) {
      const ch = text[i];
      const l = ch.toLowerCase();
      if (l !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
    // Past the first few thousand letters the answer is known: a normal text has many lower-case ones.
    if (lower > 50 && lower * 100 >= upper) return false;
  }
  return upper >= MIN_LETTERS && lower * 100 < upper;
}

const MIN_LETTERS = 400;

function sentenceCase(text: string): string {
  const out: string[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const l = ch.toLowerCase();
    const letter = l !== ch || ch.toUpperCase() !== ch;
    if (ch === "\n") lineStart = true;
    if (!letter || l.length !== 1) {
      out.push(ch);
      continue;
    }
    out.push(lineStart ? ch : l);
    lineStart = false;
  }
  return out.join("");
}
