/**
 * Province-level units (đơn vị hành chính cấp tỉnh) of Viet Nam, before and after the 2025
 * reorganisation, and a matcher for their names in running text.
 *
 * Before 1 July 2025 there were 63 units: 58 tỉnh and 5 thành phố trực thuộc trung ương, as
 * almost every document before 2025 names them. Nghị quyết 202/2025/QH15 (12 June 2025, in
 * force 1 July 2025) merged them into 34 units: 28 tỉnh and 6 thành phố. Eleven units were kept
 * as they were; every other new unit took the name of one of the units merged into it.
 *
 * One unit changed before that: tỉnh Thừa Thiên Huế became thành phố Huế trực thuộc trung ương
 * on 1 January 2025 (Nghị quyết 175/2024/QH15). It is listed here under the name and type texts
 * used for it until then, with the change recorded in `renamed`; its 2025 unit is "Huế".
 */

import { LETTER_DIGIT_OR_MARK, markClass } from "../shared/chars.js";

export type ProvinceType = "tỉnh" | "thành phố";

/** A province-level unit as it was before 1 July 2025. */
export interface Province {
  /** Canonical name with diacritics, without the type word: "Hậu Giang", "Bà Rịa - Vũng Tàu". */
  readonly name: string;
  readonly type: ProvinceType;
  /** ASCII slug of the name: "hau-giang". */
  readonly slug: string;
  /** Slug of the unit in PROVINCES_AFTER_2025 it became (part of) on 1 July 2025. */
  readonly successor: string;
  /** Other spellings and abbreviations found in texts; a type word in front is allowed ("TP.HCM"). */
  readonly aliases: readonly string[];
  /**
   * Spellings that are also a person's name or an ordinary phrase ("tư tưởng Hồ Chí Minh");
   * matchProvinceAt accepts them only after a type word ("thành phố", "TP.").
   */
  readonly needsTypeWord?: readonly string[];
  /** A change of name and type that took effect before 1 July 2025. */
  readonly renamed?: {
    readonly name: string;
    readonly type: ProvinceType;
    /** ISO date the change took effect. */
    readonly effective: string;
    /** Number of the act that made the change. */
    readonly by: string;
  };
  /** A unit merged into another before 2025 (FORMER_PROVINCES): the unit it joined, when, by what act. */
  readonly dissolved?: {
    readonly into: string;
    readonly effective: string;
    readonly by: string;
  };
}

