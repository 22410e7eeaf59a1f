"use client";

import type { ReactNode } from "react";
import type {
  AttributionKind,
  DateBasis,
  DatePrecision,
  EventKind,
  OrganizationKind,
  StatementMode,
} from "@/lib/domain";
import type { CandidateFlag, Provenance } from "@/lib/extract/types";
import {
  ATTRIBUTION_KIND_LABELS,
  DATE_BASIS_LABELS,
  DATE_PRECISION_LABELS,
  EVENT_KIND_LABELS,
  MODE_LABELS,
  ORGANIZATION_KIND_LABELS,
} from "@/lib/labels";
import { foldForSearch, sliceCodePoints } from "@/lib/text";
import {
  type Draft,
  type EventOption,
  needsNothing,
  type OrganizationOption,
  type PersonOption,
  type TopicOption,
} from "../drafts";
import styles from "../import.module.css";
import { ruleLabel, textMatchesEvidence } from "../review";

/** The passage with the attributing words marked, as a compact card shows it. */
function Highlighted({ text, mark }: { text: string; mark: string }) {
  const at = mark ? text.indexOf(mark) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{mark}</mark>
      {text.slice(at + mark.length)}
    </>
  );
}

const LANGUAGE_NAMES: Record<string, string> = { en: "English", vi: "Vietnamese" };

function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

