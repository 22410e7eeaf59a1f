import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/text";
import { readArticle, readCuratedSeeds } from "@/seeds/load";
import { extractCandidates } from "./candidates";
import type { Candidate, KnownPerson } from "./types";

const seeds = readCuratedSeeds();
const topics = seeds.topics.map((t) => ({
  slug: t.slug,
  name: t.name,
  description: t.description,
  path: t.slug,
}));

function find(list: Candidate[], start: string): Candidate {
  const c = list.find((x) => x.text.startsWith(start));
  if (!c)
    throw new Error(
      `no candidate starting "${start}" among: ${list.map((x) => x.text.slice(0, 40)).join(" | ")}`,
    );
  return c;
}

describe("extraction on the first seed article (NDO/VNA, Moscow 2018)", () => {
  const raw = readArticle("000_1fc0ae8c90dac3f4.txt");
  const result = extractCandidates({ raw, known: { topics } });

  it("reads the dateline as the publication date and skips the caption, the lead and the communiqué", () => {
    expect(result.published).toBe("2018-11-09");
    expect(result.publishedFrom).toBe("text");
    expect(result.candidates.map((c) => c.evidence.start)).toEqual([1037, 1320, 1498, 1889]);
  });

  it("resolves the role reference, the continuation, the given name and the officer to Bui Van Nam", () => {
    const [a, b, c, d] = result.candidates;
    expect(a?.attribution).toMatchObject({ kind: "role_reference", status: "resolved" });
    expect(b?.attribution.kind).toBe("continuation");
    expect(c?.attribution).toMatchObject({ text: "Nam shared", kind: "given_name", status: "resolved" });
    expect(d?.speakerAsWritten).toBe("the Vietnamese officer");
    for (const x of result.candidates) {
      expect(x.speaker?.name).toBe("Bui Van Nam");
      expect(x.role).toEqual({
        title: "Deputy Minister of Public Security",
        rank: "Senior Lieutenant General",
        roleId: null,
        organization: "Ministry of Public Security",
      });
    }
  });

  it("finds the event, its city and its dates, the year inferred from the dateline with the reason", () => {
    const c = result.candidates[0];
    expect(c?.event).toMatchObject({
      name: "17th meeting of heads of special services, security and law enforcement agencies",
      edition: 17,
      kind: "multilateral_meeting",
      city: "Moscow",
      country: "RU",
    });
    expect(c?.date).toMatchObject({
      start: "2018-11-07",
      end: "2018-11-08",
      precision: "range",
      inferred: true,
    });
    expect(c?.date.note).toContain("2018-11-09");
    expect(c?.flags).toContain("inferred_date");
  });

  it("gives evidence offsets in code points that slice the raw text exactly", () => {
    for (const c of result.candidates)
      expect(sliceCodePoints(raw, c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("sets aside 'According to organisers' as a group", () => {
    expect(result.setAside.map((s) => s.reason)).toEqual([
      "the speaker is a group or an institution, not one official",
    ]);
  });
});

describe("extraction on the second seed article (VNA, UNSC debate, with snippets)", () => {
  const raw = readArticle("004_90988578e48dc927.txt");
  const result = extractCandidates({ raw, known: { topics } });

  it("keeps the body's copy of the repeated lead and resolves 'Vietnam has urged' to the ambassador", () => {
    const lead = result.candidates.filter((c) => c.text.startsWith("Vietnam has urged"));
    expect(lead).toHaveLength(1);
    expect(lead[0]?.evidence.start).toBe(580);
    expect(lead[0]?.attribution).toMatchObject({ kind: "country", status: "resolved" });
    expect(lead[0]?.speaker?.name).toBe("Dang Hoang Giang");
    expect(lead[0]?.mode).toBe("summary");
  });

  it("takes the appositive title and refers 'the ambassador', the continuation and 'Giang said' back to him", () => {
    const named = find(result.candidates, "Addressing the high-level debate");
    expect(named.attribution.kind).toBe("title_and_name");
    expect(named.role?.title).toBe("Ambassador, Permanent Representative of Vietnam to the UN");
    expect(find(result.candidates, "To address those threats").attribution.text).toBe("the ambassador said");
    expect(find(result.candidates, "At the same time").attribution.kind).toBe("continuation");
    expect(find(result.candidates, "Vietnam backs and actively").speaker?.name).toBe("Dang Hoang Giang");
  });

  it("flags 'June 20' without a year, since the scrape has no publication date", () => {
    const c = find(result.candidates, "To address those threats");
    expect(c.date.precision).toBe("unknown");
    expect(c.flags).toContain("date_needs_year");
    expect(c.event?.city).toBe("New York");
    expect(c.event?.kind).toBe("unsc_open_debate");
  });

  it("infers 2024 once the publication date is given", () => {
    const dated = extractCandidates({ raw, published: "2024-06-21" });
    expect(find(dated.candidates, "To address those threats").date).toMatchObject({
      start: "2024-06-20",
      precision: "day",
      inferred: true,
    });
  });

  it("treats each snippet after the end marker on its own: no event, no date, pronouns unresolved", () => {
    const pledged = find(result.candidates, "He also pledged");
    expect(pledged.context).toBe("snippet");
    expect(pledged.attribution).toMatchObject({ kind: "pronoun", status: "unresolved" });
    expect(pledged.flags).toEqual(expect.arrayContaining(["unresolved_speaker", "no_event"]));
    const man = find(result.candidates, "NA Chairman Tran Thanh Man");
    expect(man.attribution.kind).toBe("title_and_name");
    expect(man.role?.title).toBe("NA Chairman");
    expect(man.date.precision).toBe("unknown");
  });

  it("flags one-word names and a bare title as unresolved and never guesses", () => {
    for (const [start, kind] of [
      ["Under the leadership", "given_name"],
      ["Addressing concerns", "given_name"],
      ["The country is willing", "given_name"],
      ["The Chairman stressed", "title_only"],
    ] as const) {
      const c = find(result.candidates, start);
      expect(c.attribution).toMatchObject({ kind, status: "unresolved" });
      expect(c.speaker).toBeNull();
    }
    const quote = find(result.candidates, "“Over the past decade");
    expect(quote.mode).toBe("direct_quote");
    expect(quote.attribution.note).toContain("Son");
  });

  it("sets aside the Lao foreign minister, flagged as not a Vietnamese official, and the group and agency passages", () => {
    const lao = result.setAside.find((s) => s.text.startsWith("Lao Minister"));
    expect(lao?.flags).toContain("not_vietnamese_official");
    expect(result.candidates.some((c) => c.text.startsWith("Lao Minister"))).toBe(false);
    expect(result.candidates.some((c) => c.text.startsWith("Under the chair"))).toBe(false);
    expect(result.candidates.some((c) => c.text.startsWith("As many as"))).toBe(false);
  });
});

const HARD = [
  "Vietnam, Laos pledge closer ties",
  "",
  "Hanoi, (VNA) – Deputy Prime Minister Tran Luu Quang held talks with Lao Foreign Minister Saleumxay Kommasith in Hanoi on March 5.",
  "",
  "Speaking at the talks held in Hanoi on March 5, Quang said Vietnam treasures its special relationship with Laos.",
  "",
  "“We will keep cooperating closely. Security along the border matters to both peoples,” he said.",
  "",
  "The Deputy Prime Minister noted that two-way trade had grown ᩚᩚ𒀱 by 20 percent.",
  "",
  "Lao Foreign Minister Saleumxay Kommasith affirmed that Laos values the partnership.",
  "",
  "Minh stressed the need for more flights.",
].join("\n");

describe("hard cases", () => {
  const result = extractCandidates({ raw: HARD, published: "2024-03-06" });

  it("resolves a given name, a pronoun after a quote spanning sentences, and a title alone", () => {
    const quang = find(result.candidates, "Speaking at the talks");
    expect(quang.attribution).toMatchObject({ kind: "given_name", status: "resolved" });
    expect(quang.speaker?.name).toBe("Tran Luu Quang");
    const quote = find(result.candidates, "“We will keep cooperating");
    expect(quote.text).toContain("Security along the border matters to both peoples");
    expect(quote.mode).toBe("direct_quote");
    expect(quote.attribution).toMatchObject({ kind: "pronoun", status: "resolved" });
    expect(quote.speaker?.name).toBe("Tran Luu Quang");
    const title = find(result.candidates, "The Deputy Prime Minister noted");
    expect(title.attribution).toMatchObject({ kind: "title_only", status: "resolved" });
    expect(title.speaker?.name).toBe("Tran Luu Quang");
    expect(title.role?.title).toBe("Deputy Prime Minister");
  });

  it("removes the junk from the display text while the evidence keeps the raw characters", () => {
    const c = find(result.candidates, "The Deputy Prime Minister noted");
    expect(c.text).toBe("The Deputy Prime Minister noted that two-way trade had grown by 20 percent.");
    expect(c.evidence.text).toContain("ᩚᩚ𒀱");
    expect(sliceCodePoints(HARD, c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("dates the talks with the year inferred from the publication date", () => {
    const c = find(result.candidates, "Speaking at the talks");
    expect(c.event?.kind).toBe("bilateral_talks");
    expect(c.date).toMatchObject({ start: "2024-03-05", precision: "day", inferred: true });
  });

  it("sets aside the Lao minister and leaves a one-word name unresolved", () => {
    expect(result.setAside.map((s) => s.speakerAsWritten)).toEqual([
      "Lao Foreign Minister Saleumxay Kommasith",
    ]);
    const minh = find(result.candidates, "Minh stressed");
    expect(minh.attribution).toMatchObject({ kind: "given_name", status: "unresolved" });
  });

  it("reads inverted and 'According to' frames", () => {
    const r = extractCandidates({
      raw: [
        '"We will keep working with all partners," said Deputy Foreign Minister Do Hung Viet.',
        "According to Deputy Foreign Minister Do Hung Viet, the talks went well.",
        "Cooperation must deepen, said the deputy minister.",
      ].join("\n"),
    });
    expect(r.candidates.map((c) => [c.attribution.kind, c.speaker?.name, c.role?.title])).toEqual([
      ["title_and_name", "Do Hung Viet", "Deputy Foreign Minister"],
      ["title_and_name", "Do Hung Viet", "Deputy Foreign Minister"],
      ["role_reference", "Do Hung Viet", "Deputy Foreign Minister"],
    ]);
    expect(r.candidates[0]?.attribution.text).toBe("said Deputy Foreign Minister Do Hung Viet");
    expect(r.candidates[0]?.mode).toBe("direct_quote");
  });

  it("reads a time phrase between speaker and verb, and a sentence's own date over the event's", () => {
    const r = extractCandidates({
      raw: [
        "Hanoi (VNA) – Prime Minister Pham Minh Chinh on October 5 urged ministries to act at a conference held in Hanoi on October 5.",
        "Foreign Minister Bui Thanh Son told reporters on October 6 that Vietnam welcomes investment.",
      ].join("\n"),
      published: "2024-10-07",
    });
    expect(r.datelineCity).toBe("Hanoi");
    const [chinh, son] = r.candidates;
    expect(chinh?.attribution.text).toBe("Prime Minister Pham Minh Chinh on October 5 urged");
    expect(chinh?.date.start).toBe("2024-10-05");
    expect(son?.date).toMatchObject({ start: "2024-10-06", inferred: true });
    expect(son?.event?.city).toBe("Hanoi");
  });

  it("resolves later references to foreign officials and sets them aside too; lower-case title words", () => {
    const r = extractCandidates({
      raw: [
        "Chinese Foreign Minister Wang Yi said China values the ties.",
        '"Our friendship is precious," Wang said.',
        "Party chief To Lam said the reform would continue.",
      ].join("\n"),
    });
    expect(r.setAside.map((s) => [s.speaker?.name, s.reason])).toEqual([
      ["Wang Yi", "the speaker is not a Vietnamese official"],
      ["Wang Yi", "the speaker is not a Vietnamese official"],
    ]);
    expect(r.candidates.map((c) => [c.speaker?.name, c.role?.title])).toEqual([["To Lam", "Party chief"]]);
  });

  it("links known people written with or without diacritics, and only hints on one-word names", () => {
    const known: KnownPerson[] = [
      {
        id: 7,
        slug: "bui-van-nam",
        name: "Bui Van Nam",
        nativeName: "Bùi Văn Nam",
        givenName: "Nam",
        familyName: "Bui",
        country: "VN",
        aliases: ["Nam"],
        roles: [{ id: 3, title: "Deputy Minister of Public Security", rank: "Senior Lieutenant General" }],
      },
    ];
    const withDiacritics = extractCandidates({
      raw: "Deputy Minister Bùi Văn Nam said cooperation matters.\nNam said more.",
      known: { persons: known },
    });
    expect(withDiacritics.candidates[0]?.speaker).toMatchObject({ personId: 7, name: "Bui Van Nam" });
    expect(withDiacritics.candidates[1]?.speaker?.personId).toBe(7);
    const alone = extractCandidates({ raw: "Nam said cooperation matters.", known: { persons: known } });
    expect(alone.candidates[0]?.speaker).toBeNull();
    expect(alone.candidates[0]?.attribution.note).toContain("Known people with this name: Bui Van Nam");
    const role = extractCandidates({
      raw: "Deputy Minister of Public Security Bui Van Nam said cooperation matters.",
      known: { persons: known },
    });
    expect(role.candidates[0]?.role).toMatchObject({ roleId: 3 });
  });
});
