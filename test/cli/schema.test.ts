/**
 * The records `vncite extract` writes, and the citations `vncite parse` prints, checked against
 * schema/extract.schema.json with ajv: real output of the built CLI, over texts that hold every
 * form (full, named, short), pinpoints, irregular separators, a listing and an unreadable file.
 */
import Ajv from "ajv";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KINDS } from "../../src/vocab/kinds.js";
import { RELATION_TYPES } from "../../src/graph/attributes.js";
import { FIXTURES, ROOT, records, removeTempDirs, tempDir, vncite } from "./helpers.js";

afterAll(removeTempDirs);

const schema = JSON.parse(readFileSync(join(ROOT, "schema", "extract.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: true });
const validateRecord = ajv.compile(schema);
const validateCitation = ajv.compile({ ...schema, oneOf: undefined, $ref: "#/definitions/citation" });

const problems = (valid: boolean, errors: typeof validateRecord.errors, what: unknown) =>
  valid ? [] : [`${JSON.stringify(what).slice(0, 300)}: ${ajv.errorsText(errors)}`];

const FORMS = [
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
  "Căn cứ điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;",
  "Căn cứ Nghị quyết số 12-2019/NQ-CP ngày 12/02/2019 và Quyết định số 45/2008/QĐ.UBND ngày 01/3/2008;",
  "Xét đề nghị của Sở Tài chính tại Tờ trình số 6872/TTr / STC-QLCS ngày 31 tháng 12 năm 2009;",
  "Thực hiện Nghị định 61 và Quyết định 15.",
  "Căn cứ Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số ngày 27 tháng 12 năm 2008;",
].join("\n");

describe("schema/extract.schema.json", () => {
  it("every ndjson record of vncite extract is valid: documents, citations of every form, errors", async () => {
    const dir = tempDir("schema");
    writeFileSync(join(dir, "forms.txt"), FORMS);
    writeFileSync(join(dir, "listing.csv"), "so,ngay,trich\n397/QĐ-UBND,23/02/2016,về việc điều chỉnh quyết định số 970/qđ-ubnd ngày 21/04/2015\n");
    const r = await vncite([
      "extract", "-j", "1", "--format", "ndjson", "--fields", "text=trich,number=so,date=ngay",
      join(dir, "forms.txt"), join(dir, "listing.csv"), join(dir, "missing.txt"), ...FIXTURES,
    ]);
    expect(r.code).toBe(1); // the missing file
    const recs = records(r.stdout);
    expect(recs.flatMap((rec) => problems(validateRecord(rec), validateRecord.errors, rec))).toEqual([]);
    expect(new Set(recs.map((rec) => rec.record))).toEqual(new Set(["document", "citation", "error"]));
    // The forms and their fields are there to be validated, not only allowed.
    const cits = recs.filter((rec) => rec.record === "citation" && rec.file.endsWith("forms.txt"));
    expect(new Set(cits.map((c) => c.form))).toEqual(new Set(["full", "named", "short"]));
    expect(cits.find((c) => c.form === "named")?.name).toBe("Tổ chức chính quyền địa phương");
    expect(cits.find((c) => c.pinpoint)?.pinpoint).toMatchObject({ point: "a", clause: "2", article: "5" });
    // Units inside an amending ordinance's own name carry where the amended one's kind word stands.
    expect(cits.find((c) => c.pinpoint?.amendedAt !== undefined)?.pinpoint).toMatchObject({ article: "10" });
    expect(cits.filter((c) => c.warnings.some((w: { code: string }) => w.code === "irregular-separator")).map((c) => c.id)).toEqual([
      "12/2019/NQ-CP",
      "45/2008/QĐ-UBND",
      "6872/TTr-STC-QLCS@2009",
    ]);
  });

  it("what vncite parse prints is a valid citation, with its form, name and pinpoint", async () => {
    // One text, several citations: printed as an array (one process; each costs a grammar build).
    const r = await vncite(["parse", "khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP; Luật Đất đai năm 2013; Nghị định 64; Thông tư liên tịch số 15/2005/TTLT / BTC-BYT"]);
    expect(r.code, r.stderr).toBe(0);
    const printed: Record<string, unknown>[] = JSON.parse(r.stdout);
    expect(printed).toHaveLength(4);
    expect(printed.flatMap((c) => problems(validateCitation(c), validateCitation.errors, c))).toEqual([]);
    const [pin, named, short, joint] = printed;
    expect(pin).toMatchObject({ form: "full", id: "61/2018/NĐ-CP", pinpoint: { clause: "2", article: "5" } });
    expect(named).toMatchObject({ form: "named", name: "Đất đai", id: "law:dat-dai@2013" });
    expect(short).toMatchObject({ form: "short", id: "short:decree/64@?" });
    expect(joint).toMatchObject({ form: "full", id: "15/2005/TTLT-BTC-BYT", warnings: [expect.objectContaining({ code: "irregular-separator" })] });
  });

  it("rejects records that break it, so the test above can fail", () => {
    const good = { record: "error", file: "x.txt", code: "unreadable", message: "no" };
    expect(validateRecord(good)).toBe(true);
    expect(validateRecord({ ...good, extra: 1 })).toBe(false);
    const cit = { start: 0, end: 1, raw: "x", kind: "law", kindText: null, form: "named", number: null, year: null, symbol: null, typeCode: null, style: "state", date: null, issuer: null, id: "law:x@?", numberStart: 0, numberEnd: 1, warnings: [] };
    expect(validateCitation(cit)).toBe(true);
    expect(validateCitation({ ...cit, form: "nickname" })).toBe(false);
    expect(validateCitation({ ...cit, pinpoint: { start: 0, end: 1 } })).toBe(false);
    expect(validateCitation({ ...cit, pinpoint: { start: 0, end: 1, article: "5", verse: "2" } })).toBe(false);
  });

  it("lists vncite's kinds and roles", () => {
    expect(schema.definitions.kind.enum).toEqual(KINDS.map((k) => k.slug));
    expect(schema.definitions.role.enum).toEqual([...RELATION_TYPES, "self"]);
  });
});