/** A province-level unit from 1 July 2025 (Nghị quyết 202/2025/QH15). */
export interface ProvinceAfter2025 {
  readonly name: string;
  readonly type: ProvinceType;
  readonly slug: string;
  /** Slugs of the PROVINCES_BEFORE_2025 units that make it up, the namesake first. */
  readonly mergedFrom: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/** The 63 units before 1 July 2025, in the order of their administrative codes (01 Hà Nội … 96 Cà Mau). */
export const PROVINCES_BEFORE_2025: readonly Province[] = Object.freeze([
  { name: "Hà Nội", type: "thành phố", slug: "ha-noi", successor: "ha-noi", aliases: ["Thành phố Hà Nội", "TP. Hà Nội", "TP Hà Nội", "Thủ đô Hà Nội"] },
  { name: "Hà Giang", type: "tỉnh", slug: "ha-giang", successor: "tuyen-quang", aliases: [] },
  { name: "Cao Bằng", type: "tỉnh", slug: "cao-bang", successor: "cao-bang", aliases: [] },
  { name: "Bắc Kạn", type: "tỉnh", slug: "bac-kan", successor: "thai-nguyen", aliases: ["Bắc Cạn"] },
  { name: "Tuyên Quang", type: "tỉnh", slug: "tuyen-quang", successor: "tuyen-quang", aliases: [] },
  { name: "Lào Cai", type: "tỉnh", slug: "lao-cai", successor: "lao-cai", aliases: [] },
  { name: "Điện Biên", type: "tỉnh", slug: "dien-bien", successor: "dien-bien", aliases: [] },
  { name: "Lai Châu", type: "tỉnh", slug: "lai-chau", successor: "lai-chau", aliases: [] },
  { name: "Sơn La", type: "tỉnh", slug: "son-la", successor: "son-la", aliases: [] },
  { name: "Yên Bái", type: "tỉnh", slug: "yen-bai", successor: "lao-cai", aliases: [] },
  { name: "Hòa Bình", type: "tỉnh", slug: "hoa-binh", successor: "phu-tho", aliases: ["Hoà Bình"] },
  { name: "Thái Nguyên", type: "tỉnh", slug: "thai-nguyen", successor: "thai-nguyen", aliases: [] },
  { name: "Lạng Sơn", type: "tỉnh", slug: "lang-son", successor: "lang-son", aliases: [] },
  { name: "Quảng Ninh", type: "tỉnh", slug: "quang-ninh", successor: "quang-ninh", aliases: [] },
  { name: "Bắc Giang", type: "tỉnh", slug: "bac-giang", successor: "bac-ninh", aliases: [] },
  { name: "Phú Thọ", type: "tỉnh", slug: "phu-tho", successor: "phu-tho", aliases: [] },
  { name: "Vĩnh Phúc", type: "tỉnh", slug: "vinh-phuc", successor: "phu-tho", aliases: [] },
  { name: "Bắc Ninh", type: "tỉnh", slug: "bac-ninh", successor: "bac-ninh", aliases: [] },
  { name: "Hải Dương", type: "tỉnh", slug: "hai-duong", successor: "hai-phong", aliases: [] },
  { name: "Hải Phòng", type: "thành phố", slug: "hai-phong", successor: "hai-phong", aliases: ["Thành phố Hải Phòng", "TP. Hải Phòng"] },
  { name: "Hưng Yên", type: "tỉnh", slug: "hung-yen", successor: "hung-yen", aliases: [] },
  { name: "Thái Bình", type: "tỉnh", slug: "thai-binh", successor: "hung-yen", aliases: [] },
  { name: "Hà Nam", type: "tỉnh", slug: "ha-nam", successor: "ninh-binh", aliases: [] },
  { name: "Nam Định", type: "tỉnh", slug: "nam-dinh", successor: "ninh-binh", aliases: [] },
  { name: "Ninh Bình", type: "tỉnh", slug: "ninh-binh", successor: "ninh-binh", aliases: [] },
  { name: "Thanh Hóa", type: "tỉnh", slug: "thanh-hoa", successor: "thanh-hoa", aliases: ["Thanh Hoá"] },
  { name: "Nghệ An", type: "tỉnh", slug: "nghe-an", successor: "nghe-an", aliases: [] },
  { name: "Hà Tĩnh", type: "tỉnh", slug: "ha-tinh", successor: "ha-tinh", aliases: [] },
  { name: "Quảng Bình", type: "tỉnh", slug: "quang-binh", successor: "quang-tri", aliases: [] },
  { name: "Quảng Trị", type: "tỉnh", slug: "quang-tri", successor: "quang-tri", aliases: [] },
  {
    name: "Thừa Thiên Huế", type: "tỉnh", slug: "thua-thien-hue", successor: "hue",
    aliases: ["Thừa Thiên - Huế", "Huế", "Thành phố Huế", "TP. Huế"],
    renamed: { name: "Huế", type: "thành phố", effective: "2025-01-01", by: "175/2024/QH15" },
  },
  { name: "Đà Nẵng", type: "thành phố", slug: "da-nang", successor: "da-nang", aliases: ["Thành phố Đà Nẵng", "TP. Đà Nẵng"] },
  { name: "Quảng Nam", type: "tỉnh", slug: "quang-nam", successor: "da-nang", aliases: [] },
  { name: "Quảng Ngãi", type: "tỉnh", slug: "quang-ngai", successor: "quang-ngai", aliases: [] },
  { name: "Bình Định", type: "tỉnh", slug: "binh-dinh", successor: "gia-lai", aliases: [] },
  { name: "Phú Yên", type: "tỉnh", slug: "phu-yen", successor: "dak-lak", aliases: [] },
  { name: "Khánh Hòa", type: "tỉnh", slug: "khanh-hoa", successor: "khanh-hoa", aliases: ["Khánh Hoà"] },
  { name: "Ninh Thuận", type: "tỉnh", slug: "ninh-thuan", successor: "khanh-hoa", aliases: [] },
  { name: "Bình Thuận", type: "tỉnh", slug: "binh-thuan", successor: "lam-dong", aliases: [] },
  { name: "Kon Tum", type: "tỉnh", slug: "kon-tum", successor: "quang-ngai", aliases: ["Kontum"] },
  { name: "Gia Lai", type: "tỉnh", slug: "gia-lai", successor: "gia-lai", aliases: [] },
  { name: "Đắk Lắk", type: "tỉnh", slug: "dak-lak", successor: "dak-lak", aliases: ["Đắc Lắc", "Đắk Lắc", "Đắc Lắk", "Đăk Lăk", "Đắklắk", "Daklak", "Dak Lak"] },
  { name: "Đắk Nông", type: "tỉnh", slug: "dak-nong", successor: "lam-dong", aliases: ["Đắc Nông", "Đăk Nông", "Đắknông", "Dak Nong"] },
  { name: "Lâm Đồng", type: "tỉnh", slug: "lam-dong", successor: "lam-dong", aliases: [] },
  { name: "Bình Phước", type: "tỉnh", slug: "binh-phuoc", successor: "dong-nai", aliases: [] },
  { name: "Tây Ninh", type: "tỉnh", slug: "tay-ninh", successor: "tay-ninh", aliases: [] },
  { name: "Bình Dương", type: "tỉnh", slug: "binh-duong", successor: "ho-chi-minh", aliases: [] },
  { name: "Đồng Nai", type: "tỉnh", slug: "dong-nai", successor: "dong-nai", aliases: [] },
  { name: "Bà Rịa - Vũng Tàu", type: "tỉnh", slug: "ba-ria-vung-tau", successor: "ho-chi-minh", aliases: ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"] },
  {
    name: "Hồ Chí Minh", type: "thành phố", slug: "ho-chi-minh", successor: "ho-chi-minh",
    aliases: ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "TP. HCM", "TPHCM", "HCM"],
    needsTypeWord: ["Hồ Chí Minh", "HCM"],
  },
  { name: "Long An", type: "tỉnh", slug: "long-an", successor: "tay-ninh", aliases: [] },
  { name: "Tiền Giang", type: "tỉnh", slug: "tien-giang", successor: "dong-thap", aliases: [] },
  { name: "Bến Tre", type: "tỉnh", slug: "ben-tre", successor: "vinh-long", aliases: [] },
  { name: "Trà Vinh", type: "tỉnh", slug: "tra-vinh", successor: "vinh-long", aliases: [] },
  { name: "Vĩnh Long", type: "tỉnh", slug: "vinh-long", successor: "vinh-long", aliases: [] },
  { name: "Đồng Tháp", type: "tỉnh", slug: "dong-thap", successor: "dong-thap", aliases: [] },
  { name: "An Giang", type: "tỉnh", slug: "an-giang", successor: "an-giang", aliases: [] },
  { name: "Kiên Giang", type: "tỉnh", slug: "kien-giang", successor: "an-giang", aliases: [] },
  { name: "Cần Thơ", type: "thành phố", slug: "can-tho", successor: "can-tho", aliases: ["Thành phố Cần Thơ", "TP. Cần Thơ"] },
  { name: "Hậu Giang", type: "tỉnh", slug: "hau-giang", successor: "can-tho", aliases: [] },
  { name: "Sóc Trăng", type: "tỉnh", slug: "soc-trang", successor: "can-tho", aliases: [] },
  { name: "Bạc Liêu", type: "tỉnh", slug: "bac-lieu", successor: "ca-mau", aliases: [] },
  { name: "Cà Mau", type: "tỉnh", slug: "ca-mau", successor: "ca-mau", aliases: [] },
] satisfies Province[]);

/**
 * Units that documents of their time name and that no longer were one by 2025: tỉnh Hà Tây joined
 * thành phố Hà Nội on 1 August 2008 (Nghị quyết 15/2008/QH12). Its documents keep their own place in
 * their ids (`~ha-tay`), apart from Hà Nội's; its successor is Hà Nội's.
 */
export const FORMER_PROVINCES: readonly Province[] = Object.freeze([
  { name: "Hà Tây", type: "tỉnh", slug: "ha-tay", successor: "ha-noi", aliases: [], dissolved: { into: "ha-noi", effective: "2008-08-01", by: "15/2008/QH12" } },
] satisfies Province[]);

/** The 34 units from 1 July 2025: the 11 kept unchanged first, then the 23 formed by merging. */
export const PROVINCES_AFTER_2025: readonly ProvinceAfter2025[] = Object.freeze([
  { name: "Hà Nội", type: "thành phố", slug: "ha-noi", mergedFrom: ["ha-noi"] },
  { name: "Huế", type: "thành phố", slug: "hue", mergedFrom: ["thua-thien-hue"] },
  { name: "Lai Châu", type: "tỉnh", slug: "lai-chau", mergedFrom: ["lai-chau"] },
  { name: "Điện Biên", type: "tỉnh", slug: "dien-bien", mergedFrom: ["dien-bien"] },
  { name: "Sơn La", type: "tỉnh", slug: "son-la", mergedFrom: ["son-la"] },
  { name: "Lạng Sơn", type: "tỉnh", slug: "lang-son", mergedFrom: ["lang-son"] },
  { name: "Quảng Ninh", type: "tỉnh", slug: "quang-ninh", mergedFrom: ["quang-ninh"] },
  { name: "Thanh Hóa", type: "tỉnh", slug: "thanh-hoa", mergedFrom: ["thanh-hoa"] },
  { name: "Nghệ An", type: "tỉnh", slug: "nghe-an", mergedFrom: ["nghe-an"] },
  { name: "Hà Tĩnh", type: "tỉnh", slug: "ha-tinh", mergedFrom: ["ha-tinh"] },
  { name: "Cao Bằng", type: "tỉnh", slug: "cao-bang", mergedFrom: ["cao-bang"] },
  { name: "Tuyên Quang", type: "tỉnh", slug: "tuyen-quang", mergedFrom: ["tuyen-quang", "ha-giang"] },
  { name: "Lào Cai", type: "tỉnh", slug: "lao-cai", mergedFrom: ["lao-cai", "yen-bai"] },
  { name: "Thái Nguyên", type: "tỉnh", slug: "thai-nguyen", mergedFrom: ["thai-nguyen", "bac-kan"] },
  { name: "Phú Thọ", type: "tỉnh", slug: "phu-tho", mergedFrom: ["phu-tho", "vinh-phuc", "hoa-binh"] },
  { name: "Bắc Ninh", type: "tỉnh", slug: "bac-ninh", mergedFrom: ["bac-ninh", "bac-giang"] },
  { name: "Hưng Yên", type: "tỉnh", slug: "hung-yen", mergedFrom: ["hung-yen", "thai-binh"] },
  { name: "Hải Phòng", type: "thành phố", slug: "hai-phong", mergedFrom: ["hai-phong", "hai-duong"] },
  { name: "Ninh Bình", type: "tỉnh", slug: "ninh-binh", mergedFrom: ["ninh-binh", "ha-nam", "nam-dinh"] },
  { name: "Quảng Trị", type: "tỉnh", slug: "quang-tri", mergedFrom: ["quang-tri", "quang-binh"] },
  { name: "Đà Nẵng", type: "thành phố", slug: "da-nang", mergedFrom: ["da-nang", "quang-nam"] },
  { name: "Quảng Ngãi", type: "tỉnh", slug: "quang-ngai", mergedFrom: ["quang-ngai", "kon-tum"] },
  { name: "Gia Lai", type: "tỉnh", slug: "gia-lai", mergedFrom: ["gia-lai", "binh-dinh"] },
  { name: "Khánh Hòa", type: "tỉnh", slug: "khanh-hoa", mergedFrom: ["khanh-hoa", "ninh-thuan"] },
  { name: "Lâm Đồng", type: "tỉnh", slug: "lam-dong", mergedFrom: ["lam-dong", "dak-nong", "binh-thuan"] },
  { name: "Đắk Lắk", type: "tỉnh", slug: "dak-lak", mergedFrom: ["dak-lak", "phu-yen"] },
  { name: "Hồ Chí Minh", type: "thành phố", slug: "ho-chi-minh", mergedFrom: ["ho-chi-minh", "binh-duong", "ba-ria-vung-tau"] },
  { name: "Đồng Nai", type: "tỉnh", slug: "dong-nai", mergedFrom: ["dong-nai", "binh-phuoc"] },
  { name: "Tây Ninh", type: "tỉnh", slug: "tay-ninh", mergedFrom: ["tay-ninh", "long-an"] },
  { name: "Cần Thơ", type: "thành phố", slug: "can-tho", mergedFrom: ["can-tho", "soc-trang", "hau-giang"] },
  { name: "Vĩnh Long", type: "tỉnh", slug: "vinh-long", mergedFrom: ["vinh-long", "ben-tre", "tra-vinh"] },
  { name: "Đồng Tháp", type: "tỉnh", slug: "dong-thap", mergedFrom: ["dong-thap", "tien-giang"] },
  { name: "Cà Mau", type: "tỉnh", slug: "ca-mau", mergedFrom: ["ca-mau", "bac-lieu"] },
  { name: "An Giang", type: "tỉnh", slug: "an-giang", mergedFrom: ["an-giang", "kien-giang"] },
] satisfies ProvinceAfter2025[]);

/**
 * Phrases that begin with a province's name but are not that province: the Pacific Ocean, and
 * provinces dissolved before the 63-unit map (Hà Nam Ninh 1975–1991, Gia Lai - Kon Tum
 * 1975–1991, Quảng Nam - Đà Nẵng 1976–1996). A match on one of these is no match.
 */
const NOT_PROVINCES: readonly string[] = ["Thái Bình Dương", "Hà Nam Ninh", "Gia Lai - Kon Tum", "Quảng Nam - Đà Nẵng"];

/** Type words that may stand before a name. Longer spellings first. */
const TYPE_WORDS: readonly { readonly text: string; readonly type: ProvinceType }[] = [
  { text: "thành phố", type: "thành phố" },
  { text: "tỉnh", type: "tỉnh" },
  { text: "tp.", type: "thành phố" },
  { text: "tp", type: "thành phố" },
];

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

const MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
/** By code unit: 1 a space (`\s`), 2 a dash, 4 a mark (`\p{M}`). The walk tests each character it reads. */
const SPACE = 1;
const DASH = 2;
const MARK_UNIT = 4;
const CHAR_CLASS = (() => {
  const table = markClass(new Uint8Array(0x10000), /\s/, SPACE);
  for (const d of DASHES) table[d.charCodeAt(0)] = DASH;
  const marks = markClass(new Uint8Array(0x10000), MARK);
  for (let c = 0; c < 0x10000; c++) if (marks[c] === 1) table[c] |= MARK_UNIT;
  return table;
})();

const isSpace = (ch: string): boolean => CHAR_CLASS[ch.charCodeAt(0)] === SPACE;
const isDash = (ch: string): boolean => CHAR_CLASS[ch.charCodeAt(0)] === DASH;
const isMarkAt = (s: string, i: number): boolean => (CHAR_CLASS[s.charCodeAt(i)] & MARK_UNIT) !== 0;

/** Lower-case NFC form of one character cluster, with the look-alikes of đ folded in. */
function foldCluster(cluster: string): string {
  // Remembered: the walk folds every letter it reads, and NFC plus lower case per letter was most
  // of the jurisdiction's cost on real plans. Bounded, since decomposed text can make endless clusters.
  let folded = FOLDED_CLUSTERS.get(cluster);
  if (folded === undefined) {
    const low = cluster.normalize("NFC").toLowerCase();
    // Ð (U+00D0) lower-cases to ð (U+00F0); Ɖ (U+0189) to ɖ (U+0256). Both are typed for Đ.
    folded = low.length === 1 && (low === "\u00f0" || low === "\u0256") ? "\u0111" : low;
    if (FOLDED_CLUSTERS.size >= MAX_FOLDED_CLUSTERS) FOLDED_CLUSTERS.clear();
    FOLDED_CLUSTERS.set(cluster, folded);
  }
  return folded;
}

const FOLDED_CLUSTERS = new Map<string, string>();
const MAX_FOLDED_CLUSTERS = 4096;

/**
 * foldCluster of each code unit that is a cluster alone, by code unit: -1 not yet asked, -2 when it folds to more than
 * one unit ("İ"). The walk reads most letters so, with no slice of the text and no string to hash.
 */
const FOLDED_UNITS = new Int32Array(0x10000).fill(-1);

/** foldCluster of the one-unit cluster `c` (not a surrogate) as one code unit, or -2 when it folds to more. */
function foldedUnit(c: number): number {
  let f = FOLDED_UNITS[c];
  if (f === -1) {
    const folded = foldCluster(String.fromCharCode(c));
    f = FOLDED_UNITS[c] = folded.length === 1 ? folded.charCodeAt(0) : -2;
  }
  return f;
}

/**
 * Key of a whole name: lower-case NFC, đ look-alikes folded, whitespace runs as one space, a dash
 * with any spaces around it as "-". The matcher walks text with the same rules.
 */
function foldKey(s: string): string {
  let out = "";
  let i = 0;
  const n = s.length;
  while (i < n) {
    const ch = s[i];
    if (isSpace(ch) || isDash(ch)) {
      let j = i;
      let dash = false;
      while (j < n && (isSpace(s[j]) || isDash(s[j]))) {
        if (isDash(s[j])) dash = true;
        j++;
      }
      if (out !== "" && j < n) out += dash ? "-" : " ";
      i = j;
      continue;
    }
    const j = clusterEnd(s, i);
    out += foldCluster(s.slice(i, j));
    i = j;
  }
  return out;
}

/** End of the character cluster starting at i: one code point and the combining marks after it. */
function clusterEnd(s: string, i: number): number {
  const cp = s.codePointAt(i) ?? 0;
  let j = i + (cp > 0xffff ? 2 : 1);
  while (j < s.length && isMarkAt(s, j)) j++;
  return j;
}

/** The key without punctuation around it: "(hậu giang)" → "hậu giang", "hà nội," → "hà nội". */
function trimPunctuation(key: string): string {
  let a = 0;
  let b = key.length;
  while (a < b && !WORD_CHAR.test(key[a])) a++;
  while (b > a && !WORD_CHAR.test(key[b - 1])) b--;
  return key.slice(a, b).trim();
}

/** Any combining mark. A module constant: the bundler writes a literal holding \p{…} as `new RegExp(…)`, a new regex at every call. */
const ANY_MARK = /\p{M}/gu;

/** The name without diacritics: "hậu giang" → "hau giang". */
function asciiFold(key: string): string {
  return key.normalize("NFD").replace(ANY_MARK, "").replace(/đ/g, "d");
}

/**
 * Tone mark placement in word-final oa, oe, uy is written both ways: "Hòa"/"Hoà",
 * "Hóa"/"Hoá", "Thủy"/"Thuỷ". Returns the key with each placement (the key itself included).
 */
function toneVariants(key: string): string[] {
  const first = "òóỏõọòóỏõọùúủũụ";
  const second = "àáảãạèéẻẽẹỳýỷỹỵ";
  const plain1 = "oooooooooouuuuu";
  const plain2 = "aaaaaeeeeeyyyyy";
  const onFirst: string[] = [];
  const onSecond: string[] = [];
  const words = key.split(/([ -])/);
  for (const w of words) {
    let a = w;
    let b = w;
    if (w.length >= 2 && w[w.length - 3] !== "q") {
      const x = w[w.length - 2];
      const y = w[w.length - 1];
      for (let t = 0; t < first.length; t++) {
        if (x === first[t] && y === plain2[t]) b = w.slice(0, -2) + plain1[t] + second[t];
        if (x === plain1[t] && y === second[t]) a = w.slice(0, -2) + first[t] + plain2[t];
      }
    }
    onFirst.push(a);
    onSecond.push(b);
  }
  return [...new Set([key, onFirst.join(""), onSecond.join("")])];
}

/** The type word at the start of a key and the name after it, or null. */
function splitTypeWord(key: string): { type: ProvinceType; rest: string } | null {
  for (const w of TYPE_WORDS) {
    if (!key.startsWith(w.text)) continue;
    let rest = key.slice(w.text.length);
    if (w.text.endsWith(".")) rest = rest.trimStart();
    else if (rest.startsWith(" ")) rest = rest.slice(1);
    else continue;
    if (rest !== "") return { type: w.type, rest };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Indexes, built once
// ---------------------------------------------------------------------------------------------

/** What a name key leads to: a province, or null for a phrase that is no province. */
export interface NameEntry {
  readonly province: Province | null;
  /** Accepted by matchProvinceAt only after a type word. */
  readonly needsTypeWord: boolean;
}

/** Keyed by code unit: a key's units in turn, as the walk reads the folded text's. */
interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  value?: T;
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map() });

function trieInsert<T>(root: TrieNode<T>, key: string, value: T): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    let n = node.next.get(ch);
    if (!n) node.next.set(ch, (n = newNode<T>()));
    node = n;
  }
  node.value = value;
}

