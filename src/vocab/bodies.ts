/**
 * Words for reading who issued a document cited without a ký hiệu ("Thông tư số 06 ngày 16 tháng 7
 * năm 1986 của Bộ Nội thương"), when the issuer table (vocab/issuers) does not know the body: a
 * ministry since renamed or merged, a tax office, a committee of the 1980s.
 */

/** The words a state body's name opens with, capitalised: "Bộ Nội thương", "Cục thuế tỉnh Lào Cai", "Ủy ban Vật giá Nhà nước". */
export const BODY_OPENERS: readonly string[] = [
  "Bộ",
  "Liên bộ",
  "Ban",
  "Cục",
  "Tổng cục",
  "Sở",
  "Ủy ban",
  "Uỷ ban",
  "Hội đồng",
  "Văn phòng",
  "Viện",
  "Ngân hàng",
  "Kho bạc",
  "Tòa án",
  "Toà án",
];

/**
 * Lower-case words that end a body's name and open what the citation says next: its subject ("về
 * giá giao dầu hoả", "hướng dẫn …", "v/v …") or the sentence going on ("đã …", "tại …"). A
 * name that runs on past BODY_NAME_WORDS words without one is not read as a name.
 */
export const AFTER_BODY_NAME: ReadonlySet<string> = new Set([
  "về",
  "v/v",
  "hướng",
  "quy",
  "ban",
  "phê",
  "việc",
  "tại",
  "đã",
  "trình",
  "đề",
  "gửi",
  "theo",
  "nay",
  "thì",
  "là",
  "có",
  "cho",
  "với",
  "để",
  "trong",
  "giao",
  "thực",
  "triển",
  "sửa",
  "bổ",
  "bãi",
  "thay",
  "nêu",
  "nói",
  "trên",
]);

/** The most words a body's name read without the issuer table may have ("Ủy ban Dân số Gia đình và Trẻ em tỉnh Thừa Thiên Huế" has 12). */
export const BODY_NAME_WORDS = 12;
