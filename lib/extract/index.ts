export { extractCandidates } from "./candidates";
export { cleanForDisplay, prepareText, toRawSpan } from "./clean";
export type * from "./types";
