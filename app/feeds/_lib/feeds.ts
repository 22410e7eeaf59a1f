/**
 * The Atom feeds: each mirrors a view (its query is the view's own URL grammar) and lists records or changes
 * newest first, FEED_LIMIT at most. Entries link to the record's permalink and carry the speaker, the role held
 * at the time, the event, the date with its precision and the excerpt.
 */
import type { NextRequest } from "next/server";
import { authorize } from "@/app/_server/current-user";
import { paramsRecord } from "@/app/api/_lib/read-api";
import type { Db } from "@/db/client";
import { getDb } from "@/db/client";
import {
  type ChangeEntry,
  FEED_LIMIT,
  latestChangeAt,
  listStanceChanges,
  listViewChanges,
  recordTimes,
} from "@/db/queries/changes";
import type { PositionRow } from "@/db/queries/position-rows";
import { listPositions } from "@/db/queries/positions";
import { conditionalResponse, errorResponse } from "@/lib/api-http";
import { type AtomEntry, type AtomFeed, atomXml, feedUpdated, rfc3339, tagUri, xmlEscape } from "@/lib/atom";
import { formatPreciseDate } from "@/lib/dates";
import { MODE_LABELS } from "@/lib/labels";
import {
  type IgnoredParam,
  type PositionsView,
  parseView,
  serializeView,
  viewHref,
} from "@/lib/positions-view";
import { parseTimelineView, TIMELINE_KEYS, timelineHref } from "@/lib/timeline-view";
import { ignoredPart, ignoredText, queryNotice } from "@/lib/url-grammar";

export const ATOM_TYPE = "application/atom+xml; charset=utf-8";

