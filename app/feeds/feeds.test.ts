/**
 * Every kind of feed through its route handler, on a real seeded SQLite file, parsed by fast-xml-parser and
 * checked against RFC 4287's rules; then the changes a feed reader is waiting for: a recode shows in the view's
 * change feed and in the actor x proposition feed, a resolved speaker and a new record in the change feed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? "/tmp"}/positions-feeds-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = file;
  process.env.BETTER_AUTH_SECRET = "test-secret-for-the-feed-tests-0123456789abcdef";
  delete process.env.REQUIRE_SIGN_IN;
  delete process.env.BETTER_AUTH_URL;
  return { file };
});

import fs from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getEditableRecord } from "@/db/queries/statement-snapshot";
import { setCodedPositions, updateStatement } from "@/db/queries/statement-write";
import { createUserWithPassword } from "@/db/queries/users";
import { updateInputFromRecord } from "@/lib/record-edit";
import { loadSeeds } from "@/seeds/load";
import { generateSynthetic } from "@/seeds/synthetic";
import { GET as changesRoute } from "./changes/route";
import { GET as positionsRoute } from "./positions/route";
import { GET as stancesRoute } from "./stances/route";

const ROUTES = { positions: positionsRoute, changes: changesRoute, stances: stancesRoute };
type Kind = keyof typeof ROUTES;

async function fetchFeed(kind: Kind, query = "", headers: Record<string, string> = {}) {
  const request = new NextRequest(new URL(`/feeds/${kind}${query}`, "http://localhost:3000"), { headers });
  return ROUTES[kind](request);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
type Node = Record<string, unknown>;
const text = (v: unknown): string =>
  typeof v === "object" && v !== null ? String((v as Node)["#text"] ?? "") : String(v);

/** RFC 4287 section 4.1: the rules a feed document must satisfy. Returns the parsed feed. */
function checkAtom(xml: string, byUpdated = true) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
  }).parse(xml);
  const feed = doc.feed as Node;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const name of ["id", "title", "updated"]) expect(asList(feed[name]), `feed ${name}`).toHaveLength(1);
  expect(text(feed.updated)).toMatch(RFC3339);
  expect(text(feed.id)).toMatch(/^tag:[a-z0-9.-]+,\d{4}:/);
  const links = asList(feed.link as Node | Node[]);
  expect(links.filter((l) => l["@rel"] === "self")).toHaveLength(1);
  // At most one alternate per type and language (4.1.1).
  const alternates = links.filter((l) => (l["@rel"] ?? "alternate") === "alternate");
  expect(new Set(alternates.map((l) => l["@type"])).size).toBe(alternates.length);
  for (const l of links) expect(String(l["@href"])).toMatch(/^https?:\/\//);
  const entries = asList(feed.entry as Node | Node[]);
  const feedHasAuthor = asList(feed.author).length > 0;
  for (const e of entries) {
    for (const name of ["id", "title", "updated"]) expect(asList(e[name]), `entry ${name}`).toHaveLength(1);
    expect(text(e.id)).toMatch(/^tag:[a-z0-9.-]+,\d{4}:\S+$/);
    expect(text(e.updated)).toMatch(RFC3339);
    if (e.published !== undefined) expect(text(e.published)).toMatch(RFC3339);
    // 4.1.2: an entry without content must have an alternate link; and an author, or the feed's.
    expect(feedHasAuthor || asList(e.author).length > 0).toBe(true);
    const entryLinks = asList(e.link as Node | Node[]);
    expect(entryLinks.filter((l) => (l["@rel"] ?? "alternate") === "alternate")).toHaveLength(1);
    if (e.content !== undefined) expect((e.content as Node)["@type"]).toBe("html");
    // The feed's updated is the newest of its entries' (or later).
    expect(text(feed.updated) >= text(e.updated)).toBe(true);
  }
  const ids = entries.map((e) => text(e.id));
  expect(new Set(ids).size).toBe(ids.length);
  // Change feeds are newest change first; a view's feed is in the view's order (newest statement date first).
  if (byUpdated) {
    const updated = entries.map((e) => text(e.updated));
    expect(updated).toEqual([...updated].sort().reverse());
  }
  return { feed, entries };
}

