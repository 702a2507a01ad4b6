/**
 * Where the citing document belongs (findJurisdiction), its evidence weighed in find-jurisdiction.ts: the
 * heading's lines (heading-place.ts), the body's sentence saying who issues it (issuing-sentence.ts), the
 * title and the province the text names most. place-words.ts holds the pattern pieces they share.
 */
export { statesPeoplesCommitteeIssues } from "./issuing-sentence.js";
export { headingNamesPlace } from "./heading-place.js";
export { findJurisdiction } from "./find-jurisdiction.js";
