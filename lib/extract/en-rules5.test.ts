import { describe, expect, it } from "vitest";
import { extractCandidates } from "./candidates";

// Rule classes added in the fifth round (issue 14), after en-unseen5's misses and wrong proposals were read. The
// sentences are written for the rules, not copied from the test sets.
const run = (raw: string) => extractCandidates({ raw, published: "2024-05-10" });
const rows = (raw: string) =>
  run(raw).candidates.map((c) => [c.speaker?.name ?? null, c.attribution.kind] as const);
const asides = (raw: string) => run(raw).setAside.map((c) => c.reason);

describe("attribution rules of the fifth round (issue 14), English and Vietnamese", () => {
  it("reads a given name that also names a country as the person named in full before it", () => {
    const text =
      "Minister of Industry Nguyen Van Thai opened the fair. According to Minister Thai, exports rose by a tenth. Later, Deputy Minister Thai said the plan was on track.";
    expect(rows(text)).toEqual([
      ["Nguyen Van Thai", "given_name"],
      ["Nguyen Van Thai", "given_name"],
    ]);
    expect(run(text).candidates[0]?.attribution.note).toMatch(/also names a country/);
    // With no such person before it, the word still names the country, and a foreign official stays set aside.
    expect(asides("According to Deputy Minister Thai, exports rose.")).toEqual([
      "the speaker is another country, not a Vietnamese official",
    ]);
    expect(rows("Thai Deputy Minister Somchai Wong said trade grew.")).toEqual([]);
    // A country's own name stays the country, though a person of the passage has its last word as given name.
    const vi =
      "Việt Nam ủng hộ hợp tác chống tội phạm mạng\n\nHà Nội (TTXVN) – Thứ trưởng Bộ Công an Bùi Văn Nam cho biết Việt Nam ủng hộ hợp tác.";
    expect(rows(vi)).toEqual([["Bùi Văn Nam", "title_and_name"]]);
  });

  it("sets aside a private person called by an occupation, and what is said after them", () => {
    const text =
      "Lawyer Tran Van Binh told reporters on Monday that the draft law was weak. “We need judges for life,” he said. However, reform takes time.";
    expect(rows(text)).toEqual([]);
    expect(asides(text)[0]).toBe("the speaker is not a Vietnamese official");
    expect(rows("Activist Le Thi Hoa said the river was polluted. Hoa said she would go on.")).toEqual([]);
    // In Vietnamese too: "Luật sư X" and "ông X" after it are set aside; a lawyer who is a deputy is proposed.
    const vi =
      "Luật sư Trần Văn Tâm cho biết luật còn nhiều kẽ hở. Ông Tâm nói thêm rằng cần sửa luật. Luật sư Nguyễn Văn Bình, đại biểu Quốc hội, cho rằng luật cần sửa.";
    expect(rows(vi)).toEqual([["Nguyễn Văn Bình", "title_and_name"]]);
    expect(asides(vi)).toHaveLength(2);
    // A post wins over an occupation: a lawyer who is a deputy speaks as an official.
    expect(rows("Lawyer and National Assembly deputy Truong Trong Nghia said the draft was weak.")).toEqual([
      ["Truong Trong Nghia", "title_and_name"],
    ]);
  });
});
