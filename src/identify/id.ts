/**
 * Canonical identity of a document, as a string:
 *
 *   61/2018/NĐ-CP                    legal normative, central issuer: unique nationwide
 *   24/2021/QĐ-UBND~hau-giang        legal normative, local issuer: unique within its province
 *   749/QĐ-TTg@2020                  administrative: numbers restart every year, so the year of the date
 *   103/KH-UBND@2021~tra-vinh        administrative, local
 *   05-CT/TU@2021~hau-giang          Party (also when written 05/CT-TU)
 *   50/QĐ-UBND@2022~nghe-an/thi-xa-hoang-mai   a district-level body
 *
 * "@?" stands for an unknown year; a local document whose place is unknown has no "~" part
 * (analyze() fills it in from the citing document's own jurisdiction).
 */
export interface IdParts {
  number: string;
  year: number | null;
  symbol: string;
  party: boolean;
  dateYear: number | null;
  local: boolean;
  provinceSlug: string | null;
  districtSlug: string | null;
}

export function documentId(p: IdParts): string {
  let id = p.party ? `${p.number}-${p.symbol}` : p.year !== null ? `${p.number}/${p.year}/${p.symbol}` : `${p.number}/${p.symbol}`;
  if (p.year === null) id += `@${p.dateYear ?? "?"}`;
  if (p.local && (p.provinceSlug || p.districtSlug)) {
    id += `~${[p.provinceSlug ?? "?", p.districtSlug].filter(Boolean).join("/")}`;
  }
  return id;
}

/** The official form pads numbers below 10 to two digits: 2 → "02", "002" → "02". */
export function officialNumber(written: string): string {
  const n = written.replace(/^0+(?=\d)/, "");
  return n.length < 2 ? n.padStart(2, "0") : n;
}
