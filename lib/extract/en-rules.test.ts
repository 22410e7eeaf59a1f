import { describe, expect, it } from "vitest";
import { extractCandidates } from "./candidates";
import { splitParagraphs, splitSentences } from "./sentences";

const run = (raw: string, published: string | null = "2024-11-09") => extractCandidates({ raw, published });

const ARTICLE = [
  "Vietnam backs regional cyber cooperation: Deputy Minister",
  "",
  "Moscow, November 8 (NDO/VNA) - Deputy Minister of Public Security Lieut. Gen. Nguyễn Văn Long attended the 17th meeting of heads of security agencies held in Moscow, Russia.",
  "",
  "The Deputy Minister stressed that Vietnam supports closer cooperation against cybercrime.",
  "",
  "He urged partners to share more information.",
  "",
  "According to him, online fraud is rising across the region.",
  "",
  "The 18th meeting is to be held in Hanoi next year, Long said.",
].join("\n");

describe("English news prose", () => {
  const result = run(ARTICLE);
  // The lead sentence has no reporting verb: it introduces the speaker but is no statement.
  const [headline, title, pronoun, according, future] = result.candidates;

  it("never ends a sentence at a rank or title abbreviation", () => {
    for (const text of [
      "Deputy Minister Lieut. Gen. Bui Van Nam said so. He added more.",
      "Amb. Dang Hoang Giang said so. He added more.",
      "Dep. Minister Prof. Dr. Nguyen Van A said so. He added more.",
    ])
      expect(splitParagraphs(text).flatMap(splitSentences)).toHaveLength(2);
  });

  it("reads the role, the organisation and the rank as written from the title", () => {
    expect(title?.role).toEqual({
      title: "Deputy Minister of Public Security",
      rank: "Lieutenant General",
      roleId: null,
      organization: "Ministry of Public Security",
    });
    const [glued] = run(
      "Deputy Minister of Public Security Sen. Lieut. Gen.Nguyen Van Thanh said Vietnam backs it.",
    ).candidates;
    expect(glued?.speaker?.name).toBe("Nguyen Van Thanh");
    expect(glued?.role?.rank).toBe("Senior Lieutenant General");
  });

  it("resolves a title alone, a pronoun and 'According to him' across paragraph breaks, as inferred with a note", () => {
    for (const c of [title, pronoun, according]) {
      expect(c?.speaker?.name).toBe("Nguyễn Văn Long");
      expect(c?.attribution.note).toContain("Nguyễn Văn Long");
    }
    expect(title?.attribution.kind).toBe("title_only");
    expect(pronoun?.attribution.kind).toBe("pronoun");
    expect(according?.attribution.kind).toBe("pronoun");
    expect(according?.provenance).toMatchObject({ rule: "en.according-to", cue: "according to" });
    expect(pronoun?.provenance.considered[0]).toMatchObject({ name: "Nguyễn Văn Long", score: 1 });
  });

  it("reads the headline's speaker tag once the article names the person", () => {
    expect(headline?.provenance.rule).toBe("en.headline-tag");
    expect(headline?.speaker?.name).toBe("Nguyễn Văn Long");
    expect(headline?.mode).toBe("summary");
    expect(result.candidates).toHaveLength(5);
  });

  it("attaches the meeting reported, not the one announced for later", () => {
    expect(future?.event?.name).toContain("17th meeting");
    expect(title?.event?.city).toBe("Moscow");
  });

  it("reads the dateline's date when a sentence has none", () => {
    expect(pronoun?.date).toMatchObject({ start: "2024-11-08", basis: "inferred" });
    expect(pronoun?.date.note).toContain("dateline");
    expect(result.outlet).toBe("Nhan Dan Online (NDO) / Vietnam News Agency (VNA)");
  });

  it("gives a new person the native name the article writes", () => {
    const [c] = run(
      "Deputy Foreign Minister Do Hung Viet said Vietnam supports dialogue.\nDeputy Foreign Minister Đỗ Hùng Việt (Photo: VNA)",
    ).candidates;
    expect(c?.speaker).toMatchObject({ name: "Do Hung Viet", nativeName: "Đỗ Hùng Việt" });
  });

  it("leaves the nationality adjective out of the title", () => {
    const [c] = run(
      "Vietnamese Minister of Foreign Affairs Bui Thanh Son said ASEAN must stay united.",
    ).candidates;
    expect(c?.role?.title).toBe("Minister of Foreign Affairs");
    expect(c?.role?.organization).toBe("Ministry of Foreign Affairs");
    expect(c?.speaker?.country).toBe("VN");
  });

  it("X made the statement: that sentence and the one before it are X's", () => {
    const r = run(
      "Further cooperation is needed against transnational crime.\nVietnamese Deputy Minister of Public Security Lt. Gen. Le Quy Vuong made the statement at the opening session on June 19.",
    );
    expect(r.candidates.map((c) => [c.speaker?.name, c.attribution.kind])).toEqual([
      ["Le Quy Vuong", "continuation"],
      ["Le Quy Vuong", "title_and_name"],
    ]);
    expect(r.candidates[0]?.provenance.rule).toBe("en.made-the-remarks.preceding");
  });

  it("an appositive in lower case and a time phrase after an inverted speaker", () => {
    const [a] = run(
      "Ambassador Dang Dinh Quy, head of the Vietnamese delegation to the UN, said Vietnam is ready.",
    ).candidates;
    expect(a?.speaker?.name).toBe("Dang Dinh Quy");
    const r = run("ASEAN needs a collective response, said Indonesian Foreign Minister Sugiono on Sunday.");
    expect(r.candidates).toEqual([]);
    expect(r.setAside[0]?.reason).toBe("the speaker is not a Vietnamese official");
  });
});
