/**
 * Input generators for the properties. Random Unicode almost never looks like a citation, so
 * besides it there is a "soup" of the pieces citations are made of (numbers, separators, kind
 * words, codes, dates, marks, look-alikes, odd whitespace, lone surrogates) in random order:
 * that is what drives the grammar into its corners.
 */
import fc from "fast-check";
import { MUTATION_NAMES, NO_MUTATIONS, type MutationRates } from "../../bench/corpus.mjs";

const PIECES = [
  ...["0", "1", "9", "12", "05", "103", "2018", "2021", "999999", "1234567", "30a", "02A", "5d", "3m", "8h", "a", "D", "66.7", "1.234", ".", "23.4."],
  ...["/", "-", "\u2013", "\u2014", "\u2212", "\u2010", " ", "  ", "\n", "\n\n", " \n\n", "\t", "\r\n"],
  ...["\u00a0", "\u200b", "\ufeff", ":", ",", ";", ".", "&", "(", ")"],
  ...["số", "Số", "số:", "SỐ", "và", "ngày", "tháng", "năm", "của", "khoá", "khóa", "XII"],
  ...["Nghị định", "Quyết định", "Thông tư", "Thông tư liên tịch", "Nghị quyết", "Kế hoạch", "Luật", "Bộ luật"],
  ...["văn bản", "Công văn", "nghị  định", "Nghị\n\nđịnh", "QUYẾT ĐỊNH", "Chỉ thị"],
  ...["NĐ", "QĐ", "Q\u00d0", "qđ", "q\u00f0", "TT", "TTLT", "KH", "NQ", "nq", "CT", "CTr", "QĐi", "TW", "TƯ", "tw"],
  ...["TU", "ThU", "CP", "cp", "UBND", "HĐND", "VP.UBND", "BTP", "QLXLVPHC&TDTHPL", "TTg", "QH13", "UBTVQH14"],
  ...["A", "a", "x", "Chính phủ", "Bộ Tư pháp", "UBND tỉnh", "Hậu Giang", "Bộ trưởng", "tỉnh"],
  // The place reads past "TP." and across the dash of "Bà Rịa - Vũng Tàu"; a glued "NĐCP" is split.
  ...["TP", "Tp", "TP.", "Bà Rịa", "Vũng Tàu", "Thừa Thiên", "Huế", "Hồ Chí Minh", "NĐCP", "QĐUBND"],
  ...["huyện", "thành phố", "Long Hồ", ", tỉnh", "Vĩnh Long", "quận", "phường", "Giao", "Thủy", "Nghĩa", "Hành", "Chương"],
  // Text typed without marks: its keywords read in lower case, its names ("Cua Lo", "Nam") kept.
  ...["so", "ngay", "thang", "nam", "cua", "va", "khoa", "Nghi dinh", "QUYET DINH", "Chinh phu", "Thuong truc", "HDND", "UBTUMTTQVN"],
  ...["tinh", "huyen", "thi xa", "quan", "xa", "Thanh pho", "Cua Lo", "Nam", "Nghe An"],
  ...["\u0301", "\u0323", "\u0302", "\u031b", "e\u0302\u0301", "u\u031b", "ư", "ơ", "Đ", "đ", "\u00d0"],
  ...["\ud800", "\udc00", "\udbff\udfff", "😀", "\u0000", "\uffff"],
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const pick = (xs: string[]) => fc.constantFrom(...xs);
const num = pick(["1", "05", "12", "103", "2018", "999999", "1234567", "", "30a", "02A", "30ab", "3m", "66.7", "66.25", "1.234"]);
const code = pick(["NĐ", "QĐ", "q\u00f0", "TT", "KH", "NQ", "nq", "CT", "QĐi", "TW", "TƯ", "TU", "ThU", "CP", "UBND", "VP.UBND", "TTg", "QH13", "A", "Tuyên"]);
/** A number and ký hiệu, well or badly formed: "61/2018/NĐ-CP", "18 - nq/tw", "5/ A-\n\nB". */
const ref = fc
  .tuple(
    num,
    pick(["/", "-", "\u2013", " /", " - ", "/ ", "\n/", "//"]),
    // "QĐ/2010/" before a "QĐ": the type code written before the year too.
    fc.option(pick(["2018/", "2021 /", "1999/", "QĐ/2010/", "qđ/2010 /"])),
    code,
    pick(["", "-", "/", "\u2013", "-\n\n", "- ", ".", " / ", "  /  "]),
    fc.option(code),
  )
  .map(([n, s, y, a, j, b]) => `${n}${s}${y ?? ""}${a}${b === null ? "" : j + b}`);
/** A date clause, possibly impossible: "ngày 23 tháng 4 năm 2018", ", ngày 31/02/2021". */
const date = fc
  .tuple(pick(["ngày ", ", ngày ", "ngày  ", "ngày\n"]), num, pick([" tháng ", "/", "-", " /"]), num, pick([" năm ", "/", "-"]), num)
  .map((parts) => parts.join(""));

/** Citation-shaped noise. */
export const soup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 3, arbitrary: ref },
      { weight: 1, arbitrary: date },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2 }) },
      { weight: 1, arbitrary: loneSurrogate },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

