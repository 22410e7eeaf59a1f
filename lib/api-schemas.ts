/**
 * Over 400 lines on purpose: this file is the read API's whole contract, one section per route, and
 * /api/openapi.json is generated from it; split across files, a route's request and answer would drift apart.
 *
 * The read API's request and response schemas, in zod. The route handlers type their answers with these (and the
 * tests parse every answer with them), and /api/openapi.json is generated from the same objects
 * (lib/openapi.ts), so the documentation cannot drift from what the routes return.
 *
 * Query parameters are described as strings: their grammar is the page's own (lib/*-view.ts), which never fails:
 * a malformed value is reported in `ignored`, so no request is refused for its parameters.
 */
import { z } from "zod";
import {
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  POSITION_STATUSES,
  SAVED_VIEW_KINDS,
  SOURCE_TIERS,
  STATEMENT_MODES,
} from "@/lib/domain";
import { COLUMN_KEYS, MAX_QUERY_LENGTH, PAGE_SIZES, SORT_KEYS } from "./positions-view";
import { REVIEW_STATUSES } from "./review";
import { BIN_UNITS, TIMELINE_GROUPS } from "./timeline-view";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "An ISO day, YYYY-MM-DD" });
const nullableDay = isoDay.nullable();

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces

export const errorSchema = z
  .object({ error: z.string(), fieldErrors: z.record(z.string(), z.string()).optional() })
  .meta({
    id: "Error",
    description:
      "Every route's refusal (401/403), missing resource (404) or bad input (400/413): what went wrong in words, and per form field where there is one.",
  });

export const ignoredParamSchema = z
  .object({ key: z.string(), value: z.string(), reason: z.string() })
  .meta({ id: "IgnoredParam", description: "A part of the query that was not used, and why." });

/** Notices of the comparison, timeline and saved views grammars: the same shape as every other ignored part. */
const ignoredNotices = z.array(ignoredParamSchema).meta({
  description:
    "Parts of the query that were not used, each with the reason; empty when none. A notice the query gives in its own words has an empty key and value.",
});

const speakerSchema = z
  .object({ slug: z.string(), name: z.string(), nativeName: z.string().nullable() })
  .meta({ id: "Speaker" });

const topicRefSchema = z
  .object({ slug: z.string(), name: z.string(), path: z.string() })
  .meta({ id: "TopicRef", description: "A codebook topic; `path` is its materialised path (`a/b`)." });

const reviewStatusSchema = z.enum(REVIEW_STATUSES).meta({
  id: "ReviewStatus",
  description:
    "Where the code stands in double coding: draft (one coder), agreed (coders gave the same code), disputed (coders differ; the first coder's code stands until a reviewer decides), adjudicated (a reviewer decided)",
});

const codedPositionSchema = z
  .object({
    propositionSlug: z.string(),
    propositionLabel: z.string(),
    propositionText: z.string(),
    status: z.enum(POSITION_STATUSES),
    stance: z.number().int().min(-2).max(2).nullable().meta({ description: "-2..+2 when status is stated" }),
    basis: z.string().nullable().meta({ description: "The words in the statement that carry the position" }),
    note: z.string().nullable(),
    reviewStatus: reviewStatusSchema,
  })
  .meta({ id: "CodedPosition" });

export const recordCardSchema = z
  .object({
    publicId: z
      .string()
      .meta({ description: "The record's permanent id; its page is /positions/{publicId}" }),
    text: z.string(),
    dateStart: nullableDay.meta({ description: "First possible day; null when undated" }),
    dateEnd: nullableDay.meta({ description: "Last possible day; null when undated" }),
    datePrecision: z.enum(DATE_PRECISIONS),
    dateBasis: z.enum(DATE_BASES).optional(),
    dateNote: z.string().nullable().optional(),
    mode: z.enum(STATEMENT_MODES),
    speaker: speakerSchema.nullable().meta({ description: "null while the attribution is unresolved" }),
    attributionText: z.string().meta({ description: "The attributing words as the source writes them" }),
    role: z
      .object({ title: z.string(), rank: z.string().nullable(), organization: z.string().nullable() })
      .nullable()
      .meta({ description: "The role the speaker held when speaking" }),
    event: z
      .object({ slug: z.string(), name: z.string(), kind: z.enum(EVENT_KINDS), city: z.string().nullable() })
      .nullable(),
    source: z.object({ outlet: z.string(), tier: z.enum(SOURCE_TIERS) }),
    topics: z.array(topicRefSchema),
    positions: z.array(codedPositionSchema),
  })
  .meta({ id: "RecordCard", description: "A position record with its speaker, role, event and codings." });

