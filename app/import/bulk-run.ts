import { getDb } from "@/db/client";
import { applyBulkImport, type BulkRowPlan, bulkPlanner } from "@/db/queries/bulk-import";
import { nextTurn } from "@/lib/admission";
import { type ParsedRow, problemKind } from "@/lib/records-format";
import { audited } from "../_server/audit";
import type { CurrentUser } from "../_server/current-user";
import { type BulkEvent, type BulkOutcome, CHECK_BATCH_ROWS, type ProblemGroup } from "./bulk-protocol";

function groupProblems(rows: BulkRowPlan[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const r of rows)
    for (const e of r.errors) {
      const kind = problemKind(e.column);
      const g = groups.get(kind) ?? { kind, count: 0, rows: [] };
      groups.set(kind, g);
      g.count += 1;
      if (g.rows.at(-1) !== r.row) g.rows.push(r.row);
    }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export interface BulkRun {
  rows: ParsedRow[];
  mode: BulkOutcome["mode"];
  fileName: string;
  user: CurrentUser | null;
}

/**
 * Checks a parsed file a batch at a time, sending progress after each and giving other requests a turn in between
 * (a file of 5,000 rows used to hold the server for seconds), and stops, writing nothing, as soon as `cancelled`
 * says the client went away. Then "check" answers; "import" writes nothing unless every row is valid and
 * "import-valid" writes the valid rows only, in one transaction that plans again inside it, so what is checked is
 * what is written. Once "writing" is sent the transaction runs to its end.
 */
export async function runBulkImport(
  { rows, mode, fileName, user }: BulkRun,
  send: (event: BulkEvent) => void,
  cancelled: () => boolean,
): Promise<void> {
  try {
    const db = getDb();
    const planner = bulkPlanner(db, rows);
    const plan: BulkRowPlan[] = [];
    while (planner.done() < planner.total) {
      plan.push(...planner.next(CHECK_BATCH_ROWS));
      send({ type: "checking", done: planner.done(), total: planner.total });
      await nextTurn();
      if (cancelled()) return;
    }
    const invalid = plan.filter((p) => p.status === "invalid").length;
    const unchanged = plan.filter((p) => p.status === "unchanged").length;
    if (mode === "check" || (mode === "import" && invalid > 0)) {
      send({
        type: "outcome",
        outcome: {
          mode,
          written: false,
          created: [],
          unchanged,
          invalid,
          rows: plan,
          problems: groupProblems(plan),
        },
      });
      return;
    }
    send({ type: "writing", total: plan.length - invalid - unchanged });
    await nextTurn();
    if (cancelled()) return;
    const result = await audited(
      user,
      () => applyBulkImport(db, rows, { validOnly: mode === "import-valid" }),
      (r) =>
        r.written
          ? [
              {
                action: "records_imported",
                target: fileName,
                detail: { created: r.created.length, unchanged: r.unchanged, skipped: r.skipped },
              },
            ]
          : [],
    );
    // Counted again inside the transaction: another import may have landed since the check.
    send({
      type: "outcome",
      outcome: {
        mode,
        written: result.written,
        created: result.created,
        unchanged: result.unchanged,
        invalid: result.skipped,
        rows: result.plan,
        problems: groupProblems(result.plan),
      },
    });
  } catch (error) {
    console.error("bulk import failed", error);
    if (!cancelled())
      send({ type: "failed", error: "The import failed on the server; nothing was written. Try again." });
  }
}