/** Any string: UTF-16 units, code points (astral included), graphemes, lone surrogates, soup. */
export const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 100 }),
  fc.string({ maxLength: 200 }),
  soup,
);

/** Options for bench/corpus.mjs generateText: a seed, a size, and a set of traps switched on. */
export const generatedSample = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  bytes: fc.integer({ min: 200, max: 6000 }),
  on: fc.subarray([...MUTATION_NAMES]),
});

/** Each trap switched on hits a citation with probability 0.6, so citations mix clean and mutated. */
export function ratesFor(on: readonly string[]): MutationRates {
  const rates: Record<string, number> = { ...NO_MUTATIONS };
  for (const m of on) rates[m] = 0.6;
  return rates as MutationRates;
}

/**
 * Text made of what short forms, laws by name, pinpoints and irregular numbers are made of:
 * "khoản 2 Điều 5", "Nghị định 64", "Luật Đất đai năm 2013", "12-2019/NQ-CP", "6872/TTr / STC",
 * in random order, so that the passes after the grammar (src/find/named, short, pinpoint) meet
 * each other's words and the full citations they must leave alone.
 */
const FORM_PIECES = [
  ...["Điều", "điều", "ĐIỀU", "khoản", "Khoản", "điểm", "Chương", "Mục", "Phần", "Phần thứ", "của", "và", ",", ", ", ".", ";", "(", ")"],
  ...["1", "2", "5", "12", "64", "2210", "a", "b", "đ", "II", "IV", "5a", "99999", "123456"],
  ...["Nghị định", "Quyết định", "Thông tư", "Nghị quyết", "Chỉ thị", "Luật", "Bộ luật", "Pháp lệnh", "luật", "LUẬT"],
  ...["số", "số:", "Số", "nêu trên", "này", "(sau đây gọi tắt là", "sửa đổi, bổ sung một số điều của"],
  ...["Đất đai", "Tổ chức chính quyền địa phương", "Lao động", "Ban hành văn bản QPPL", "Phí và lệ phí", "Tổ chức HĐND và UBND"],
  ...["năm 2013", "năm", "2019", "ngày 19 tháng 6 năm 2015", "ngày 01/7/2014", "tháng", "6"],
  ...["61/2018/NĐ-CP", "64/2018/NĐ-CP", "2210/QĐ-UBND", "12-2019/NQ-CP", "19-2017/nq-cp", "45/2008/QĐ.UBND"],
  ...["15/2005/TTLT / BTC-BYT", "6872/TTr / STC-QLCS", "488-CV / TCQT-NS", "210/QĐ/2010/QĐ-UBND", "2015-2020", "3 - 2019/QĐ-UBND"],
  ...["/", "-", "\u2013", " / ", " ", "  ", "\n", "\t", "\u00a0", "\u0301", "\u0323", "\u00d0", "Ð", "😀", "\ud800"],
  // Whole forms, so that each is met often, not only when the pieces above happen to line up.
  ...["Nghị định 64", "Quyết định số 2210", "Nghị định số 61 nêu trên", "Quyết định này", "khoản 2 Điều 5", "điểm a khoản 1, khoản 2 Điều 4"],
  ...["Luật Đất đai năm 2013", "Bộ luật Lao động 2019", "Pháp lệnh Phí và lệ phí", "Chương II Luật"],
  ...["khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP", "Điều 3 của Quyết định 2210", "Chương II Luật Đất đai năm 2013", "điểm b khoản 1 Điều 4 Nghị quyết 12-2019/NQ-CP"],
];

export const formsSoup = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...FORM_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2 }) }), {
    maxLength: 50,
  })
  .map((parts) => parts.join(" "));
