import { describe, expect, it } from "vitest";
import { codingInput, type DateFields, dateProblems, roleSpan, updateRecordInput } from "./record-edit";

const day: DateFields = {
  dateStart: "2018-11-07",
  dateEnd: "2018-11-07",
  datePrecision: "day",
  dateBasis: "stated",
  dateNote: null,
};

describe("dateProblems mirrors the statements CHECK constraints", () => {
  it("accepts valid dates", () => {
    expect(dateProblems(day)).toEqual({});
    expect(
      dateProblems({ ...day, dateStart: "2018-11-01", dateEnd: "2018-11-30", datePrecision: "month" }),
    ).toEqual({});
    expect(
      dateProblems({ ...day, dateStart: "2018-01-01", dateEnd: "2018-12-31", datePrecision: "year" }),
    ).toEqual({});
    expect(
      dateProblems({
        dateStart: null,
        dateEnd: null,
        datePrecision: "unknown",
        dateBasis: "unknown",
        dateNote: null,
      }),
    ).toEqual({});
  });
  it("refuses what the database would refuse", () => {
    expect(dateProblems({ ...day, dateEnd: "2018-11-08" }).dateEnd).toMatch(/same/);
    expect(dateProblems({ ...day, dateStart: "2018-02-30" }).dateStart).toMatch(/real date/);
    expect(dateProblems({ ...day, datePrecision: "range", dateEnd: "2018-11-01" }).dateEnd).toMatch(/before/);
    expect(dateProblems({ ...day, dateBasis: "inferred" }).dateNote).toBeDefined();
    expect(dateProblems({ ...day, datePrecision: "month", dateEnd: "2018-11-30" }).dateStart).toBeDefined();
    expect(dateProblems({ ...day, datePrecision: "unknown" }).dateStart).toBeDefined();
    expect(dateProblems({ ...day, dateBasis: "unknown" }).dateBasis).toBeDefined();
  });
});

describe("codingInput", () => {
  it("needs a stance exactly when the status is stated", () => {
    const base = { proposition: "p", basis: "", note: "" };
    expect(codingInput.safeParse({ ...base, status: "stated", stance: 1 }).success).toBe(true);
    expect(codingInput.safeParse({ ...base, status: "stated", stance: null }).success).toBe(false);
    expect(codingInput.safeParse({ ...base, status: "ambiguous", stance: 1 }).success).toBe(false);
    expect(codingInput.safeParse({ ...base, status: "stated", stance: 3 }).success).toBe(false);
  });
});

describe("updateRecordInput", () => {
  it("reports date problems as field errors and wants a note for an unresolved speaker", () => {
    const result = updateRecordInput.safeParse({
      publicId: "abc",
      expectedVersion: 1,
      text: "x",
      mode: "paraphrase",
      ...day,
      dateEnd: "2018-11-06",
      topics: [],
      event: null,
      attribution: { status: "unresolved", note: "" },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["dateEnd", "attributionNote"]));
  });
});

describe("a role's span as typed", () => {
  it("keeps each end at its precision: a year, a month or a day", () => {
    expect(roleSpan("2024-10-21", null)).toEqual({
      ok: true,
      span: { startDate: "2024-10-21", startPrecision: "day", endDate: null, endPrecision: "unknown" },
    });
    expect(roleSpan("2016", "2024-10")).toEqual({
      ok: true,
      span: { startDate: "2016-01-01", startPrecision: "year", endDate: "2024-10-31", endPrecision: "month" },
    });
    expect(roleSpan(null, null)).toEqual({
      ok: true,
      span: { startDate: null, startPrecision: "unknown", endDate: null, endPrecision: "unknown" },
    });
  });

  it("refuses what is not a date, and an end before the start", () => {
    expect(roleSpan("21/10/2024", "2024-02-30")).toEqual({
      ok: false,
      errors: {
        start: "A date as YYYY, YYYY-MM or YYYY-MM-DD, or empty when not known.",
        end: "A date as YYYY, YYYY-MM or YYYY-MM-DD, or empty when not known.",
      },
    });
    expect(roleSpan("2024-10", "2024-09-30")).toEqual({
      ok: false,
      errors: { end: "The role cannot end before it starts." },
    });
    // The same month at both ends is a role held within that month.
    expect(roleSpan("2024-10", "2024-10").ok).toBe(true);
  });
});
