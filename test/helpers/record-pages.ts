/**
 * A database's record of a document, as caselaw.vn prints it: the document's line, then its fields as list items, and
 * none of its text. One copy for the tests that read record pages (test/analyze/header/record-page.test.ts) and the
 * session audits' checks of the rules that read them.
 */
export const CASELAW_RECORD = [
  "Nghị quyết số 150/2014/NQ-HĐND ngày 12/12/2014 của Hội đồng nhân dân tỉnh Nghệ An Sửa đổi khoản 3 Điều 3 Nghị quyết 93/2013/NQ-HĐND về mức thu phí sử dụng đường bộ đối với xe mô tô",
  "- Số hiệu văn bản: 150/2014/NQ-HĐND",
  "- Loại văn bản: Nghị quyết",
  "- Cơ quan ban hành: Tỉnh Nghệ An",
  "- Ngày ban hành: 12-12-2014",
  "- Tình trạng hiệu lực: Hết hiệu lực",
  "",
].join("\n");
