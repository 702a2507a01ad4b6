import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { formPrecision, formRecall, scoreAllForms, scoreForms, scoreFreshForms, type FormsText } from "./score-forms.js";

/**
 * Floors on short forms and pinpoints in the dev texts (fixtures/dev/gold-forms.json, every text
 * read), at the level measured when the gold was written; `npm run eval` prints each miss. Raise
 * them as the finders improve.
 */
describe("short forms and pinpoints in the dev texts", () => {
  const { total } = scoreAllForms((text) => extract(text));

  it("short forms resolved: precision and recall 1.00 (only 2 in the dev texts)", () => {
    expect(formPrecision(total.short)).toBeGreaterThanOrEqual(1);
    expect(formRecall(total.short)).toBeGreaterThanOrEqual(1);
  });

  it("pinpoints exact (every unit, on the right document): precision and recall ≥ 0.95", () => {
    expect(formPrecision(total.pinpoint)).toBeGreaterThanOrEqual(0.95);
    expect(formRecall(total.pinpoint)).toBeGreaterThanOrEqual(0.95);
  });

  it("README's table states these counts and figures", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const row = (c: typeof total.short) => `| ${c.gold} | ${c.found} | ${c.right} | ${formPrecision(c).toFixed(3)} | ${formRecall(c).toFixed(3)} |`;
    expect(readme).toContain(`| short forms (resolved to the right document) ${row(total.short)}`);
    expect(readme).toContain(`| pinpoints (every unit, on the right document) ${row(total.pinpoint)}`);
    expect(readme.replace(/\s+/g, " ")).toContain(`${total.short.gold} short forms, ${total.pinpoint.gold} pinpoints into a cited document`);
  });
});

