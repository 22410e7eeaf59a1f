import type { EventKind, StatementMode } from "@/lib/domain";
import { CODING_STATUS_LABELS, CODING_STATUSES, type PositionsView } from "@/lib/positions-view";
import type { Db } from "../client";
import { FACET_LIMIT, type PositionsPlan } from "./positions-plan";
import { placeholders } from "./sql-fragment";

/** The positions view's facet counts (speakers, topics, kinds, modes, coding, years) from a plan's matches. */

export interface FacetValue {
  /** The value as written in the URL (slug, enum value, year); "" for "none". */
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface YearBucket {
  /** Null for undated records. */
  year: number | null;
  count: number;
}

export interface PositionFacets {
  speaker: FacetValue[];
  topic: FacetValue[];
  kind: FacetValue[];
  mode: FacetValue[];
  /** Records by coding status (CODING_STATUSES order, every status listed). */
  coding: FacetValue[];
  year: YearBucket[];
}

/** Speaker, kind, mode, coding and year counts of a plan, scaled from a sample when `scale` is not 1. */
export function facetsFromCombos(
  db: Db,
  view: PositionsView,
  plan: PositionsPlan,
  scale: number,
): Omit<PositionFacets, "topic"> {
  const speaker = new Map<number | null, number>();
  const kind = new Map<string | null, number>();
  const year = new Map<number | null, number>();
  const mode = new Map<string, number>();
  const coding = new Map<string, number>();
  const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + Math.round(n * scale));
  // Both plans return (facet, value, n); stored counts write "none" as '', the live ones as NULL.
  const rows = db.$client.prepare(plan.combos.sql).all(...plan.combos.params) as {
    facet: string;
    value: string | number | null;
    n: number;
  }[];
  for (const r of rows) {
    const none = r.value === null || r.value === "";
    if (r.facet === "speaker") add(speaker, none ? null : Number(r.value), r.n);
    else if (r.facet === "kind") add(kind, none ? null : String(r.value), r.n);
    else if (r.facet === "year") add(year, none ? null : Number(r.value), r.n);
    else if (r.facet === "mode") add(mode, String(r.value), r.n);
    else if (r.facet === "coding") add(coding, String(r.value), r.n);
  }

  // Top speakers by count (named ones only: "unresolved" is the attribution filter's business), selected first.
  const selectedPeople = new Set(view.speaker);
  const named = [...speaker.entries()].filter((e): e is [number, number] => e[0] !== null);
  named.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = named.slice(0, FACET_LIMIT);
  const people = new Map<number, { slug: string; name: string; nativeName: string | null }>();
  const wantIds = top.map(([id]) => id);
  const selectedRows =
    view.speaker.length > 0
      ? (db.$client
          .prepare(`SELECT id FROM persons WHERE slug IN (${placeholders(view.speaker.length)})`)
          .pluck()
          .all(...view.speaker) as number[])
      : [];
  for (const id of selectedRows) if (!wantIds.includes(id)) wantIds.push(id);
  if (wantIds.length > 0) {
    const rows = db.$client
      .prepare(
        `SELECT id, slug, name, native_name AS nativeName FROM persons WHERE id IN (${placeholders(wantIds.length)})`,
      )
      .all(...wantIds) as { id: number; slug: string; name: string; nativeName: string | null }[];
    for (const r of rows) people.set(r.id, r);
  }
  const speakerValues: FacetValue[] = wantIds.flatMap((id) => {
    const p = people.get(id);
    if (!p) return [];
    return [
      {
        value: p.slug,
        label: p.nativeName ?? p.name,
        count: speaker.get(id) ?? 0,
        selected: selectedPeople.has(p.slug),
      },
    ];
  });

  const sortedEntries = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    speaker: speakerValues,
    kind: sortedEntries(kind)
      .filter((e): e is [string, number] => e[0] !== null)
      .map(([value, count]) => ({
        value,
        label: value,
        count,
        selected: view.kind.includes(value as EventKind),
      })),
    mode: sortedEntries(mode).map(([value, count]) => ({
      value,
      label: value,
      count,
      selected: view.mode.includes(value as StatementMode),
    })),
    coding: CODING_STATUSES.map((value) => ({
      value,
      label: CODING_STATUS_LABELS[value],
      count: coding.get(value) ?? 0,
      selected: view.coding.includes(value),
    })),
    year: [...year.entries()]
      .map(([y, count]) => ({ year: y, count }))
      .sort((a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER)),
  };
}

/** The top topics of a plan, each counting its subtopics' records once, plus any selected topic. */
export function topicFacet(db: Db, view: PositionsView, plan: PositionsPlan, scale: number): FacetValue[] {
  const all = db.$client.prepare("SELECT id, slug, name, path FROM topics").all() as {
    id: number;
    slug: string;
    name: string;
    path: string;
  }[];
  let counts: { topic: number; n: number }[];
  if (plan.filtered) {
    // A record counts once under each topic that includes one of its topics (itself or an ancestor).
    const byPath = new Map(all.map((t) => [t.path, t.id]));
    const ancestors = new Map(
      all.map((t) => {
        const parts = t.path.split("/");
        return [
          t.id,
          parts.map((_, i) => byPath.get(parts.slice(0, i + 1).join("/"))).filter((x) => x !== undefined),
        ];
      }),
    );
    const tally = new Map<number, number>();
    const seen = new Set<number>();
    for (const ids of db.$client
      .prepare(plan.topics.sql)
      .pluck()
      .all(...plan.topics.params) as string[]) {
      seen.clear();
      for (const id of ids.split(",")) for (const a of ancestors.get(Number(id)) ?? []) seen.add(a);
      for (const a of seen) tally.set(a, (tally.get(a) ?? 0) + 1);
    }
    counts = [...tally.entries()].map(([topic, n]) => ({ topic, n: Math.round(n * scale) }));
  } else {
    counts = db.$client.prepare(plan.topics.sql).all(...plan.topics.params) as { topic: number; n: number }[];
  }
  counts.sort((a, b) => b.n - a.n || a.topic - b.topic);
  const selected = new Set(view.topic);
  const byId = new Map(all.map((t) => [t.id, t]));
  const top = counts.filter((c, i) => i < FACET_LIMIT || selected.has(byId.get(c.topic)?.slug ?? ""));
  return top.flatMap((c) => {
    const t = byId.get(c.topic);
    return t ? [{ value: t.slug, label: t.name, count: c.n, selected: selected.has(t.slug) }] : [];
  });
}
