import { describe, expect, it } from "vitest";
import { attachmentName, formatBytes, recordCounter } from "./export-progress";
import { encodeRecords } from "./records-file";
import type { RecordRow } from "./records-format";

const record = (i: number, text: string): RecordRow =>
  ({ publicId: `r${i}`, text, topics: ["cyber-security"] }) as unknown as RecordRow;

/** Feeds the file in pieces of `size` characters, as a network would cut it, and returns the last count. */
function countIn(file: string, format: "csv" | "json", size: number): number[] {
  const counter = recordCounter(format);
  const seen: number[] = [];
  for (let i = 0; i < file.length; i += size) seen.push(counter.feed(file.slice(i, i + size)));
  return seen;
}

describe("export progress", () => {
  // Texts that would fool a naive line count: quoted line breaks, escaped quotes, a brace after a break.
  const records = [
    record(1, "plain"),
    record(2, 'He said "no"\nand then\r\n{left}'),
    record(3, '"quoted at both ends"'),
    record(4, "\n{"),
  ];

  for (const format of ["csv", "json"] as const) {
    const file = [...encodeRecords(records, format)].join("");
    for (const size of [1, 3, 7, 64, file.length])
      it(`counts every ${format} record once, in pieces of ${size} characters`, () => {
        const seen = countIn(file, format, size);
        expect(seen.at(-1)).toBe(records.length);
        // Never counts backwards, never past the file's records.
        expect(seen.every((n, i) => n >= (seen[i - 1] ?? 0) && n <= records.length)).toBe(true);
      });
  }

  it("counts nothing in an empty export", () => {
    expect(countIn([...encodeRecords([], "csv")].join(""), "csv", 5).at(-1)).toBe(0);
    expect(countIn([...encodeRecords([], "json")].join(""), "json", 5).at(-1)).toBe(0);
  });

  it("says sizes and reads file names as a user would", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(4_200)).toBe("4.2 kB");
    expect(formatBytes(52_400_000)).toBe("52 MB");
    expect(attachmentName('attachment; filename="positions-2026-12-02.csv"', "x")).toBe(
      "positions-2026-12-02.csv",
    );
    expect(attachmentName('attachment; filename="../etc/passwd"', "export.csv")).toBe("export.csv");
    expect(attachmentName(null, "export.json")).toBe("export.json");
  });
});