/**
 * Floors on the fresh sets' read texts (fixtures/fresh/<set>/gold-forms.json, whole texts read before
 * vncite ran on them), the probe half only. Session 46 (helper forms46) widened the measure by 30 probe texts of 21 sets (1
 * short form, 5 pinpoints into a cited document, 4 kind words with a number that are no short forms), first run short forms
 * 106/113/110 and pinpoints 639/648/677 (three page openings ending "… Tờ trình số 31" read as short forms; recall 0.944),
 * then units joined by "tại" ("mục I, mục II tại Phụ lục I …", "Mục a, c, tại khoản 5 … tại Điều 5 …"), a number the text's
 * end cuts no short form, a clause labelled "1a"/"2c" and a spaced dash between units: short forms 106/110/110, pinpoints
 * 642/648/677 (P 0.964, R 0.964; P 0.991, R 0.948). With the session's new sets read (fresh46a, fresh46d, pairs46: 417 texts of
 * 99 sets) and pairs46's codes named by their initials ("Điều 131 BLDS"): pinpoints 655/661/689 (P 0.991, R 0.951); with fresh46b
 * (125 pinpoints in 15 whole circulars, groups opened by "các") and fresh46e read (441 texts of 101 sets): short forms
 * 108/112/112, pinpoints 698/704/732 (P 0.964, R 0.964; P 0.991, R 0.954); with fresh46f and fresh46g (30 pinpoints in whole
 * decrees and resolutions; a 128-character chain past the look-back and an annex's unlabelled clause missed, each in one
 * text): pinpoints 727/734/763 (P 0.990, R 0.953); with fresh46h (17 pinpoints; "khoản 2.c Bảng số 01 Chương II Phụ lục 4 kèm
 * theo …" read from "Chương II" on, a table's number no unit word, one text): 743/751/780 (P 0.989, R 0.953). Session 47 (helper
 * forms47) widened the measure by 30 probe texts of 24 sets (508 texts of 106 sets; 3 short forms, 1 pinpoint into a cited
 * document, 12 notShort), first run short forms 111/116/115 and pinpoints 744/752/781, then a dated law named again after a
 * unit ("Điều 20 Luật Trách nhiệm bồi thường của Nhà nước và chịu …"), a document's one unlabelled appendix ("khoản 2 Phụ lục
 * kèm theo Thông tư số …"), chains of up to 24 units past the look-back and "quy định 07 loại" no short form: short forms
 * 111/115/115, pinpoints 749/756/781 (P 0.965, R 0.965; P 0.991, R 0.959). With the session's new sets read (fresh47a: 132
 * pinpoints in 12 whole Công báo texts, a chain's ";⏎" read; fresh47b/c/d/e: 571 texts of 111 sets) short forms 111/116/115,
 * pinpoints 821/828/853 (P 0.957, R 0.965; P 0.992, R 0.962): the short forms' floor follows the wider measure down, the one
 * false short form fresh47a-005's "quy định 22" (a Công báo page number printed above the running head, one text: two ways
 * of blanking it were tried and lost elsewhere). Session 48 (helper forms48) widened the measure by 38 probe texts of 32 sets
 * (609 texts of 114 sets; the unread probe texts' last hits: 1 pinpoint into a cited document, 33 internal, 3 notShort), first
 * run short forms 111/117/115 (plans32-014's verb "phường thông báo 12 đến …" read as a notice's number) and pinpoints
 * 822/829/854, then a kind word spelled as a verb ("quy định", "thông báo" in lower case, no "số") a citation only where the
 * number resolves, which also leaves fresh47a-005's page number: short forms 111/115/115, pinpoints 822/829/854 (P 0.965,
 * R 0.965; P 0.992, R 0.963), the floors raised to them; with a range of appendices in brackets read ("các Phụ lục (từ Phụ lục
 * số 01 đến Phụ lục số 32) ban hành kèm theo Quyết định số …", fresh41a-015; fresh41a-011 writes the same of its own): pinpoints
 * 823/830/854 (P 0.992, R 0.964); with a bare number that reads as a year after a kind word ("ghi trong Nghị quyết 2005",
 * seg33-006) a citation only where it resolves: short forms 111/114/115 (P 0.974, R 0.965). With the session's new sets
 * read (fresh48b: a number of zeros no document's, "Quyết định số 0 1/QĐ-VKSTC-V9", a stray space; fresh48a: 24 pinpoints
 * in 12 whole Công báo circulars, a dotted appendix label "Phụ lục V.4" read; 633 texts of 116 sets): short forms
 * 111/114/116, pinpoints 848/855/879 (P 0.974, R 0.957; P 0.992, R 0.965): the short forms' recall floor follows the wider
 * measure down to 0.956 for fresh48b-005, a page whose site scrambles its diacritics ("Nghị qúỷết 18", one text).
 * Session 49's new sets read (fresh49a: an OCR'd dossier; fresh49b: 92 pinpoints in 13 whole Công báo texts; fresh49c:
 * web pages; fresh49d: reports; fresh49e: more of fresh49a's dossier; 687 texts of 121 sets), a lower-case kind word ending its line over a number (a table's cell, fresh49b-011;
 * fresh47a-005's page number) and a number alone after a blank line (fresh49a-019) no short forms: short forms
 * 113/116/119, pinpoints 946/953/977 (P 0.974, R 0.950; P 0.993, R 0.968): the recall floor follows the wider measure to
 * 0.949 for fresh49a-001's "Quyết định số 634-24/06/2005" (a number and its date joined by a hyphen, one text).
 * Session 45 (helper forms45) widened the measure by 36 probe texts of 22 sets (2
 * short forms, 52 pinpoints), first run short forms 105/113/107 and pinpoints 587/594/619, then a number a scan split after
 * its first digit ("Thông tư số 1 11/2013/TT-BTC": one number, no short form "Thông tư số 1"), a form's number ("mẫu quyết
 * định số 02"), items labelled with a dot ("Tiết a.1"), a scan's "khoán 1 Điều 9" and a glued "khoản 4Điều 12" read: short
 * forms 105/109/107, pinpoints 590/596/619 (pinpoint precision 0.98993 on the wider measure, under session 44's floor of
 * 0.990, six found wrong, four of them fresh41a-011's "mục" for a point, each pattern in one text). With the session's new
 * sets read (fresh45a 5 pinpoints; fresh45b 8; fresh45c 40 pinpoints and 2 short forms, many of them OCR'd scans: "điểm ¡
 * khoản 1", "Diéu 41", "Luật Quản lý thuế số 38" for a law named in full before) and fresh45c's fraction slash and "tiết b.6":
 * short forms 105/109/109, pinpoints 637/645/672 (P 0.963, R 0.963; P 0.988, R 0.948). The floors follow the wider measure,
 * a point under it; the misses are listed by `npm run eval`, each drafting pattern in one text.
 * Session 44 left them so: forms44 widened the measure by 45 texts of
 * 27 sets (35 probe: 1 short form, 34 pinpoints; 10 held), first run short forms 103/107/105 and pinpoints 526/532/556
 * (recall 0.946, under session 43's floor of 0.95 on the wider measure), then a point inserted after another ("Điểm b3")
 * and an appendix's heading ("PHỤ LỤC 1 ⏎ <title> ⏎ (Kèm theo Nghị quyết số …)") read: short forms 103/107/105, pinpoints
 * 530/535/556. Session 43 left them so: forms43 widened the measure by 45
 * texts of 25 sets (17 short forms, 162 pinpoints), first run short forms 97/101/104 and pinpoints 467/471/496, then
 * "Quy chế 11" (rules called by their circular's number) and "Báo cáo 1: …" (a list's items) no short forms, and
 * "công văn nêu trên" in small letters read: short forms 102/106/104 (two read unresolved, "kế hoạch số 45" after
 * "công văn số 45/KH-BGDĐT" and a "Công văn nêu trên" meaning a Tờ trình; a fraction slash's "Nghị định số 31⁄2018"
 * and "Nghị quyết 2005" read as short forms), pinpoints 469/473/496. Session 42 left them at short forms 87/88/87 (after
 * forms42b read a ký hiệu with a space for the slash before its type code in full and left a short form
 * naming another issuer than its one candidate's unresolved, 86/90/87 before,
 * pinpoints 322/326/333 with fresh42a's whole judgment read (15/15/15): forms42 widened the measure by 47 texts of 25 sets, first run 86/90/87 and 299/307/313,
 * then laws in small letters after their units, appendices "ban hành kèm", and the Constitution's articles
 * scored as pinpoints into it, five probe entries re-labelled from `other`: one misspelt, missed);
 * session 41's floors (83/84/83, 237/237/243) were on the 104 texts read before. Session 43 (helper fresh43b) widened
 * the measure by fresh43b's 12 probe letters read before any run (26 pinpoints, no short form; first run 22/25/26,
 * after clause and section labels with a point ("khoản 12.c", "mục 2.b") 25/26/26, one wrong: "Điểm 2 (a) Mục I
 * Phần thứ nhất" read as point "2"): 347/352/359, precision 0.986 on the wider measure. The held half is printed by
 * `npm run eval`, never floored (it shapes no fix).
 */
