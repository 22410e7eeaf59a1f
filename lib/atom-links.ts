/**
 * Links to the feeds of a view, built with the views' own grammars: what the pages put in their
 * `<link rel="alternate" type="application/atom+xml">` (through Next's metadata) and what the feeds call
 * themselves. A feed mirrors the view's filters; its page, size, order, columns and selection do not apply.
 */
import type { CompareView } from "./compare-view";
import { defaultView, type PositionsView, serializeView } from "./positions-view";
import { DEFAULT_TIMELINE_VIEW, type TimelineView, timelineHref } from "./timeline-view";

export interface FeedLink {
  title: string;
  url: string;
}

function filtersOnly(view: PositionsView): PositionsView {
  const base = defaultView();
  return { ...view, page: base.page, size: base.size, sort: base.sort, cols: base.cols, sel: [] };
}

function withQuery(path: string, view: PositionsView): string {
  const q = serializeView(filtersOnly(view)).toString().replace(/%2C/g, ",");
  return q ? `${path}?${q}` : path;
}

export const positionsFeedHref = (view: PositionsView) => withQuery("/feeds/positions", view);
export const changesFeedHref = (view: PositionsView) => withQuery("/feeds/changes", view);

/** The actor x proposition feed: a speaker (or else a country) and a proposition. */
export function stancesFeedHref(actor: {
  speaker: string | null;
  country: string | null;
  proposition: string;
}) {
  return timelineHref({
    ...DEFAULT_TIMELINE_VIEW,
    ...actor,
    country: actor.speaker ? null : actor.country,
  }).replace(/^\/timeline/, "/feeds/stances");
}

export function positionsFeedLinks(view: PositionsView): FeedLink[] {
  return [
    { title: "Newest records in this view", url: positionsFeedHref(view) },
    { title: "Changes in this view (new, recoded, speaker resolved)", url: changesFeedHref(view) },
  ];
}

/** A timeline's records as a table view: topic and speaker (the table's country is the event's, not the speaker's). */
export function timelineTableView(view: TimelineView): PositionsView {
  return {
    ...defaultView(),
    topic: view.topic ? [view.topic] : [],
    speaker: view.speaker ? [view.speaker] : [],
  };
}

/** A comparison of periods as a table view: its topic (and speaker); a comparison of fixed records has none. */
export function compareTableView(view: CompareView): PositionsView | null {
  if (view.kind !== "period") return null;
  return { ...defaultView(), topic: [view.topic], speaker: view.speaker ? [view.speaker] : [] };
}

export function timelineFeedLinks(view: TimelineView): FeedLink[] {
  const links = positionsFeedLinks(timelineTableView(view));
  if (view.proposition && (view.speaker || view.country))
    links.push({
      title: "Stance changes of this actor on this proposition",
      url: stancesFeedHref({ speaker: view.speaker, country: view.country, proposition: view.proposition }),
    });
  return links;
}

export function compareFeedLinks(view: CompareView): FeedLink[] {
  const table = compareTableView(view);
  return table ? positionsFeedLinks(table) : [];
}

/** Next's `alternates` metadata for these links. */
export function feedAlternates(links: FeedLink[]) {
  return links.length > 0 ? { types: { "application/atom+xml": links } } : undefined;
}
