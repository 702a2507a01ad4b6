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

/** Place types written short, with the words they stand for: "UBND TP. Hồ Chí Minh", "UBND TP Cần Thơ". */
export const PLACE_TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = { "tp.": "thành phố", "tp": "thành phố" };

/** The place type an abbreviation stands for ("TP." → "thành phố"), or null when `written` is none. */
export function expandedPlaceType(written: string): string | null {
  return PLACE_TYPE_ABBREVIATIONS[written.toLowerCase()] ?? null;
}

export function placeTypeLevel(written: string): Level | null {
  const key = written.toLowerCase().replace(/\s+/g, " ");
  return PLACE_TYPE_LEVELS[PLACE_TYPE_ABBREVIATIONS[key] ?? key] ?? null;
}

/** The unit types a city may number rather than name ("quận 1", "phường 5"). */
export const NUMBERED_PLACE_TYPES: ReadonlySet<string> = new Set(["quận", "phường"]);

/**
 * Words no place name holds, which a summary written in capitals ("CỦA UBND TỈNH ĐỐI VỚI CÔNG TY",
 * "CỦA UBND HUYỆN VỀ VIỆC PHÊ DUYỆT") puts after the place type. Not "định", "quy", "năm",
 * "bàn": Bình Định, Quy Nhơn, Năm Căn, Văn Bàn.
 */
export const NOT_IN_PLACE_NAMES: ReadonlySet<string> = new Set([
  "về", "việc", "đối", "với", "tại", "theo", "của", "và", "ngày", "số", "trên", "phê", "duyệt", "ban", "hành", "thực", "hiện", "giao", "cho",
]);

/** Place types that only a province's name follows: "tỉnh" (a city may be a province's or a district's). */
export function namesOnlyProvinces(written: string): boolean {
  return written.toLowerCase().replace(/\s+/g, " ") === "tỉnh";
}
