/**
 * Tests on tokens that the grammar's gates share with the check made before a parse is entered
 * (refLengthAt): what a ký hiệu part may be, where a reference starts. By job: codes.ts (a token as a
 * code, a year, a prose word), dashes.ts (a dash that goes on with the ký hiệu), place-names.ts (where an
 * issuer's place name ends), reference-start.ts (where a reference starts, refLengthAt) and
 * symbol-repairs.ts (a ký hiệu typed with a space, dot or slash out of place, read as meant).
 */
export { CODE_LIKE, is, endOf, adjacent, isCode, isCodeLike, isYear, isYearTypedL } from "./codes.js";
export { dashGoesOn, doubledDashAt } from "./dashes.js";
export { dashInPlaceName, districtThenProvince, isNumberedPlaceType, isCityAbbreviation, isPlaceWord, endsPlace } from "./place-names.js";
export { dotsForSlashesAt, REF_TOKENS, refLengthAt, spacedIssuerAt, splitNumberAt } from "./reference-start.js";
export { splitYearTail, spacedAmpersandAt, splitTermAt, spacedIssuerCodeAt, spacedCodeAt, slashInSymbol, dotInSymbol, bracketedUnitAt } from "./symbol-repairs.js";
