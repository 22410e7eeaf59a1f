import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/testing/temp-db";
import { loadSeeds } from "@/seeds/load";
import { getEvent, listEvents } from "./events";
import { getOfficial, listOfficials } from "./persons";
import {
  getStatementDetail,
  listRecordCardsByPublicId,
  listRelatedRecords,
  statementIdsInTopic,
} from "./statements";
import { getTopic, listTopics } from "./topics";

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  const temp = createTempDb();
  db = temp.db;
  cleanup = temp.cleanup;
  loadSeeds(db);
});
afterAll(() => cleanup());

describe("one record with everything", () => {
  it("joins speaker, role, organisation, event, source text, topics and coded positions", () => {
    const d = getStatementDetail(db, "r6xm3qpjm3");
    expect(d?.person?.slug).toBe("bui-van-nam");
    expect(d?.role?.rank).toBe("Senior Lieutenant General");
    expect(d?.organization?.name).toBe("Ministry of Public Security");
    expect(d?.event?.kind).toBe("multilateral_meeting");
    expect(d?.source.rawText.length).toBeGreaterThan(2000);
    expect(d?.topics.map((t) => t.slug)).toContain("national-cyber-law");
    expect(d?.positions.map((p) => [p.propositionSlug, p.stance])).toEqual([
      ["sovereignty-basis-of-cooperation", 2],
      ["national-cyber-law-foundation", 2],
    ]);
    expect(getStatementDetail(db, "nope")).toBeNull();
  });

  it("keeps an unresolved speaker unresolved", () => {
    const d = getStatementDetail(db, "s3bjwcg9t4");
    expect(d?.person).toBeNull();
    expect(d?.statement.attributionStatus).toBe("unresolved");
  });

  it("lists related records once each: same speaker, same event, same topic by others", () => {
    const d = getStatementDetail(db, "rb9j45cpkn");
    if (!d) throw new Error("missing");
    const related = listRelatedRecords(db, d);
    expect(related.sameSpeaker.records).toHaveLength(5);
    expect(related.sameSpeaker.total).toBe(6);
    expect(related.sameEvent.records).toHaveLength(0);
    const others = related.sameTopicOtherSpeakers.records.map((r) => r.publicId);
    expect(others).toContain("r6xm3qpjm3");
    expect(others).toContain("qnzffegkbz");
    expect(related.sameTopicOtherSpeakers.records.every((r) => r.speaker?.slug !== "dang-hoang-giang")).toBe(
      true,
    );
  });

  it("returns record cards in the order asked for", () => {
    const { cards, missing } = listRecordCardsByPublicId(db, ["fsxc7qkrw9", "s2ef9t2yt3", "zz"]);
    expect(cards.map((c) => c.publicId)).toEqual(["fsxc7qkrw9", "s2ef9t2yt3"]);
    expect(missing).toEqual(["zz"]);
  });

  it("finds records in a topic and its subtopics", () => {
    expect(statementIdsInTopic(db, "cyber-security")).toHaveLength(10);
    expect(statementIdsInTopic(db, "role-of-un")).toHaveLength(2);
    expect(statementIdsInTopic(db, "nope")).toBeNull();
  });
});

describe("officials, events, topics", () => {
  it("list officials with their records and roles", () => {
    const officials = listOfficials(db, { q: "", page: 1 }).rows;
    expect(officials[0]).toMatchObject({ slug: "dang-hoang-giang", records: 6 });
    const nam = getOfficial(db, "bui-van-nam");
    expect(nam?.aliases).toEqual(["Nam"]);
    expect(nam?.roles).toMatchObject([
      {
        title: "Deputy Minister of Public Security",
        records: 4,
        firstRecord: "2018-11-07",
        lastRecord: "2018-11-08",
      },
    ]);
    expect(nam?.total).toBe(4);
    expect(nam?.latest).toHaveLength(4);
    expect(getOfficial(db, "nobody")).toBeNull();
  });

  it("show an event with who spoke and its outcome", () => {
    expect(listEvents(db, { q: "", page: 1 }).rows.map((e) => [e.slug, e.records])).toEqual([
      ["moscow-2018-heads-of-special-services", 4],
      ["unsc-2024-06-20-cyberspace-debate", 6],
    ]);
    const unsc = getEvent(db, "unsc-2024-06-20-cyberspace-debate");
    expect(unsc?.speakers).toEqual([
      {
        slug: "dang-hoang-giang",
        name: "Dang Hoang Giang",
        nativeName: "Đặng Hoàng Giang",
        role: "Ambassador, Permanent Representative of Vietnam to the UN",
        records: 6,
      },
    ]);
    expect(getEvent(db, "moscow-2018-heads-of-special-services")?.event.outcome).toContain(
      "joint communiqué",
    );
    expect(getEvent(db, "nope")).toBeNull();
  });

  it("show a topic with subtopics, propositions and records", () => {
    const topics = listTopics(db, { q: "", page: 1 }).rows;
    expect(topics.find((t) => t.slug === "cyber-security")).toMatchObject({ records: 10, depth: 0 });
    const cyber = getTopic(db, "cyber-security");
    expect(cyber?.subtopics.map((t) => t.slug)).toContain("cybercrime");
    expect(cyber?.propositions.map((p) => p.slug)).toContain("code-of-conduct");
    expect(cyber?.propositions.find((p) => p.slug === "code-of-conduct")?.mix.total).toBe(2);
    expect(cyber?.total).toBe(10);
    expect(cyber?.latest).toHaveLength(10);
    expect(getTopic(db, "role-of-un")?.propositions.map((p) => p.slug)).toEqual(["un-central-role"]);
    expect(getTopic(db, "nope")).toBeNull();
  });
});
