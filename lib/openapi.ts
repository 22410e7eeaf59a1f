/**
 * The OpenAPI 3.1 description of the read API, generated from the zod schemas the routes type their answers with
 * (lib/api-schemas.ts) and the examples the tests run (lib/api-examples.ts): nothing here restates a field.
 * Served at /api/openapi.json and rendered for people at /api.
 */
import { z } from "zod";
import { API_EXAMPLES, type ApiExample } from "./api-examples";
import {
  compareQuerySchema,
  positionsQuerySchema,
  recordQuerySchema,
  savedViewsQuerySchema,
  timelineQuerySchema,
} from "./api-schemas";

export interface ApiParameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description: string;
  schema: Record<string, unknown>;
  example?: unknown;
}

export interface ApiOperation {
  operationId: string;
  path: string;
  summary: string;
  description: string;
  /** The page of the app that shows the same thing. */
  page: string;
  parameters: ApiParameter[];
  /** The component schema of the 200 answer; null for an Atom feed. */
  response: string | null;
  examples: readonly ApiExample[];
  /** When a 401 is answered, if not only under REQUIRE_SIGN_IN=1. */
  signIn?: string;
}

type JsonSchema = Record<string, unknown>;

const TARGET = { target: "draft-2020-12" as const };

/** A component or inline schema without the keywords that only make sense at a document's root. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** One query parameter per key of a grammar's zod object; description and example lifted to the parameter. */
function queryParameters(schema: z.ZodObject): ApiParameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, example, ...rest } = bare(
      z.toJSONSchema(field as z.ZodType, { ...TARGET, io: "input" }) as JsonSchema,
    );
    return {
      name,
      in: "query" as const,
      required: false,
      description: typeof description === "string" ? description : "",
      schema: rest,
      ...(example !== undefined ? { example } : {}),
    };
  });
}

const pathParameter = (name: string, description: string, example: string): ApiParameter => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
  example,
});

const examplesOf = (operationId: string) => API_EXAMPLES.filter((e) => e.operationId === operationId);

export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    operationId: "listPositions",
    path: "/api/positions",
    summary: "A page of the positions table",
    description:
      "The same view as /positions with the same query: rows, total and facets. Pages are in a stable order (ties broken by record id); `links.next` and `links.prev` walk them.",
    page: "/positions",
    parameters: queryParameters(positionsQuerySchema),
    response: "PositionsPage",
    examples: examplesOf("listPositions"),
  },
  {
    operationId: "getPosition",
    path: "/api/positions/{id}",
    summary: "One position record",
    description:
      "The record its permalink shows: speaker, role at the time, event, dates, codings, evidence, related records.",
    page: "/positions/{id}",
    parameters: [
      pathParameter("id", "The record's public id", "rb9j45cpkn"),
      ...queryParameters(recordQuerySchema),
    ],
    response: "RecordDetail",
    examples: examplesOf("getPosition"),
  },
  {
    operationId: "compare",
    path: "/api/compare",
    summary: "A comparison of records or of two periods",
    description:
      "What /compare shows: per proposition each side's position and the change between sides, computed from the coded positions.",
    page: "/compare",
    parameters: queryParameters(compareQuerySchema),
    response: "Comparison",
    examples: examplesOf("compare"),
  },
  {
    operationId: "timeline",
    path: "/api/timeline",
    summary: "Records on a time axis",
    description:
      "What /timeline draws: the window's records (50 a page) while it holds at most 200, else counts per row and bin.",
    page: "/timeline",
    parameters: queryParameters(timelineQuerySchema),
    response: "Timeline",
    examples: examplesOf("timeline"),
  },
  {
    operationId: "positionsFeed",
    path: "/feeds/positions",
    summary: "Atom feed of a table view",
    description:
      "The view's 50 newest records by statement date, each linked to its permalink with speaker, role at the time, event, date with precision and excerpt. Ignored parameters are named in the feed's subtitle.",
    page: "/positions",
    parameters: queryParameters(positionsQuerySchema),
    response: null,
    examples: [],
  },
  {
    operationId: "changesFeed",
    path: "/feeds/changes",
    summary: "Atom feed of a table view's changes",
    description:
      "New records, recoded stances and resolved speakers of the view's records, newest first (at most 50, from the newest 5,000 records and revisions).",
    page: "/positions",
    parameters: queryParameters(positionsQuerySchema),
    response: null,
    examples: [],
  },
  {
    operationId: "stancesFeed",
    path: "/feeds/stances",
    summary: "Atom feed of an actor's stance on a proposition",
    description:
      "New codings and recodes of one proposition on the records of a speaker, or of every speaker of a country, newest first.",
    page: "/timeline",
    parameters: queryParameters(
      timelineQuerySchema.pick({ speaker: true, country: true, proposition: true }),
    ),
    response: null,
    examples: [],
  },
  {
    operationId: "listSavedViews",
    path: "/api/views",
    summary: "The caller's saved views and the shared ones",
    description:
      "What /views lists: each saved view with how many of its records are new or changed since the caller last opened it (at most 1,000 counted, from the newest 5,000 records and revisions). A private view is only ever in its owner's answer. Needs a signed-in session cookie.",
    page: "/views",
    parameters: queryParameters(savedViewsQuerySchema),
    response: "SavedViews",
    examples: examplesOf("listSavedViews"),
    signIn: "Always without a signed-in session: saved views belong to accounts",
  },
  {
    operationId: "getOfficial",
    path: "/api/officials/{slug}",
    summary: "An official",
    description: "Roles over time, records per year and topic, the 20 newest records.",
    page: "/officials/{slug}",
    parameters: [pathParameter("slug", "The person's slug", "bui-van-nam")],
    response: "Official",
    examples: examplesOf("getOfficial"),
  },
  {
    operationId: "getEvent",
    path: "/api/events/{slug}",
    summary: "An event",
    description: "The event's facts, who spoke, the 20 newest records.",
    page: "/events/{slug}",
    parameters: [pathParameter("slug", "The event's slug", "unsc-2024-06-20-cyberspace-debate")],
    response: "Event",
    examples: examplesOf("getEvent"),
  },
  {
    operationId: "getTopic",
    path: "/api/topics/{slug}",
    summary: "A topic of the codebook",
    description: "Subtopics with counts, records per year, the 20 newest records on the topic or a subtopic.",
    page: "/topics/{slug}",
    parameters: [pathParameter("slug", "The topic's slug", "cyber-security")],
    response: "Topic",
    examples: examplesOf("getTopic"),
  },
];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const CONDITIONAL_HEADERS = {
  ETag: {
    description:
      "A validator of these exact bytes: send it back as If-None-Match to get 304 while nothing changed",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "private, no-cache: revalidate every time", schema: { type: "string" } },
};