const NAME_KEYS = new Map<string, NameEntry>();
const NAME_TRIE = newNode<NameEntry>();
const TYPE_TRIE = newNode<{ type: ProvinceType; dotted: boolean }>();
const ASCII_KEYS = new Map<string, Province | null>();
const BY_SLUG = new Map<string, Province>();
const AFTER_BY_SLUG = new Map<string, ProvinceAfter2025>();

function addName(key: string, entry: NameEntry): void {
  const old = NAME_KEYS.get(key);
  if (old && old.province !== entry.province) {
    throw new Error(`provinces: "${key}" names both ${old.province?.slug} and ${entry.province?.slug}`);
  }
  // A form listed as needing a type word keeps that need even when another form folds to it.
  const merged = old ? { province: entry.province, needsTypeWord: old.needsTypeWord || entry.needsTypeWord } : entry;
  NAME_KEYS.set(key, merged);
  trieInsert(NAME_TRIE, key, merged);
}

for (const p of [...PROVINCES_BEFORE_2025, ...FORMER_PROVINCES]) {
  if (BY_SLUG.has(p.slug)) throw new Error(`provinces: duplicate slug ${p.slug}`);
  BY_SLUG.set(p.slug, p);
  const needs = new Set((p.needsTypeWord ?? []).map(foldKey));
  const forms = [p.name, ...p.aliases, ...(p.renamed ? [p.renamed.name] : [])];
  for (const form of forms) {
    const key = foldKey(form);
    const bare = splitTypeWord(key)?.rest ?? key;
    for (const v of toneVariants(bare)) {
      addName(v, { province: p, needsTypeWord: needs.has(bare) });
      const a = asciiFold(v);
      const seen = ASCII_KEYS.get(a);
      ASCII_KEYS.set(a, seen === undefined || seen === p ? p : null);
    }
  }
}
for (const phrase of NOT_PROVINCES) addName(foldKey(phrase), { province: null, needsTypeWord: false });

