/**
 * The read API's answers, built from the same query functions and URL grammars as the pages (so /api/timeline
 * reads what /timeline shows, with the same parameters). Each builder returns a body typed by its zod schema in
 * lib/api-schemas.ts; the route handlers only authorize, call one of these and send it with an ETag.
 */
import type { Db } from "@/db/client";
import { getIdsComparison } from "@/db/queries/compare";
import { getPeriodComparison } from "@/db/queries/compare-periods";
import { getEvent } from "@/db/queries/events";
import { getOfficial } from "@/db/queries/persons";
import { listPositions } from "@/db/queries/positions";
import { recordAsOf } from "@/db/queries/record-asof";
import { getStatementDetail, listRelatedRecords, type RecordCard } from "@/db/queries/statements";
import { getTimeline, TABLE_PAGE_SIZE } from "@/db/queries/timeline";
import { getTopic } from "@/db/queries/topics";
import type {
  CompareResponse,
  EventResponse,
  OfficialResponse,
  PositionsResponse,
  RecordCardJson,
  RecordResponse,
  TimelineResponse,
  TopicResponse,
} from "@/lib/api-schemas";
import { compareSides } from "@/lib/compare";
import { aggregateRows } from "@/lib/compare-periods";
import type { PropositionRow, SidePosition } from "@/lib/compare-positions";
import type { CompareSide } from "@/lib/compare-types";
import {
  compareHref,
  missingIdNotices,
  parseCompareView,
  periodNotices,
  type SearchParams,
} from "@/lib/compare-view";
import { isPublicId } from "@/lib/ids";
import { apiHref, defaultView, parseView, viewHref } from "@/lib/positions-view";
import { parseRecordPageView } from "@/lib/record-page-view";
import { timelineNotices } from "@/lib/timeline-notices";
import { MAX_TABLE_PAGE, parseTimelineView, type TimelineView, timelineHref } from "@/lib/timeline-view";
import { ignoredPart } from "@/lib/url-grammar";

export type NotFound = { notFound: string };

/** Public shape of a record card: the internal row id stays internal. */
export function cardJson({ id: _, ...card }: RecordCard): RecordCardJson {
  return card;
}

