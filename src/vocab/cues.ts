import type { RelationType } from "../types.js";

/**
 * Cue phrases (DOMAIN.md §4): how a text says what a document does to another.
 * Two tables, because the same words work at two levels.
 */

/**
 * Said by the citing document itself, at the start of a sentence and followed by the documents
 * it names: "Căn cứ Quyết định số ...; Kế hoạch số ...", "Thực hiện Công văn số ...".
 */
export const DOCUMENT_CUES: ReadonlyArray<{ type: RelationType; phrases: string[] }> = [
  { type: "based_on", phrases: ["Căn cứ", "Căn cứ vào"] },
  { type: "implements", phrases: ["Thực hiện", "Triển khai thực hiện", "Triển khai", "Tổ chức thực hiện", "Triển khai thi hành", "Thực hiện chỉ đạo của"] },
  { type: "guides", phrases: ["Hướng dẫn thi hành", "Hướng dẫn thực hiện", "Quy định chi tiết"] },
  { type: "amends", phrases: ["Sửa đổi, bổ sung một số điều của", "Sửa đổi, bổ sung", "Sửa đổi"] },
  { type: "replaces", phrases: ["Thay thế"] },
  { type: "repeals", phrases: ["Bãi bỏ", "Hủy bỏ", "Huỷ bỏ"] },
  { type: "corrects", phrases: ["Đính chính"] },
];

/**
 * Said inside a cited document's description, right before the document it acts on:
 * "Kế hoạch số 63/KH-UBND ... triển khai thi hành Chỉ thị số 43/CT-TTg".
 */
export const RELATION_CUES: ReadonlyArray<{ type: RelationType; phrases: string[] }> = [
  { type: "implements", phrases: ["triển khai thi hành", "triển khai thực hiện", "triển khai", "tổ chức thực hiện", "thực hiện", "kế hoạch thực hiện"] },
  { type: "guides", phrases: ["hướng dẫn thi hành", "hướng dẫn thực hiện", "hướng dẫn", "quy định chi tiết thi hành", "quy định chi tiết"] },
  { type: "amends", phrases: ["sửa đổi, bổ sung một số điều của", "sửa đổi, bổ sung một số điều", "sửa đổi, bổ sung", "sửa đổi", "bổ sung"] },
  { type: "replaces", phrases: ["thay thế"] },
  { type: "repeals", phrases: ["bãi bỏ", "hủy bỏ", "huỷ bỏ"] },
  { type: "corrects", phrases: ["đính chính"] },
  { type: "promulgated_by", phrases: ["ban hành kèm theo"] },
];

/** "Ban hành kèm theo Quyết định số ..." at the head of a document: the decision it is attached to. */
export const ATTACHED_TO = ["Ban hành kèm theo", "Kèm theo"];

/** "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ...". */
export const PROPOSED_BY = { lead: "Theo đề nghị của", at: "tại" };

/**
 * Words allowed between a relation cue and the document it governs
 * ("sửa đổi, bổ sung một số điều của các Nghị định").
 */
export const CUE_FILLER_MAX_CHARS = 40;
