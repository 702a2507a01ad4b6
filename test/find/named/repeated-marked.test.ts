/**
 * The repeated names are read through a composed copy only where the text holds a combining mark, and extract() tells
 * them so from its scan (Landmarks.unreadAsWritten, `marked`), not from a search of their own over the whole text
 * (session 65, speed65: that search cost ~13 M instructions of a devx5 warm pass). The saving stands on the scan's
 * answer being true for every text that holds a mark (test/find/scan-unread.test.ts holds it to the regex) and on the
 * answer reaching withRepeatedLongNames: a text whose only marks are those of its repeated name, anywhere, must read
 * that name as its composed copy does.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { findNamedMentionsIn } from "../../../src/find/named/index.js";
import { findLandmarks } from "../../../src/find/anchors.js";
import { prepare } from "../../../src/prepare/prepare.js";

const DATED = "Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi ngày 04/4/2001;\n";
const REPEATED = "Pháp lệnh khai thác và bảo vệ công trình thuỷ lợi";
const BEFORE = "Căn cứ Nghị định số 143/2003/NĐ-CP ngày 28/11/2003 của Chính phủ Quy định chi tiết thi hành một số điều của ";
const ORDINANCE = "ordinance:khai-thac-bao-ve-cong-trinh-thuy-loi";

const spans = (text: string) => extract(text).map((c) => [c.id, text.slice(c.start, c.end) === c.raw]);

describe("repeated names, told by the scan whether the text holds a combining mark", () => {
  it("reads a repeated name decomposed where nothing else of the text is", () => {
    const composed = DATED + BEFORE + REPEATED + ";";
    const ids = extract(composed).map((c) => c.id);
    expect(ids.filter((id) => id.startsWith(ORDINANCE))).toHaveLength(2);
    // Only the repeated name's letters decomposed, its item the text's last and then with text after it.
    for (const text of [DATED + BEFORE + REPEATED.normalize("NFD") + ";", DATED + BEFORE + REPEATED.normalize("NFD") + ";\nĐiều 1. Phạm vi điều chỉnh"]) {
      expect(findLandmarks(text).unreadAsWritten).toBe(true);
      expect(spans(text).map(([id]) => id)).toEqual(ids);
      expect(spans(text).every(([, same]) => same)).toBe(true);
    }
    // Only the dated name decomposed.
    const datedNfd = DATED.normalize("NFD") + BEFORE + REPEATED + ";";
    expect(spans(datedNfd).map(([id]) => id)).toEqual(ids);
  });

  it("is what findNamedMentionsIn is told: marked false loses the decomposed name, the scan's answer keeps it", () => {
    const text = (DATED + BEFORE + REPEATED + ";").normalize("NFD");
    const marks = findLandmarks(text);
    expect(marks.unreadAsWritten).toBe(true);
    const told = findNamedMentionsIn(text, prepare, marks.lawRhymes, marks.ignorables, null, marks.unreadAsWritten);
    const asked = findNamedMentionsIn(text, prepare, marks.lawRhymes, marks.ignorables);
    expect(told).toEqual(asked);
    expect(told).toHaveLength(2);
    // Told wrongly that there is no mark, the repeated name is not read: the flag is what the reading rests on.
    expect(findNamedMentionsIn(text, prepare, marks.lawRhymes, marks.ignorables, null, false)).toHaveLength(1);
  });

  it("reads a shorter name a unit points into, decomposed, as its composed copy does (pinpointedShortName told the text read holds no mark)", () => {
    // Nghị định 16/2010/NĐ-CP's drafting (repeated.test.ts): the law dated in its Căn cứ, then "Điều 20 Luật …" before prose.
    const decree =
      "Căn cứ Luật Trách nhiệm bồi thường của Nhà nước ngày 18 tháng 6 năm 2009;\nCơ quan ban hành quyết định theo quy định tại Điều 20 Luật Trách nhiệm bồi thường của Nhà nước và chịu trách nhiệm trước pháp luật về quyết định của mình.";
    const ids = extract(decree).map((c) => [c.id, c.pinpoint?.article]);
    expect(ids).toHaveLength(2);
    for (const text of [decree.normalize("NFD"), decree.replace("Điều 20", "Điều 20".normalize("NFD")), decree.replace("tại Điều 20 Luật", "tại Điều 20 Luật".normalize("NFD"))]) {
      expect(extract(text).map((c) => [c.id, c.pinpoint?.article])).toEqual(ids);
    }
  });

  it("reads a text without a mark the same told or not", () => {
    const text = DATED + BEFORE + REPEATED + ";";
    const marks = findLandmarks(text);
    expect(marks.unreadAsWritten).toBe(false);
    expect(findNamedMentionsIn(text, prepare, marks.lawRhymes, marks.ignorables, null, false)).toEqual(findNamedMentionsIn(text, prepare, marks.lawRhymes, marks.ignorables));
  });
});
