import { provinceBySlug, type Province } from "./provinces.js";
import { withoutMarks } from "./unmarked.js";

/**
 * The urban districts (quận) and the city each belongs to. Only the centrally-run cities had quận
 * (to 30 June 2025, when the district level was abolished; Huế, such a city from 1 January 2025, had
 * two), and no two of their quận share a name, so "UBND quận Tân Phú" or "UBND Quận 5" says its city even where the text
 * never names it (a ward's notice citing "Công văn … của Ủy ban nhân dân Quận 1"). A huyện or thị xã
 * says nothing of the kind: "Châu Thành", "Tân Phú" are districts of several provinces.
 * Numbered quận were Hồ Chí Minh City's alone (Quận 1 to 12; 2 and 9 merged into thành phố Thủ Đức
 * in 2021). Names include the quận later merged or raised, which older documents still name.
 */
const QUAN_BY_CITY: Readonly<Record<string, readonly string[]>> = {
  "ha-noi": [
    "Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai",
    "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông",
  ],
  "ho-chi-minh": [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    "Bình Thạnh", "Gò Vấp", "Phú Nhuận", "Tân Bình", "Tân Phú", "Bình Tân", "Thủ Đức",
  ],
  // An Dương, a huyện made a quận from 1 January 2025.
  "hai-phong": ["Hồng Bàng", "Ngô Quyền", "Lê Chân", "Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh", "An Dương"],
  "da-nang": ["Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ"],
  "can-tho": ["Ninh Kiều", "Bình Thủy", "Cái Răng", "Ô Môn", "Thốt Nốt"],
  // Thừa Thiên Huế, renamed thành phố Huế with two quận from 1 January 2025.
  "thua-thien-hue": ["Thuận Hóa", "Phú Xuân"],
};

/** A quận's name as the table is keyed: without marks, lower case, single spaces, no leading zero ("05" is 5). */
const foldName = (name: string): string => withoutMarks(name).toLowerCase().trim().replace(/\s+/g, " ").replace(/^0+(?=\d)/, "");

const CITY_OF_QUAN: ReadonlyMap<string, string> = new Map(
  Object.entries(QUAN_BY_CITY).flatMap(([city, names]) => names.map((n) => [foldName(n), city] as const)),
);

/** "quận" written any way before the name ("Quận", "QUẬN", "quan"). */
const QUAN = /^qu[aậ]n\s+/iu;

/**
 * The centrally-run city a place written "quận <name>" belongs to ("quận Tân Phú", "Quận 5",
 * "QUẬN NGŨ HÀNH SƠN", "quan 1"), or null for any other place or a name no city's quận bore.
 */
export function cityOfUrbanDistrict(place: string): Province | null {
  const m = QUAN.exec(place);
  if (m === null) return null;
  const city = CITY_OF_QUAN.get(foldName(place.slice(m[0].length)));
  return city === undefined ? null : provinceBySlug(city);
}
