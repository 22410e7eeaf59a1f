import type { BulkRowPlan } from "@/db/queries/bulk-import";
import type { ErrorBody } from "@/lib/api-http";

/**
 * What POST /import/bulk answers, shared by the route and the page: a refusal or a bad file as one JSON object
 * with a 4xx status, or, once the file is read, a stream of JSON lines: progress while the rows are checked, then
 * the outcome. The page shows the progress and can cancel until the writing starts.
 */
export interface BulkOutcome {
  mode: "check" | "import" | "import-valid";
  written: boolean;
  created: string[];
  unchanged: number;
  invalid: number;
  rows: BulkRowPlan[];
  /** The file's problems by kind (problemKind), each with the rows that have one: the page lists them first. */
  problems: ProblemGroup[];
}

export interface ProblemGroup {
  kind: string;
  count: number;
  rows: number[];
}

/** A refusal or a bad file (lib/api-http.ts errorResponse), or a run that failed: said in words. */
export type BulkFailure = ErrorBody;

export type BulkEvent =
  | { type: "checking"; done: number; total: number }
  /** The check is over and the records are being written, in one transaction: too late to cancel. */
  | { type: "writing"; total: number }
  | { type: "outcome"; outcome: BulkOutcome }
  | { type: "failed"; error: string };

/** Rows checked between two progress lines: small enough for a smooth bar, large enough to cost nothing. */
export const CHECK_BATCH_ROWS = 250;
