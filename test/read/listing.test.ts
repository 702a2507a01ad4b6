import { describe, expect, it } from "vitest";
import { isListingError, listingFormat, parseListingFields, readListing } from "../../src/read/listing.js";

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

  it("a header without the named columns is an error per row, not a crash", () => {
    const out = readListing("a,b\n1,2\n", "csv", fields);
    expect(out).toEqual([{ index: 0, line: 2, message: expect.stringContaining('"trich_yeu"') }]);
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