/** Absolute links: the configured public URL when there is one (behind a proxy), else the request's origin. */
export function siteOrigin(request: NextRequest): string {
  const configured = process.env.BETTER_AUTH_URL;
  if (configured && /^https?:\/\//.test(configured)) return new URL(configured).origin;
  return request.nextUrl.origin;
}

const EXCERPT = 280;

function excerpt(text: string, max = EXCERPT): string {
  const chars = Array.from(text);
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`
    : text;
}

function speakerOf(row: PositionRow): string {
  return row.speakerName ?? `Unresolved speaker (“${row.attributionText}”)`;
}

function dateOf(row: PositionRow): string {
  const date = formatPreciseDate({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision });
  return row.datePrecision === "day" || row.datePrecision === "unknown"
    ? date
    : `${date} (${row.datePrecision} precision)`;
}

/** The entry's HTML: each value escaped once here, and the whole escaped again as Atom text. */
function recordHtml(row: PositionRow, lead?: string): string {
  const role = [row.roleTitle, row.organizationName].filter(Boolean).join(", ");
  return [
    lead ? `<p><strong>${xmlEscape(lead)}</strong></p>` : "",
    `<p><strong>${xmlEscape(speakerOf(row))}</strong>${role ? `, ${xmlEscape(role)} (role at the time)` : ""}</p>`,
    `<p>${xmlEscape(row.eventName ?? "No recorded event")} · ${xmlEscape(dateOf(row))} · ${xmlEscape(MODE_LABELS[row.mode])}</p>`,
    `<blockquote>${xmlEscape(excerpt(row.text))}</blockquote>`,
  ].join("");
}

function categories(row: PositionRow) {
  return row.topics.map((t) => ({ term: t.slug, label: t.name }));
}

function recordEntry(
  origin: string,
  row: PositionRow,
  times: { created: string; updated: string } | undefined,
) {
  return {
    id: tagUri(`record/${row.publicId}`),
    title: `${speakerOf(row)}: ${excerpt(row.text, 90)}`,
    updated: rfc3339(times?.updated ?? times?.created ?? "1970-01-01T00:00:00Z"),
    ...(times ? { published: rfc3339(times.created) } : {}),
    link: `${origin}/positions/${row.publicId}`,
    summary: excerpt(row.text),
    contentHtml: recordHtml(row),
    categories: categories(row),
  } satisfies AtomEntry;
}

const CHANGE_TITLES: Record<ChangeEntry["kind"], string> = {
  new: "New record",
  recoded: "Recoded",
  resolved: "Speaker resolved",
};

function changeEntry(origin: string, change: ChangeEntry): AtomEntry {
  const { row } = change;
  const coding = (change.codings ?? [])
    .map((c) => `${c.proposition}: ${c.before ? `${c.before} → ` : ""}${c.after}`)
    .join("; ");
  const lead =
    change.kind === "resolved"
      ? `Speaker resolved: ${speakerOf(row)}`
      : `${CHANGE_TITLES[change.kind]}${coding ? ` (${coding})` : ""}${
          change.kind === "recoded" && change.codings?.some((c) => !c.before)
            ? "; the earlier coding was not kept"
            : ""
        }`;
  const specific =
    change.kind === "new"
      ? `record/${row.publicId}/new`
      : `record/${row.publicId}/v${change.version}/${change.kind}`;
  return {
    id: tagUri(specific),
    title: `${CHANGE_TITLES[change.kind]}: ${speakerOf(row)}: ${excerpt(row.text, 80)}`,
    updated: rfc3339(change.at),
    link: `${origin}/positions/${row.publicId}${change.kind === "new" ? "" : "#history-h"}`,
    summary: lead,
    contentHtml: recordHtml(row, lead),
    categories: categories(row),
  };
}

function noticeText(ignored: readonly IgnoredParam[]): string {
  return ignored.length > 0 ? ` Ignored: ${ignored.map(ignoredText).join("; ")}.` : "";
}

/** The view's newest records (statement date, newest first): whatever page, size or order the URL asked for. */
function feedView(view: PositionsView): PositionsView {
  return { ...view, sort: { key: "date", desc: true }, page: 1, size: FEED_LIMIT, sel: [] };
}

const query = (view: PositionsView) => {
  const s = serializeView(view).toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
};

export function positionsFeed(db: Db, origin: string, search: URLSearchParams): AtomFeed {
  const { view: parsed, ignored } = parseView(search);
  const view = feedView(parsed);
  const result = listPositions(db, view);
  const times = recordTimes(
    db,
    result.rows.map((r) => r.id),
  );
  const entries = result.rows.map((r) => recordEntry(origin, r, times.get(r.id)));
  const pageView = { ...parsed, page: 1, sel: [] };
  const q = query({ ...pageView, size: 50, sort: { key: "date", desc: true } });
  return {
    id: tagUri(`feed/positions${q}`),
    title: `Positions: ${viewHref(pageView)}`,
    subtitle: `The ${FEED_LIMIT} newest records (by statement date) of this view.${noticeText([...ignored, ...result.ignored])}`,
    updated: feedUpdated(entries, rfc3339(latestChangeAt(db))),
    authors: ["Positions"],
    links: [
      { rel: "self", type: "application/atom+xml", href: `${origin}/feeds/positions${q}` },
      { rel: "alternate", type: "text/html", href: `${origin}${viewHref(pageView)}` },
      { rel: "related", type: "application/atom+xml", href: `${origin}/feeds/changes${q}`, title: "Changes" },
    ],
    entries,
  };
}

export function changesFeed(db: Db, origin: string, search: URLSearchParams): AtomFeed {
  const { view: parsed, ignored } = parseView(search);
  const view = feedView(parsed);
  const { entries: changes, ignored: unknown } = listViewChanges(db, view);
  const entries = changes.map((c) => changeEntry(origin, c));
  const q = query(view);
  const pageView = { ...parsed, page: 1, sel: [] };
  return {
    id: tagUri(`feed/changes${q}`),
    title: `Changes: ${viewHref(pageView)}`,
    subtitle: `New records, recoded stances and resolved speakers in this view, newest first.${noticeText([...ignored, ...(unknown as IgnoredParam[])])}`,
    updated: feedUpdated(entries, rfc3339(latestChangeAt(db))),
    authors: ["Positions"],
    links: [
      { rel: "self", type: "application/atom+xml", href: `${origin}/feeds/changes${q}` },
      { rel: "alternate", type: "text/html", href: `${origin}${viewHref(pageView)}` },
    ],
    entries,
  };
}

const STANCE_KEYS = ["speaker", "country", "proposition"];

export function stancesFeed(db: Db, origin: string, search: URLSearchParams): AtomFeed {
  const params = paramsRecord(search);
  const { view, ignored } = parseTimelineView(params);
  const problems = [...ignored];
  // Keys of the timeline a stance feed does not read (parseTimelineView reported the others as unknown).
  for (const [key, value] of search)
    if (!STANCE_KEYS.includes(key) && key in TIMELINE_KEYS)
      problems.push(ignoredPart(key, value, "not used by a stance feed"));
  if (!view.proposition) problems.push(queryNotice("a stance feed needs a proposition"));
  if (!view.speaker && !view.country)
    problems.push(queryNotice("a stance feed needs a speaker or a country"));
  const result = view.proposition
    ? listStanceChanges(db, { speaker: view.speaker, country: view.country, proposition: view.proposition })
    : null;
  if (view.proposition && !result?.proposition)
    problems.push(ignoredPart("proposition", view.proposition, "there is no such proposition"));
  if (view.speaker && result && !result.speaker)
    problems.push(ignoredPart("speaker", view.speaker, "there is no such official"));
  if (view.country && result && !result.countryKnown)
    problems.push(ignoredPart("country", view.country, "there is no official from this country"));
  if (view.speaker && view.country)
    problems.push(ignoredPart("country", view.country, "not used because a speaker is chosen"));
  const entries = (result?.entries ?? []).map((c) => changeEntry(origin, c));
  const canonical = {
    speaker: view.speaker,
    country: view.speaker ? null : view.country,
    proposition: view.proposition,
  };
  const q = timelineHref(canonical).replace(/^\/timeline/, "");
  const who = result?.speaker?.name ?? (view.country ? `officials of ${view.country}` : "nobody");
  return {
    id: tagUri(`feed/stances${q}`),
    title: `Stance of ${who} on ${result?.proposition?.label ?? "no proposition"}`,
    subtitle:
      `${result?.proposition?.text ?? ""} New codings and recodes, newest first.${noticeText(problems)}`.trim(),
    updated: feedUpdated(entries, rfc3339(latestChangeAt(db))),
    authors: ["Positions"],
    links: [
      { rel: "self", type: "application/atom+xml", href: `${origin}/feeds/stances${q}` },
      { rel: "alternate", type: "text/html", href: `${origin}${timelineHref(canonical)}` },
    ],
    entries,
  };
}

/** Every feed route: the reader's permission, the feed, its bytes with ETag and Last-Modified (304 when fresh). */
export async function feedRoute(
  request: NextRequest,
  build: (db: Db, origin: string, search: URLSearchParams) => AtomFeed,
): Promise<Response> {
  const gate = await authorize("records:read", request);
  if (!gate.ok) return errorResponse(gate.status, gate.error);
  const feed = build(getDb(), siteOrigin(request), request.nextUrl.searchParams);
  return conditionalResponse(request, atomXml(feed), {
    contentType: ATOM_TYPE,
    lastModified: new Date(feed.updated),
  });
}
