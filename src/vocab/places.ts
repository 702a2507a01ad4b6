import type { Province } from "./provinces.js";
import type { Level } from "../types.js";
import { isUnmarked, UnmarkedTable, withoutMarks, type UnmarkedSpelling } from "./unmarked.js";

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
  // Since 1 July 2025 an island district is a special zone at the commune's level ("UBND đặc khu Phú Quốc").
  "đặc khu": "commune",
};

export const PLACE_TYPES: readonly string[] = Object.keys(PLACE_TYPE_LEVELS);

/** Place types written short, with the words they stand for: "UBND TP. Hồ Chí Minh", "UBND TP Cần Thơ". */
export const PLACE_TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = { "tp.": "thành phố", "tp": "thành phố" };

/** The place type an abbreviation stands for ("TP." → "thành phố"), or null when `written` is none. */
export function expandedPlaceType(written: string): string | null {
  return PLACE_TYPE_ABBREVIATIONS[written.toLowerCase()] ?? null;
}

/**
 * How text typed without marks writes a place type, and where it is read so (`before`: only
 * before a name, or a number). Two words ("thanh pho", "thi xa") name the type in any case. One
 * word is read in lower case, as a type word stands before a name: capitalised, "Tinh", "Quan",
 * "Phuong" begin names (Tịnh Biên, Quan Hóa, Phương Mai). "quan" and "xa" are also ordinary words
 * ("co quan", "xa"), read as the type only before a name or a number ("quan 1", "xa Tan Phu").
 * In capitals nothing tells a name from a word: "QUAN" is read only before a number ("QUAN 1";
 * "QUAN HOA" is a name), the others always ("TINH BIEN" is then read as a type before "BIEN").
 */
export const UNMARKED_PLACE_TYPES: readonly UnmarkedSpelling[] = [
  { words: ["thanh pho", "thi xa", "thi tran", "dac khu"], case: "any" },
  { words: ["tinh", "huyen", "phuong"], case: "lower" },
  { words: ["quan", "xa"], case: "lower", before: "name" },
  { words: ["TINH", "HUYEN", "PHUONG", "XA"], case: "upper" },
  { words: ["QUAN"], case: "upper", before: "number" },
];

const foldType = (written: string): string => written.toLowerCase().replace(/\s+/g, " ");
const markedTypes = new UnmarkedTable(new Map(PLACE_TYPES.map((t) => [t, t])), foldType);

/** A place type written without marks as the vocabulary writes it ("huyen" → "huyện"); any other as written, lower-cased. */
export function markedPlaceType(written: string): string {
  return (isUnmarked(written) ? markedTypes.get(written) : null) ?? written.toLowerCase();
}

export function placeTypeLevel(written: string): Level | null {
  const key = foldType(written);
  const type = PLACE_TYPE_ABBREVIATIONS[key] ?? markedTypes.get(key) ?? key;
  return PLACE_TYPE_LEVELS[type] ?? null;
}

/** The unit types a city may number rather than name ("quận 1", "phường 5"), also as text without marks writes them. */
const NUMBERED: readonly string[] = ["quận", "phường"];
export const NUMBERED_PLACE_TYPES: ReadonlySet<string> = new Set([...NUMBERED, ...NUMBERED.map(withoutMarks)]);

/**
 * Words no place name holds, which a summary written in capitals ("CỦA UBND TỈNH ĐỐI VỚI CÔNG TY",
 * "CỦA UBND HUYỆN VỀ VIỆC PHÊ DUYỆT") puts after the place type, and the words that open the next
 * line of a decision or plan ("… của UBND tỉnh ⏎Điều 1. …"). Not "định", "quy", "năm", "bàn", "từ":
 * Bình Định, Quy Nhơn, Năm Căn, Văn Bàn, Từ Sơn.
 */
export const NOT_IN_PLACE_NAMES: ReadonlySet<string> = new Set([
  "về", "việc", "đối", "với", "tại", "theo", "của", "và", "ngày", "số", "trên", "phê", "duyệt", "ban", "hành", "thực", "hiện", "giao", "cho",
  "điều", "khoản", "chương", "mục",
  // A sentence or list item that opens the next line: "… của UBND tỉnh ⏎Các sở, ngành …", "⏎Để triển khai …".
  "các", "những", "nay", "để", "trong", "nhằm", "đề", "đã", "được", "tiếp", "tổ", "xây", "triển", "tăng", "đẩy", "nâng", "yêu",
]);

/**
 * Words of NOT_IN_PLACE_NAMES that some real names hold: a name may open with "Giao" or "Chương"
 * (huyện Giao Thủy, xã Giao Thiện in Nam Định; huyện Chương Mỹ in Hà Nội), right after its place
 * type, where no sentence opens; "Hành" goes on a name after its first word (huyện Nghĩa Hành in
 * Quảng Ngãi), where "ban hành" has already stopped at "ban".
 */
export const PLACE_NAME_OPENERS: ReadonlySet<string> = new Set(["giao", "chương"]);
/** Also "Chương" after a name's first word (phường Văn Chương in Hà Nội), where a part heading ("Chương I") is told by its numeral (endsPlace). */
export const INSIDE_PLACE_NAMES: ReadonlySet<string> = new Set(["hành", "chương"]);

/**
 * Common nouns a sentence writes capitalised, which a place's name runs into where a drafter left
 * out the "về" before them: "Kế hoạch số 323-KH/QU của Quận ủy Đống Đa Đại hội Đảng bộ các cấp …",
 * "Đảng ủy xã Tân Phú Hội nghị …". Written so, with the second word in lower case; a place's name
 * capitalises every word.
 */
export const PLACE_NAME_ENDERS: readonly string[] = ["đại hội", "hội nghị"];

/**
 * The openings of a header's lines that follow a công văn's subject line, as a row-by-row table
 * layout puts them: the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and "Kính gửi:". A
 * place's name never runs into them ("V/v … của UBND tỉnh ⏎⏎CỘNG HÒA …"); "Cộng Hòa" alone is a
 * commune's name, so the motto is known by its third and fourth words too.
 */
export const HEADER_LINE_OPENINGS: readonly string[] = ["cộng hòa xã hội", "cộng hoà xã hội", "kính gửi"];

/** Place types that only a province's name follows: "tỉnh" (a city may be a province's or a district's). */
export function namesOnlyProvinces(written: string): boolean {
  return markedTypes.get(written) === "tỉnh";
}

/**
 * "thành phố Hà Tĩnh", "TP Cà Mau": a city named as its province is, where that province is a
 * tỉnh, is the province's capital, a district-level unit; only a centrally-run city (thành phố Đà
 * Nẵng) is a province. Huế, a city within Thừa Thiên Huế before it became one (2025), is named
 * by an alias and reads as the province, as before.
 */
export function isCapitalNamedAfter(placeType: string | null, words: string, province: Province): boolean {
  if (province.type !== "tỉnh" || placeType === null || markedPlaceType(placeType.toLowerCase().replace(/\s+/g, " ")) !== "thành phố") return false;
  const name = province.name.toLowerCase();
  const written = words.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  return written === name || written.startsWith(`${name} `);
}