const yearCountSchema = z.object({ year: z.number().int().nullable(), records: z.number().int() });

// ---------------------------------------------------------------------------------------------------------------
// GET /api/positions

const multi = (what: string) =>
  z.string().meta({ description: `${what}; comma-separated or repeated values are alternatives (OR)` });

export const positionsQuerySchema = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH).meta({
      description: 'Full-text search: plain words that must all appear; "double quotes" for a phrase',
      example: "cybercrime",
    }),
    accents: z.literal("exact").meta({ description: "Accented words must match with their accents" }),
    speaker: multi("Person slugs").meta({ example: "bui-van-nam" }),
    topic: multi("Topic slugs (subtopics included)").meta({ example: "cyber-security" }),
    event: multi("Event slugs"),
    kind: multi(`Event kinds (${EVENT_KINDS.join(", ")})`),
    country: multi("ISO 3166-1 alpha-2 codes of the event's country"),
    mode: multi(`Modes (${STATEMENT_MODES.join(", ")})`),
    from: z
      .string()
      .meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD: possible dates reach this day or later" }),
    to: z
      .string()
      .meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD: possible dates start on or before this day" }),
    attribution: z.enum(["resolved", "unresolved"]),
    annotated: z.enum(["yes", "no"]),
    tag: multi("Annotation tags"),
    sort: z.string().meta({
      description: `One of ${SORT_KEYS.join(", ")}, "-" prefix for descending; ties broken by record id, so paging is stable`,
      example: "-date",
    }),
    page: z.string().meta({ description: "1 to 100000", example: "1" }),
    size: z.string().meta({ description: `Records per page: ${PAGE_SIZES.join(", ")}` }),
    cols: z
      .string()
      .meta({ description: `Table columns (${COLUMN_KEYS.join(", ")}); no effect on the JSON` }),
    sel: z.string().meta({ description: "Record ids ticked for comparison; no effect on the JSON" }),
  })
  .partial();

const positionRowSchema = z
  .object({
    publicId: z.string(),
    dateStart: nullableDay,
    dateEnd: nullableDay,
    datePrecision: z.enum(DATE_PRECISIONS),
    speakerSlug: z.string().nullable(),
    speakerName: z.string().nullable(),
    speakerNativeName: z.string().nullable(),
    attributionText: z.string(),
    attributionStatus: z.enum(["resolved", "unresolved"]),
    roleTitle: z.string().nullable(),
    organizationName: z.string().nullable(),
    eventSlug: z.string().nullable(),
    eventName: z.string().nullable(),
    eventKind: z.enum(EVENT_KINDS).nullable(),
    eventCountry: z.string().nullable(),
    mode: z.enum(STATEMENT_MODES),
    text: z.string(),
    sourceTitle: z.string(),
    sourceUrl: z.string().nullable(),
    annotationCount: z.number().int(),
    topics: z.array(topicRefSchema),
    stances: z.array(
      z.object({
        label: z.string(),
        status: z.enum(POSITION_STATUSES),
        stance: z.number().int().nullable(),
        reviewStatus: reviewStatusSchema,
      }),
    ),
    matchedIn: z
      .array(z.string())
      .optional()
      .meta({ description: "With q: the searched fields the record matched in" }),
  })
  .meta({ id: "PositionRow" });

const facetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number(),
  selected: z.boolean(),
});

