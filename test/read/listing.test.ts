import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { csvRows } from "../../src/read/csv.js";
import { isListingError, ListingHeaderError, listingFormat, parseListingFields, readListing } from "../../src/read/listing.js";

describe("listing reader", () => {
  const fields = parseListingFields("text=trich_yeu,number=so_ky_hieu,date=ngay_ban_hanh");

  it("reads quoted fields with commas, doubled quotes and line breaks as CSV does", () => {
    const csv = '\ufeffso_ky_hieu,ngay_ban_hanh,trich_yeu\r\n1/UBND,01/01/2020,"a, ""b""\r\nc"\r\n2/UBND,02/01/2020,d\r\n';
    expect(readListing(csv, "csv", fields)).toEqual([
      { index: 0, text: 'a, "b"\r\nc', number: "1/UBND", date: "01/01/2020" },
      { index: 1, text: "d", number: "2/UBND", date: "02/01/2020" },
    ]);
  });

  it("a malformed row is an error in its place and the rows after it are read", () => {
    const out = readListing('so_ky_hieu,ngay_ban_hanh,trich_yeu\n1/UBND,x,y\nonly,two\n"unclosed,x,y\n', "csv", fields);
    expect(out.map((r) => (isListingError(r) ? `error ${r.index}` : `ok ${r.index}`))).toEqual(["ok 0", "error 1", "error 2"]);
  });

  it("a header that lacks a column the fields name is one error for the file, naming it and the header's columns; no row is read", () => {
    const csv = "so_ky_hieu,ngay,trich_yeu\n1/UBND,x,y\n2/UBND,x,y\n3/UBND,x,y\n";
    expect(() => readListing(csv, "csv", fields)).toThrow(ListingHeaderError);
    expect(() => readListing(csv, "csv", fields)).toThrow('no column named "ngay_ban_hanh" in the header (its columns: "so_ky_hieu", "ngay", "trich_yeu"); nothing read from the file');
    let thrown: unknown = null;
    try {
      readListing("a;b\n1;2\n", "csv", fields);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "bad-header", missing: ["trich_yeu", "so_ky_hieu", "ngay_ban_hanh"], columns: ["a;b"] });
  });

  const view = (csv: string) => readListing(csv, "csv", fields).map((r) => (isListingError(r) ? `error ${r.index} line ${r.line}` : `${r.index} ${r.number} ${r.text}`));

  it("a quote inside an unquoted field, as an edited subject line has it, is a character of the field", () => {
    expect(view('so_ky_hieu,ngay_ban_hanh,trich_yeu\n5/KH,1/2/2021,Triển khai "Năm dân vận khéo" theo Chỉ thị số 16/CT-TU\n6/KH,2/2/2021,b\n')).toEqual([
      '0 5/KH Triển khai "Năm dân vận khéo" theo Chỉ thị số 16/CT-TU',
      "1 6/KH b",
    ]);
  });

  it("a quoted field never closed breaks its own row only: the rows after it are read, each in its place", () => {
    const csv = 'so_ky_hieu,ngay_ban_hanh,trich_yeu\n1/KH,1/1/2021,"Thực hiện Kế hoạch số 7/KH-UBND\n2/KH,2/1/2021,Thực hiện Chỉ thị số 3/CT-TU\n3/KH,3/1/2021,"Thực hiện ""Đề án 06"""\n';
    expect(view(csv)).toEqual(["error 0 line 2", "1 2/KH Thực hiện Chỉ thị số 3/CT-TU", '2 3/KH Thực hiện "Đề án 06"']);
  });

  it("text after a closing quote breaks its row; spaces there are dropped; line numbers count the breaks inside quoted fields", () => {
    const csv = 'so_ky_hieu,ngay_ban_hanh,trich_yeu\r\n1/KH,1/1/2021,"a\r\nb"\r\n2/KH,2/1/2021,"c" x\r\n3/KH,3/1/2021,"d"  \r\n\r\n4/KH,4/1/2021,e,\r\n';
    expect(view(csv)).toEqual(["0 1/KH a\r\nb", "error 1 line 4", "2 3/KH d", "error 3 line 7"]);
  });

  it("reads rows in one pass: linear on runs of quotes, commas and line breaks", () => {
    for (const unit of ['"', '""', ",", "\n", '"\n', 'a"b,']) {
      const rows = (t: string) => {
        let count = 0;
        for (const _ of csvRows(t)) count++;
        return count;
      };
      // Four times the text: about 4 when linear, 16 when quadratic. Runs long enough that compiling and the collector do not dominate.
      expect(cpuRatio(rows, unit.repeat(200_000), unit.repeat(50_000), 5, 10), JSON.stringify(unit)).toBeLessThan(10);
    }
  });

  it("JSON Lines: objects by key; other lines are errors", () => {
    const out = readListing('{"trich_yeu":"x","so_ky_hieu":12}\n\n[1]\n{"other":1}\n', "jsonl", fields);
    expect(out).toEqual([
      { index: 0, text: "x", number: "12" },
      { index: 1, line: 3, message: "not a JSON object" },
      { index: 2, line: 4, message: 'no key "trich_yeu"' },
    ]);
  });

  it("fields: text= is required; unknown or repeated roles are refused", () => {
    expect(() => parseListingFields("number=a")).toThrow(/text=/);
    expect(() => parseListingFields("text=a,colour=b")).toThrow(/unknown field/);
    expect(() => parseListingFields("text=a,text=b")).toThrow(/twice/);
    expect(listingFormat("x/ROWS.CSV")).toBe("csv");
    expect(listingFormat("rows.ndjson")).toBe("jsonl");
    expect(listingFormat("plan.txt")).toBeNull();
  });
});
