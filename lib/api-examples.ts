/**
 * The documented examples of the read API, on the seed records (`npm run db:setup`): each is a request and an
 * abridged answer, the fields it is meant to show. /api/openapi.json publishes them as the operations' response
 * examples and /api lists them; app/api/read-api.test.ts runs every one against the route handlers and checks the
 * answer holds what the example says.
 */
export interface ApiExample {
  operationId: string;
  name: string;
  /** Path and query, as a user would type it. */
  request: string;
  description: string;
  status: number;
  /** A subset of the JSON answer: every field given here must be in the answer with this value. */
  value: Record<string, unknown>;
}

export const API_EXAMPLES: readonly ApiExample[] = [
  {
    operationId: "listPositions",
    name: "speaker",
    request: "/api/positions?speaker=bui-van-nam&sort=date",
    description: "Bui Van Nam's four records at the Moscow meeting of November 2018, oldest first.",
    status: 200,
    value: {
      total: 4,
      totalExact: true,
      page: 1,
      sort: "date",
      ignored: [],
      links: { next: null, prev: null, html: "/positions?speaker=bui-van-nam&sort=date" },
    },
  },
  {
    operationId: "listPositions",
    name: "malformed",
    request: "/api/positions?size=7&topic=cybercrime",
    description: "A malformed page size is ignored and reported; the rest of the view is answered.",
    status: 200,
    value: { size: 50, ignored: [{ key: "size", value: "7" }] },
  },
  {
    operationId: "getPosition",
    name: "record",
    request: "/api/positions/rb9j45cpkn",
    description: "One record of the UN Security Council debate of 20 June 2024, with its related records.",
    status: 200,
    value: {
      record: {
        publicId: "rb9j45cpkn",
        dateStart: "2024-06-20",
        datePrecision: "day",
        dateBasis: "inferred",
        speaker: { slug: "dang-hoang-giang" },
        event: { slug: "unsc-2024-06-20-cyberspace-debate" },
      },
    },
  },
  {
    operationId: "getPosition",
    name: "missing",
    request: "/api/positions/zzzzzzzzzz",
    description: "A record id that names nothing is a 404 with the reason.",
    status: 404,
    value: { error: "no record has the id “zzzzzzzzzz”" },
  },
  {
    operationId: "compare",
    name: "records",
    request: "/api/compare?ids=rb9j45cpkn,r6xm3qpjm3",
    description: "Two records compared, in date order whatever the order of the ids.",
    status: 200,
    value: {
      kind: "ids",
      sides: [{ first: "2018-11-07" }, { first: "2024-06-20" }],
      ignored: [],
    },
  },
  {
    operationId: "compare",
    name: "periods",
    request: "/api/compare?topic=cyber-security&a=2018..2018&b=2024..2024&country=VN",
    description: "Viet Nam on cyber security: 2018 against 2024.",
    status: 200,
    value: {
      kind: "period",
      topic: { slug: "cyber-security" },
      sides: [{ label: "2018", records: 4 }, { label: "2024" }],
      ignored: [],
    },
  },
  {
    operationId: "timeline",
    name: "topic",
    request: "/api/timeline?topic=cyber-security&from=soon",
    description: "The records on cyber security as marks; the bad window start is ignored and named.",
    status: 200,
    value: {
      kind: "marks",
      ignored: [{ key: "from", value: "soon", reason: "not a date (use 2018, 2018-11 or 2018-11-07)" }],
    },
  },
  {
    operationId: "listSavedViews",
    name: "anonymous",
    request: "/api/views",
    description: "Without a session cookie there are no saved views to show: 401.",
    status: 401,
    value: { error: "Sign in to see saved views: they belong to accounts." },
  },
  {
    operationId: "getOfficial",
    name: "official",
    request: "/api/officials/bui-van-nam",
    description: "Bui Van Nam: roles, counts and newest records.",
    status: 200,
    value: {
      person: { slug: "bui-van-nam", name: "Bui Van Nam", nativeName: "Bùi Văn Nam" },
      total: 4,
      links: { records: "/api/positions?speaker=bui-van-nam" },
    },
  },
  {
    operationId: "getEvent",
    name: "event",
    request: "/api/events/unsc-2024-06-20-cyberspace-debate",
    description: "The Security Council debate of 20 June 2024 and who spoke there.",
    status: 200,
    value: { event: { slug: "unsc-2024-06-20-cyberspace-debate", dateStart: "2024-06-20" }, total: 6 },
  },
  {
    operationId: "getTopic",
    name: "topic",
    request: "/api/topics/cyber-security",
    description: "The cyber security topic with its subtopics and newest records.",
    status: 200,
    value: { topic: { slug: "cyber-security" }, parent: null },
  },
];
