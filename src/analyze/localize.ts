import type { Citation, Jurisdiction } from "../types.js";
import { issuerByCode } from "../vocab/issuers.js";
import { findProvince, successorOf, type Province } from "../vocab/provinces.js";
import { slugify } from "../identify/slug.js";

/**
 * A local body named without its place ("của UBND tỉnh", a bare KH-UBND or CT/TU) is the citing
 * document's own: its province, or its district when the body sits at that level. A named place
 * ("của UBND tỉnh Nghệ An") wins. Returns the citation's jurisdiction and its localised id.
 */
export function localize(c: Citation, home: Jurisdiction): { jurisdiction: Jurisdiction | null; id: string } {
  const code = c.issuer?.code ?? null;
  const entry = code ? issuerByCode(code) : null;
  if (c.issuer?.level === "central" || (entry && !entry.local)) {
    return { jurisdiction: { level: "central", province: null, provinceSuccessor: null, district: null }, id: c.id };
  }
  if (!entry?.local) return { jurisdiction: null, id: c.id };
  const named = c.issuer?.place ?? null;
  const namedProvince = named ? provinceNamed(named) : null;
  let level = c.issuer?.level ?? null;
  let province = namedProvince?.name ?? home.province;
  let district: string | null = null;
  if (named && !namedProvince) district = named;
  else if (!named) {
    level ??= home.level === "district" && entry.level !== "province" ? "district" : "province";
    if (level === "district" || level === "commune") district = home.district;
  }
  if (!province && !district) return { jurisdiction: { level, province: null, provinceSuccessor: null, district: null }, id: c.id };
  const p = province ? provinceNamed(province) : null;
  province = p?.name ?? province;
  const slug = p?.slug ?? "?";
  const districtSlug = district ? slugOf(district) : "";
  const suffix = slug && districtSlug ? `${slug}/${districtSlug}` : slug || districtSlug;
  const tilde = c.id.indexOf("~");
  return {
    jurisdiction: { level, province, provinceSuccessor: p ? (successorOf(p)?.name ?? null) : null, district },
    id: `${tilde < 0 ? c.id : c.id.slice(0, tilde)}~${suffix}`,
  };
}

/**
 * findProvince and slugify remembered: a document names the same few places for each of its
 * citations, and reading a name costs microseconds. Bounded, so that a long batch stays small.
 */
const PROVINCES = new Map<string, Province | null>();
const SLUGS = new Map<string, string>();
const REMEMBERED = 4096;

function provinceNamed(name: string): Province | null {
  let p = PROVINCES.get(name);
  if (p === undefined) {
    if (PROVINCES.size >= REMEMBERED) PROVINCES.clear();
    PROVINCES.set(name, (p = findProvince(name)));
  }
  return p;
}

function slugOf(name: string): string {
  let s = SLUGS.get(name);
  if (s === undefined) {
    if (SLUGS.size >= REMEMBERED) SLUGS.clear();
    SLUGS.set(name, (s = slugify(name)));
  }
  return s;
}