let actorId: string;
beforeAll(() => {
  const db = getDb();
  migrateDatabase(db);
  loadSeeds(db);
  actorId = createUserWithPassword(db, {
    email: "f@t.test",
    name: "Fay",
    role: "analyst",
    passwordHash: "x",
  }).id;
});
afterAll(() => {
  getDb().$client.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${env.file}${suffix}`, { force: true });
});

describe("every feed kind is valid Atom", () => {
  const cases: [Kind, string][] = [
    ["positions", ""],
    ["positions", "?topic=cyber-security&speaker=bui-van-nam"],
    ["positions", "?q=%22joint+drills%22&size=7&sort=nonsense"],
    ["positions", "?speaker=nobody"],
    ["changes", ""],
    ["changes", "?topic=cybercrime"],
    ["stances", "?speaker=dang-hoang-giang&proposition=un-central-role"],
    ["stances", "?country=VN&proposition=un-central-role"],
    ["stances", "?proposition=nothing&country=zz9"],
  ];
  for (const [kind, query] of cases) {
    it(`/feeds/${kind}${query}`, async () => {
      const response = await fetchFeed(kind, query);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      checkAtom(await response.text(), kind !== "positions");
    });
  }

  it("the positions feed lists the view's records newest first, linked to their permalinks, with what they are", async () => {
    const { feed, entries } = checkAtom(
      await (await fetchFeed("positions", "?speaker=bui-van-nam")).text(),
      false,
    );
    expect(entries).toHaveLength(4);
    const first = entries[0] as Node;
    expect(text(first.id)).toMatch(/^tag:positions\.local,2026:record\/[a-z0-9]{10}$/);
    const link = asList(first.link as Node | Node[])[0] as Node;
    expect(link["@href"]).toMatch(/^http:\/\/localhost:3000\/positions\/[a-z0-9]{10}$/);
    const content = text(first.content);
    expect(content).toContain("Bui Van Nam");
    expect(content).toContain("Deputy Minister");
    expect(content).toContain("role at the time");
    expect(content).toMatch(/Nov(ember)? 2018/);
    expect(text(feed.title)).toContain("/positions?speaker=bui-van-nam");
  });

  it("names ignored parameters in the subtitle instead of failing", async () => {
    const { feed } = checkAtom(await (await fetchFeed("positions", "?speaker=nobody&size=7")).text(), false);
    expect(text(feed.subtitle)).toContain("speaker=nobody");
  });

  it("a stance feed names what it does not read, each part once, in the one notice shape", async () => {
    const { feed } = checkAtom(
      await (
        await fetchFeed("stances", "?country=VN&proposition=un-central-role&group=speaker&colour=red")
      ).text(),
      false,
    );
    const subtitle = text(feed.subtitle);
    expect(subtitle).toContain("group=speaker: not used by a stance feed");
    expect(subtitle).toContain("colour=red: unknown parameter");
    expect(subtitle.match(/colour/g)).toHaveLength(1);
  });
});

describe("conditional requests", () => {
  it("answers 304 to its ETag and to its Last-Modified", async () => {
    const first = await fetchFeed("positions", "?topic=cybercrime");
    const etag = first.headers.get("etag") ?? "";
    const lastModified = first.headers.get("last-modified") ?? "";
    expect(etag).not.toBe("");
    expect(new Date(lastModified).getTime()).not.toBeNaN();
    expect((await fetchFeed("positions", "?topic=cybercrime", { "if-none-match": etag })).status).toBe(304);
    expect(
      (await fetchFeed("positions", "?topic=cybercrime", { "if-modified-since": lastModified })).status,
    ).toBe(304);
    expect((await fetchFeed("positions", "?topic=cybercrime", { "if-none-match": '"stale"' })).status).toBe(
      200,
    );
  });
});

describe("changes reach the change feeds", () => {
  it("a recode shows in the view's change feed and in the actor x proposition feed, with before and after", async () => {
    const db = getDb();
    const stanceQuery = "?speaker=dang-hoang-giang&proposition=un-central-role";
    const before = checkAtom(await (await fetchFeed("stances", stanceQuery)).text());
    const etag = (await fetchFeed("stances", stanceQuery)).headers.get("etag") ?? "";
    const record = getEditableRecord(db, "ngbpcmegn9");
    if (!record) throw new Error("seed record missing");
    const codings = record.snapshot.codings.map((c) =>
      c.proposition === "un-central-role" ? { ...c, status: "stated" as const, stance: -1 } : c,
    );
    const had = record.snapshot.codings.find((c) => c.proposition === "un-central-role");
    expect(had).toBeDefined();
    // Two recodes: the second has the first's revision to say what it was before.
    for (const stance of [-1, 1]) {
      const current = getEditableRecord(db, "ngbpcmegn9");
      if (!current) throw new Error("record missing");
      const result = setCodedPositions(db, {
        publicId: "ngbpcmegn9",
        expectedVersion: current.version,
        codings: codings.map((c) => (c.proposition === "un-central-role" ? { ...c, stance } : c)),
        actorId,
      });
      expect(result.ok).toBe(true);
    }
    const after = checkAtom(await (await fetchFeed("stances", stanceQuery)).text());
    expect(after.entries.length).toBe(before.entries.length + 2);
    const newest = after.entries[0] as Node;
    expect(text(newest.title)).toMatch(/^Recoded: Dang Hoang Giang/);
    expect(text(newest.summary)).toContain("stance -1 → stance +1");
    expect(text(newest.id)).toMatch(/record\/ngbpcmegn9\/v\d+\/recoded$/);
    expect((await fetchFeed("stances", stanceQuery, { "if-none-match": etag })).status).toBe(200);

    // The same recode is in the change feed of a view holding the record, not of one that does not.
    const inView = checkAtom(await (await fetchFeed("changes", "?speaker=dang-hoang-giang")).text());
    expect(inView.entries.map((e) => text(e.id))).toContain(text(newest.id));
    const otherView = checkAtom(await (await fetchFeed("changes", "?speaker=bui-van-nam")).text());
    expect(otherView.entries.map((e) => text(e.id))).not.toContain(text(newest.id));
    // And in the country's stance feed, not in another proposition's.
    const country = checkAtom(
      await (await fetchFeed("stances", "?country=VN&proposition=un-central-role")).text(),
    );
    expect(country.entries.map((e) => text(e.id))).toContain(text(newest.id));
    const other = checkAtom(
      await (await fetchFeed("stances", "?country=VN&proposition=code-of-conduct")).text(),
    );
    expect(other.entries.map((e) => text(e.id))).not.toContain(text(newest.id));
  });

  it("a resolved speaker shows in the change feed", async () => {
    const db = getDb();
    const record = getEditableRecord(db, "gdm6h7r959");
    if (!record) throw new Error("seed record missing");
    const result = updateStatement(db, {
      ...updateInputFromRecord(record),
      attribution: {
        status: "resolved",
        person: "to-lam",
        role: "to-lam-general-secretary",
        note: "checked",
      },
      actorId,
    });
    expect(result.ok).toBe(true);
    const { entries } = checkAtom(await (await fetchFeed("changes", "?speaker=to-lam")).text());
    const resolved = entries.find((e) => text(e.id).endsWith("/resolved"));
    expect(resolved && text(resolved.title)).toMatch(/^Speaker resolved: To Lam/);
  });

  it("new records show in the change feed of a view they fall in, newest first", async () => {
    generateSynthetic(getDb(), { count: 60, seed: 11 });
    const { entries } = checkAtom(await (await fetchFeed("changes", "")).text());
    expect(entries).toHaveLength(50);
    expect(entries.filter((e) => text(e.id).endsWith("/new")).length).toBeGreaterThan(0);
  });
});
