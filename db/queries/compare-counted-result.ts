import type { Db } from "@/db/client";
import { CAVEAT_KINDS } from "@/lib/compare-caveats";
import type { DistributionKind, PeriodAggregate, SideAggregate, ValueCount } from "@/lib/compare-periods";
import type { Period } from "@/lib/compare-view";
import { type CountedSide, codeStatus } from "./compare-counted";
import {
  applyReview,
  buildPropositions,
  countryTableLink,
  emptySide,
  MAX_LINK_SPEAKERS,
  passages,
  type ReviewRow,
  type TallyRow,
  TOP_VALUES,
  valueLabel,
} from "./compare-shared";

/** A comparison of periods assembled from what countedSide read for each side (db/queries/compare-counted.ts). */

/** compare_counts' kind for each caveat dimension (offices and ranks are derived from the roles). */
const KIND_OF: Record<Exclude<DistributionKind, "speaker">, string> = {
  venue_kind: "venue",
  office: "office",
  rank: "rank",
  source_tier: "tier",
  mode: "mode",
};

/** Most frequent first, then by value, as SQL's ORDER BY n DESC, value orders them. */
function topValues(values: ValueCount[], limit: number): ValueCount[] {
  return [...values]
    .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

/** Every value of a caveat dimension on a side, labelled as the page shows it. */
export function sideValues(c: CountedSide, kind: DistributionKind): ValueCount[] {
  if (kind === "speaker") {
    return [
      ...c.persons.map((p) => ({ value: `p${p.id}`, label: p.name, n: p.n })),
      ...[...(c.values.get("unresolved") ?? [])].map(([text, n]) => ({
        value: `u${text}`,
        label: `Unresolved (“${text}”)`,
        n,
      })),
    ];
  }
  return [...(c.values.get(KIND_OF[kind]) ?? [])].map(([value, n]) => ({
    value,
    label: valueLabel(kind, value, null),
    n,
  }));
}

/** Fills a side's counts, distributions, topics and date notes from what countedSide read. */
export function fillSide(
  side: SideAggregate,
  c: CountedSide,
  topics: Map<string, { slug: string; name: string; path: string }>,
  topN: number,
): void {
  const events = c.values.get("event") ?? new Map<string, number>();
  Object.assign(side, {
    records: c.records,
    uncoded: c.uncoded,
    speakers: c.persons.length,
    unresolved: c.unresolved,
    events: [...events.keys()].filter((v) => v !== "").length,
    first: c.first,
    last: c.last,
    inferred: c.values.get("inferred")?.get("") ?? 0,
  });
  side.dateNotes = [...(c.values.get("note") ?? [])]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([note, n]) => ({ note, n }));
  for (const kind of CAVEAT_KINDS) {
    const all = sideValues(c, kind);
    side.distributions[kind] = { top: topValues(all, topN), distinct: all.length };
  }
  side.topics = [...(c.values.get("topic") ?? [])]
    .flatMap(([id, n]) => {
      const t = topics.get(id);
      return t ? [{ t, n }] : [];
    })
    .sort((a, b) => b.n - a.n || (a.t.path < b.t.path ? -1 : 1))
    .slice(0, topN + 2)
    .map(({ t, n }) => ({ value: t.slug, label: t.name, n }));
}

/** How many values of each dimension occur on both sides. */
export function sharedValues(a: CountedSide, b: CountedSide): Record<DistributionKind, number> {
  const shared = {} as Record<DistributionKind, number>;
  for (const kind of CAVEAT_KINDS) {
    const inB = new Set(sideValues(b, kind).map((v) => v.value));
    shared[kind] = sideValues(a, kind).filter((v) => inB.has(v.value)).length;
  }
  return shared;
}

/** The comparison from countedSide's reads: the same shape, and the same figures, as the live path. */
export function fromCounts(
  sqlite: Db["$client"],
  counted: CountedSide[],
  periods: Period[],
  labels: string[],
  tableView: (p: Period, speakers: string[]) => string,
  country: string | null,
  only: string | null | undefined,
  undated: number,
): { aggregate: PeriodAggregate; detail: null; undated: number } {
  const topics = new Map(
    (
      sqlite.prepare("SELECT id, slug, name, path FROM topics").all() as {
        id: number;
        slug: string;
        name: string;
        path: string;
      }[]
    ).map((t) => [String(t.id), t]),
  );
  const sides = periods.map((p, i) => {
    const side = emptySide(labels[i] ?? "", tableView(p, []));
    const c = counted[i];
    if (!c) return side;
    fillSide(side, c, topics, TOP_VALUES);
    side.sample = passages(sqlite, c.sample);
    if (country && c.records > 0) {
      const slugs = c.persons
        .map((person) => person.slug)
        .sort()
        .slice(0, MAX_LINK_SPEAKERS + 1);
      side.table = countryTableLink(p, slugs, () => c.others, tableView);
    }
    return side;
  });
  const tallies: TallyRow[] = counted.flatMap((c, side) =>
    c.codes.flatMap((t) => {
      const code = codeStatus(t.code);
      return code ? [{ side, propositionId: t.propositionId, ...code, n: t.n }] : [];
    }),
  );
  // compare_counts' `review` kind: proposition:review status -> codes (migration 0020_compare_review_counts).
  const review: ReviewRow[] = counted.flatMap((c, side) =>
    [...(c.values.get("review") ?? [])].map(([value, n]) => {
      const [p = "", status = ""] = value.split(":");
      return { side, propositionId: Number(p), review: status, n };
    }),
  );
  applyReview(sqlite, sides, review, only);
  const [a, b] = counted;
  return {
    aggregate: {
      sides,
      propositions: buildPropositions(
        sqlite,
        tallies,
        sides.length,
        (side, propositionId) => counted[side]?.evidence.get(propositionId) ?? [],
        only,
      ),
      shared:
        a && b
          ? sharedValues(a, b)
          : (Object.fromEntries(CAVEAT_KINDS.map((k) => [k, 0])) as Record<DistributionKind, number>),
    },
    detail: null,
    undated,
  };
}
