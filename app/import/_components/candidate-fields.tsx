"use client";

import type {
  AttributionKind,
  DateBasis,
  DatePrecision,
  EventKind,
  OrganizationKind,
  StatementMode,
} from "@/lib/domain";
import {
  ATTRIBUTION_KIND_LABELS,
  DATE_BASIS_LABELS,
  DATE_PRECISION_LABELS,
  EVENT_KIND_LABELS,
  MODE_LABELS,
  ORGANIZATION_KIND_LABELS,
} from "@/lib/labels";
import { foldForSearch } from "@/lib/text";
import type { Draft, EventOption, OrganizationOption, PersonOption, TopicOption } from "../drafts";
import styles from "../import.module.css";
import { textMatchesEvidence } from "../review";
import { Field, fieldWiring } from "./card-parts";

/** Every field of an accepted candidate that is open for editing (a flagged one, or after "Edit fields"). */
export function CandidateFields({
  draft: d,
  evidence,
  person,
  persons,
  events,
  topics,
  organizations,
  rolePlan,
  errors,
  onChange,
}: {
  draft: Draft;
  /** The passage the evidence offsets select, or "" when they select nothing. */
  evidence: string;
  person: PersonOption | undefined;
  persons: PersonOption[];
  events: EventOption[];
  topics: TopicOption[];
  organizations: OrganizationOption[];
  rolePlan: string | null;
  errors: Record<string, string>;
  onChange: (patch: Partial<Draft>) => void;
}) {
  const { id, err, a11y } = fieldWiring(d.key, errors);
  const textDrifts = evidence !== "" && d.text.trim() !== "" && !textMatchesEvidence(d.text, evidence);
  const knownOrganization = organizations.find(
    (o) => foldForSearch(o.name) === foldForSearch(d.organizationName.trim()),
  );
  return (
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
            This text no longer matches the evidence passage below. Saving is allowed; make sure it still says
            what the source says.
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
  );
}
