// Types for modules that ship none (word-extractor: the part of its API the .doc reader uses), or
// none at the path imported (XRegExp's core, at the end).
declare module "word-extractor" {
  interface TextOptions {
    /** true (the default) turns typographic quotes and dashes into ASCII; we keep the original. */
    filterUnicode?: boolean;
  }
  class WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}


// XRegExp's core as an ES module, without the addons its package index loads: the same function.
declare module "xregexp/src/xregexp.js" {
  import XRegExp from "xregexp";
  export default XRegExp;
}