describe("short forms and pinpoints in the fresh sets' read texts (probe)", () => {
  const { probe } = scoreFreshForms((text) => extract(text));

  // Precision 119/122 (0.975) before pairs50b (session 50); its 002 prints "Quyết định số 1 10/QĐ-BTC", a number an OCR
  // space split, which vncite reads as a short form "Quyết định số 1" beside 10/QĐ-BTC (as fresh48b-001's "Quyết định số
  // 0 1/QĐ-VKSTC-V9"): 119/123, 0.967, measured, not fixed.
  // Session 50's new sets read (761 texts of 129 sets): 127/131/134; recall 0.948, the floor following it down for
  // fresh50d-011's "Quyết định số 18/15, ngày 17 tháng 10 năm 2011" (an OCR'd slash inside the number 1815; new gold
  // vncite misses, one text); precision 0.969 with pairs50b-002's split number above. Session 51 (misses51) reads a
  // number split by a scan's space before a type code as one ("1 10/QĐ-BTC", "0 1/QĐ-VKSTC-V9"): 127/130/134, 0.977;
  // fresh51d-009's "Nghị quyết số 3 7/NQHĐND" (the ký hiệu's hyphen lost too) is read as a short form: 127/131/134.
  // Session 52 (fresh52c) adds four, 2 of them found: 130/134/139, recall 0.935, the floor following it down. Missed,
  // one text each, not fixed: a kind word glued to the word before it ("hướng dẫn thực hiện Nghị định 09 vàThông tư
  // 99", fresh52c-005) and the type code written for the kind word ("ban hành theo QĐ số 04/2000 của Bộ GD&ĐT",
  // fresh52c-011). misses52b reads the glued kind word (as full citations already read "Thực hiệnQuyết định"), and
  // fresh52e adds a short form left unresolved: 133/137/141, recall 0.943, the floor raised to it. Session 53's fresh53a
  // and fresh53e add two each, all four found at their first runs: 137/141/145 (P 0.972, R 0.945), the floors raised.
  // Session 54's sets add five, all found (fresh54a, fresh54d, fresh54j one each, fresh54h two), and fresh54e-010's
  // "Trả lời công văn số 01/2020 ngày 23/9/2020 của Công ty …" (a company's letter whose whole number is "01/2020") is read
  // as a short form its gold leaves out, a reader's hesitation noted there: 142/147/150 (P 0.966, R 0.947), the precision
  // floor following it down, the recall floor up. Session 55's sets add six (fresh55c three, fresh55d two, fresh55g
  // one), all found at their first runs: 148/153/156 (P 0.967, R 0.949), the recall floor raised to 0.948. Session
  // 56's fresh56b adds 14 (a news page's and a Party resolution's), 11 right at their first run: fresh56b-013's "Bộ phận
  // giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy" twice, which its reader took for the Politburo's 03-CT/TW the page
  // names later and vncite for a directive of the Tỉnh ủy (a different issuer: left unresolved, a reader's hesitation
  // its README notes), and fresh56b-001's "Đề án 08" (a scheme named by its number, which the sets read as no short
  // form elsewhere) missed: 159/166/170 (P 0.958, R 0.935), both floors following the wider measure down. Session 57:
  // a committee named after the document it carries out owns the "của" after it (named57: fresh56b-013's two now
  // resolve), and fresh57d adds five, all right at their first run (fresh57g-006's four "QĐ130" column heads revised to
  // no short form, as fresh57d-002's "NQ 26" and seg33d-006's "NĐ36" are): 166/171/175 (P 0.971, R 0.949), floors raised.
  // Session 58: fresh58c (texts chosen for their short forms) adds 29 and fresh58d 10, all right at their first runs, and
  // a number before "%" is a share, no short form's (forms58: fresh58b-013's table cells "Thông tư 5%"): 205/210/214
  // (P 0.976, R 0.958), floors raised. Session 59's sets add 16 (fresh59c 10 in whole posts, fresh59g 4, pairs59 2), 14
  // right at their first runs: fresh59c-002's "Nghị định nêu trên" twice after a sentence citing two decrees, which vncite
  // leaves unresolved and its reader took for the sentence's subject: 219/226/230 (P 0.969, R 0.952), both floors
  // following the wider measure down. Session 60's sets add 30 (fresh60c 23 in pages telling of decrees, fresh60m 2,
  // pairs60b 2, fresh60b 2, fresh60g 1), 26 right at their first runs: fresh60m's "công văn nêutrên" (glued) and "Tờ
  // trình nêu trên" (a submission, which no rule names back: one text) missed; "<units> của Nghị định này" on a page that
  // is not a decree points into the decree just cited (forms60, four golds revised to list it): 249/257/263 (P 0.969,
  // R 0.947), the recall floor following the wider measure down. Session 61's sets add 3 (fresh61e's news pages), all
  // found and right at their first runs (one of fresh61e's entries revised before: "văn bản số 558" names no kind):
  // 252/260/266 (P 0.969, R 0.947). Session 62's sets add 25 (fresh62h 17 in correction letters, fresh62i 6, fresh62b 1,
  // fresh62c 1), and forms62 leaves a yearless twin of a dated decree out of a short form's candidates (fresh60c-010):
  // 276/285/291 (P 0.968, R 0.948). Session 63's sets add 21 (fresh63c 9, fresh63e 7, fresh63h 6, less conv63's revision
  // of fresh62b-005 to notShort), and forms63b reads CONVENTIONS §30 (a scheme named by its approving decision's number,
  // a page's own document in its title line: no short form): 297/305/312 (P 0.974, R 0.952). Session 64's sets add 23
  // (fresh64c 20 in tax letters and blog posts, fresh64e 2, fresh64b 1), 21 right at their first runs (fresh64c-001's
  // "Thông tư 200" ending a markdown heading missed; fresh64c-003's "Thông tư số 31/2021" beside an OCR'd twin left
  // unresolved): 318/328/335 (P 0.970, R 0.949). Session 65's sets add none; forms65 reads a ruled line under a short
  // form as no ký hiệu (fresh64c-001) and "Nghị định nêu trên" past a decree named only in another's subject (fresh59c-002):
  // 321/329/335 (P 0.976, R 0.958), the floors raised. Session 66: forms66 reads a kind's initials before "số" as its kind
  // word in a short form, as the grammar does in full citations (fresh52c-011's "QĐ số 04/2000"), and a short form's year
  // after a spaced slash ("Nghị định 43 / 2006", a word segmenter's; no read text has one): 322/330/335 (P 0.976, R 0.961).
  it("short forms resolved: precision ≥ 0.972, recall ≥ 0.957 (335, 49 of them one guidance's 'Nghị định 54')", () => {
    expect(probe.short.gold).toBeGreaterThanOrEqual(335);
    expect(formPrecision(probe.short)).toBeGreaterThanOrEqual(0.972);
    expect(formRecall(probe.short)).toBeGreaterThanOrEqual(0.957);
  });

  // fresh51e (session 51) adds four: 1/1 of them found. Its 007 is a word-segmented copy that spaces every slash of
  // a number ("khoản 6 Điều 2 Thông_tư số 11 / 2016 / TT - NHNN"), which vncite does not read as a citation, so the
  // three pinpoints into it are missed (one dataset's copy, not fixed): 965/972/1000, recall 0.965. Session 52 reads
  // word-segmented copies ("_" a space between letters: fresh51e-007, fresh52a-006 and -013) and adds five
  // (fresh52a 4, fresh52b 1): 972/979/1005, recall 0.967. Session 53 (fresh53d) adds 18, 16 of them found: the two
  // missed are in an NER token list written one quoted token a line ('"điểm",⏎"a",⏎",",⏎"b", … "Điều",⏎"43",⏎
  // "Nghị_định",⏎"số",⏎"83/2010/NĐ-CP"', fresh53d-010; one probe text of that shape, not fixed): 988/995/1023,
  // recall 0.966 (0.9658), the floor following it down. With fresh53b (3, "Khoản 3.1 Điều 3 của Hướng dẫn số …" read
  // whole since: a clause numbered by its section) and fresh53c (6), and named53's OCR'd kind and "số" spellings
  // ("Thông tu", "só"): 1000/1007/1032 (P 0.993, R 0.969), the recall floor raised to 0.968. Session 54's sets add 82
  // (fresh54b 35, fresh54e 39 of OCR'd letters), and the scans' "Phụ luc", "khoân" and "Điêu" are read as unit words
  // (fresh36b-007's and fresh45c-018's golds revised where they had read "Điêu" as none): 1081/1089/1114 (P 0.993, R 0.970).
  // Session 55's sets add 116 (fresh55i 46, fresh55e 44 in whole texts, some written as markdown links, read through
  // them since), and a scan's "Diéu" and "của" between units are read (named55): 1194/1201/1230 (P 0.994, R 0.971).
  // Session 56's sets add 151 (fresh56e 110 in whole central texts, fresh56g 32, fresh56c 5, fresh56f 3, fresh56b 1),
  // and a name without a date ends before "và thực hiện" (named56): 1345/1354/1381 (P 0.993, R 0.974), the recall
  // floor raised to 0.971. Session 57's sets add 72 (fresh57b 33 and fresh57g 32 in whole texts, fresh57f 4, fresh57a 3),
  // and misses57 reads pinpoint chains with ranges and bare lists: 1415/1425/1453 (P 0.993, R 0.974). Session 58's sets
  // add 91 (fresh58g 49 in whole texts, fresh58b 23, pairs58 9, fresh58h 6, fresh58f 3, fresh58d 1), outline section
  // labels ("Mục C.II.2 Phụ lục I", forms58) and the units inside an amending law's own name (named58b) are read:
  // 1506/1516/1544 (P 0.993, R 0.975). Session 59's sets add 20 (fresh59c 16 in whole posts, pairs59 3, fresh59d 1), 19
  // of them found and right: 1525/1535/1564 (P 0.993, R 0.975). Session 60's sets add 57 (fresh60g 18, fresh60l 13,
  // fresh60e 11, fresh60c 10, fresh60b 2, fresh60h 2, pairs60b 1), 53 found and right, and forms60's pointers read:
  // 1582/1592/1622 (P 0.994, R 0.975). Session 61's sets add 18 (fresh61c 8, fresh61g 7, fresh61f 2, pairs61 1), 17
  // found and right (fresh61c-010's "Điều 1, …, Điều 13 (trừ … Điều ⏎13) và Điều 16" read as "Điều 16" alone), and
  // forms61 reads a clause numbered in Roman figures ("Khoản V", seg33c-019): 1600/1610/1640 (P 0.994, R 0.976).
  // Session 62's sets add 15 (fresh62g 7, fresh62h 6, fresh62b 1, fresh62c 1), and forms62 reads a unit word glued to
  // its number ("đến Điều21", fresh60h-003): 1615/1625/1655 (P 0.994, R 0.976). Session 63's sets add 59 (fresh63c 45,
  // fresh63e 12, fresh63d 2), and an appendix split by a capital after its numeral is read ("Phụ lục IA", fresh63c-002):
  // 1673/1684/1714 (P 0.993, R 0.976). Session 64's sets add 41 (fresh64c 32, fresh64b 8, fresh64f 1), 36 right at
  // their first runs (fresh64c-003's OCR'd "Thông tw" and "Điêu" missed or read), and forms64 reads a chain of any length
  // before an issued-with appendix (fresh57b-006): 1710/1722/1755 (P 0.993, R 0.974). Session 65's sets add none, and
  // forms65 reads "tại" between the last unit and the document ("Theo điểm c, Điều 1 tại Thông tư 22", fresh62h-003):
  // 1711/1723/1755 (P 0.993, R 0.975), the recall floor raised.
  it("pinpoints exact: precision ≥ 0.992, recall ≥ 0.973 (1755 read: none new in session 65)", () => {
    expect(probe.pinpoint.gold).toBeGreaterThanOrEqual(1755);
    expect(formPrecision(probe.pinpoint)).toBeGreaterThanOrEqual(0.992);
    expect(formRecall(probe.pinpoint)).toBeGreaterThanOrEqual(0.973);
  });

  it("README states the probe's counts", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    const c = (x: typeof probe.short) => `${x.right}/${x.found}/${x.gold}`;
    expect(readme).toContain(`now probe short forms ${c(probe.short)}, pinpoints ${c(probe.pinpoint)}`);
  });
});

