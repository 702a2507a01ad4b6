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
