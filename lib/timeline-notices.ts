import type { BinUnit } from "./timeline-view";
import { type IgnoredParam, queryNotice } from "./url-grammar";

/**
 * What the timeline's queries found out about its address, as data: db/queries/timeline-filters.ts finds names
 * that name nothing and a country that lost to a speaker, lib/timeline-layout.ts a bin size too fine for the
 * span. The page and the JSON API word them with timelineNotices.
 */
export type TimelineNotice =
  | { kind: "no_topic"; slug: string }
  | { kind: "no_speaker"; slug: string }
  | { kind: "no_country"; country: string }
  | { kind: "country_ignored"; country: string }
  | { kind: "no_proposition"; slug: string }
  | { kind: "no_record"; id: string }
  | { kind: "bin_too_fine"; requested: BinUnit; bins: number; most: number; shown: BinUnit };

/** One notice in words, as the ignored-parts notice lists it. */
export function timelineNoticeText(n: TimelineNotice): string {
  switch (n.kind) {
    case "no_topic":
      return `no topic “${n.slug}”`;
    case "no_speaker":
      return `no official “${n.slug}”`;
    case "no_country":
      return `no official from country “${n.country}”`;
    case "country_ignored":
      return `country ${n.country} is ignored because a speaker is chosen`;
    case "no_proposition":
      return `no proposition “${n.slug}”`;
    case "no_record":
      return `no record has the id “${n.id}” (not picked)`;
    case "bin_too_fine":
      return `bin size “${n.requested}” would draw ${n.bins} bins across this span (at most ${n.most}); ${n.shown} bins are shown: zoom in for ${n.requested} bins`;
  }
}

/** The notices as ignored parts of the address, each naming its part in its own words. */
export function timelineNotices(notices: readonly TimelineNotice[]): IgnoredParam[] {
  return notices.map((n) => queryNotice(timelineNoticeText(n)));
}