export function openApiDocument(): Record<string, unknown> {
  // Importing api-schemas registered every schema that has an id: they become the components.
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    ...TARGET,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const ok = op.examples.filter((e) => e.status === 200);
    const errors = op.examples.filter((e) => e.status !== 200);
    const exampleMap = (list: readonly ApiExample[]) =>
      Object.fromEntries(
        list.map((e) => [
          e.name,
          { summary: `GET ${e.request}`, description: `${e.description} (abridged)`, value: e.value },
        ]),
      );
    paths[op.path] = {
      get: {
        operationId: op.operationId,
        summary: op.summary,
        description: `${op.description} The page: ${op.page}.`,
        parameters: [
          ...op.parameters,
          {
            name: "If-None-Match",
            in: "header",
            required: false,
            description: "The ETag of an earlier answer",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The answer; malformed parameters are listed in `ignored`, never refused",
            headers: CONDITIONAL_HEADERS,
            content: op.response
              ? {
                  "application/json": {
                    schema: ref(op.response),
                    ...(ok.length > 0 ? { examples: exampleMap(ok) } : {}),
                  },
                }
              : {
                  "application/atom+xml": {
                    schema: { type: "string", description: "An Atom (RFC 4287) feed" },
                  },
                },
          },
          "304": {
            description: "Not modified: the If-None-Match ETag is still current",
            headers: CONDITIONAL_HEADERS,
          },
          "401": {
            description: op.signIn ?? "Sign-in required (only when the site runs with REQUIRE_SIGN_IN=1)",
            content: {
              "application/json": {
                schema: ref("Error"),
                ...(errors.some((e) => e.status === 401)
                  ? { examples: exampleMap(errors.filter((e) => e.status === 401)) }
                  : {}),
              },
            },
          },
          ...(op.path.includes("{")
            ? {
                "404": {
                  description: "Nothing has this id or slug",
                  content: {
                    "application/json": {
                      schema: ref("Error"),
                      ...(errors.some((e) => e.status === 404)
                        ? { examples: exampleMap(errors.filter((e) => e.status === 404)) }
                        : {}),
                    },
                  },
                },
              }
            : {}),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Positions read API",
      version: "1.0.0",
      description:
        "JSON behind the pages of Positions, a tracker of what Vietnamese officials said. Every endpoint takes the same parameters as its page's URL; paths are relative to the site. Readable by anyone who may read the pages (with REQUIRE_SIGN_IN=1, a signed-in session cookie).",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, bare(s)])),
    },
  };
}
