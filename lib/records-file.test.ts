import { parse as parseCsvCells } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UTF8_BOM } from "./csv-safe";
import { parseRecordsCsv, parseRecordsJson, recordsToCsv, recordsToJson } from "./records-file";
import {
  COLUMN_KEYS,
  INFORMATIONAL_COLUMNS,
  PUBLIC_ID_ALPHABET,
  REQUIRED_COLUMNS,
  type RecordRow,
} from "./records-format";
import { MAX_IMPORT_BYTES } from "./upload-limits";

const base: RecordRow = {
  public_id: "abcdefghjk",
  source_sha256: "d11e5cb38be5463383fb4a6acbba7d3dda3f6c7db0627a453a33a548cdeee403",
  source_url: null,
  source_title: "Vietnam takes part in security meeting in Moscow",
  evidence_start: 1498,
  evidence_end: 1887,
  evidence_text: "Therefore, Vietnam has issued ..., Nam shared.",
  text: "Therefore, Vietnam has issued ..., Nam shared.",
  language: "en",
  person_slug: "bui-van-nam",
  speaker: "Bui Van Nam",
  speaker_native: "Bùi Văn Nam",
  role_title: "Deputy Minister of Public Security",
  role_rank: "Senior Lieutenant General",
  organization: "Ministry of Public Security",
  event_slug: "moscow-2018-heads-of-special-services",
  event_name: "17th meeting",
  event_kind: "multilateral_meeting",
  country: "RU",
  attribution_text: "Nam shared",
  attribution_kind: "given_name",
  attribution_status: "resolved",
  attribution_note: "Given name of Bui Van Nam.",
  date_start: "2018-11-07",
  date_end: "2018-11-08",
  date_precision: "range",
  date_basis: "inferred",
  date_note: "Year from the dateline.",
  mode: "paraphrase",
  topics: ["national-cyber-law", "cybercrime"],
  stance_summary: "Sovereignty as basis of cooperation: +2 strongly supports",
  annotation_count: 2,
};

const freeText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "=1+2",
    "+x",
    "-3",
    "@SUM(A1)",
    "\tTab",
    "'quoted",
    "''twice",
    "   =1+2",
    " '=x",
    "'",
    'a,b\n"c"',
    "Đặng “Giang”",
  ),
);
const nonEmpty = freeText.filter((s) => s.trim().length > 0);
const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const dateParts = fc.oneof(
  fc.constant({
    date_start: null,
    date_end: null,
    date_precision: "unknown" as const,
    date_basis: "unknown" as const,
  }),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => {
    const iso = d.toISOString().slice(0, 10);
    return { date_start: iso, date_end: iso, date_precision: "day" as const, date_basis: "stated" as const };
  }),
);
const recordArb: fc.Arbitrary<RecordRow> = fc
  .record({
    public_id: fc.stringMatching(new RegExp(`^[${PUBLIC_ID_ALPHABET}]{10}$`)),
    source_url: fc.option(freeText),
    source_title: fc.option(freeText),
    speaker_native: fc.option(freeText),
    stance_summary: fc.option(freeText),
    annotation_count: fc.option(fc.nat(50)),
    evidence_start: fc.nat(10_000),
    length: fc.integer({ min: 1, max: 500 }),
    evidence_text: nonEmpty,
    text: nonEmpty,
    resolved: fc.boolean(),
    person_slug: slugArb,
    attribution_text: nonEmpty,
    attribution_note: fc.option(freeText),
    role_title: fc.option(nonEmpty),
    event_slug: fc.option(slugArb),
    date: dateParts,
    mode: fc.constantFrom("direct_quote", "paraphrase", "summary" as const),
    topics: fc.array(slugArb, { maxLength: 4 }),
  })
  .map((r) => ({
    ...base,
    public_id: r.public_id,
    source_url: r.source_url,
    source_title: r.source_title,
    speaker_native: r.speaker_native,
    stance_summary: r.stance_summary,
    annotation_count: r.annotation_count,
    evidence_start: r.evidence_start,
    evidence_end: r.evidence_start + r.length,
    evidence_text: r.evidence_text,
    text: r.text,
    person_slug: r.resolved ? r.person_slug : null,
    role_title: r.resolved ? r.role_title : null,
    attribution_status: r.resolved ? ("resolved" as const) : ("unresolved" as const),
    attribution_text: r.attribution_text,
    attribution_note: r.attribution_note,
    event_slug: r.event_slug,
    ...r.date,
    date_note: null,
    mode: r.mode,
    topics: r.topics,
  }));

/** What a file looks like after one import: empty optional text reads back as null. */
function reparsedCsv(csv: string): RecordRow[] {
  const parsed = parseRecordsCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows.map((r) => {
    if (!r.record) throw new Error(JSON.stringify(r.errors));
    return r.record;
  });
}

