"use client";

import { sliceCodePoints } from "@/lib/text";
import {
  type Draft,
  type EventOption,
  needsNothing,
  type OrganizationOption,
  type PersonOption,
  type TopicOption,
} from "../drafts";
import styles from "../import.module.css";
import { CandidateFields } from "./candidate-fields";
import { FLAG_LABELS, fieldWiring, Highlighted, OtherReports, ProvenanceDetails } from "./card-parts";

export function CandidateCard({
  index,
  draft: d,
  raw,
  persons,
  events,
  topics,
  errors,
  onChange,
  organizations,
  rolePlan,
  current,
  onFocus,
}: {
  /** The card the keyboard acts on. */
  current: boolean;
  onFocus: () => void;
  index: number;
  draft: Draft;
  raw: string;
  persons: PersonOption[];
  events: EventOption[];
  topics: TopicOption[];
  errors: Record<string, string>;
  onChange: (patch: Partial<Draft>) => void;
  organizations: OrganizationOption[];
  /** Which role record the save will use for this candidate (see planRoles). */
  rolePlan: string | null;
}) {
  const { id } = fieldWiring(d.key, errors);
  const start = Number(d.evidenceStart);
  const end = Number(d.evidenceEnd);
  const evidence =
    Number.isInteger(start) && Number.isInteger(end) && end > start ? sliceCodePoints(raw, start, end) : "";
  const person = d.speakerChoice.startsWith("person:")
    ? persons.find((p) => `person:${p.id}` === d.speakerChoice)
    : undefined;
  const cardErrors = Object.entries(errors).filter(([k]) => k.startsWith(`${d.key}.`));
  const compact = !d.expanded && needsNothing(d, errors);

  return (
    <article
      id={`card-${d.key}`}
      className={`${styles.card} ${d.accepted ? styles.accepted : styles.rejected} ${current ? styles.current : ""}`}
      data-testid="candidate"
      data-key={d.key}
      data-current={current ? "true" : undefined}
      data-state={d.accepted ? "accepted" : "rejected"}
      aria-labelledby={id("heading")}
      aria-current={current ? "true" : undefined}
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
    >
      <header className={styles.cardHeader}>
        <h3 id={id("heading")}>
          <a href={`#ev-${d.key}`}>#{index}</a> {d.speakerAsWritten}
        </h3>
        <label className={styles.accept}>
          <input
            type="checkbox"
            checked={d.accepted}
            onChange={(e) => onChange({ accepted: e.target.checked })}
            data-testid="accept"
          />{" "}
          Accept
        </label>
      </header>
      {d.setAsideReason ? <p className="notice">Not proposed: {d.setAsideReason}.</p> : null}
      <p className={styles.flags}>
        {d.flags.map((f) => (
          <span key={f} className="flag">
            {FLAG_LABELS[f]}
          </span>
        ))}
      </p>
      {cardErrors.length ? (
        <p className="error" role="alert">
          {cardErrors.length} field{cardErrors.length === 1 ? "" : "s"} to fix in this record.
        </p>
      ) : null}
      {d.similar ? (
        <div className="notice">
          Nearly the same words are already on record as{" "}
          <a href={`/positions/${d.similar.publicId}`}>{d.similar.publicId}</a> (
          {Math.round(d.similar.similarity * 100)}% alike).{" "}
          <label>
            <input
              type="checkbox"
              checked={d.asAppearance}
              onChange={(e) => onChange({ asAppearance: e.target.checked })}
            />{" "}
            Save as another appearance of that record instead of a new one
          </label>
        </div>
      ) : null}
      {d.otherReports.length > 0 && !d.asAppearance ? <OtherReports d={d} onChange={onChange} /> : null}
      {d.provenance ? <ProvenanceDetails p={d.provenance} /> : null}
      {d.accepted && compact ? (
        <div className={styles.compact} data-testid="compact">
          <p className={styles.evidence}>
            <Highlighted text={evidence || d.text} mark={d.attributionText} />
          </p>
          <dl className={styles.summary}>
            <dt>Speaker</dt>
            <dd data-testid="compact-speaker">
              {person?.name ?? (d.speakerChoice === "new" ? `${d.newPersonName} (new)` : "unresolved")}
            </dd>
            <dt>Role</dt>
            <dd>
              {d.roleTitle || "—"}
              {d.roleRank ? ` (${d.roleRank})` : ""}
              {d.organizationName ? `, ${d.organizationName}` : ""}
            </dd>
            <dt>Event</dt>
            <dd>{d.eventChoice === "none" ? "—" : d.eventName || "known event"}</dd>
            <dt>Date</dt>
            <dd>
              {d.dateStart
                ? d.dateEnd && d.dateEnd !== d.dateStart
                  ? `${d.dateStart} – ${d.dateEnd}`
                  : d.dateStart
                : "unknown"}
              {d.dateBasis === "inferred" ? " (inferred)" : ""}
            </dd>
          </dl>
          <button type="button" onClick={() => onChange({ expanded: true })} data-testid="edit">
            Edit fields
          </button>
        </div>
      ) : d.accepted ? (
        <CandidateFields
          draft={d}
          evidence={evidence}
          person={person}
          persons={persons}
          events={events}
          topics={topics}
          organizations={organizations}
          rolePlan={rolePlan}
          errors={errors}
          onChange={onChange}
        />
      ) : (
        <p className={styles.rejectedText}>{d.text}</p>
      )}
    </article>
  );
}