const pageLinksSchema = z
  .object({
    self: z.string(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
    html: z.string().meta({ description: "The same view as a page of the app" }),
  })
  .meta({ description: "Links (paths) to this view; null where there is no such page" });

export const positionsResponseSchema = z
  .object({
    total: z.number().int(),
    totalExact: z
      .boolean()
      .meta({ description: "false: `total` is estimated from a sample; rows are exact" }),
    page: z.number().int(),
    size: z.number().int(),
    sort: z.string(),
    rows: z.array(positionRowSchema),
    ranked: z
      .number()
      .int()
      .optional()
      .meta({ description: "With sort=relevance: how many matches were ranked" }),
    facets: z.object({
      speaker: z.array(facetValueSchema),
      topic: z.array(facetValueSchema),
      kind: z.array(facetValueSchema),
      mode: z.array(facetValueSchema),
      coding: z.array(facetValueSchema).meta({
        description: "Records by coding status: uncoded, partial, coded, no_propositions (every status)",
      }),
      year: z.array(z.object({ year: z.number().int().nullable(), count: z.number() })),
    }),
    facetsExact: z.boolean(),
    facetSample: z.number().int(),
    links: pageLinksSchema,
    ignored: z.array(ignoredParamSchema),
  })
  .meta({ id: "PositionsPage" });

// ---------------------------------------------------------------------------------------------------------------
// GET /api/positions/{id}

export const recordQuerySchema = z.object({
  asof: z.string().meta({
    description:
      "A UTC moment (2026-05-01T09:30:00Z, or a date for the end of that day): `asOf` then gives the record's values as they stood",
    example: "2026-05-01T09:30:00Z",
  }),
});

/** With `asof`: the record's values at that moment, from its history (`record` stays the record as it is now). */
const recordAsOfSchema = z
  .object({
    at: z.string().meta({ description: "The moment asked for, in UTC", example: "2026-05-01T23:59:59.999Z" }),
    state: z.enum(["not-yet", "current", "older"]).meta({
      description:
        "not-yet: recorded after that moment; current: unchanged since; older: it read differently (see values)",
    }),
    version: z.number().int().nullable(),
    currentVersion: z.number().int(),
    values: z
      .object({
        text: z.string(),
        mode: z.string(),
        dateStart: nullableDay,
        dateEnd: nullableDay,
        datePrecision: z.string(),
        dateBasis: z.string(),
        dateNote: z.string().nullable(),
        attributionStatus: z.string(),
        attributionNote: z.string().nullable(),
        person: z.string().nullable().meta({ description: "Speaker slug" }),
        role: z.string().nullable(),
        event: z.string().nullable(),
        topics: z.array(z.string()),
        codings: z.array(
          z.object({
            proposition: z.string(),
            status: z.string(),
            stance: z.number().int().nullable(),
            basis: z.string().nullable(),
            note: z.string().nullable(),
          }),
        ),
      })
      .nullable()
      .meta({
        description: "The record's values then (null unless older, or when that version's were not kept)",
      }),
    changedSince: z.array(
      z.object({
        field: z.string(),
        label: z.string(),
        atThatTime: z.array(z.string()),
        now: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: "RecordAsOf" });

export const recordResponseSchema = z
  .object({
    record: recordCardSchema.extend({
      evidence: z.object({
        text: z.string(),
        start: z.number().int().meta({ description: "Code-point offset into the source text" }),
        end: z.number().int(),
      }),
      attributionStatus: z.enum(["resolved", "unresolved"]),
      language: z.string(),
      sourceDetail: z.object({
        title: z.string(),
        url: z.string().nullable(),
        published: nullableDay,
      }),
    }),
    related: z.object({
      sameSpeaker: z.array(recordCardSchema),
      sameEvent: z.array(recordCardSchema),
      sameTopicOtherSpeakers: z.array(recordCardSchema),
    }),
    links: z.object({ html: z.string() }),
    asOf: recordAsOfSchema.optional(),
    ignored: z.array(ignoredParamSchema).optional(),
  })
  .meta({ id: "RecordDetail" });

// ---------------------------------------------------------------------------------------------------------------
// GET /api/compare

export const compareQuerySchema = z
  .object({
    ids: z
      .string()
      .meta({ description: "2 to 4 record ids, comma-separated", example: "rb9j45cpkn,r6xm3qpjm3" }),
    topic: z
      .string()
      .meta({ description: "Topic slug (with a and b): compare two periods", example: "cyber-security" }),
    a: z.string().meta({
      description: "First period: 2018..2018, 2018-11..2019-06, open ends allowed",
      example: "2018..2018",
    }),
    b: z.string().meta({ description: "Second period", example: "2024..2024" }),
    speaker: z.string().meta({ description: "Person slug (wins over country)" }),
    country: z.string().meta({ description: "The speakers' country, ISO 3166-1 alpha-2", example: "VN" }),
  })
  .partial();

const sidePositionSchema = z
  .object({
    kind: z.enum(["stated", "ambiguous", "no_position", "silent", "not_coded"]),
    stance: z.number().int().nullable().meta({ description: "The side's stance when kind is stated" }),
    evidence: z.array(z.string()).meta({ description: "Record ids of the evidence shown for it" }),
  })
  .meta({ id: "SidePosition" });

export const compareResponseSchema = z
  .object({
    kind: z.enum(["ids", "period", "empty"]),
    topic: z.object({ slug: z.string(), name: z.string() }).nullable(),
    speaker: z.object({ slug: z.string(), name: z.string() }).nullable(),
    sides: z.array(
      z.object({
        label: z.string(),
        records: z.number().int(),
        uncoded: z.number().int(),
        first: nullableDay,
        last: nullableDay,
        table: z
          .string()
          .nullable()
          .meta({ description: "The positions table view holding the side's records" }),
      }),
    ),
    propositions: z.array(
      z.object({
        slug: z.string(),
        label: z.string(),
        text: z.string(),
        positions: z.array(sidePositionSchema).meta({ description: "One per side, in side order" }),
        changes: z.array(z.string()).meta({ description: "changes[i]: from side i to side i + 1" }),
      }),
    ),
    records: z
      .array(recordCardSchema)
      .meta({ description: "Every record of the sides, when each side is small enough (else empty)" }),
    undated: z.number().int().meta({ description: "Records on the topic left out for an unknown date" }),
    links: z.object({ html: z.string() }),
    ignored: ignoredNotices,
  })
  .meta({ id: "Comparison" });

// ---------------------------------------------------------------------------------------------------------------
// GET /api/timeline

export const timelineQuerySchema = z
  .object({
    topic: z.string().meta({ description: "Topic slug (subtopics included)", example: "cyber-security" }),
    speaker: z.string().meta({ description: "Person slug (wins over country)" }),
    country: z.string().meta({ description: "The speakers' country, ISO 3166-1 alpha-2", example: "VN" }),
    proposition: z.string().meta({ description: "Only records coded on this proposition" }),
    group: z.enum(TIMELINE_GROUPS),
    from: z.string().meta({ description: "Window start: YYYY, YYYY-MM or YYYY-MM-DD" }),
    to: z.string().meta({ description: "Window end" }),
    bin: z.enum(BIN_UNITS),
    page: z.string().meta({ description: "Page of the marks (50 a page), 1 to 10000" }),
    pick: z.string().meta({ description: "Picked record ids; no effect on the JSON" }),
  })
  .partial();

const markSchema = z.object({
  publicId: z.string(),
  dateStart: isoDay,
  dateEnd: isoDay,
  datePrecision: z.enum(DATE_PRECISIONS),
  attributionText: z.string(),
  speaker: speakerSchema.nullable(),
  roleTitle: z.string().nullable(),
  positions: z.array(
    z.object({
      propositionSlug: z.string(),
      propositionLabel: z.string(),
      status: z.enum(POSITION_STATUSES),
      stance: z.number().int().nullable(),
    }),
  ),
});

export const timelineResponseSchema = z
  .object({
    kind: z.enum(["marks", "bins", "empty"]),
    undated: z.number().int(),
    marks: z
      .object({
        total: z.number().int(),
        page: z.number().int(),
        pages: z.number().int(),
        records: z
          .array(markSchema)
          .meta({ description: "This page of the window's records, in date order" }),
      })
      .nullable()
      .meta({ description: "When the window holds few enough records to draw each (kind marks)" }),
    bins: z
      .object({
        unit: z.enum(BIN_UNITS),
        first: isoDay,
        last: isoDay,
        total: z.number().int(),
        rows: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            total: z.number().int(),
            bins: z.array(
              z.object({
                start: isoDay,
                n: z.number().int(),
                wide: z.number().int(),
                mix: z.record(z.string(), z.number().int()),
              }),
            ),
          }),
        ),
      })
      .nullable()
      .meta({ description: "Counts per row and bin (kind bins)" }),
    links: pageLinksSchema,
    ignored: ignoredNotices,
  })
  .meta({ id: "Timeline" });

// ---------------------------------------------------------------------------------------------------------------
// Entities: /api/officials/{slug}, /api/events/{slug}, /api/topics/{slug}

const entityBase = {
  total: z.number().int(),
  first: nullableDay,
  last: nullableDay,
  latest: z.array(recordCardSchema).meta({ description: "The newest records (at most 20)" }),
};

export const officialResponseSchema = z
  .object({
    person: z.object({
      slug: z.string(),
      name: z.string(),
      nativeName: z.string().nullable(),
      givenName: z.string().nullable(),
      country: z.string(),
      aliases: z.array(z.string()),
    }),
    roles: z.array(
      z.object({
        title: z.string(),
        rank: z.string().nullable(),
        organization: z.string().nullable(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        firstRecord: z.string().nullable(),
        lastRecord: z.string().nullable(),
      }),
    ),
    perYear: z.array(yearCountSchema),
    perTopic: z.array(z.object({ slug: z.string(), name: z.string(), records: z.number().int() })),
    ...entityBase,
    links: z.object({ html: z.string(), records: z.string() }),
  })
  .meta({ id: "Official" });

export const eventResponseSchema = z
  .object({
    event: z.object({
      slug: z.string(),
      name: z.string(),
      kind: z.enum(EVENT_KINDS),
      city: z.string().nullable(),
      country: z.string().nullable(),
      dateStart: nullableDay,
      dateEnd: nullableDay,
      datePrecision: z.enum(DATE_PRECISIONS),
    }),
    speakers: z.array(speakerSchema.extend({ role: z.string().nullable(), records: z.number().int() })),
    unresolved: z.number().int(),
    ...entityBase,
    links: z.object({ html: z.string(), records: z.string() }),
  })
  .meta({ id: "Event" });

export const topicResponseSchema = z
  .object({
    topic: z.object({
      slug: z.string(),
      name: z.string(),
      path: z.string(),
      description: z.string().nullable(),
    }),
    parent: z.object({ slug: z.string(), name: z.string() }).nullable(),
    subtopics: z.array(z.object({ slug: z.string(), name: z.string(), records: z.number().int() })),
    perYear: z.array(yearCountSchema),
    ...entityBase,
    links: z.object({ html: z.string(), records: z.string() }),
  })
  .meta({ id: "Topic" });

// ---------------------------------------------------------------------------------------------------------------
// Saved views (private to their owner unless shared; the answer depends on who asks)

export const savedViewsQuerySchema = z
  .object({ page: z.string().meta({ description: "Page of views (50 a page), newest first", example: "1" }) })
  .partial();

export const savedViewSchema = z
  .object({
    id: z.number().int().meta({ description: "The view's id; /views/{id}/open opens it" }),
    name: z.string(),
    kind: z.enum(SAVED_VIEW_KINDS).meta({ description: "The page it shows" }),
    url: z.string().meta({ description: "Its path and query on this site" }),
    shared: z.boolean().meta({ description: "false: only its owner sees it" }),
    owner: z.object({ name: z.string() }),
    mine: z.boolean().meta({ description: "Whether the caller owns it (only the owner may change it)" }),
    createdAt: z.string(),
    openedAt: z.string().nullable().meta({ description: "When the caller last opened it; null if never" }),
    changes: z
      .object({
        count: z.number().int(),
        capped: z
          .boolean()
          .meta({ description: "true: at least `count` (counts stop at 1,000 and look back 5,000 records)" }),
      })
      .nullable()
      .meta({
        description:
          "Records of the view new or changed since the caller last opened it; null for fixed records",
      }),
    links: z.object({
      open: z
        .string()
        .meta({ description: "Marks it opened and redirects to its URL (from this site's pages)" }),
      html: z.string(),
      feed: z.string().nullable().meta({ description: "The Atom feed of its changes" }),
    }),
  })
  .meta({ id: "SavedView" });

export const savedViewsResponseSchema = z
  .object({
    views: z
      .array(savedViewSchema)
      .meta({ description: "The caller's views and every shared one, newest first" }),
    page: z.number().int(),
    links: z.object({ next: z.string().nullable(), prev: z.string().nullable(), html: z.string() }),
    ignored: ignoredNotices,
  })
  .meta({ id: "SavedViews" });

export type SavedViewsResponse = z.infer<typeof savedViewsResponseSchema>;
export type PositionsResponse = z.infer<typeof positionsResponseSchema>;
export type RecordResponse = z.infer<typeof recordResponseSchema>;
export type CompareResponse = z.infer<typeof compareResponseSchema>;
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;
export type OfficialResponse = z.infer<typeof officialResponseSchema>;
export type EventResponse = z.infer<typeof eventResponseSchema>;
export type TopicResponse = z.infer<typeof topicResponseSchema>;
export type RecordCardJson = z.infer<typeof recordCardSchema>;
