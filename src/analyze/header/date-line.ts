/** The place and date line ("Trà Vinh, ngày 15 tháng 4 năm 2022"), and a database's "Ngày ban hành" field where none is. */
import { ISSUED_FIELD_LABEL } from "../../vocab/fields.js";
import { FIELD_LABEL } from "./number-line.js";

/**
 * "Ngày ban hành:" and the date after it, as such a page writes it ("13/01/2026", "30-10-2012"; a
 * portal's field without its colon, its value after a run of spaces): read where no place and date line is.
 */
export const ISSUED_FIELD = new RegExp(String.raw`${FIELD_LABEL}${ISSUED_FIELD_LABEL}[ \t]*:?[ \t|]{0,40}\n?[ \t|]{0,8}([0-9]{1,2})[\/-]([0-9]{1,2})[\/-]([0-9]{4})(?![0-9])`);
/**
 * The place and date line. A header's two columns flattened onto one line keep the date after a
 * run of spaces ("Số: 225-KH/TWĐTN-CTTN      Hà Nội, ngày 16 tháng 5 năm 2024"): three spaces or a
 * tab before the place start it too (the place then opens with no space). So does the end of the
 * right column's heading on the same line: "ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày …", the Youth Union's name where
 * the Party's stands ("… QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc …", a
 * document run onto one line: fixtures/fresh/fresh29j-003, fresh39a-012), "Độc lập - Tự
 * do - Hạnh phúc Thanh Hoá, ngày …" (the place then holds no ":", which a number's cell between
 * would: "Hạnh phúc Số : 29/SGD …"). A rule of dashes before the place is taken whole ((?<!-) … (?!-)):
 * tried at each of its dashes and with each of its lengths, a rule of thousands cost seconds.
 * The branch after a heading's last words asks first for the blank before it, one character back:
 * its look-behind alone was tried at every character of the heading.
 */
// "Hà Nội, Ngày 27 tháng 9 năm 1995" (pairs30 003): a capital N is typed on some date lines, and a
// heading set in capitals puts the date words in them too ("HÀ NỘI, NGÀY 27 THÁNG 9 NĂM 1995").
const COMMA_DATE = String.raw`,\s{0,8}(?:[nN]gày|NGÀY)\s{0,8}([0-9]{1,2})?\s{0,8}(?:tháng|THÁNG)\s{0,8}([0-9]{1,2})\s{0,8}(?:năm|NĂM)\s{0,8}([0-9]{4})`;
/**
 * The right column's heading ends PLACE_AND_DATE's look-behind reads, each space a bounded run of blanks: a justified
 * or tab-separated copy of a one-line heading ("ĐOÀN  TNCS  HỒ  CHÍ  MINH  Hà  Nội, ngày …") lost its date (audit61).
 */
const HEADING_ENDS = ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH", "Hạnh phúc"].map((w) => w.replaceAll(" ", String.raw`[ \t]{1,8}`)).join("|");
export const PLACE_AND_DATE = new RegExp(
  String.raw`(?:^|\n|\||(?<!-)-{3,}(?!-)|(?:[ ]{3}|\t)(?=[^\s,|])|(?<=[ \t])(?<=(?:${HEADING_ENDS})[ \t]{1,8})(?=[^\s,|:][^\n,|:]{1,39},))[^\n,|]{2,40}${COMMA_DATE}`,
);
/**
 * What every match of PLACE_AND_DATE ends with, from its comma on. PLACE_AND_DATE itself, one of whose branches
 * opens with look-behinds, is tried at every character of the heading (~7 ns a character): most
 * copies printed without their heading have no date line there, and the tail, found from the
 * commas, says so first (the dev texts' heads: 1.37 → 0.12 ms a pass).
 */
const COMMA_DATE_ANYWHERE = new RegExp(COMMA_DATE);

/** PLACE_AND_DATE.exec(s), its tail looked for first. */
export const dateLineIn = (s: string): RegExpExecArray | null => (COMMA_DATE_ANYWHERE.test(s) ? PLACE_AND_DATE.exec(s) : null);
