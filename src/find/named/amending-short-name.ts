/**
 * The year after a law listed in an amending law's short name is the amending law's, not the listed
 * law's (amendingShortNameYear).
 */
import { AMENDING_SHORT_NAME_CHARS, AMENDING_SHORT_NAME_LEAD, AMENDING_SHORT_NAME_LISTED } from "../../vocab/laws.js";
import type { Words } from "../words.js";
import type { Marker } from "./mention.js";
import { undated } from "./date.js";
import { WORDISH } from "./kind-word.js";

/**
 * "Luật sửa đổi Luật Đầu tư công, Luật Đầu tư, …, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành
 * án dân sự 2022." (fixtures/fresh/fresh45b-007, a law database's heading over Luật số 03/2022/QH15, whose
 * formula numbers the last law 26/2008/QH12), "Luật sửa đổi Luật Bảo hiểm y tế 2024 | 51/2024/QH15" (a
 * README's table of laws): a short name of an amending law, "Luật sửa đổi" and the laws it amends, each
 * opening with its kind word and joined by "," or "và", then a bare year, which is the amending law's.
 * Read as the last listed law's it made a law that was never enacted ("Luật Thi hành án dân sự" of 2022),
 * and the text's undated mentions of that law could no longer take its one dated name. Where `marker` is
 * such a year (four digits alone, no "năm" or "ngày") and the text before the kind word at `originAt` of
 * `origin` is that list's lead and members, the name ends before the year, undated; any other marker is
 * returned as found. The official name "Luật sửa đổi, bổ sung một số điều của Luật X năm 2019" is the
 * amending law's whole name (findMarker), untouched.
 */
export function amendingShortNameYear(origin: string, originAt: number, words: Words, marker: Marker | null): Marker | null {
  if (marker === null || marker.date !== null || marker.year === null || marker.nameEnd !== undefined) return marker;
  const yearWord = words.get(marker.index);
  if (yearWord === undefined || yearWord.text.length !== 4 || !listedInShortName(origin, originAt)) return marker;
  return undated(words, marker.index);
}

/**
 * Whether the text before `at` ends with "Luật sửa đổi" and the laws listed after it so far: nothing or
 * kind words' names, ending with "," or "và", with no digit, stop, colon, semicolon or line break
 * between. Lower-cased and composed over a bounded window (asked only at a bare year), each run of blanks one space (a
 * justified copy doubles them: "luật  sửa  đổi").
 */
function listedInShortName(origin: string, at: number): boolean {
  const before = origin.slice(Math.max(0, at - AMENDING_SHORT_NAME_CHARS), at).normalize("NFC").toLowerCase().replace(BLANKS, " ");
  const lead = before.lastIndexOf(AMENDING_SHORT_NAME_LEAD);
  if (lead < 0 || (lead > 0 && WORDISH.test(before[lead - 1]))) return false;
  const listed = before.slice(lead + AMENDING_SHORT_NAME_LEAD.length);
  if (!SPACE_FIRST.test(listed) || BREAKS_LIST.test(listed)) return false;
  const members = listed.trim();
  if (members === "") return true;
  return AMENDING_SHORT_NAME_LISTED.some((k) => members.startsWith(`${k} `)) && (members.endsWith(",") || AND_LAST.test(members));
}
const BLANKS = /[ \t]+/g;
/** The lead's last word ends before a space. */
const SPACE_FIRST = /^\s/;
/** A list's last member so far joined to the next by "và". */
const AND_LAST = /\svà$/;
/** What no list of law names holds: a digit, a stop, a colon, a semicolon, a line break. */
const BREAKS_LIST = /[\d.;:\n]/;
