"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useId, useState, useTransition } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { type RecordEditResult, saveRecordAction } from "@/app/positions/[id]/actions";
import type { EditableRecord, EditOptions } from "@/db/queries/statement-snapshot";
import { DATE_BASES, DATE_PRECISIONS, STATEMENT_MODES } from "@/lib/domain";
import { DATE_BASIS_LABELS, DATE_PRECISION_LABELS, MODE_LABELS } from "@/lib/labels";
import type { RecordSnapshot } from "@/lib/record-edit";
import { ConflictPanel } from "./conflict-panel";
import styles from "./edit.module.css";
import { FieldError } from "./field-error";
import type { ControlProps } from "./field-props";
import { NEW_PERSON, type NewPerson, NewPersonFields, newPersonPayload } from "./new-person-fields";
import { SaveFooter } from "./save-footer";
import { useRecordVersion } from "./use-record-version";

type Values = {
  text: string;
  mode: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: string;
  dateBasis: string;
  dateNote: string;
  attributionStatus: string;
  person: string;
  role: string;
  attributionNote: string;
  event: string;
  topics: string[];
};

function valuesOf(s: RecordSnapshot): Values {
  return {
    text: s.text,
    mode: s.mode,
    dateStart: s.dateStart ?? "",
    dateEnd: s.dateEnd ?? "",
    datePrecision: s.datePrecision,
    dateBasis: s.dateBasis,
    dateNote: s.dateNote ?? "",
    attributionStatus: s.attributionStatus,
    person: s.person ?? "",
    role: s.role ?? "",
    attributionNote: s.attributionNote ?? "",
    event: s.event ?? "",
    topics: s.topics,
  };
}

const FIELD_LABELS: Record<keyof Values, string> = {
  text: "Display text",
  mode: "Mode",
  dateStart: "First possible day",
  dateEnd: "Last possible day",
  datePrecision: "Date precision",
  dateBasis: "Date basis",
  dateNote: "Date note",
  attributionStatus: "Attribution",
  person: "Speaker",
  role: "Role at the time",
  attributionNote: "Attribution note",
  event: "Event",
  topics: "Topics",
};

