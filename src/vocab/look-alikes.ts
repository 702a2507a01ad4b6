/**
 * Characters that real documents use in place of the right one, each replaced by exactly one
 * UTF-16 unit so that offsets stay put. Ð (U+00D0, Icelandic eth) is typed for Đ by old fonts
 * and keyboards; dashes of every width separate the parts of a ký hiệu.
 */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  "\u00d0": "\u0110", // Ð → Đ
  "\u00f0": "\u0111", // ð → đ
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-", // en dash: "221 – QĐ/TW"
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
};