/** Next's searchParams shape, from a URL (repeats kept as arrays), for the grammars that read that shape. */
export function paramsRecord(search: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const [key, value] of search) {
    const had = out[key];
    out[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return out;
}

const timelineApiHref = (view: TimelineView) => timelineHref(view).replace(/^\/timeline/, "/api/timeline");

export function positionsBody(db: Db, search: URLSearchParams): PositionsResponse {
  const { view, ignored } = parseView(search);
  const result = listPositions(db, view);
  const pages = Math.max(1, Math.ceil(result.total / view.size));
  // With an estimated total the last page is unknown: a full page may have a next one.
  const hasNext = result.totalExact ? view.page < pages : result.rows.length === view.size;
  return {
    total: result.total,
    totalExact: result.totalExact,
    page: view.page,
    size: view.size,
    sort: `${view.sort.desc ? "-" : ""}${view.sort.key}`,
    rows: result.rows.map(({ id, ...row }) =>
      view.q ? { ...row, matchedIn: result.matchedIn.get(id) ?? [] } : row,
    ),
    ...(result.ranked !== null ? { ranked: result.ranked } : {}),
    facets: result.facets,
    facetsExact: result.facetsExact,
    facetSample: result.facetSample,
    links: {
      self: apiHref(view),
      next: hasNext ? apiHref({ ...view, page: view.page + 1 }) : null,
      prev: view.page > 1 ? apiHref({ ...view, page: view.page - 1 }) : null,
      html: viewHref(view),
    },
    ignored: [...ignored, ...result.ignored],
  };
}

/** `asof` as the record page reads it: a refused one is reported in `ignored`, and the record is read as now. */
function recordAsOfJson(
  db: Db,
  statement: { id: number; version: number; createdAt: string },
  search: URLSearchParams,
) {
  const view = parseRecordPageView(search);
  if (!view.asof) return view.ignored.length ? { ignored: view.ignored } : {};
  const state = recordAsOf(db, statement, view.asof);
  const older = state.kind === "older" ? state : null;
  return {
    asOf: {
      at: view.asof,
      state: state.kind,
      version: state.kind === "not-yet" ? null : state.version,
      currentVersion: statement.version,
      values: older?.record ?? null,
      changedSince: (older?.since ?? []).map((c) => ({
        field: c.field,
        label: c.label,
        atThatTime: c.before ?? [],
        now: c.after,
      })),
    },
  };
}

export function recordBody(
  db: Db,
  publicId: string,
  search = new URLSearchParams(),
): RecordResponse | NotFound {
  if (!isPublicId(publicId)) return { notFound: `“${publicId}” is not a record id` };
  const detail = getStatementDetail(db, publicId);
  if (!detail) return { notFound: `no record has the id “${publicId}”` };
  const { statement: s, source, person, role, organization, event, topics, positions } = detail;
  const related = listRelatedRecords(db, detail);
  return {
    record: {
      publicId: s.publicId,
      text: s.text,
      dateStart: s.dateStart,
      dateEnd: s.dateEnd,
      datePrecision: s.datePrecision,
      dateBasis: s.dateBasis,
      dateNote: s.dateNote,
      mode: s.mode,
      speaker: person ? { slug: person.slug, name: person.name, nativeName: person.nativeName } : null,
      attributionText: s.attributionText,
      attributionStatus: s.attributionStatus,
      role: role ? { title: role.title, rank: role.rank, organization: organization?.name ?? null } : null,
      event: event ? { slug: event.slug, name: event.name, kind: event.kind, city: event.city } : null,
      source: { outlet: source.outlet, tier: source.tier },
      sourceDetail: { title: source.title, url: source.url, published: source.publishedDate },
      topics,
      positions: positions.map(({ topicSlug: _t, topicName: _n, ...p }) => p),
      evidence: { text: s.evidenceText, start: s.evidenceStart, end: s.evidenceEnd },
      language: s.language,
    },
    related: {
      sameSpeaker: related.sameSpeaker.records.map(cardJson),
      sameEvent: related.sameEvent.records.map(cardJson),
      sameTopicOtherSpeakers: related.sameTopicOtherSpeakers.records.map(cardJson),
    },
    links: { html: `/positions/${s.publicId}` },
    ...recordAsOfJson(db, s, search),
  };
}

function sidePositionJson(p: SidePosition) {
  return {
    kind: p.kind,
    stance: p.kind === "stated" ? p.stance : null,
    evidence: p.evidence.map((e) => e.publicId),
  };
}

function propositionsJson(rows: PropositionRow[]): CompareResponse["propositions"] {
  return rows.map((row) => ({
    slug: row.proposition.slug,
    label: row.proposition.label,
    text: row.proposition.text,
    positions: row.positions.map(sidePositionJson),
    changes: row.changes,
  }));
}

function recordSides(sides: CompareSide[]): CompareResponse["sides"] {
  return sides.map((side) => {
    const dated = side.records.flatMap((r) => (r.dateStart ? [r.dateStart] : []));
    return {
      label: side.label,
      records: side.records.length,
      uncoded: side.records.filter((r) => r.positions.length === 0).length,
      first: dated.length > 0 ? dated.reduce((a, b) => (a < b ? a : b)) : null,
      last: dated.length > 0 ? dated.reduce((a, b) => (a > b ? a : b)) : null,
      table: null,
    };
  });
}

export function compareBody(db: Db, search: URLSearchParams): CompareResponse {
  const { view, ignored } = parseCompareView(paramsRecord(search));
  const problems = [...ignored];
  const base = { topic: null, speaker: null, undated: 0, links: { html: compareHref(view) } };
  if (view.kind === "ids") {
    const { sides, missing } = getIdsComparison(db, view.ids);
    problems.push(...missingIdNotices(missing));
    const comparison = sides.length >= 2 ? compareSides(sides) : null;
    return {
      ...base,
      kind: sides.length >= 2 ? "ids" : "empty",
      sides: comparison ? recordSides(sides) : [],
      propositions: comparison ? propositionsJson(comparison.rows) : [],
      records: comparison ? sides.flatMap((s) => s.records.map(cardJson)) : [],
      ignored: problems,
    };
  }
  if (view.kind === "period") {
    const result = getPeriodComparison(db, view);
    problems.push(
      ...periodNotices(view, {
        topic: !!result.topic,
        speaker: !!result.speaker,
        countryKnown: result.countryKnown,
      }),
    );
    return {
      ...base,
      kind: "period",
      topic: result.topic,
      speaker: result.speaker,
      undated: result.undated,
      sides: result.aggregate.sides.map((s) => ({
        label: s.label,
        records: s.records,
        uncoded: s.uncoded,
        first: s.first,
        last: s.last,
        table: s.table.href,
      })),
      propositions: propositionsJson(aggregateRows(result.aggregate)),
      records: result.detail ? result.detail.flatMap((s) => s.records.map(cardJson)) : [],
      ignored: problems,
    };
  }
  return { ...base, kind: "empty", sides: [], propositions: [], records: [], ignored: problems };
}

export function timelineBody(db: Db, search: URLSearchParams): TimelineResponse {
  const { view, ignored } = parseTimelineView(paramsRecord(search));
  const data = getTimeline(db, view);
  const ignoredAll = [...ignored, ...timelineNotices(data.notices)];
  const html = timelineHref(view);
  if (data.kind === "marks") {
    const pages = Math.max(1, Math.ceil(data.records.length / TABLE_PAGE_SIZE));
    const page = Math.min(view.page, pages);
    if (view.page > pages)
      ignoredAll.push(ignoredPart("page", String(view.page), `past the last page (${pages})`));
    return {
      kind: "marks",
      undated: data.undated,
      marks: {
        total: data.records.length,
        page,
        pages,
        records: data.records.slice((page - 1) * TABLE_PAGE_SIZE, page * TABLE_PAGE_SIZE).map((r) => ({
          ...r,
          positions: r.positions.map(({ propositionText: _, reviewStatus: _r, ...p }) => p),
        })),
      },
      bins: null,
      links: {
        self: timelineApiHref({ ...view, page }),
        next: page < pages && page < MAX_TABLE_PAGE ? timelineApiHref({ ...view, page: page + 1 }) : null,
        prev: page > 1 ? timelineApiHref({ ...view, page: page - 1 }) : null,
        html,
      },
      ignored: ignoredAll,
    };
  }
  const links = { self: timelineApiHref({ ...view, page: 1 }), next: null, prev: null, html };
  if (data.kind === "bins") {
    return {
      kind: "bins",
      undated: data.undated,
      marks: null,
      bins: {
        unit: data.unit,
        first: data.first,
        last: data.last,
        total: data.total,
        rows: data.rows.map((r) => ({
          key: r.key,
          label: r.label,
          total: r.total,
          bins: r.bins.map((b) => ({
            start: b.start,
            n: b.n,
            wide: b.wide,
            mix: Object.fromEntries(
              Object.entries(b.mix).filter((e): e is [string, number] => e[1] !== undefined),
            ),
          })),
        })),
      },
      links,
      ignored: ignoredAll,
    };
  }
  return { kind: "empty", undated: data.undated, marks: null, bins: null, links, ignored: ignoredAll };
}

const ENTITY_SLUG = /^[a-z0-9-]{1,100}$/;

export function officialBody(db: Db, slug: string): OfficialResponse | NotFound {
  const o = ENTITY_SLUG.test(slug) ? getOfficial(db, slug) : null;
  if (!o) return { notFound: `there is no official “${slug}”` };
  return {
    person: {
      slug: o.person.slug,
      name: o.person.name,
      nativeName: o.person.nativeName,
      givenName: o.person.givenName,
      country: o.person.country,
      aliases: o.aliases,
    },
    roles: o.roles.map((r) => ({
      title: r.title,
      rank: r.rank,
      organization: r.organization,
      startDate: r.startDate,
      endDate: r.endDate,
      firstRecord: r.firstRecord,
      lastRecord: r.lastRecord,
    })),
    perYear: o.perYear,
    perTopic: o.perTopic,
    total: o.total,
    first: o.first,
    last: o.last,
    latest: o.latest.map(cardJson),
    links: {
      html: `/officials/${o.person.slug}`,
      records: apiHref({ ...defaultView(), speaker: [o.person.slug] }),
    },
  };
}

export function eventBody(db: Db, slug: string): EventResponse | NotFound {
  const e = ENTITY_SLUG.test(slug) ? getEvent(db, slug) : null;
  if (!e) return { notFound: `there is no event “${slug}”` };
  return {
    event: {
      slug: e.event.slug,
      name: e.event.name,
      kind: e.event.kind,
      city: e.event.city,
      country: e.event.country,
      dateStart: e.event.startDate,
      dateEnd: e.event.endDate,
      datePrecision: e.event.datePrecision,
    },
    speakers: e.speakers,
    unresolved: e.unresolved,
    total: e.total,
    first: e.first,
    last: e.last,
    latest: e.latest.map(cardJson),
    links: {
      html: `/events/${e.event.slug}`,
      records: apiHref({ ...defaultView(), event: [e.event.slug] }),
    },
  };
}

export function topicBody(db: Db, slug: string): TopicResponse | NotFound {
  const t = ENTITY_SLUG.test(slug) ? getTopic(db, slug) : null;
  if (!t) return { notFound: `there is no topic “${slug}”` };
  return {
    topic: { slug: t.topic.slug, name: t.topic.name, path: t.topic.path, description: t.topic.description },
    parent: t.parent,
    subtopics: t.subtopics.map((s) => ({ slug: s.slug, name: s.name, records: s.records })),
    perYear: t.perYear,
    total: t.total,
    first: t.first,
    last: t.last,
    latest: t.latest.map(cardJson),
    links: {
      html: `/topics/${t.topic.slug}`,
      records: apiHref({ ...defaultView(), topic: [t.topic.slug] }),
    },
  };
}
