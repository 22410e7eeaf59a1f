import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvLine, neutraliseCell, restoreCell } from "./csv-safe";

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
    [" \n-1", "' \n-1"],
    ["'quoted", "''quoted"],
    ["''", "'''"],
    ["plain", "plain"],
    ["a=b", "a=b"],
    [" plain", " plain"],
    ["", ""],
    ["Đặng", "Đặng"],
  ])("%j -> %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
    expect(restoreCell(neutraliseCell(input))).toBe(input);
  });

  it("restores arbitrary strings exactly (property), and never leaves a formula start", () => {
    const risky = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc
        .tuple(
          fc.stringMatching(/^[ \t\r\n']{0,4}$/),
          fc.constantFrom("=", "+", "-", "@", "'", "\t", "\r", "x"),
          fc.string({ maxLength: 10 }),
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(risky, (value) => {
        const safe = neutraliseCell(value);
        expect(restoreCell(safe)).toBe(value);
        expect(/^\s*[=+\-@\t\r]/.test(safe)).toBe(false);
        // Through a CSV file and back, as the bulk import reads it.
        const table = parse(csvLine([value])) as string[][];
        expect(restoreCell(table[0]?.[0] ?? "")).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it("quotes fields that need it and leaves numbers alone", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvLine(["a", "b\nc"])).toBe('a,"b\nc"\r\n');
    expect(csvLine(["=1,2"])).toBe('"\'=1,2"\r\n');
  });
});
