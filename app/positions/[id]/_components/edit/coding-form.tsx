"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { codingValue, describe, NON_STANCE, parseValue, STANCES } from "@/app/coding/_components/code-values";
import { ReviewItemPanel } from "@/app/coding/_components/review-item";
import { type SaveOwnCodesResult, saveOwnCodesAction } from "@/app/coding/actions";
import type { OwnCodes, ReviewItem } from "@/db/queries/review";
import type { EditableRecord, EditOptions } from "@/db/queries/statement-snapshot";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import { ConflictPanel } from "./conflict-panel";
import styles from "./edit.module.css";
import { FieldError } from "./field-error";
import { SaveFooter } from "./save-footer";
import { useRecordVersion } from "./use-record-version";

type Code = OwnCodes["codes"][number];
/** One proposition's row in the form: "" = not coded, "stance:2", "status:ambiguous". */
type Row = { value: string; basis: string; note: string };

function rowsOf(codes: Code[]): Record<string, Row> {
  const out: Record<string, Row> = {};
  for (const c of codes)
    out[c.proposition] = { value: codingValue(c), basis: c.basis ?? "", note: c.note ?? "" };
  return out;
}

const EMPTY: Row = { value: "", basis: "", note: "" };

/**
 * The signed-in coder's own codes of the record, on every proposition of the codebook, grouped by topic. Blind
 * by default: it starts from their own codes only, and another coder's code of a proposition shows (beside
 * theirs, with its basis and note) once they have saved their own. Saved as one set, checked against the
 * version of their own sheet; a refused save keeps every value typed.
 */
export function CodingForm({
  record,
  options,
  suggested,
  own,
  items,
  isReviewer,
}: {
  record: EditableRecord;
  options: Pick<EditOptions, "propositionGroups">;
  /** Slugs of the propositions the record's topics suggest (the coding queue marks them). */
  suggested?: readonly string[];
  own: OwnCodes;
  /** The review state of every proposition someone coded, as this reader may see it. */
  items: ReviewItem[];
  isReviewer: boolean;
}) {
  const router = useRouter();
  const uid = useId();
  const { setVersion } = useRecordVersion();
  const [sheet, setSheet] = useState(own.sheetVersion);
  const [rows, setRows] = useState<Record<string, Row>>(() => rowsOf(own.codes));
  const [failure, setFailure] = useState<Extract<SaveOwnCodesResult, { ok: false }> | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  const itemBySlug = new Map(items.map((i) => [i.proposition, i]));

  function update(slug: string, patch: Partial<Row>) {
    setRows((r) => ({ ...r, [slug]: { ...(r[slug] ?? EMPTY), ...patch } }));
  }

  // Propositions in codebook order, so error paths ("codings.3") map back to a row.
  const ordered = options.propositionGroups.flatMap((g) => g.propositions.map((p) => p.slug));
  const coded = ordered.filter((slug) => (rows[slug]?.value ?? "") !== "");

  function save() {
    const codings = coded.map((slug) => {
      const row = rows[slug] ?? EMPTY;
      return { proposition: slug, ...parseValue(row.value), basis: row.basis, note: row.note };
    });
    setStatus("Saving…");
    startTransition(async () => {
      const result = await saveOwnCodesAction({
        publicId: record.publicId,
        expectedSheetVersion: sheet,
        codings,
      });
      if (result.ok) {
        setFailure(null);
        setSheet(result.data.own.sheetVersion);
        setVersion(result.data.recordVersion);
        setStatus("Coded positions saved: your codes are in, and any other coder's now show beside them.");
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

  const conflict = failure?.code === "conflict" ? failure.own : undefined;
  const saved = conflict ? rowsOf(conflict.codes) : {};

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
      <h2 id={`${uid}-h`}>Your coded positions</h2>
      <p className="muted">
        For each proposition, a stance from −2 (strongly opposes) to +2 (strongly supports), or a status that
        is not a stance. These are your own codes: another coder’s code of a proposition stays hidden until
        you have saved yours. Two equal codes are agreed; different ones are disputed until a reviewer
        decides.
      </p>
      {options.propositionGroups.map((g) => (
        <fieldset key={g.topic.slug} className={styles.group}>
          <legend>{g.topic.name}</legend>
          {g.propositions.map((p) => {
            const row = rows[p.slug] ?? EMPTY;
            const base = `${uid}-${p.slug}`;
            const err = errorFor(p.slug, "stance");
            const item = itemBySlug.get(p.slug);
            return (
              <div key={p.slug} className={styles.codingItem} data-testid={`coding-${p.slug}`}>
                <div className={styles.coding}>
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
                {item && (
                  <ReviewItemPanel
                    publicId={record.publicId}
                    item={item}
                    isReviewer={isReviewer}
                    onDecided={(recordVersion) => setVersion(recordVersion)}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}

      {conflict && (
        <ConflictPanel
          testId="coding-conflict"
          message={failure?.error}
          savedVersion={conflict.sheetVersion}
          subject="Proposition"
          rows={ordered
            .filter((slug) => {
              const a = rows[slug] ?? EMPTY;
              const b = saved[slug] ?? EMPTY;
              return a.value !== b.value || a.basis !== b.basis || a.note !== b.note;
            })
            .map((slug) => ({
              key: slug,
              label: slug,
              mine: describe(rows[slug]?.value ?? ""),
              theirs: describe(saved[slug]?.value ?? ""),
            }))}
          takeTheirsLabel="Use the codes I saved"
          onKeepMine={() => {
            setSheet(conflict.sheetVersion);
            setFailure(null);
            setStatus("Your values are kept; save again to replace the saved ones.");
          }}
          onTakeTheirs={() => {
            setRows(rowsOf(conflict.codes));
            setSheet(conflict.sheetVersion);
            setFailure(null);
            setStatus("Loaded the codes you saved.");
          }}
        />
      )}
      <SaveFooter
        failure={failure}
        conflict={Boolean(conflict)}
        pending={pending}
        label="Save coded positions"
        status={status}
      />
    </form>
  );
}
