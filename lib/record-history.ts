/**
 * A record revision as an analyst reads it: each changed field with its old and new value in words (names, not
 * slugs; stances, not JSON). Pure: the caller passes the names of the people, roles, events, topics and
 * propositions the revisions mention.
 */
import {
  DATE_BASIS_LABELS,
  DATE_PRECISION_LABELS,
  MODE_LABELS,
  POSITION_STATUS_LABELS,
  stanceLabel,
} from "./labels";
import type { RecordSnapshot } from "./record-edit";

export const RECORD_FIELD_LABELS: Record<keyof RecordSnapshot, string> = {
  text: "Display text",
  mode: "Mode",
  dateStart: "First day",
  dateEnd: "Last day",
  datePrecision: "Date precision",
  dateBasis: "Date basis",
  dateNote: "Date note",
  attributionStatus: "Attribution",
  attributionNote: "Attribution note",
  person: "Speaker",
  role: "Role",
  event: "Event",
  topics: "Topics",
  codings: "Coded positions",
};

/** Display names by slug; a slug missing from a map (since deleted or renamed) is shown as it was stored. */
export interface HistoryNames {
  persons: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
  events: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  propositions: ReadonlyMap<string, string>;
}

export interface FieldChange {
  field: keyof RecordSnapshot;
  label: string;
  /** Null when the value before this revision was never recorded (revisions written before values were kept). */
  before: string[] | null;
  after: string[];
}

type Coding = RecordSnapshot["codings"][number];

const NONE = "(none)";

function named(map: ReadonlyMap<string, string>, slug: string | null): string {
  if (slug === null) return NONE;
  return map.get(slug) ?? slug;
}

function codingWords(c: Coding): string {
  const position =
    c.status === "stated" && c.stance !== null ? stanceLabel(c.stance) : POSITION_STATUS_LABELS[c.status];
  const basis = c.basis ? `, on “${c.basis}”` : "";
  const note = c.note ? ` (note: ${c.note})` : "";
  return `${position}${basis}${note}`;
}

/** One field's value as lines of words; a list (topics, codings) is one line per item. */
export function fieldWords(field: keyof RecordSnapshot, s: RecordSnapshot, names: HistoryNames): string[] {
  switch (field) {
    case "mode":
      return [MODE_LABELS[s.mode]];
    case "datePrecision":
      return [DATE_PRECISION_LABELS[s.datePrecision]];
    case "dateBasis":
      return [DATE_BASIS_LABELS[s.dateBasis]];
    case "attributionStatus":
      return [s.attributionStatus === "resolved" ? "Resolved" : "Unresolved"];
    case "person":
      return [named(names.persons, s.person)];
    case "role":
      return [named(names.roles, s.role)];
    case "event":
      return [named(names.events, s.event)];
    case "topics":
      return s.topics.length ? s.topics.map((t) => named(names.topics, t)) : [NONE];
    case "codings":
      return s.codings.length
        ? s.codings.map((c) => `${named(names.propositions, c.proposition)}: ${codingWords(c)}`)
        : ["Not coded"];
    default: {
      const value = s[field];
      return [value === null || value === "" ? NONE : String(value)];
    }
  }
}

/**
 * Coded positions are compared per proposition, so a change to one shows that proposition only, with what it
 * was and what it became ("not coded" when it was added or removed).
 */
function codingChanges(before: RecordSnapshot, after: RecordSnapshot, names: HistoryNames) {
  const was = new Map(before.codings.map((c) => [c.proposition, c]));
  const now = new Map(after.codings.map((c) => [c.proposition, c]));
  const slugs = [...new Set([...was.keys(), ...now.keys()])];
  const out: { before: string[]; after: string[] } = { before: [], after: [] };
  for (const slug of slugs) {
    const a = was.get(slug);
    const b = now.get(slug);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const label = named(names.propositions, slug);
    out.before.push(`${label}: ${a ? codingWords(a) : "not coded"}`);
    out.after.push(`${label}: ${b ? codingWords(b) : "not coded"}`);
  }
  return out;
}

/**
 * The fields a revision changed, old -> new. `before` is the state just before the revision, or null when it is
 * not known: then the new values are listed alone, for the fields the revision says it changed.
 */
export function describeChanges(
  changed: readonly string[],
  before: RecordSnapshot | null,
  after: RecordSnapshot,
  names: HistoryNames,
): FieldChange[] {
  const fields = (Object.keys(RECORD_FIELD_LABELS) as (keyof RecordSnapshot)[]).filter((f) =>
    before ? JSON.stringify(before[f]) !== JSON.stringify(after[f]) : changed.includes(f),
  );
  return fields.map((field) => {
    const label = RECORD_FIELD_LABELS[field];
    if (before && field === "codings") return { field, label, ...codingChanges(before, after, names) };
    return {
      field,
      label,
      before: before ? fieldWords(field, before, names) : null,
      after: fieldWords(field, after, names),
    };
  });
}

/** The values of the fields a change touched, as they were before it: what a revision stores beside its result. */
export function valuesBefore(before: RecordSnapshot, changed: readonly string[]): Partial<RecordSnapshot> {
  const out: Partial<Record<keyof RecordSnapshot, unknown>> = {};
  for (const f of changed)
    if (f in before) out[f as keyof RecordSnapshot] = before[f as keyof RecordSnapshot];
  return out as Partial<RecordSnapshot>;
}

/** The state before a revision, rebuilt from its result and the old values it stored. */
export function stateBefore(after: RecordSnapshot, before: Partial<RecordSnapshot>): RecordSnapshot {
  return { ...after, ...before };
}
