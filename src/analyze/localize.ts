import type { Citation, Jurisdiction } from "../types.js";
import { issuerByCode } from "../vocab/issuers.js";
import { successorOf } from "../vocab/provinces.js";
import { provinceNamed, slugOf } from "./places.js";

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
