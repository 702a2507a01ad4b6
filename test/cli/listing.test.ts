/** `vncite extract|graph listing.csv --fields ...`: a listing read one document per record, through the built CLI. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { records, removeTempDirs, tempDir, vncite } from "./helpers.js";

afterAll(removeTempDirs);

const FIELDS = "text=trich_yeu,number=so_ky_hieu,date=ngay_ban_hanh";
const LISTING = [
  "so_ky_hieu,ngay_ban_hanh,trich_yeu",
  '1829/UBND-VX,24/05/2019,thực hiện quyết định số 362/qđ-ttg của thủ tướng chính phủ',
  '"3637/UBND-VX","01/09/2021","thu hồi quyết định số 346/qđ-ubnd ngày 06/02/2020, của ubnd tỉnh"',
  '150/KH-UBND,03/02/2020,"triển khai thực hiện quyết định số 362/qđ-ttg ngày 12/3/2019 của thủ tướng chính phủ,',
  'trên địa bàn tỉnh"',
  'a,b',
  '4008/QĐ-UBND,07/01/2021,"sửa đổi, bổ sung quy định ban hành kèm theo quyết định số 12/2019/qđ-ubnd"',
].join("\n");

describe("listings", () => {
  const dir = tempDir("listing");
  const csv = join(dir, "listing.csv");
  writeFileSync(csv, LISTING);

  it("extract: one document per record, self from the number and date, a bad row an error record", async () => {
    const r = await vncite(["extract", "--format", "ndjson", "--fields", FIELDS, csv]);
    expect(r.code).toBe(1); // the malformed row
    const out = records(r.stdout);
    const docs = out.filter((x) => x.record === "document");
    expect(docs.map((d) => [d.file.slice(dir.length + 1), d.self.id, d.self.kind])).toEqual([
      ["listing.csv#0", "1829/UBND-VX@2019", "official-letter"],
      ["listing.csv#1", "3637/UBND-VX@2021", "official-letter"],
      ["listing.csv#2", "150/KH-UBND@2020", "plan"],
      ["listing.csv#4", "4008/QĐ-UBND@2021", "decision"],
    ]);
    const cites = out.filter((x) => x.record === "citation").map((c) => `${c.file.slice(dir.length + 1)} ${c.number} ${c.role}`);
    expect(cites).toEqual(["listing.csv#0 362 implements", "listing.csv#1 346 repeals", "listing.csv#2 362 implements", "listing.csv#4 12 amends"]);
    const errors = out.filter((x) => x.record === "error");
    expect(errors).toEqual([{ record: "error", file: `${csv}#3`, code: "bad-record", message: expect.stringContaining("2 fields") }]);
    expect(r.stderr).toContain(`${csv}#3`);
  });

  it("graph + query: the rows that implement a decision", async () => {
    const out = join(dir, "g.json");
    const g = await vncite(["graph", "--fields", FIELDS, csv, "-o", out]);
    expect(g.code).toBe(1);
    const q = await vncite(["query", out, "implementers", "Quyết định 362/QĐ-TTg", "--format", "json"]);
    expect(q.code, q.stderr).toBe(0);
    // 150/KH-UBND dates the decision (362/QĐ-TTg@2019); 1829/UBND-VX names it without its year, a mention
    // kept apart (a number without its year proves nothing): a possible implementer, listed apart.
    const answer = JSON.parse(q.stdout);
    expect(answer.results.map((x: any) => x.id)).toEqual(["150/KH-UBND@2020"]);
    expect(answer.possible.map((x: any) => [x.id, x.via, x.possible])).toEqual([["1829/UBND-VX@2019", "362/QĐ-TTg@?", true]]);
    expect(JSON.parse(readFileSync(out, "utf8")).nodes.length).toBeGreaterThan(4);
  });

  it("a header without a column --fields names: one error for the file (the column, the header's), nothing read, exit 1 as for a bad file", async () => {
    const bad = join(dir, "semicolons.csv");
    writeFileSync(bad, LISTING.replaceAll(",", ";"));
    const [r, g] = await Promise.all([
      vncite(["extract", "--format", "ndjson", "--fields", FIELDS, bad, csv]),
      vncite(["graph", "--fields", FIELDS, bad, "-o", join(dir, "bad.json")]),
    ]);
    expect(r.code).toBe(1);
    const out = records(r.stdout).filter((x) => x.file.startsWith(bad));
    expect(out).toEqual([{ record: "error", file: bad, code: "bad-header", message: expect.stringContaining('no column named "trich_yeu", "so_ky_hieu", "ngay_ban_hanh" in the header (its columns: "so_ky_hieu;ngay_ban_hanh;trich_yeu")') }]);
    expect(r.stderr.split("\n").filter((l) => l.includes(bad))).toHaveLength(1);
    // The good listing beside it is read as before.
    expect(records(r.stdout).filter((x) => x.record === "document")).toHaveLength(4);
    expect(g.code).toBe(1);
    expect(g.stderr.split("\n").filter((l) => l.includes(bad))).toHaveLength(1);
  });

  it("JSON Lines the same way; --fields without text= is a usage error", async () => {
    const jsonl = join(dir, "rows.jsonl");
    writeFileSync(jsonl, `{"n":"1829/UBND-VX","t":"thực hiện quyết định số 362/qđ-ttg"}\nnot json\n`);
    const r = await vncite(["extract", "--format", "ndjson", "--fields", "text=t,number=n", jsonl]);
    expect(records(r.stdout).map((x) => `${x.record} ${x.file.slice(dir.length + 1)} ${x.role ?? x.code ?? ""}`)).toEqual([
      "document rows.jsonl#0 ",
      "citation rows.jsonl#0 implements",
      "error rows.jsonl#1 bad-record",
    ]);
    expect((await vncite(["extract", "--fields", "number=n", jsonl])).code).toBe(2);
  });
});