/** Attribution, date, mode, display text, topics and event. A refused save keeps every value typed. */
export function CoreForm({ record, options }: { record: EditableRecord; options: EditOptions }) {
  const router = useRouter();
  const uid = useId();
  const { version, setVersion } = useRecordVersion();
  const [v, setValues] = useState<Values>(() => valuesOf(record.snapshot));
  const [np, setNewPerson] = useState<NewPerson>(NEW_PERSON);
  const setNp = (patch: Partial<NewPerson>) => setNewPerson((old) => ({ ...old, ...patch }));
  const [failure, setFailure] = useState<Extract<RecordEditResult, { ok: false }> | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<Values>) => setValues((old) => ({ ...old, ...patch }));
  // The fields are controlled, so they stay disabled until the page has hydrated (useHydrated says why).
  const hydrated = useHydrated();
  const errors = failure?.fieldErrors ?? {};
  const person = options.persons.find((p) => p.slug === v.person);

  function errorOf(name: string): string | undefined {
    if (name === "person") return errors["attribution.person"] ?? errors.person;
    if (name === "role") return errors["attribution.role"] ?? errors.role;
    if (name === "attributionNote") return errors.attributionNote ?? errors["attribution.note"];
    return errors[name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1];
  }

  function field(name: keyof Values, control: (props: ControlProps) => ReactNode) {
    const id = `${uid}-${name}`;
    const err = errorOf(name);
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{FIELD_LABELS[name]}</label>
        {control({
          id,
          "aria-invalid": err ? true : undefined,
          "aria-describedby": `${id}-err`,
        })}
        <FieldError id={`${id}-err`} message={err} />
      </div>
    );
  }

  function save() {
    const input = {
      publicId: record.publicId,
      expectedVersion: version,
      text: v.text,
      mode: v.mode,
      dateStart: v.dateStart,
      dateEnd: v.dateEnd,
      datePrecision: v.datePrecision,
      dateBasis: v.dateBasis,
      dateNote: v.dateNote,
      topics: v.topics,
      event: v.event === "" ? null : v.event,
      attribution:
        v.attributionStatus === "resolved"
          ? {
              status: "resolved",
              person: v.person,
              role: v.role === "" ? null : v.role,
              note: v.attributionNote,
            }
          : v.attributionStatus === "new_person"
            ? {
                status: "new_person",
                person: newPersonPayload(np),
                note: v.attributionNote,
              }
            : { status: "unresolved", note: v.attributionNote },
    };
    setStatus("Saving…");
    startTransition(async () => {
      const result = await saveRecordAction(input);
      if (result.ok) {
        setFailure(null);
        if (v.attributionStatus === "new_person") {
          // The new person is now one to pick: the form shows the record as saved, resolved to them.
          const saved = result.data.snapshot;
          set({ attributionStatus: "resolved", person: saved.person ?? "", role: saved.role ?? "" });
          setNewPerson(NEW_PERSON);
        }
        setVersion(result.data.version);
        setStatus(`Record saved (version ${result.data.version}).`);
        router.refresh();
      } else {
        setFailure(result);
        setStatus("");
      }
    });
  }

  const conflict = failure?.code === "conflict" ? failure.current : undefined;
  const theirs = conflict ? valuesOf(conflict.snapshot) : null;
  const show = (x: string | string[]) => (Array.isArray(x) ? x.join(", ") : x) || "—";

  return (
    <form
      className={styles.panel}
      aria-labelledby={`${uid}-h`}
      data-testid="core-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 id={`${uid}-h`}>Record</h2>
      <fieldset className={styles.whole} disabled={!hydrated}>
        <fieldset className={styles.group}>
          <legend>Attribution</legend>
          <div className={styles.checks} role="radiogroup" aria-label="Attribution status">
            <label>
              <input
                type="radio"
                name="attributionStatus"
                value="resolved"
                checked={v.attributionStatus === "resolved"}
                onChange={() => set({ attributionStatus: "resolved" })}
              />{" "}
              Resolved to a person
            </label>
            <label>
              <input
                type="radio"
                name="attributionStatus"
                value="unresolved"
                checked={v.attributionStatus === "unresolved"}
                onChange={() => set({ attributionStatus: "unresolved", person: "", role: "" })}
              />{" "}
              Unresolved
            </label>
            <label>
              <input
                type="radio"
                name="attributionStatus"
                value="new_person"
                checked={v.attributionStatus === "new_person"}
                onChange={() => set({ attributionStatus: "new_person", person: "", role: "" })}
              />{" "}
              A person not yet in the database
            </label>
          </div>
          {v.attributionStatus === "new_person" && (
            <NewPersonFields
              uid={uid}
              value={np}
              onChange={setNp}
              errors={errors}
              organizations={options.organizations}
            />
          )}
          {v.attributionStatus === "resolved" && (
            <div className={styles.row}>
              {field("person", (p) => (
                <select {...p} value={v.person} onChange={(e) => set({ person: e.target.value, role: "" })}>
                  <option value="">Choose a person…</option>
                  {options.persons.map((o) => (
                    <option key={o.slug} value={o.slug}>
                      {o.name}
                    </option>
                  ))}
                </select>
              ))}
              {field("role", (p) => (
                <select {...p} value={v.role} onChange={(e) => set({ role: e.target.value })}>
                  <option value="">Not recorded</option>
                  {(person?.roles ?? []).map((r) => (
                    <option key={r.slug} value={r.slug}>
                      {r.title}
                      {r.startDate ? ` (from ${r.startDate}${r.endDate ? ` to ${r.endDate}` : ""})` : ""}
                    </option>
                  ))}
                </select>
              ))}
            </div>
          )}
          {field("attributionNote", (p) => (
            <textarea
              {...p}
              rows={2}
              value={v.attributionNote}
              onChange={(e) => set({ attributionNote: e.target.value })}
            />
          ))}
        </fieldset>

        <fieldset className={styles.group}>
          <legend>Date</legend>
          <div className={styles.row}>
            {field("datePrecision", (p) => (
              <select {...p} value={v.datePrecision} onChange={(e) => set({ datePrecision: e.target.value })}>
                {DATE_PRECISIONS.map((d) => (
                  <option key={d} value={d}>
                    {DATE_PRECISION_LABELS[d]}
                  </option>
                ))}
              </select>
            ))}
            {field("dateStart", (p) => (
              <input
                {...p}
                placeholder="YYYY-MM-DD"
                value={v.dateStart}
                onChange={(e) => set({ dateStart: e.target.value })}
              />
            ))}
            {field("dateEnd", (p) => (
              <input
                {...p}
                placeholder="YYYY-MM-DD"
                value={v.dateEnd}
                onChange={(e) => set({ dateEnd: e.target.value })}
              />
            ))}
            {field("dateBasis", (p) => (
              <select {...p} value={v.dateBasis} onChange={(e) => set({ dateBasis: e.target.value })}>
                {DATE_BASES.map((d) => (
                  <option key={d} value={d}>
                    {DATE_BASIS_LABELS[d]}
                  </option>
                ))}
              </select>
            ))}
          </div>
          {field("dateNote", (p) => (
            <textarea
              {...p}
              rows={2}
              value={v.dateNote}
              onChange={(e) => set({ dateNote: e.target.value })}
            />
          ))}
        </fieldset>

        {field("text", (p) => (
          <textarea {...p} rows={4} value={v.text} onChange={(e) => set({ text: e.target.value })} />
        ))}
        <div className={styles.row}>
          {field("mode", (p) => (
            <select {...p} value={v.mode} onChange={(e) => set({ mode: e.target.value })}>
              {STATEMENT_MODES.map((m) => (
                <option key={m} value={m}>
                  {MODE_LABELS[m]}
                </option>
              ))}
            </select>
          ))}
          {field("event", (p) => (
            <select {...p} value={v.event} onChange={(e) => set({ event: e.target.value })}>
              <option value="">No event</option>
              {options.events.map((ev) => (
                <option key={ev.slug} value={ev.slug}>
                  {ev.name}
                  {ev.startDate ? ` (${ev.startDate})` : ""}
                </option>
              ))}
            </select>
          ))}
        </div>
        <fieldset className={styles.group} aria-describedby={`${uid}-topics-err`}>
          <legend>Topics</legend>
          <div className={styles.checks}>
            {options.topics.map((t) => (
              <label key={t.slug}>
                <input
                  type="checkbox"
                  checked={v.topics.includes(t.slug)}
                  onChange={(e) =>
                    set({
                      topics: e.target.checked ? [...v.topics, t.slug] : v.topics.filter((x) => x !== t.slug),
                    })
                  }
                />{" "}
                {t.path.includes("/") ? "↳ " : ""}
                {t.name}
              </label>
            ))}
          </div>
          <FieldError id={`${uid}-topics-err`} message={errorOf("topics")} />
        </fieldset>

        {conflict && theirs && (
          <ConflictPanel
            testId="record-conflict"
            message={failure?.error}
            savedVersion={conflict.version}
            subject="Field"
            rows={(Object.keys(FIELD_LABELS) as (keyof Values)[])
              .filter((k) => show(v[k]) !== show(theirs[k]))
              .map((k) => ({ key: k, label: FIELD_LABELS[k], mine: show(v[k]), theirs: show(theirs[k]) }))}
            takeTheirsLabel="Use the saved values"
            onKeepMine={() => {
              setVersion(conflict.version);
              setFailure(null);
              setStatus("Your values are kept; save again to replace the saved ones.");
            }}
            onTakeTheirs={() => {
              setValues(theirs);
              setVersion(conflict.version);
              setFailure(null);
              setStatus("Loaded the saved values.");
            }}
          />
        )}
        <SaveFooter
          failure={failure}
          conflict={Boolean(conflict)}
          pending={pending}
          label="Save record"
          status={status}
        />
      </fieldset>
    </form>
  );
}
