/**
 * The citing document's own identity (number, kind, issuer, date): build-self.ts from its header and
 * the citations that are itself; heading-issuer.ts reads the issuer from the heading's lines; own-kind.ts
 * the kind the text tells of itself; authenticated.ts a consolidated text's number in its authentication block; unheaded-page.ts the document a page prints under no heading of its own.
 */
export { ownCodeIsLocalAlias, wrappedBodyAt } from "./heading-issuer.js";
export { buildSelf, contradictsSelf, contradictsSelfInTime, selfIdWithoutNumber } from "./build-self.js";
export { enactedKind, effectClauseKind } from "./own-kind.js";
export { addressedTitleLineCitation, announcedCitation, datedTitleLineCitation, headedOpinionCitation, recordTitleCitation, sourceLineCitation, titleLineCitation } from "./unheaded-page.js";
export { authenticatedCitation } from "./authenticated.js";
