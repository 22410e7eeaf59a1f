"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { type RecordEditResult, saveCodingsAction } from "@/app/positions/[id]/actions";
import type { EditableRecord, EditOptions } from "@/db/queries/statements";
import { POSITION_STATUSES, type PositionStatus, STANCE_MAX, STANCE_MIN } from "@/db/schema";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import type { RecordSnapshot } from "@/lib/record-edit";
import { ConflictPanel } from "./conflict-panel";
import styles from "./edit.module.css";
import { FieldError } from "./field-error";
import { useRecordVersion } from "./use-record-version";

type Coding = RecordSnapshot["codings"][number];
/** One proposition's row in the form: "" = not coded, "stance:2", "status:ambiguous". */
type Row = { value: string; basis: string; note: string };

const STANCES = Array.from({ length: STANCE_MAX - STANCE_MIN + 1 }, (_, i) => STANCE_MAX - i);
const NON_STANCE = POSITION_STATUSES.filter((s) => s !== "stated");

function codingValue(c: Coding | undefined): string {
  if (!c) return "";
  return c.status === "stated" ? `stance:${c.stance}` : `status:${c.status}`;
}

function describe(value: string): string {
  if (value === "") return "not coded";
  const [kind, v] = value.split(":");
  if (kind === "stance") return stanceLabel(Number(v));
  return POSITION_STATUS_LABELS[v as PositionStatus] ?? v ?? "";
}

function rowsOf(codings: Coding[]): Record<string, Row> {
  const out: Record<string, Row> = {};
  for (const c of codings)
    out[c.proposition] = { value: codingValue(c), basis: c.basis ?? "", note: c.note ?? "" };
  return out;
}

const EMPTY: Row = { value: "", basis: "", note: "" };

/**
 * Codes the record on every proposition of the codebook, grouped by topic. The whole set is saved at once; a
 * proposition set to "Not coded" loses its coding. A refused save keeps every value typed.
 */
