import { findProvince, type Province } from "../vocab/provinces.js";
import { slugify } from "../identify/slug.js";
import { ownCopy } from "../shared/strings.js";

/**
 * findProvince and slugify, remembered: a document names the same few places again and again (for
 * each of its citations, in its header and title), and reading a name costs microseconds. Bounded,
 * so that a long batch of documents keeps them small; keyed by copies, since a name cut from a text
 * ("Thành phố Hồ Chí Minh") is a view on the whole text in V8 and would keep it alive.
 */
const PROVINCES = new Map<string, Province | null>();
const SLUGS = new Map<string, string>();
const REMEMBERED = 4096;

export function provinceNamed(name: string): Province | null {
  let p = PROVINCES.get(name);
  if (p === undefined) {
    if (PROVINCES.size >= REMEMBERED) PROVINCES.clear();
    PROVINCES.set(ownCopy(name), (p = findProvince(name)));
  }
  return p;
}

export function slugOf(name: string): string {
  let s = SLUGS.get(name);
  if (s === undefined) {
    if (SLUGS.size >= REMEMBERED) SLUGS.clear();
    SLUGS.set(ownCopy(name), (s = slugify(name)));
  }
  return s;
}
