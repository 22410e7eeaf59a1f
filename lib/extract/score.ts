import { foldForSearch } from "@/lib/text";
import { nameOverlap } from "./events";
import type { Candidate, ExtractResult } from "./types";

/** The truth for one source, as in seeds/curated.json. */
export interface TruthStatement {
  id: string;
  evidence: { start: number; end: number };
  speakerName: string | null;
  attributionStatus: "resolved" | "unresolved";
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  event: { name: string; city: string | null; startDate: string | null; slug: string } | null;
  topics: string[];
}

export interface TruthExcluded {
  evidence: { start: number; end: number; text: string };
  reason: string;
}

export interface StatementScore {
  id: string;
  found: boolean;
  candidateKey: string | null;
  speakerRight: boolean;
  statusRight: boolean;
  dateRight: boolean;
  eventRight: boolean;
  /** Suggested topics that are curated / all suggested; curated topics suggested. */
  topicHits: number;
  topicsSuggested: number;
  topicsCurated: number;
  problems: string[];
}

export interface SourceScore {
  statements: StatementScore[];
  proposed: number;
  matchedCandidates: number;
  spurious: Array<{ key: string; text: string; why: string }>;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / Math.min(a.end - a.start, b.end - b.start);
}

function eventMatches(c: Candidate, t: TruthStatement): boolean {
  if (!t.event) return c.event === null;
  if (!c.event) return false;
  if (c.event.eventSlug) return c.event.eventSlug === t.event.slug;
  const sameCity = !t.event.city || foldForSearch(c.event.city ?? "") === foldForSearch(t.event.city);
  return sameCity && nameOverlap(c.event.name, t.event.name) >= 0.6;
}

/**
 * Score one source's extraction against the curated truth. A curated statement is found when a candidate's
 * evidence covers most of it (either way round); that candidate is then checked field by field. Candidates that
 * match no curated statement are spurious, and the worse for it when they overlap an excluded passage.
 */
export function scoreSource(
  result: ExtractResult,
  truth: TruthStatement[],
  excluded: TruthExcluded[],
  topicPath: (slug: string) => string = (slug) => slug,
): SourceScore {
  const used = new Set<string>();
  const statements: StatementScore[] = truth.map((t) => {
    const c = result.candidates
      .filter((x) => !used.has(x.key) && overlap(x.evidence, t.evidence) >= 0.6)
      .sort((a, b) => overlap(b.evidence, t.evidence) - overlap(a.evidence, t.evidence))[0];
    if (!c) {
      return {
        id: t.id,
        found: false,
        candidateKey: null,
        speakerRight: false,
        statusRight: false,
        dateRight: false,
        eventRight: false,
        topicHits: 0,
        topicsSuggested: 0,
        topicsCurated: t.topics.length,
        problems: ["not proposed"],
      };
    }
    used.add(c.key);
    const speakerRight =
      (t.speakerName === null && c.speaker === null) ||
      (!!t.speakerName && !!c.speaker && foldForSearch(c.speaker.name) === foldForSearch(t.speakerName));
    const statusRight = c.attribution.status === t.attributionStatus;
    const dateRight =
      c.date.start === t.dateStart && c.date.end === t.dateEnd && c.date.precision === t.datePrecision;
    const eventRight = eventMatches(c, t);
    const problems: string[] = [];
    if (!speakerRight)
      problems.push(`speaker ${c.speaker?.name ?? "none"}, expected ${t.speakerName ?? "none"}`);
    if (!statusRight) problems.push(`attribution ${c.attribution.status}, expected ${t.attributionStatus}`);
    if (!dateRight)
      problems.push(
        `date ${c.date.start}..${c.date.end} (${c.date.precision}), expected ${t.dateStart}..${t.dateEnd} (${t.datePrecision})`,
      );
    if (!eventRight) problems.push(`event ${c.event?.name ?? "none"}, expected ${t.event?.name ?? "none"}`);
    return {
      id: t.id,
      found: true,
      candidateKey: c.key,
      speakerRight,
      statusRight,
      dateRight,
      eventRight,
      // A suggestion of a curated topic's parent or child counts: the codebook is hierarchical.
      topicHits: c.topics
        .map(topicPath)
        .filter((s) => t.topics.some((x) => x === s || x.startsWith(`${s}/`) || s.startsWith(`${x}/`)))
        .length,
      topicsSuggested: c.topics.length,
      topicsCurated: t.topics.length,
      problems,
    };
  });
  const spurious = result.candidates
    .filter((c) => !used.has(c.key))
    .map((c) => {
      const ex = excluded.find((e) => overlap(c.evidence, e.evidence) > 0);
      return {
        key: c.key,
        text: c.text.slice(0, 90),
        why: ex ? `excluded passage: ${ex.reason}` : "not a curated statement",
      };
    });
  return { statements, proposed: result.candidates.length, matchedCandidates: used.size, spurious };
}

export interface QualityReport {
  curated: number;
  found: number;
  fullyRight: number;
  proposed: number;
  matched: number;
  recall: number;
  recallFullyRight: number;
  precision: number;
  fieldAccuracy: { speaker: number; status: number; date: number; event: number };
  /** Secondary: how well the suggested topics match the curated ones (exact slug or its parent/child path). */
  topics: { precision: number; recall: number };
  misses: string[];
  spurious: string[];
}

export function summarise(scores: SourceScore[]): QualityReport {
  const all = scores.flatMap((s) => s.statements);
  const found = all.filter((s) => s.found);
  const fully = found.filter((s) => s.speakerRight && s.statusRight && s.dateRight && s.eventRight);
  const proposed = scores.reduce((n, s) => n + s.proposed, 0);
  const matched = scores.reduce((n, s) => n + s.matchedCandidates, 0);
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    curated: all.length,
    found: found.length,
    fullyRight: fully.length,
    proposed,
    matched,
    recall: share(found.length, all.length),
    recallFullyRight: share(fully.length, all.length),
    precision: share(matched, proposed),
    fieldAccuracy: {
      speaker: share(found.filter((s) => s.speakerRight).length, found.length),
      status: share(found.filter((s) => s.statusRight).length, found.length),
      date: share(found.filter((s) => s.dateRight).length, found.length),
      event: share(found.filter((s) => s.eventRight).length, found.length),
    },
    topics: {
      precision: share(
        found.reduce((n, s) => n + s.topicHits, 0),
        found.reduce((n, s) => n + s.topicsSuggested, 0),
      ),
      recall: share(
        found.reduce((n, s) => n + Math.min(s.topicHits, s.topicsCurated), 0),
        found.reduce((n, s) => n + s.topicsCurated, 0),
      ),
    },
    misses: all.filter((s) => s.problems.length).map((s) => `${s.id}: ${s.problems.join("; ")}`),
    spurious: scores.flatMap((s) => s.spurious.map((x) => `${x.key} (${x.why}): ${x.text}`)),
  };
}
