import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  csvField,
  csvLine,
  neutraliseFormula,
  POSITION_EXPORT_HEADERS,
  type PositionExportRow,
  positionCsvHeader,
  positionCsvLine,
  positionJsonRecord,
} from "./csv-safe";

const row: PositionExportRow = {
  publicId: "abc123",
  dateStart: "2018-11-07",
  dateEnd: "2018-11-08",
  datePrecision: "range",
  speakerSlug: "bui-van-nam",
  speakerName: "Bui Van Nam",
  speakerNativeName: "Bùi Văn Nam",
  attributionText: "Nam said",
  attributionStatus: "resolved",
  roleTitle: "Deputy Minister",
  organizationName: "Ministry of Public Security",
  eventSlug: "moscow",
  eventName: "Meeting, Moscow",
  eventKind: "multilateral_meeting",
  eventCountry: "RU",
  mode: "paraphrase",
  topics: ["cyber-security", "cyber-security/cybercrime"],
  stanceSummary: "Sovereignty: +2",
  text: 'He said "=1+1", then\nleft',
  sourceTitle: '=HYPERLINK("http://evil")',
  sourceUrl: null,
  annotationCount: 2,
};

describe("CSV formula neutralisation", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["   =1", "'   =1"],
    ["  \t@x", "'  \t@x"],
    ["plain", "plain"],
    ["a=b", "a=b"],
    ["", ""],
    ["Đặng", "Đặng"],
  ])("%j -> %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it("quotes fields that need it and leaves numbers alone", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvLine(["a", "b\nc"])).toBe('a,"b\nc"\r\n');
  });
});

describe("export columns", () => {
  it("have unique, stable headers", () => {
    expect(new Set(POSITION_EXPORT_HEADERS).size).toBe(POSITION_EXPORT_HEADERS.length);
    expect(POSITION_EXPORT_HEADERS[0]).toBe("public_id");
    expect(POSITION_EXPORT_HEADERS).toContain("speaker_native");
  });

  it("write a row a CSV parser reads back, diacritics and line breaks intact, formulas neutralised", () => {
    const csv = positionCsvHeader() + positionCsvLine(row);
    const [record] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(record?.public_id).toBe("abc123");
    expect(record?.speaker_native).toBe("Bùi Văn Nam");
    expect(record?.text).toBe('He said "=1+1", then\nleft');
    expect(record?.source_title).toBe('\'=HYPERLINK("http://evil")');
    expect(record?.topics).toBe("cyber-security; cyber-security/cybercrime");
    expect(record?.annotation_count).toBe("2");
  });

  it("give JSON records keyed by the same headers", () => {
    const json = positionJsonRecord(row);
    expect(Object.keys(json)).toEqual([...POSITION_EXPORT_HEADERS]);
    expect(json.annotation_count).toBe(2);
  });
});
