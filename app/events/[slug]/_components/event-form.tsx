"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { type ControlProps, fieldRenderer } from "@/app/_components/form-field";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useVersionedSave } from "@/app/_components/use-versioned-save";
import styles from "@/app/positions/[id]/_components/edit/edit.module.css";
import type { EditableEvent } from "@/db/queries/event-edit";
import { DATE_BASES, DATE_PRECISIONS, EVENT_KINDS } from "@/lib/domain";
import type { EventSnapshot } from "@/lib/event-edit";
import { DATE_BASIS_LABELS, DATE_PRECISION_LABELS, EVENT_KIND_LABELS } from "@/lib/labels";
import { saveEventAction } from "../actions";

type Values = { [K in keyof EventSnapshot]: string };

const valuesOf = (s: EventSnapshot): Values => ({
  slug: s.slug,
  name: s.name,
  kind: s.kind,
  series: s.series ?? "",
  city: s.city ?? "",
  country: s.country ?? "",
  organiser: s.organiser ?? "",
  dateStart: s.dateStart ?? "",
  dateEnd: s.dateEnd ?? "",
  datePrecision: s.datePrecision,
  dateBasis: s.dateBasis,
  dateNote: s.dateNote ?? "",
});

/** An event's values. A refused save keeps every value typed; a saved new address opens the event there. */
export function EventForm({ event }: { event: EditableEvent }) {
  const router = useRouter();
  const uid = useId();
  const [values, setValues] = useState(() => valuesOf(event.snapshot));
  const { errors, failure, status, pending, save: send } = useVersionedSave<EditableEvent>(event.version);
  // Controlled fields: disabled until the page has hydrated (useHydrated says why).
  const hydrated = useHydrated();
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((old) => ({ ...old, [key]: e.target.value }));

  const field = fieldRenderer(uid, errors);
  const input = (key: keyof Values, extra: { lang?: string; maxLength?: number } = {}) =>
    function Control(p: ControlProps) {
      return <input {...p} {...extra} value={values[key]} onChange={set(key)} />;
    };

  function save() {
    send(
      (expectedVersion) => saveEventAction({ ...values, currentSlug: event.snapshot.slug, expectedVersion }),
      (saved) => {
        // A new address: the editor moves there (the old one redirects).
        if (saved.snapshot.slug !== event.snapshot.slug)
          router.replace(`/events/${saved.snapshot.slug}/edit`);
        else router.refresh();
      },
    );
  }

  return (
    <form
      className={styles.panel}
      data-testid="event-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset disabled={!hydrated} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        {field("name", "Name", input("name"))}
        <div className={styles.row}>
          {field("kind", "Kind", (p) => (
            <select {...p} value={values.kind} onChange={set("kind")}>
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EVENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          ))}
          {field("series", "Series", input("series"), "The recurring meeting it belongs to, if any.")}
          {field(
            "slug",
            "Address",
            input("slug"),
            "/events/… : lower-case letters, digits, hyphens. The old address keeps working.",
          )}
        </div>
        <div className={styles.row}>
          {field("city", "City", input("city"))}
          {field("country", "Country (two letters)", input("country", { maxLength: 2 }))}
          {field("organiser", "Host organisation", input("organiser"))}
        </div>
        <fieldset className={styles.group}>
          <legend>Date</legend>
          <div className={styles.row}>
            {field("datePrecision", "Known to", (p) => (
              <select {...p} value={values.datePrecision} onChange={set("datePrecision")}>
                {DATE_PRECISIONS.map((k) => (
                  <option key={k} value={k}>
                    {DATE_PRECISION_LABELS[k]}
                  </option>
                ))}
              </select>
            ))}
            {field("dateStart", "First possible day", input("dateStart"), "YYYY-MM-DD; empty when unknown.")}
            {field("dateEnd", "Last possible day", input("dateEnd"), "A month or year runs to its last day.")}
            {field("dateBasis", "Basis", (p) => (
              <select {...p} value={values.dateBasis} onChange={set("dateBasis")}>
                {DATE_BASES.map((k) => (
                  <option key={k} value={k}>
                    {DATE_BASIS_LABELS[k]}
                  </option>
                ))}
              </select>
            ))}
          </div>
          {field("dateNote", "How the date is known", (p) => (
            <textarea {...p} rows={2} value={values.dateNote} onChange={set("dateNote")} />
          ))}
        </fieldset>
      </fieldset>
      {failure && (
        <p className="error" role="alert">
          {failure.error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="primary" disabled={pending || !hydrated}>
          Save event
        </button>
        <span role="status" className={styles.status}>
          {status}
        </span>
      </div>
    </form>
  );
}
