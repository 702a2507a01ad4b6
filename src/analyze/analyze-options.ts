// What a caller may tell analyze() besides the text (analyze/index.ts re-exports them).

export interface AnalyzeOptions {
  /** The file the text came from; it names the document when its own number is unknown. */
  path?: string;
  /**
   * What a listing says of the document apart from its text (a record of `vncite extract
   * listing.csv --fields ...`): its own number and ký hiệu ("3637/UBND-VX"), date ("24/05/2019"
   * or "2019-05-24"), title and kind ("Quyết định"). The number is read as a citation would be.
   */
  known?: KnownFields;
}

export interface KnownFields {
  number?: string;
  date?: string;
  title?: string;
  kind?: string;
}
