/**
 * The .docx elements as mammoth reads them: its names for the namespaces, the elements read through,
 * the ones that are one character, the marks and breaks.
 */
/** mammoth's names for the namespaces (Transitional and Strict alike), so that elements match whatever prefix a file uses. */
export const NAMESPACES: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
  "http://schemas.openxmlformats.org/package/2006/content-types": "content-types",
  "http://schemas.openxmlformats.org/package/2006/relationships": "relationships",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:word": "office-word",
  "http://schemas.microsoft.com/office/word/2010/wordml": "wordml",
};

/** Elements whose children are read as if they stood in the parent. */
export const TRANSPARENT = new Set([
  "w:customXml", "w:ins", "w:moveFromRangeEnd", "w:moveFromRangeStart", "w:moveTo", "w:moveToRangeEnd",
  "w:moveToRangeStart", "w:object", "w:smartTag", "v:roundrect", "v:shape", "v:textbox", "w:txbxContent",
  "v:group", "v:rect", "w:hyperlink", "w:sdtContent",
]);
/** Elements that are one character of text. */
export const CHARACTERS: Readonly<Record<string, string>> = { "w:tab": "\t", "w:noBreakHyphen": "\u2011", "w:softHyphen": "\u00ad" };
/** Elements that stand for something without text (a note mark, a line break): they count as content of a table. */
export const MARKS = new Set(["w:footnoteReference", "w:endnoteReference", "w:commentReference"]);
export const BREAKS = new Set([undefined, "textWrapping", "page", "column"]);