describe("scoreForms", () => {
  const text = "theo khoản 2 Điều 8 Nghị định số 13/2008/NĐ-CP và Điều 3 Nghị định 13 nêu trên; Quyết định 7 .";
  const gold = (article: string, refersTo: FormsText["short"][number]["refersTo"]): FormsText => ({
    file: "t",
    short: [{ text: "Nghị định 13", occurrence: 0, kind: "decree", number: "13", refersTo, id: null }],
    pinpoints: [{ text: "khoản 2 Điều 8", occurrence: 0, clause: "2", article, into: { kind: "cited", text: "Nghị định số 13", occurrence: 0 } }],
  });

  it("counts a right pinpoint and short form as right, and what the gold lacks as found only", () => {
    const s = scoreForms(text, gold("8", { text: "Nghị định số 13", occurrence: 0 }), extract(text));
    expect(s.pinpoint).toMatchObject({ gold: 1, matched: 1, right: 1 });
    expect(s.short).toMatchObject({ gold: 1, matched: 1, right: 1 });
    expect(s.pinpoint.found).toBeGreaterThan(1);
  });

  it("counts a wrong unit or a wrong resolution as found but not right", () => {
    const s = scoreForms(text, gold("9", null), extract(text));
    expect(s.pinpoint).toMatchObject({ matched: 1, right: 0 });
    expect(s.short).toMatchObject({ matched: 1, right: 0 });
    expect(s.problems.some((p) => p.includes("article"))).toBe(true);
  });

  it("rejects a gold entry the text does not contain", () => {
    expect(() => scoreForms(text, { ...gold("8", null), short: [{ text: "Nghị định 13", occurrence: 1, kind: "decree", number: "13", refersTo: null, id: null }] }, [])).toThrow(/fewer than 2/);
  });
});
