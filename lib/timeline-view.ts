import type { SearchParams } from "@/lib/compare-view";

/**
 * URL grammar of /timeline:
 *   /timeline?topic=<slug>[&speaker=<slug>|&country=<XX>][&proposition=<slug>][&group=proposition|speaker][&pick=<id>[,<id>]]
 * `pick` holds the marks picked for comparison (at most two), so a half-made choice is a permalink too. Parsing
 * never throws: bad parts fall back to their defaults and are reported in `ignored`.
 */

export const TIMELINE_GROUPS = ["proposition", "speaker"] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export interface TimelineView {
  topic: string | null;
  speaker: string | null;
  country: string | null;
  proposition: string | null;
  group: TimelineGroup;
  pick: string[];
}

export const DEFAULT_TIMELINE_VIEW: TimelineView = {
  topic: null,
  speaker: null,
  country: null,
  proposition: null,
  group: "proposition",
  pick: [],
};

export const MAX_PICK = 2;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PUBLIC_ID = /^[a-z0-9-]{1,64}$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function first(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
}

export function parseTimelineView(params: SearchParams): { view: TimelineView; ignored: string[] } {
  const ignored: string[] = [];
  const view: TimelineView = { ...DEFAULT_TIMELINE_VIEW, pick: [] };

  const slugKey = (key: "topic" | "speaker" | "proposition", what: string) => {
    const raw = first(params, key);
    if (!raw) return null;
    if (SLUG.test(raw)) return raw;
    ignored.push(`“${raw}” is not a ${what}`);
    return null;
  };
  view.topic = slugKey("topic", "topic");
  view.speaker = slugKey("speaker", "speaker");
  view.proposition = slugKey("proposition", "proposition");

  const country = first(params, "country");
  if (country) {
    // Kept even with a speaker: whether the speaker wins depends on the speaker existing, which the query knows.
    if (!COUNTRY.test(country)) ignored.push(`“${country}” is not a two-letter country code`);
    else view.country = country.toUpperCase();
  }

  const group = first(params, "group");
  if (group) {
    if ((TIMELINE_GROUPS as readonly string[]).includes(group)) view.group = group as TimelineGroup;
    else ignored.push(`grouping “${group}” is unknown (use proposition or speaker)`);
  }

  const pick = first(params, "pick");
  if (pick) {
    for (const id of pick.split(",").map((s) => s.trim())) {
      if (!id) continue;
      if (!PUBLIC_ID.test(id)) ignored.push(`“${id}” is not a record id`);
      else if (view.pick.includes(id)) continue;
      else if (view.pick.length >= MAX_PICK) ignored.push(`only ${MAX_PICK} records can be picked`);
      else view.pick.push(id);
    }
  }
  return { view, ignored };
}

/** The link to a timeline view; keys at their default are left out. Inverse of parseTimelineView. */
export function timelineHref(view: Partial<TimelineView>): string {
  const v = { ...DEFAULT_TIMELINE_VIEW, ...view };
  const q = new URLSearchParams();
  if (v.topic) q.set("topic", v.topic);
  if (v.speaker) q.set("speaker", v.speaker);
  else if (v.country) q.set("country", v.country);
  if (v.proposition) q.set("proposition", v.proposition);
  if (v.group !== DEFAULT_TIMELINE_VIEW.group) q.set("group", v.group);
  if (v.pick.length > 0) q.set("pick", v.pick.join(","));
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `/timeline?${s}` : "/timeline";
}

/** The view with a record added to (or, if already picked, removed from) the picks. */
export function togglePick(view: TimelineView, publicId: string): TimelineView {
  if (view.pick.includes(publicId)) return { ...view, pick: view.pick.filter((p) => p !== publicId) };
  const pick = [...view.pick, publicId].slice(-MAX_PICK);
  return { ...view, pick };
}
