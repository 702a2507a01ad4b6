/// <reference lib="dom" />
import type { DocumentAttributes } from "../../graph/attributes.js";
import { parseId } from "../../identify/id.js";
import { findProvince, provinceBySlug } from "../../vocab/provinces.js";

/** What the filters test a document on. */
export interface Facets {
  kind: string;
  /** Province slug, or "" when unknown or central. */
  province: string;
  year: number | null;
}

export const UNKNOWN_KIND = "unknown";

export function facetsOf(id: string, a: DocumentAttributes): Facets {
  const parsed = parseId(id);
  const province = parsed?.province ?? (a.jurisdiction?.province ? (findProvince(a.jurisdiction.province)?.slug ?? "") : "");
  const year = a.date ? Number(a.date.slice(0, 4)) : (parsed?.dateYear ?? a.year ?? null);
  return { kind: a.kind ?? UNKNOWN_KIND, province, year };
}

export function provinceName(slug: string): string {
  return slug === "" ? "(none: central or unknown)" : (provinceBySlug(slug)?.name ?? slug);
}
