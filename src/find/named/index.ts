/**
 * Laws, codes and ordinances cited by their name, without a number ("Luật Đất đai năm 2003",
 * "Bộ luật Lao động 2019", "Pháp lệnh Phí và lệ phí"), read part by part:
 *
 * - find.ts: the passes over a text (findNamedMentions, findNamedMentionsIn) and their windows;
 * - kind-word.ts: the kind word ("Luật", "Bộ luật", "Pháp lệnh") and what it is not ("pháp luật");
 * - read-name.ts: the mention at a kind word, its name read up to its marker or over its bare words;
 * - marker.ts, date.ts: the date, year or number after a name, which ends and dates it;
 * - bare-name.ts, name-end.ts, paragraph.ts, written-out.ts: where a name without a date ends;
 * - lower-case-name.ts: when a name in lower case after a capitalised kind word stands;
 * - amended-laws.ts: an amending law named by the laws it amends, their list and numbers;
 * - amending-short-name.ts: the year after "Luật sửa đổi Luật A, … và Luật Z", the amending law's;
 * - repeated.ts: a long name the text dates once, read again where it is repeated;
 * - word-phrases.ts: the word lists the rules ask at every word, and tests on words they share;
 * - mention.ts: what a mention is.
 *
 * It was one file, src/find/named.ts (1,276 lines), split in session 31 with no change of output.
 */
export { findNamedMentions, findNamedMentionsIn } from "./find.js";
export { longNameKey, repeatedNames } from "./repeated.js";
export type { KnownClean, NamedMention, SecondLaw } from "./mention.js";
