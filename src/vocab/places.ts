import type { Level } from "../types.js";

/** Words that name a kind of administrative unit before its proper name, with the unit's level. */
const PLACE_TYPE_LEVELS: Readonly<Record<string, Level>> = {
  "tỉnh": "province",
  "thành phố": "province", // a centrally-run city; a provincial city is district level (see below)
  "huyện": "district",
  "quận": "district",
  "thị xã": "district",
  "xã": "commune",
  "phường": "commune",
  "thị trấn": "commune",
};

export const PLACE_TYPES: readonly string[] = Object.keys(PLACE_TYPE_LEVELS);

export function placeTypeLevel(written: string): Level | null {
  return PLACE_TYPE_LEVELS[written.toLowerCase().replace(/\s+/g, " ")] ?? null;
}
