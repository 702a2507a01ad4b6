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
