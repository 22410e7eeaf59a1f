import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { cleanDisplayText, codePointLength, sliceCodePoints } from "@/lib/text";
import { loadSeeds, readArticle, readCuratedSeeds, sha256 } from "./load";

const seeds = readCuratedSeeds();
const rawBySlug = new Map(seeds.sources.map((s) => [s.slug, readArticle(s.file)]));

describe("seed articles", () => {
  it("are stored exactly as received, junk characters included", () => {
    for (const source of seeds.sources) {
      expect(sha256(rawBySlug.get(source.slug) ?? "")).toBe(source.sha256);
    }
    const second = rawBySlug.get("vna-2024-vietnam-backs-unsc-role-cyber-security") ?? "";
    expect(second).toContain("(VNA)ᩚᩚᩚᩚᩚᩚᩚᩚᩚ𒀱ᩚᩚᩚ - Vietnam has urged");
  });
});

describe("curated records", () => {
  it("have evidence offsets (in code points) that match the raw text exactly", () => {
    for (const s of [...seeds.statements, ...seeds.excluded]) {
      const raw = rawBySlug.get(s.source);
      expect(raw, s.source).toBeDefined();
      expect(sliceCodePoints(raw ?? "", s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
      expect(s.evidence.end - s.evidence.start).toBe(codePointLength(s.evidence.text));
    }
  });

  it("show text cleaned of junk but with every diacritic", () => {
    expect(cleanDisplayText("(VNA)ᩚᩚᩚ𒀱ᩚ - Đặng Hoàng Giang")).toBe("(VNA) - Đặng Hoàng Giang");
    for (const s of seeds.statements) expect(cleanDisplayText(s.text)).toBe(s.text);
  });

  it("record Bui Van Nam at the Moscow meeting, 7-8 November 2018, as a range", () => {
    const nam = seeds.statements.filter((s) => s.person === "bui-van-nam");
    expect(nam).toHaveLength(4);
    for (const s of nam) {
      expect(s).toMatchObject({
        event: "moscow-2018-heads-of-special-services",
        role: "bui-van-nam-deputy-minister-public-security",
        dateStart: "2018-11-07",
        dateEnd: "2018-11-08",
        datePrecision: "range",
      });
    }
  });

  it("record Dang Hoang Giang on 20 June 2024 with the year marked inferred and the reason given", () => {
    const giang = seeds.statements.filter((s) => s.person === "dang-hoang-giang");
    expect(giang.length).toBeGreaterThanOrEqual(5);
    for (const s of giang) {
      expect(s).toMatchObject({ dateStart: "2024-06-20", datePrecision: "day", dateBasis: "inferred" });
      expect(s.dateNote).toMatch(/without a year/);
    }
  });

  it("flag one-word names, pronouns and bare titles as unresolved instead of guessing", () => {
    const unresolved = seeds.statements.filter((s) => s.attributionStatus === "unresolved");
    expect(unresolved.map((s) => s.attributionText).sort()).toEqual(
      [
        "Hang said",
        "He also pledged",
        "President Cuong said",
        "Son explained",
        "The Chairman stressed",
        "he noted",
      ].sort(),
    );
    for (const s of unresolved) expect(s.person).toBeNull();
  });

  it("leave out the Lao minister, attendances and sentences with no speaker", () => {
    const texts = seeds.statements.map((s) => s.evidence.text).join("\n");
    expect(texts).not.toMatch(
      /Thongsavanh|Luong Tam Quang|Party and State of Vietnam always|1,812 cyber attacks/,
    );
    expect(seeds.excluded.map((e) => e.reason).join("\n")).toMatch(/not a Vietnamese official/);
  });
});

describe("loading the seeds", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    ({ db, cleanup } = createTempDb());
  });
  afterAll(() => cleanup());

  it("is idempotent and keeps public ids stable", () => {
    expect(loadSeeds(db)).toEqual({ statementsAdded: seeds.statements.length, statementsPresent: 0 });
    const before = db.$client.prepare("select id, public_id from statements order by id").all();
    expect(loadSeeds(db)).toEqual({ statementsAdded: 0, statementsPresent: seeds.statements.length });
    expect(db.$client.prepare("select id, public_id from statements order by id").all()).toEqual(before);
    const counts = db.$client
      .prepare(
        "select (select count(*) from sources) s, (select count(*) from coded_positions) c, (select count(*) from statement_topics) t",
      )
      .get();
    expect(counts).toMatchObject({ s: 2 });
  });
});