export function CodingForm({
  record,
  options,
  suggested,
}: {
  record: EditableRecord;
  options: Pick<EditOptions, "propositionGroups">;
  /** Slugs of the propositions the record's topics suggest (the coding queue marks them). */
  suggested?: readonly string[];
}) {
  const router = useRouter();
  const uid = useId();
  const { version, setVersion } = useRecordVersion();
  const [rows, setRows] = useState<Record<string, Row>>(() => rowsOf(record.snapshot.codings));
  const [failure, setFailure] = useState<Extract<RecordEditResult, { ok: false }> | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();

  function update(slug: string, patch: Partial<Row>) {
    setRows((r) => ({ ...r, [slug]: { ...(r[slug] ?? EMPTY), ...patch } }));
  }

  // Propositions in codebook order, so error paths ("codings.3") map back to a row.
  const ordered = options.propositionGroups.flatMap((g) => g.propositions.map((p) => p.slug));
  const coded = ordered.filter((slug) => (rows[slug]?.value ?? "") !== "");

  function save() {
    const codings = coded.map((slug) => {
      const row = rows[slug] ?? EMPTY;
      const [kind, v] = row.value.split(":");
      return {
        proposition: slug,
        status: kind === "stance" ? "stated" : v,
        stance: kind === "stance" ? Number(v) : null,
        basis: row.basis,
        note: row.note,
      };
    });
    setStatus("Saving…");
    startTransition(async () => {
      const result = await saveCodingsAction({
        publicId: record.publicId,
        expectedVersion: version,
        codings,
      });
      if (result.ok) {
        setFailure(null);
        setVersion(result.data.version);
        setStatus(`Coded positions saved (version ${result.data.version}).`);
        router.refresh();
      } else {
        setFailure(result);
        setStatus("");
      }
    });
  }

  function errorFor(slug: string, field: string): string | undefined {
    const i = coded.indexOf(slug);
    if (i < 0 || !failure?.fieldErrors) return undefined;
    return failure.fieldErrors[`codings.${i}.${field}`] ?? failure.fieldErrors[`codings.${i}`];
  }

  const conflict = failure?.code === "conflict" ? failure.current : undefined;
  const theirs = conflict ? rowsOf(conflict.snapshot.codings) : {};

  return (
    <form
      className={styles.panel}
      aria-labelledby={`${uid}-h`}
      data-testid="coding-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 id={`${uid}-h`}>Coded positions</h2>
      <p className="muted">
        For each proposition, a stance from −2 (strongly opposes) to +2 (strongly supports), or a status that
        is not a stance. “Not coded” removes a coding.
      </p>
      {options.propositionGroups.map((g) => (
        <fieldset key={g.topic.slug} className={styles.group}>
          <legend>{g.topic.name}</legend>
          {g.propositions.map((p) => {
            const row = rows[p.slug] ?? EMPTY;
            const base = `${uid}-${p.slug}`;
            const err = errorFor(p.slug, "stance");
            return (
              <div key={p.slug} className={styles.coding} data-testid={`coding-${p.slug}`}>
                <div>
                  <span className={styles.propLabel} id={`${base}-label`}>
                    {p.label}
                  </span>
                  {suggested?.includes(p.slug) && (
                    <span className={styles.suggested} data-testid="suggested">
                      {" "}
                      Suggested by its topics{row.value === "" ? ", not coded yet" : ""}
                    </span>
                  )}
                  <span className={styles.propText}>{p.text}</span>
                </div>
                <label className={styles.field}>
                  <span>Position</span>
                  <select
                    aria-describedby={`${base}-label ${base}-err`}
                    aria-invalid={err ? true : undefined}
                    value={row.value}
                    onChange={(e) => update(p.slug, { value: e.target.value })}
                  >
                    <option value="">Not coded</option>
                    {STANCES.map((s) => (
                      <option key={s} value={`stance:${s}`}>
                        {stanceLabel(s)}
                      </option>
                    ))}
                    {NON_STANCE.map((s) => (
                      <option key={s} value={`status:${s}`}>
                        {POSITION_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${base}-err`} message={err} />
                </label>
                <label className={styles.field}>
                  <span>Words that carry it</span>
                  <textarea
                    rows={2}
                    value={row.basis}
                    disabled={row.value === ""}
                    onChange={(e) => update(p.slug, { basis: e.target.value })}
                  />
                </label>
                <label className={styles.field}>
                  <span>Note</span>
                  <textarea
                    rows={2}
                    value={row.note}
                    disabled={row.value === ""}
                    onChange={(e) => update(p.slug, { note: e.target.value })}
                  />
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}

      {conflict && (
        <ConflictPanel
          testId="coding-conflict"
          message={failure?.error}
          savedVersion={conflict.version}
          subject="Proposition"
          rows={ordered
            .filter((slug) => {
              const a = rows[slug] ?? EMPTY;
              const b = theirs[slug] ?? EMPTY;
              return a.value !== b.value || a.basis !== b.basis || a.note !== b.note;
            })
            .map((slug) => ({
              key: slug,
              label: slug,
              mine: describe(rows[slug]?.value ?? ""),
              theirs: describe(theirs[slug]?.value ?? ""),
            }))}
          takeTheirsLabel="Use the saved codings"
          onKeepMine={() => {
            setVersion(conflict.version);
            setFailure(null);
            setStatus("Your values are kept; save again to replace the saved ones.");
          }}
          onTakeTheirs={() => {
            setRows(rowsOf(conflict.snapshot.codings));
            setVersion(conflict.version);
            setFailure(null);
            setStatus("Loaded the saved codings.");
          }}
        />
      )}
      {failure && !conflict && (
        <p className="error" role="alert">
          {failure.error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="primary" disabled={pending}>
          Save coded positions
        </button>
        <span role="status" className={styles.status}>
          {status}
        </span>
      </div>
    </form>
  );
}
