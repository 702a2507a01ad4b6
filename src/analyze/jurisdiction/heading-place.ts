/**
 * The place a heading's lines name: "ỦY BAN NHÂN DÂN TỈNH X", "ỦY BAN NHÂN DÂN ⏎ HUYỆN Y", a Party
 * committee's "TỈNH ỦY Z", the Youth Union's "HUYỆN ĐOÀN T".
 */
import { PLACE_TYPE_ABBREVIATIONS } from "../../vocab/places.js";
import { phraseSource } from "../../vocab/phrases.js";
import { PLACED_HEADINGS } from "../../vocab/issuers.js";
import { spaced } from "./place-words.js";

/** The bodies whose heading names their place: "ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN HUYỆN Y", "ĐẢNG BỘ TỈNH Z", "ĐẢNG ỦY XÃ T". */
const HEADER_BODY = spaced(`(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|${PLACED_HEADINGS.join("|")})`);
/** The abbreviations of places.ts stand for their words in headers too ("UBND TP. HỒ CHÍ MINH"). */
// A commune's committee heads its own documents too ("ỦY BAN NHÂN DÂN ⏎ XÃ TÂN PHÚ"), the only
// level below the province since 1 July 2025.
const HEADER_PLACE_TYPE = `(?:${spaced("TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU")}|${phraseSource(Object.keys(PLACE_TYPE_ABBREVIATIONS)).toUpperCase()})`;
const HEADER_PLACE = new RegExp(String.raw`^${HEADER_BODY}[ \t]+(${HEADER_PLACE_TYPE})[ \t]+(.+)$`, "u");
/** "ỦY BAN NHÂN DÂN ⏎ HUYỆN ĐẠI LỘC": the body on one line, its place on the next. */
const HEADER_BODY_ALONE = new RegExp(String.raw`^${HEADER_BODY}$`, "u");
const PLACE_ALONE = new RegExp(String.raw`^(${HEADER_PLACE_TYPE})[ \t]+(.+)$`, "u");
/** "ỦY BAN NHÂN DÂN THÀNH PHỐ ⏎ HỒ CHÍ MINH": the line broken after the place type, the name on the next. */
const HEADER_BODY_AND_TYPE = new RegExp(String.raw`^${HEADER_BODY}[ \t]+(${HEADER_PLACE_TYPE})$`, "u");

/**
 * The place type and name a heading's line i names (with the line before it where the heading is
 * broken across two), as HEADER_PLACE reads one line: [, type, name], or null.
 */
export function headingPlace(lines: readonly string[], i: number): RegExpExecArray | null {
  const line = lines[i];
  const h = HEADER_PLACE.exec(line);
  // "BCH HUYỆN ĐOÀN YÊN THÀNH", "BAN CHẤP HÀNH QUẬN ĐOÀN 3": the Youth Union's committee under its
  // executive's name, no place called "Đoàn Yên Thành" (PARTY_HEADER reads it).
  if (h !== null && COMMITTEE_AFTER_TYPE.test(h[2]) && PARTY_TYPED.test(h[1])) return null;
  if (h !== null || i === 0) return h;
  if (HEADER_BODY_ALONE.test(lines[i - 1])) return PLACE_ALONE.exec(line);
  const typed = HEADER_BODY_AND_TYPE.exec(lines[i - 1]);
  return typed === null ? null : PLACE_ALONE.exec(`${typed[1]} ${line}`);
}
/**
 * A Party committee's heading puts its place type before "ủy": "TỈNH ỦY THỪA THIÊN HUẾ", "HUYỆN ỦY
 * CHÂU THÀNH", "THÀNH ỦY ĐÀ NẴNG" (a city's), "THỊ ỦY HƯƠNG THỦY" (a town's). The Youth Union's
 * committees head theirs so with "đoàn": "TỈNH ĐOÀN BẮC GIANG", "HUYỆN ĐOÀN LỤC NAM".
 */
export const PARTY_HEADER = new RegExp(String.raw`^(?:(?:BCH|BAN CHẤP HÀNH|BTV|BAN THƯỜNG VỤ)[ \t]+)?(TỈNH|HUYỆN|THÀNH|THỊ|QUẬN)[ \t]+(?:ỦY|UỶ|ĐOÀN)[ \t]+(.+)$`, "u");
/** "ĐOÀN …", "ỦY …" after a place type a committee's heading begins with (PARTY_HEADER's word after the type). */
const COMMITTEE_AFTER_TYPE = /^(?:ĐOÀN|ỦY|UỶ)[ \t]/u;
/** The place types PARTY_HEADER reads before "ủy", "đoàn" (no commune is named so: "XÃ ĐOÀN KẾT" is a place). */
const PARTY_TYPED = /^(?:TỈNH|HUYỆN|QUẬN|THÀNH[ \t]+PHỐ|THỊ[ \t]+XÃ)$/u;
/** The organisation a Party committee belongs to, above its own line ("ĐẢNG BỘ TỈNH X"), and a committee's own ("ĐẢNG ỦY XÃ Y"). */
export const PARTY_PARENT = new RegExp(String.raw`^${spaced("ĐẢNG BỘ")}[ \t]`, "u");
export const PARTY_COMMITTEE = new RegExp(String.raw`^${spaced("ĐẢNG (?:ỦY|UỶ)")}[ \t]`, "u");
export const PARTY_PLACE_TYPES: Readonly<Record<string, string>> = { TỈNH: "tỉnh", HUYỆN: "huyện", THÀNH: "thành phố", THỊ: "thị xã", QUẬN: "quận" };

/** Whether a heading line names its body's place ("BẢO HIỂM XÃ HỘI TỈNH NAM ĐỊNH", "ỦY BAN NHÂN DÂN ⏎ HUYỆN X"). */
export function headingNamesPlace(issuerLines: readonly string[]): boolean {
  return issuerLines.some((_, i) => headingPlace(issuerLines, i) !== null);
}