describe("records interchange format", () => {
  it("documents every column once", () => {
    expect(new Set(COLUMN_KEYS).size).toBe(COLUMN_KEYS.length);
  });

  it("marks informational columns, which an imported file may leave out", () => {
    expect([...INFORMATIONAL_COLUMNS].sort()).toEqual(
      [
        "annotation_count",
        "country",
        "event_kind",
        "event_name",
        "organization",
        "source_title",
        "source_url",
        "speaker",
        "speaker_native",
        "stance_summary",
      ].sort(),
    );
    const keep = REQUIRED_COLUMNS.map((k) => COLUMN_KEYS.indexOf(k));
    const [header, line] = recordsToCsv([base]).slice(1).trimEnd().split("\r\n");
    const pick = (l: string | undefined) => {
      const [cells] = parseCsvCells(l ?? "");
      return keep.map((i) => `"${(cells?.[i] ?? "").replaceAll('"', '""')}"`).join(",");
    };
    const parsed = parseRecordsCsv(`${pick(header)}\r\n${pick(line)}\r\n`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rows[0]?.errors).toEqual([]);
    expect(parsed.rows[0]?.record).toMatchObject({
      speaker: null,
      stance_summary: null,
      annotation_count: null,
    });
  });

  it("ignores bad values in informational columns rather than refusing the row", () => {
    const parsed = parseRecordsJson(JSON.stringify([{ ...base, annotation_count: "many", speaker: 3 }]));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rows[0]?.errors).toEqual([]);
    expect(parsed.rows[0]?.record).toMatchObject({ annotation_count: null, speaker: null });
  });

  it("writes CSV with a byte order mark, formula-like cells neutralised, and JSON with typed values", () => {
    const csv = recordsToCsv([{ ...base, text: "  =HYPERLINK(1)", attribution_note: "'kept" }]);
    expect(csv.startsWith(`${UTF8_BOM}public_id,source_sha256,`)).toBe(true);
    expect(csv).toContain(",'  =HYPERLINK(1),");
    expect(csv).toContain(",''kept,");
    const json = JSON.parse(recordsToJson([base])) as {
      version: number;
      columns: string[];
      records: RecordRow[];
    };
    expect(json.columns).toEqual(COLUMN_KEYS);
    expect(json.records[0]?.annotation_count).toBe(2);
    expect(Object.keys(json.records[0] ?? {})).toEqual(COLUMN_KEYS);
  });

  it("CSV: export -> import -> export gives the identical file", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 5 }), (records) => {
        const first = recordsToCsv(records);
        const second = recordsToCsv(reparsedCsv(first));
        expect(second).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it("JSON: export -> import -> export gives the identical file", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 5 }), (records) => {
        const first = recordsToJson(records);
        const parsed = parseRecordsJson(first);
        if (!parsed.ok) throw new Error(parsed.error);
        const again = parsed.rows.map((r) => r.record).filter((r): r is RecordRow => r !== null);
        expect(again).toHaveLength(records.length);
        expect(recordsToJson(again)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary input, and rejects it with reasons", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        for (const outcome of [parseRecordsCsv(text), parseRecordsJson(text)]) {
          if (outcome.ok)
            for (const row of outcome.rows) expect(row.record !== null || row.errors.length > 0).toBe(true);
          else expect(outcome.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports each broken row with its column and reason", () => {
    const good = recordsToCsv([base]).slice(1);
    const [header, row] = good.trim().split("\r\n");
    const broken = [
      header,
      row,
      row?.replace("range", "weekly"),
      row?.replace("abcdefghjk", "ABC").replace("2018-11-08", "2018-02-30"),
    ].join("\r\n");
    const parsed = parseRecordsCsv(broken);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rows[0]?.errors).toEqual([]);
    expect(parsed.rows[1]?.errors.map((e) => e.column)).toEqual(["date_precision"]);
    expect([...new Set(parsed.rows[2]?.errors.map((e) => e.column))].sort()).toEqual([
      "date_end",
      "public_id",
    ]);
  });

  it("checks the date rules the database enforces", () => {
    const bad = { ...base, date_basis: "inferred", date_note: null };
    const parsed = parseRecordsJson(JSON.stringify([bad, { ...base, attribution_status: "unresolved" }]));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rows[0]?.errors[0]?.message).toBe("date_note must give the reason for an inferred date");
    expect(parsed.rows[1]?.errors[0]?.column).toBe("person_slug");
  });

  it("refuses oversized files before parsing, and files with wrong columns", () => {
    expect(parseRecordsCsv("x".repeat(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      error: "The file is larger than 5 MB.",
    });
    const result = parseRecordsCsv("public_id,whatever\nabc,1\n");
    expect(result.ok).toBe(false);
  });
});