/**
 * What matchProvinceAt's walk reads: the names' keys (folded as foldKey folds, each tone placement) with what each
 * leads to, and the type words. For a test that holds the walk to a plain reading of them.
 */
export const MATCHER_KEYS: { readonly names: ReadonlyMap<string, NameEntry>; readonly types: typeof TYPE_WORDS } = { names: NAME_KEYS, types: TYPE_WORDS };
for (const w of TYPE_WORDS) trieInsert(TYPE_TRIE, w.text, { type: w.type, dotted: w.text.endsWith(".") });
for (const u of PROVINCES_AFTER_2025) AFTER_BY_SLUG.set(u.slug, u);

/**
 * ASCII digits and punctuation that no name or type word holds, and that no mark composes with: a walk
 * of the tries stops at one, and its clusters' reads with it (see stopsProvinceRead).
 */
const READ_STOPS = (() => {
  const table = new Uint8Array(0x80);
  for (const ch of "0123456789,;:()/?!\"[]") table[ch.charCodeAt(0)] = 1;
  for (const key of [...NAME_KEYS.keys(), ...TYPE_WORDS.map((w) => w.text)]) for (const ch of key) if (ch.charCodeAt(0) < 0x80) table[ch.charCodeAt(0)] = 0;
  return table;
})();
/**
 * Whether matchProvinceAt(text, index) reads nothing at or after position i > index of `text` when
 * text.charCodeAt(i) is `code` and no such character stands between index and i: the names and type
 * words it walks hold none of these, so every walk stops there (a scanner can then read a text that
 * differs from another only after i as that other text).
 */
