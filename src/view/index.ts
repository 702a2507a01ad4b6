export { computeLayout } from "./layout.js";
export { neighbourhood } from "./neighbourhood.js";
export { viewPayload } from "./payload.js";
export { viewPage } from "./page.js";
export { annotatePage } from "./annotate.js";
