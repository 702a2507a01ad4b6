import { ISSUER_TITLES } from "../../vocab/issuers.js";
import { PREAMBLE_OPENERS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { hasSmallLetter } from "../../shared/chars.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * The enacting authority's line under a title in capitals, right above the preamble, where a line
 * that opens with the body's phrase (`opens`: issuer-lines.ts' opensWithIssuerPhrase) is not found
 * whole, so that the title would run on over it ("… KIỂM TRA’’. ỦY BAN NHÂN DÂN TỈNH BẮC NINH"):
 *
 * - the body's name wrapped, its first word or two on a line of their own: "ỦY BAN ⏎ NHÂN DÂN TỈNH
 *   BẮC NINH", "ỦY ⏎ BAN NHÂN DÂN TỈNH BẮC NINH" (a flattened table's column);
 * - one person's two titles, a comma between: "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC" (the minister who
 *   heads a committee of ministerial rank signs as both).
 *
 * Either only when the preamble opens on the line after the authority's ("Căn cứ …"): a title may
 * wrap on a body's name too ("… PHỐI HỢP GIỮA ⏎ ỦY BAN ⏎ NHÂN DÂN TỈNH VÀ …"), but goes on after it.
 * `following` gives the next two lines with words, cleaned, read only when needed.
 */
export function isAuthorityLine(line: string, following: () => readonly string[], opens: (line: string) => boolean): boolean {
  if (hasSmallLetter(line)) return false;
  const comma = line.indexOf(",");
  const titles = comma > 0 && TITLES.has(line.slice(0, comma).trim().toLowerCase()) && opens(line.slice(comma + 1).trimStart());
  const wrapped = !titles && line.split(" ").length <= WRAPPED_PART_WORDS && !opens(line);
  if (!titles && !wrapped) return false;
  const [next, after] = following();
  if (next === undefined) return false;
  if (titles) return PREAMBLE().test(next);
  return after !== undefined && !hasSmallLetter(next) && PREAMBLE().test(after) && opens(`${line} ${next}`);
}

const TITLES = new Set(ISSUER_TITLES.map((t) => t.toLowerCase()));
/** A wrapped name's first part takes this many words at most ("ỦY", "ỦY BAN", "HỘI ĐỒNG"). */
const WRAPPED_PART_WORDS = 2;
const PREAMBLE = lazyRegExp(() => new RegExp(String.raw`^(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})(?![\p{L}\p{N}])`, "u"));