export const stopsProvinceRead = (code: number): boolean => code < 0x80 && READ_STOPS[code] === 1;

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/**
 * The pre-2025 unit a place name denotes: any case, NFC or NFD, Ð for Đ, extra spaces, any dash,
 * either tone placement ("Hoà"/"Hòa"), with or without a type word in front ("tỉnh", "thành phố",
 * "TP."). The type word is not checked against the unit's type. As a last resort the name is
 * compared without diacritics ("Ha Noi"). Null when it names no unit.
 */
export function findProvince(text: string): Province | null {
  const key = trimPunctuation(foldKey(text));
  if (key === "") return null;
  const exact = NAME_KEYS.get(key);
  if (exact) return exact.province;
  const bare = splitTypeWord(key)?.rest;
  if (bare !== undefined) {
    const e = NAME_KEYS.get(bare);
    if (e) return e.province;
  }
  // Without diacritics the type words are "tinh", "thanh pho".
  const ascii = asciiFold(bare ?? key).replace(/^(?:tinh|thanh pho) /, "");
  return ASCII_KEYS.get(ascii) ?? null;
}

/** NOT_PROVINCES as text without marks writes them ("ha nam ninh"). */
const ASCII_NOT_PROVINCES: ReadonlySet<string> = new Set(NOT_PROVINCES.map((p) => asciiFold(foldKey(p))));