function ProvenanceDetails({ p }: { p: Provenance }) {
  return (
    <details className={styles.provenance} data-testid="provenance">
      <summary>
        Why: {ruleLabel(p.rule)}
        {p.cue ? <> · cue “{p.cue}”</> : null} · {p.speech === "direct" ? "direct speech" : "indirect speech"}
      </summary>
      <p>{p.reason}</p>
      {p.considered.length ? (
        <table>
          <caption>People the reference could mean</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Score</th>
              <th scope="col">Why considered</th>
            </tr>
          </thead>
          <tbody>
            {p.considered.map((c, i) => (
              <tr key={c.name}>
                <td>
                  {c.name}
                  {i === 0 ? " (chosen)" : ""}
                </td>
                <td>{c.score.toFixed(2)}</td>
                <td>{c.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

const FLAG_LABELS: Record<CandidateFlag, string> = {
  unresolved_speaker: "speaker unresolved",
  inferred_date: "date inferred",
  date_needs_year: "year missing",
  no_event: "no event",
  possible_duplicate: "possible duplicate",
  other_language_report: "reported in another language",
  not_vietnamese_official: "not a Vietnamese official",
  group_or_institution: "group or institution",
  new_person: "new person",
  new_role: "new role",
  new_event: "new event",
};

function Field({
  id,
  label,
  error,
  children,
  wide,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={wide ? styles.wide : undefined}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="error" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

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
  const id = (field: string) => `cand-${d.key}-${field}`;
  const err = (field: string) => errors[`${d.key}.${field}`];
  const a11y = (field: string) =>
    err(field) ? { "aria-invalid": true as const, "aria-describedby": `${id(field)}-error` } : {};
  const start = Number(d.evidenceStart);
  const end = Number(d.evidenceEnd);
  const evidence =
    Number.isInteger(start) && Number.isInteger(end) && end > start ? sliceCodePoints(raw, start, end) : "";
  const person = d.speakerChoice.startsWith("person:")
    ? persons.find((p) => `person:${p.id}` === d.speakerChoice)
    : undefined;
  const cardErrors = Object.entries(errors).filter(([k]) => k.startsWith(`${d.key}.`));
  const textDrifts = evidence !== "" && d.text.trim() !== "" && !textMatchesEvidence(d.text, evidence);
  const knownOrganization = organizations.find(
    (o) => foldForSearch(o.name) === foldForSearch(d.organizationName.trim()),
  );
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
      {d.otherReports.length > 0 && !d.asAppearance ? (
        <div
          className="notice"
          data-testid="other-reports"
          role="radiogroup"
          aria-labelledby={`${d.key}-reports-label`}
        >
          <p id={`${d.key}-reports-label`} className={styles.reportsLabel}>
            The same speaker on {d.otherReports.length === 1 ? "an overlapping date" : "overlapping dates"},
            in {[...new Set(d.otherReports.map((r) => languageName(r.language)))].join(" and ")}: maybe the
            same statement
          </p>
          {d.otherReports.map((r) => (
            <label key={r.publicId} className={styles.report}>
              <input
                type="radio"
                name={`${d.key}-report`}
                checked={d.reportOf === r.publicId}
                onChange={() => onChange({ reportOf: r.publicId })}
              />{" "}
              Another report of <a href={`/positions/${r.publicId}`}>{r.publicId}</a> (
              {languageName(r.language)},{" "}
              {r.dateStart === r.dateEnd ? r.dateStart : `${r.dateStart} – ${r.dateEnd}`}
              {r.sameEvent && r.eventName ? `, same event: ${r.eventName}` : ""}): “{r.text}”
            </label>
          ))}
          <label className={styles.report}>
            <input
              type="radio"
              name={`${d.key}-report`}
              checked={d.reportOf === null}
              onChange={() => onChange({ reportOf: null })}
            />{" "}
            A statement of its own (a new record)
          </label>
        </div>
      ) : null}
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
        <div className={styles.fields}>
          <Field id={id("text")} label="Statement text" error={err("text")} wide>
            <textarea
              id={id("text")}
              rows={4}
              value={d.text}
              onChange={(e) => onChange({ text: e.target.value })}
              onBlur={(e) => {
                if (e.target.value !== e.target.value.trim()) onChange({ text: e.target.value.trim() });
              }}
              {...a11y("text")}
            />
            {textDrifts ? (
              <p className="notice" data-testid="text-drift">
                This text no longer matches the evidence passage below. Saving is allowed; make sure it still
                says what the source says.
              </p>
            ) : null}
          </Field>
          {d.asAppearance || d.reportOf ? null : (
            <>
              <Field id={id("person")} label="Speaker" error={err("person")}>
                <select
                  id={id("person")}
                  value={d.speakerChoice}
                  onChange={(e) => onChange({ speakerChoice: e.target.value })}
                  {...a11y("person")}
                >
                  <option value="unresolved">— unresolved (not attributed to anyone) —</option>
                  <option value="new">New person…</option>
                  {persons.map((p) => (
                    <option key={p.id} value={`person:${p.id}`}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
              {d.speakerChoice === "new" ? (
                <>
                  <Field id={id("newPerson")} label="New person's name" error={err("newPerson")}>
                    <input
                      id={id("newPerson")}
                      value={d.newPersonName}
                      onChange={(e) => onChange({ newPersonName: e.target.value })}
                      {...a11y("newPerson")}
                    />
                  </Field>
                  <Field id={id("country")} label="Country (ISO code)">
                    <input
                      id={id("country")}
                      value={d.newPersonCountry}
                      maxLength={2}
                      onChange={(e) => onChange({ newPersonCountry: e.target.value })}
                    />
                  </Field>
                </>
              ) : null}
              {d.speakerChoice !== "unresolved" ? (
                <>
                  <Field id={id("role")} label="Role (title as written)" error={err("role")}>
                    <input
                      id={id("role")}
                      value={d.roleTitle}
                      list={person ? id("roles") : undefined}
                      onChange={(e) => onChange({ roleTitle: e.target.value })}
                      {...a11y("role")}
                    />
                    {person ? (
                      <datalist id={id("roles")}>
                        {person.roles.map((r) => (
                          <option key={r.id} value={r.title} />
                        ))}
                      </datalist>
                    ) : null}
                  </Field>
                  <Field id={id("rank")} label="Rank">
                    <input
                      id={id("rank")}
                      value={d.roleRank}
                      onChange={(e) => onChange({ roleRank: e.target.value })}
                    />
                  </Field>
                  <Field id={id("organization")} label="Organisation" error={err("organization")}>
                    <input
                      id={id("organization")}
                      value={d.organizationName}
                      list={id("organizations")}
                      placeholder="e.g. Ministry of Foreign Affairs"
                      onChange={(e) => onChange({ organizationName: e.target.value })}
                      {...a11y("organization")}
                    />
                    <datalist id={id("organizations")}>
                      {organizations.map((o) => (
                        <option key={o.id} value={o.name} />
                      ))}
                    </datalist>
                  </Field>
                  {d.organizationName.trim() && !knownOrganization ? (
                    <Field id={id("organizationKind")} label="Kind of the new body">
                      <select
                        id={id("organizationKind")}
                        value={d.organizationKind}
                        onChange={(e) => onChange({ organizationKind: e.target.value as OrganizationKind })}
                      >
                        {(Object.keys(ORGANIZATION_KIND_LABELS) as OrganizationKind[]).map((k) => (
                          <option key={k} value={k}>
                            {ORGANIZATION_KIND_LABELS[k]}
                          </option>
                        ))}
                      </select>
                    </Field>
                  ) : null}
                  {rolePlan ? (
                    <p className={`${styles.wide} muted`} data-testid="role-plan">
                      {rolePlan}
                    </p>
                  ) : null}
                </>
              ) : null}
              <Field id={id("attributionText")} label="Attribution as written" error={err("attributionText")}>
                <input
                  id={id("attributionText")}
                  value={d.attributionText}
                  onChange={(e) => onChange({ attributionText: e.target.value })}
                  {...a11y("attributionText")}
                />
              </Field>
              <Field id={id("attributionKind")} label="Attribution kind">
                <select
                  id={id("attributionKind")}
                  value={d.attributionKind}
                  onChange={(e) => onChange({ attributionKind: e.target.value as AttributionKind })}
                >
                  {(Object.keys(ATTRIBUTION_KIND_LABELS) as AttributionKind[]).map((k) => (
                    <option key={k} value={k}>
                      {ATTRIBUTION_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={id("attributionNote")} label="Attribution note" wide>
                <input
                  id={id("attributionNote")}
                  value={d.attributionNote}
                  onChange={(e) => onChange({ attributionNote: e.target.value })}
                />
              </Field>
              <Field id={id("event")} label="Event" error={err("event")}>
                <select
                  id={id("event")}
                  value={d.eventChoice}
                  onChange={(e) => onChange({ eventChoice: e.target.value })}
                  {...a11y("event")}
                >
                  <option value="none">— no event —</option>
                  <option value="new">New event…</option>
                  {events.map((e) => (
                    <option key={e.id} value={`event:${e.id}`}>
                      {e.name}
                      {e.startDate ? ` (${e.startDate})` : ""}
                    </option>
                  ))}
                </select>
              </Field>
              {d.eventChoice === "new" ? (
                <>
                  <Field id={id("newEvent")} label="New event's name" error={err("newEvent")} wide>
                    <input
                      id={id("newEvent")}
                      value={d.eventName}
                      onChange={(e) => onChange({ eventName: e.target.value })}
                      {...a11y("newEvent")}
                    />
                  </Field>
                  <Field id={id("eventKind")} label="Event kind">
                    <select
                      id={id("eventKind")}
                      value={d.eventKind}
                      onChange={(e) => onChange({ eventKind: e.target.value as EventKind })}
                    >
                      {(Object.keys(EVENT_KIND_LABELS) as EventKind[]).map((k) => (
                        <option key={k} value={k}>
                          {EVENT_KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={id("eventCity")} label="City">
                    <input
                      id={id("eventCity")}
                      value={d.eventCity}
                      onChange={(e) => onChange({ eventCity: e.target.value })}
                    />
                  </Field>
                </>
              ) : null}
              <Field id={id("dateStart")} label="Date from" error={err("dateStart")}>
                <input
                  id={id("dateStart")}
                  value={d.dateStart}
                  placeholder="YYYY-MM-DD"
                  onChange={(e) => onChange({ dateStart: e.target.value })}
                  {...a11y("dateStart")}
                />
              </Field>
              <Field id={id("dateEnd")} label="Date to" error={err("dateEnd")}>
                <input
                  id={id("dateEnd")}
                  value={d.dateEnd}
                  placeholder="YYYY-MM-DD"
                  onChange={(e) => onChange({ dateEnd: e.target.value })}
                  {...a11y("dateEnd")}
                />
              </Field>
              <Field id={id("datePrecision")} label="Precision">
                <select
                  id={id("datePrecision")}
                  value={d.datePrecision}
                  onChange={(e) => onChange({ datePrecision: e.target.value as DatePrecision })}
                >
                  {(Object.keys(DATE_PRECISION_LABELS) as DatePrecision[]).map((k) => (
                    <option key={k} value={k}>
                      {DATE_PRECISION_LABELS[k]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={id("dateBasis")} label="Date basis" error={err("dateBasis")}>
                <select
                  id={id("dateBasis")}
                  value={d.dateBasis}
                  onChange={(e) => onChange({ dateBasis: e.target.value as DateBasis })}
                  {...a11y("dateBasis")}
                >
                  {(Object.keys(DATE_BASIS_LABELS) as DateBasis[]).map((k) => (
                    <option key={k} value={k}>
                      {DATE_BASIS_LABELS[k]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field
                id={id("dateNote")}
                label="Date note (the reasoning, if inferred)"
                error={err("dateNote")}
                wide
              >
                <input
                  id={id("dateNote")}
                  value={d.dateNote}
                  onChange={(e) => onChange({ dateNote: e.target.value })}
                  {...a11y("dateNote")}
                />
              </Field>
              <Field id={id("mode")} label="Mode">
                <select
                  id={id("mode")}
                  value={d.mode}
                  onChange={(e) => onChange({ mode: e.target.value as StatementMode })}
                >
                  {(Object.keys(MODE_LABELS) as StatementMode[]).map((k) => (
                    <option key={k} value={k}>
                      {MODE_LABELS[k]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={id("topics")} label="Topics" error={err("topics")}>
                <select
                  id={id("topics")}
                  multiple
                  size={5}
                  value={d.topics}
                  onChange={(e) => onChange({ topics: Array.from(e.target.selectedOptions, (o) => o.value) })}
                  {...a11y("topics")}
                >
                  {topics.map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.path.includes("/") ? "— " : ""}
                      {t.name}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          )}
          <Field id={id("evidenceStart")} label="Evidence from (code point)" error={err("evidenceStart")}>
            <input
              id={id("evidenceStart")}
              inputMode="numeric"
              value={d.evidenceStart}
              onChange={(e) => onChange({ evidenceStart: e.target.value })}
              {...a11y("evidenceStart")}
            />
          </Field>
          <Field id={id("evidenceEnd")} label="Evidence to" error={err("evidenceEnd")}>
            <input
              id={id("evidenceEnd")}
              inputMode="numeric"
              value={d.evidenceEnd}
              onChange={(e) => onChange({ evidenceEnd: e.target.value })}
              {...a11y("evidenceEnd")}
            />
          </Field>
          <blockquote className={`${styles.wide} ${styles.evidence}`} aria-label="Evidence passage">
            {evidence || "The evidence offsets do not select any text."}
          </blockquote>
        </div>
      ) : (
        <p className={styles.rejectedText}>{d.text}</p>
      )}
    </article>
  );
}
