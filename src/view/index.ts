export { computeLayout, iterationsFor, seededRandom, type Layout } from "./layout.js";
export { neighbourhood } from "./neighbourhood.js";
export { compactGraph, expandGraph, viewPayload, type CompactGraph, type ViewPayload } from "./payload.js";
export { viewPage } from "./page.js";
export { annotatePage, partsOf, type AnnotateOptions, type ShownPart } from "./annotate.js";
