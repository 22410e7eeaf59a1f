import { foldForSearch, toCodePointOffset } from "@/lib/text";

// Pure helpers of the article review page: which role record each candidate will use, whether the display
// text still matches its evidence, and the code-point span of a passage the reviewer selected.

export interface RoleDraft {
  key: string;
  accepted: boolean;
  asAppearance: boolean;
  /** "unresolved", "new", or "person:<id>". */
  speakerChoice: string;
  newPersonName: string;
  roleTitle: string;
  roleRank: string;
  organizationName: string;
}

export interface RolePlan {
  /** An existing role of the chosen person with this title and rank, else null: a new role is created. */
  existing: { id: number; title: string; rank: string | null } | null;
  /** Numbers (1-based positions on the page) of the other candidates that share this role record. */
  sharedWith: number[];
  label: string;
}

const fold = (s: string | null | undefined) => foldForSearch((s ?? "").trim()).replace(/\s+/g, " ");

/**
 * The role record each accepted candidate will be saved with, decided per distinct (person, title, rank,
 * organisation) as the save does: candidates that agree on all four share one record, any difference gives its
 * own. Only a person already stored can have an existing role.
 */
export function planRoles(
  drafts: RoleDraft[],
  persons: Array<{ id: number; roles: Array<{ id: number; title: string; rank: string | null }> }>,
): Map<string, RolePlan> {
  const groups = new Map<string, number[]>();
  const keyOf = new Map<string, string>();
  drafts.forEach((d, i) => {
    if (!d.accepted || d.asAppearance || d.speakerChoice === "unresolved" || !d.roleTitle.trim()) return;
    const who = d.speakerChoice === "new" ? `new:${fold(d.newPersonName)}` : d.speakerChoice;
    const key = [who, fold(d.roleTitle), fold(d.roleRank), fold(d.organizationName)].join("|");
    keyOf.set(d.key, key);
    groups.set(key, [...(groups.get(key) ?? []), i + 1]);
  });
  const out = new Map<string, RolePlan>();
  drafts.forEach((d, i) => {
    const key = keyOf.get(d.key);
    if (!key) return;
    const person = d.speakerChoice.startsWith("person:")
      ? persons.find((p) => `person:${p.id}` === d.speakerChoice)
      : undefined;
    const existing =
      person?.roles.find((r) => fold(r.title) === fold(d.roleTitle) && fold(r.rank) === fold(d.roleRank)) ??
      null;
    const sharedWith = (groups.get(key) ?? []).filter((n) => n !== i + 1);
    const what = `${d.roleTitle.trim()}${d.roleRank.trim() ? ` (${d.roleRank.trim()})` : ""}`;
    const label = `${existing ? `Uses the stored role “${what}”` : `Creates the role “${what}”`}${
      d.organizationName.trim() ? ` at ${d.organizationName.trim()}` : ""
    }${sharedWith.length ? `, shared with ${sharedWith.map((n) => `#${n}`).join(", ")}` : ""}.`;
    out.set(d.key, { existing, sharedWith, label });
  });
  return out;
}

const words = (s: string) =>
  foldForSearch(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Whether the display text still says what the evidence says: its words, in order, are a passage of the
 * evidence (junk, punctuation, case and diacritics aside). An edit beyond that is allowed but warned about.
 */
export function textMatchesEvidence(text: string, evidence: string): boolean {
  const t = words(text);
  return t.length > 0 && ` ${words(evidence)} `.includes(` ${t} `);
}

/**
 * A selection in the source view as code points into the raw text: the view marks each piece of text with its
 * UTF-16 start (`data-from`); surrounding white space is left out. Null for an empty or reversed selection.
 */
export function selectionToSpan(
  raw: string,
  from16: number,
  to16: number,
): { start: number; end: number } | null {
  let a = Math.max(0, Math.min(from16, to16));
  let b = Math.min(raw.length, Math.max(from16, to16));
  while (a < b && /\s/.test(raw[a] ?? "")) a++;
  while (b > a && /\s/.test(raw[b - 1] ?? "")) b--;
  if (b <= a) return null;
  return { start: toCodePointOffset(raw, a), end: toCodePointOffset(raw, b) };
}

/** Extraction rules in words, for the provenance on each card and the precision table. */
const RULE_LABELS: Record<string, string> = {
  "en.speaker-verb": "speaker before a reporting verb",
  "en.verb-then-speaker": "reporting verb before the speaker",
  "en.according-to": "“according to” + speaker",
  "en.made-the-remarks": "“X made the remarks/statement”",
  "en.made-the-remarks.preceding": "the sentence a later “X made the statement” refers to",
  "en.headline-tag": "headline ending with its speaker",
  "vi.speaker-verb": "speaker before a reporting verb",
  "vi.quote-then-speaker": "quotation, then its speaker",
  "vi.theo": "“theo” + speaker",
  "vi.speech-noun": "“khẳng định của” + speaker",
  "vi.headline-tag": "headline ending with its speaker",
  continuation: "continues the previous sentence's speech",
};

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule;
}