/**
 * The pre-2025 unit whose name the words begin with, compared without diacritics: for text typed
 * without them, where a place's words may run past its name ("NGHE AN VE VIEC" in capitals). The
 * longest beginning wins, and one that is a phrase no province is ("Ha Nam Ninh") is no match.
 */
export function provinceAtStartWithoutMarks(words: readonly string[]): Province | null {
  for (let n = words.length; n >= 1; n--) {
    const key = asciiFold(trimPunctuation(foldKey(words.slice(0, n).join(" "))));
    if (ASCII_NOT_PROVINCES.has(key)) return null;
    const found = ASCII_KEYS.get(key);
    if (found !== undefined) return found;
  }
  return null;
}

/** The pre-2025 unit with this slug ("hau-giang"), or null. */
export function provinceBySlug(slug: string): Province | null {
  return BY_SLUG.get(slug) ?? null;
}

/** The post-2025 unit with this slug ("can-tho", "hue"), or null. */
export function provinceAfter2025BySlug(slug: string): ProvinceAfter2025 | null {
  return AFTER_BY_SLUG.get(slug) ?? null;
}

/**
 * The unit from 1 July 2025 that a pre-2025 unit became (part of): "Hậu Giang" → Cần Thơ,
 * "nghe-an" → Nghệ An. Takes a record, a slug, or a name as findProvince reads it.
 */
