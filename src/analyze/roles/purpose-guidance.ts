/**
 * Whether the document is one whose office is to guide the application of what its purpose line names
 * ("Để thi hành đúng quy định của Luật …", "Để áp dụng thống nhất các quy định của Luật …": Cue.guidingOnly).
 */
import type { Kind } from "../../types.js";
import { ENACTED_GUIDANCE_KINDS, GUIDING_COUNCILS } from "../../vocab/cues.js";

/**
 * A circular or a joint circular (ENACTED_GUIDANCE_KINDS: the instrument that guides a law or a decree),
 * or a resolution of a council that guides the uniform application of laws (GUIDING_COUNCILS, read from
 * the own ký hiệu's issuer part: "02/2000/NQ-HĐTP").
 */
export function guidingDocument(ownKind: Kind | null, ownIssuers: readonly string[] | null): boolean {
  if (ownKind === null) return false;
  if (ENACTED_GUIDANCE_KINDS.includes(ownKind)) return true;
  return ownKind === "resolution" && ownIssuers !== null && ownIssuers.some((code) => GUIDING_COUNCILS.includes(code));
}
