/**
 * The marks a list item opens with, as a regex character class's contents: the dash and plus
 * of typed text, and the bullets word processors and PDF exports write — Unicode's (•, ●, ▪, ➢,
 * ✓ …) and the private-use characters of the Symbol and Wingdings fonts (U+F0B7 "", U+F0A7 "",
 * U+F076 "", U+F0D8 ""), which a Word list's bullets become in most exported text.
 */
const BULLETS = "-+•·‣⁃◦○●▪■□◆◇❖➢➤►▶✓✔";
const PRIVATE_USE = "\\ue000-\\uf8ff";

export const BULLET_CLASS: string = `${[...BULLETS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}${PRIVATE_USE}`;

/**
 * Markup a line may open with before its list marker: spaces, then up to three runs of Markdown's
 * "*" or "#" with spaces after each ("## **3. …"). Bounded: "[ \t*#]*" before a marker that is
 * itself "#+" matched a run of N "#" in N² steps.
 */
export const LINE_MARKUP = String.raw`[ \t]*(?:[*#]{1,8}[ \t]*){0,3}`;
/** A Markdown heading's hashes as a list marker: at most six. */
export const HEADING_HASHES = "#{1,6}";

/**
 * A row of a table as text copied from a web page, a PDF or Word writes it: the row's number in its
 * first cell, then the cell's end: a tab ("1⇥Quyết định⇥12/2015/QĐ-UBND"), a bar ("| 1 | Quyết định
 * |", "1 | …"), or a bar alone on the next line (a page that puts each cell on a line of its own:
 * "1⏎|⏎Quyết định⏎|"). A regex source, read at a line's start; it opens with no space, so a run of
 * spaces before it is crossed once. Three digits at most: a year ("2019⏎|") is no row number. A tab
 * ends a cell only where the row goes on after it on its line: a tab a Word or PDF export left at a
 * line's end ("1 ⇥⏎Phí thẩm định …", fresh46b-018's table with a tab after each line) ends none, as the
 * line's end alone does not. The blanks before that end bounded: the look is linear.
 */
export const TABLE_ROW = String.raw`(?:\|[ \t]*)?\d{1,3}[ \t]*(?:\t(?![ \t]{0,16}(?:[\r\n]|$))|\||\n[ \t]*\|)`;

/**
 * A table's header row: its first cell names the row numbers' column ("STT", "TT", "Số TT", "Số thứ
 * tự"), then the cell ends as a row's does. The rows under it are the list its introduction names.
 */
export const TABLE_HEAD = String.raw`(?:\|[ \t]*)?(?:S[Ốố][ \t]+(?:TT|th[ứỨ][ \t]+t[ựỰ])|STT|TT)[ \t]*(?:\t|\||\n[ \t]*\|)`;