export function successorOf(province: Province | string): ProvinceAfter2025 | null {
  const p = typeof province === "string" ? (BY_SLUG.get(province) ?? findProvince(province)) : province;
  return p ? (AFTER_BY_SLUG.get(p.successor) ?? null) : null;
}

/** The name with its type word: "tỉnh Hậu Giang", "thành phố Hà Nội". */
export function fullName(p: Province | ProvinceAfter2025): string {
  return `${p.type} ${p.name}`;
}

/**
 * The name with its type word that a document dated `date` (ISO) gives the unit: its new one from
 * the day it was renamed ("thành phố Huế" from 1 January 2025, "tỉnh Thừa Thiên Huế" before); the
 * record's own where the date is unknown.
 */
export function fullNameOn(p: Province, date: string | null): string {
  return p.renamed && date !== null && date >= p.renamed.effective ? `${p.renamed.type} ${p.renamed.name}` : fullName(p);
}

// ---------------------------------------------------------------------------------------------
// Matching in running text
// ---------------------------------------------------------------------------------------------

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cp = text.codePointAt(i) ?? 0;
  // A unit of the Basic Multilingual Plane, or a lone surrogate (a class of its own, no word character), from the table.
  return cp <= 0xffff ? LETTER_DIGIT_OR_MARK[cp] === 1 : WORD_CHAR.test(String.fromCodePoint(cp));
}

function isWordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = text.charCodeAt(i - 1);
  const start = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return isWordCharAt(text, start);
}

/**
 * Walks the trie along text from start, folding as foldKey does, and reports every key that ends
 * at a cluster boundary as (end, value), shortest first. Never looks back: one pass, no backtracking.
 */
const SPACE_UNIT = 0x20;
const DASH_UNIT = 0x2d;

function walk<T>(root: TrieNode<T>, text: string, start: number, report: (end: number, value: T) => void): void {
  let node = root;
  let i = start;
  for (;;) {
    if (node.value !== undefined && i > start) report(i, node.value);
    if (i >= text.length) return;
    let next: TrieNode<T> | undefined;
    const kind = CHAR_CLASS[text.charCodeAt(i)];
    if (kind === SPACE || kind === DASH) {
      // A run of spaces and dashes is "-" if it holds a dash, else " ".
      let j = i;
      let dash = false;
      for (let k = kind; j < text.length && (k === SPACE || k === DASH); k = CHAR_CLASS[text.charCodeAt(++j)]) {
        if (k === DASH) dash = true;
      }
      next = node.next.get(dash ? DASH_UNIT : SPACE_UNIT);
      if (!next) return;
      node = next;
      i = j;
      continue;
    }
    // A unit that is a cluster alone (no surrogate, no mark after it): its fold from the table.
    const c = text.charCodeAt(i);
    if ((c & 0xf800) !== 0xd800 && (i + 1 === text.length || (CHAR_CLASS[text.charCodeAt(i + 1)] & MARK_UNIT) === 0)) {
      const f = foldedUnit(c);
      if (f >= 0) {
        next = node.next.get(f);
        if (!next) return;
        node = next;
        i++;
        continue;
      }
    }
    const j = clusterEnd(text, i);
    const folded = foldCluster(text.slice(i, j));
    for (let k = 0; k < folded.length; k++) {
      next = node.next.get(folded.charCodeAt(k));
      if (!next) return;
      node = next;
    }
    i = j;
  }
}

/** Longest name starting at start and ending before a non-letter, subject to the type word seen. */
function nameAt(text: string, start: number, typeWord: ProvinceType | null): { province: Province; end: number } | null {
  const found: { entry: NameEntry; end: number }[] = [];
  walk(NAME_TRIE, text, start, (end, entry) => {
    if (!isWordCharAt(text, end)) found.push({ entry, end });
  });
  for (let k = found.length - 1; k >= 0; k--) {
    const { entry, end } = found[k];
    const p = entry.province;
    if (p === null) return null; // the longest reading is a phrase that is no province
    if (typeWord === null ? entry.needsTypeWord : p.type !== typeWord && p.renamed?.type !== typeWord) continue;
    return { province: p, end };
  }
  return null;
}

/**
 * The province whose name starts exactly at `index` of `text`, for a scanner that has reached
 * "Trà" in "tỉnh Trà Vinh về …". Case-insensitive, NFC or NFD, Ð for Đ, any run of spaces and
 * any dash between words. The name must not continue a word on the left and must be followed by a
 * non-letter (or the end), so "Nam" in "Việt Nam" and "Hậu" alone match nothing. When `index` is at
 * a type word ("tỉnh", "thành phố", "TP."), the word and the name after it are matched together,
 * provided the type agrees: "thành phố Bắc Ninh" (a city inside the province) is no match there.
 * Spellings in `needsTypeWord` ("Hồ Chí Minh") match only with a type word. The longest match wins;
 * `length` counts UTF-16 units of the original text.
 */
export function matchProvinceAt(text: string, index: number): { province: Province; length: number } | null {
  if (index < 0 || index >= text.length || isMarkAt(text, index) || isWordCharBefore(text, index)) return null;
  let best = nameAt(text, index, null);
  walk(TYPE_TRIE, text, index, (end, w) => {
    if (!w.dotted && !(end < text.length && isSpace(text[end]))) return;
    const m = nameAt(text, skipSpaces(text, end), w.type);
    if (m && (best === null || m.end > best.end)) best = m;
  });
  return best ? { province: best.province, length: best.end - index } : null;
}
