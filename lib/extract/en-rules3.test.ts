import { describe, expect, it } from "vitest";
import { extractCandidates } from "./candidates";

// Rule classes of English news prose added after the third English held-out set was measured (issue 14). The
// sentences are written for the rules, not copied from the test sets.
const run = (raw: string) => extractCandidates({ raw, published: "2024-05-10" });
const rows = (raw: string) =>
  run(raw).candidates.map((c) => [c.speaker?.name ?? null, c.attribution.kind, c.provenance.rule] as const);

describe("English attribution rules (issue 14, third round)", () => {
  it("reads an inverted speaker past the dots of abbreviated ranks and titles", () => {
    const [c] = run(
      "Vietnam will step up border patrols this year, said Deputy Minister of National Defence Sen. Lieut. Gen. Hoang Xuan Chien.",
    ).candidates;
    expect(c?.speaker?.name).toBe("Hoang Xuan Chien");
    expect(c?.attribution.status).toBe("resolved");
    expect(c?.role?.rank).toBe("Senior Lieutenant General");
    expect(c?.provenance.rule).toBe("en.verb-then-speaker");
    // The sentence still ends at a real full stop: the next sentence is not part of the speaker.
    expect(
      rows("Trade will grow, said Dr. Tran Van Son. The talks ended on Friday.").map((r) => r[0]),
    ).toEqual(["Tran Van Son"]);
  });

  it("splits the syllables of a Vietnamese name that a scrape ran together", () => {
    const out = rows(
      "Minister of Finance Ho DucPhoc said revenue rose by 8 percent.\nThe budget will stay balanced, the minister told reporters.",
    );
    expect(out).toEqual([
      ["Ho Duc Phoc", "title_and_name", "en.speaker-verb"],
      ["Ho Duc Phoc", "role_reference", "en.speaker-verb"],
    ]);
    // Only a name's own words are split: an outlet's or brand's capitals inside a word are left alone.
    expect(run("VietnamPlus reported the figures.").candidates).toEqual([]);
  });

  it("reads 'announced' as a reporting verb", () => {
    expect(
      rows(
        "Foreign Ministry spokesperson Nguyen Phuong Tra announced that the minister will visit Laos next week.",
      ),
    ).toEqual([["Nguyen Phuong Tra", "title_and_name", "en.speaker-verb"]]);
  });

  it("resolves 'the Deputy Spokesperson of the Ministry ...' to the deputy spokesperson named before", () => {
    const out = rows(
      [
        "Deputy Spokesperson of the Ministry of Foreign Affairs Doan Khac Viet said Vietnam follows the case closely.",
        "Asked about the fishermen, the Deputy Spokesperson of the Ministry of Foreign Affairs said the embassy is in contact with them.",
      ].join("\n"),
    );
    expect(out.at(-1)).toEqual(["Doan Khac Viet", "title_only", "en.speaker-verb"]);
    // A deputy is not "the Spokesperson": the rank word keeps them apart.
    const plain = rows(
      [
        "Deputy Spokesperson of the Ministry of Foreign Affairs Doan Khac Viet said Vietnam follows the case closely.",
        "Later, the Spokesperson of the Ministry of Foreign Affairs said the ministry would reply in writing.",
      ].join("\n"),
    );
    expect(plain.at(-1)?.[0]).toBeNull();
  });

  it("reads a lower-case post that opens the speaker's mention after a clause break", () => {
    expect(
      rows("Asked about the dam, spokesperson Le Thi Thu Hang said Vietnam wants data to be shared."),
    ).toEqual([["Le Thi Thu Hang", "title_and_name", "en.speaker-verb"]]);
  });

  it("continues speech that a colon opens without quotation marks to the end of its paragraph", () => {
    const c = run(
      [
        "Asked about the storm, spokesperson Pham Thu Hang said: Vietnam is ready to help the victims. The ministry has asked its embassies to support citizens. Relief goods will leave on Monday.",
        "The press conference also heard about trade.",
      ].join("\n"),
    ).candidates;
    expect(c.map((x) => [x.speaker?.name, x.attribution.kind, x.provenance.rule])).toEqual([
      ["Pham Thu Hang", "title_and_name", "en.speaker-verb"],
      ["Pham Thu Hang", "continuation", "continuation.after-colon"],
      ["Pham Thu Hang", "continuation", "continuation.after-colon"],
    ]);
    expect(c[1]?.attribution.note).toMatch(/opens earlier in this paragraph/);
    // Without the colon the next sentence has no attribution and is not proposed.
    expect(
      run("Spokesperson Pham Thu Hang said Vietnam is ready to help. Relief goods will leave on Monday.")
        .candidates,
    ).toHaveLength(1);
  });

  it("reads a title whose function word a scrape glued to the next word", () => {
    const [c] = run(
      "In his speech, Vietnamese Minister ofForeign Affairs Bui Thanh Son highlighted the role of ASEAN.",
    ).candidates;
    expect(c?.speaker?.name).toBe("Bui Thanh Son");
    expect(c?.role?.title).toBe("Minister of Foreign Affairs");
    const out = rows(
      "Minister of Health Dao Hong Lan said the campaign will start in June.\nAccording to theminister, every province will take part.",
    );
    expect(out.at(-1)).toEqual(["Dao Hong Lan", "role_reference", "en.according-to"]);
  });

  it("resolves a headline's bare role after its verb to the person the article names", () => {
    const out = rows(
      [
        "Minister of Industry and Trade Nguyen Hong Dien said exports will rise, speaking on May 3.",
        "Vietnam can double its exports to the EU, says trade minister.",
      ].join("\n"),
    );
    expect(out.at(-1)).toEqual(["Nguyen Hong Dien", "role_reference", "en.verb-then-speaker"]);
    // An unnamed official is no one introduced before: "said an official" is not the minister.
    const anonymous = rows(
      [
        "Minister of Industry and Trade Nguyen Hong Dien said exports will rise, speaking on May 3.",
        "Rice exports will also grow, said an official of the ministry.",
        "Prices will stay stable, says official.",
      ].join("\n"),
    );
    expect(anonymous).toEqual([["Nguyen Hong Dien", "title_and_name", "en.speaker-verb"]]);
    // With no one named before it, the role stays unresolved.
    expect(run("Vietnam can double its exports, says trade minister.").candidates[0]?.speaker).toBeNull();
  });

  it("keeps a lower-case 'head of ...' in the title of a person introduced without a verb", () => {
    const out = rows(
      [
        "HANOI - Deputy Foreign Minister and head of the Vietnam ASEAN SOM delegation Do Hung Viet attended the meeting on Monday.",
        "The Vietnamese Deputy Foreign Minister suggested ASEAN and Japan expand their cooperation.",
      ].join("\n"),
    );
    expect(out).toEqual([["Do Hung Viet", "title_only", "en.speaker-verb"]]);
  });

  it("takes the word before the middle name Thi or Van for a family name the list does not have", () => {
    expect(
      rows("Ambassador Quang Thi Lan highlighted the achievements.\nShe affirmed that ties will deepen."),
    ).toEqual([
      ["Quang Thi Lan", "title_and_name", "en.speaker-verb"],
      ["Quang Thi Lan", "pronoun", "en.speaker-verb"],
    ]);
  });

  it("reads 'elaborated' and a headline that opens with its speaker", () => {
    expect(rows("Ambassador Dang Minh Khoi elaborated that the ties have new momentum.")).toEqual([
      ["Dang Minh Khoi", "title_and_name", "en.speaker-verb"],
    ]);
    expect(
      rows(
        "Ambassador Giang: Vietnam backs the peace process\nAmbassador Dang Hoang Giang said on Monday that Vietnam backs dialogue.",
      ).map((r) => r[2]),
    ).toEqual(["en.headline-tag", "en.speaker-verb"]);
  });

  it("splits sentences a scrape ran together without a space after the full stop", () => {
    const out = rows(
      "Vietnam welcomes investors.Deputy Prime Minister Le Minh Khai made the remark on May 3.He said exports grew.",
    );
    expect(out.map((r) => [r[0], r[2]])).toEqual([
      ["Le Minh Khai", "en.made-the-remarks.preceding"],
      ["Le Minh Khai", "en.made-the-remarks"],
      ["Le Minh Khai", "en.speaker-verb"],
    ]);
    // Not inside initials, a Vietnamese abbreviation or a web address.
    const one = (t: string) => run(`Minister Le Minh Khai said ${t} will grow.`).candidates.length;
    expect(one("U.S.Trade")).toBe(1);
    expect(one("TP.HCM")).toBe(1);
    expect(one("vietnamplus.vn")).toBe(1);
  });

  it("takes no possessive or country adjective for a person, and sets aside a name that is not Vietnamese", () => {
    const out = rows(
      "Speaking on Vietnamese Doctors' Day, Health Minister Dao Hong Lan said hospitals will add beds.\nShe said the ministry will train more nurses.",
    );
    expect(out.map((r) => r[0])).toEqual(["Dao Hong Lan", "Dao Hong Lan"]);
    const r = run(
      "Deputy Prime Minister Le Minh Khai said Vietnam welcomes investors.\nChairperson of the Asia Business Council Lubna Olayan said the council is impressed.",
    );
    expect(r.candidates.map((c) => c.speaker?.name)).toEqual(["Le Minh Khai"]);
    expect(r.setAside.map((c) => c.evidence.text)).toEqual([
      "Chairperson of the Asia Business Council Lubna Olayan said the council is impressed.",
    ]);
  });

  it("reads 'promised', 'reported', 'repeated' and a shared-subject 'saying'", () => {
    for (const verb of ["promised", "reported", "repeated"])
      expect(rows(`Minister Dao Hong Lan ${verb} that hospitals will add beds.`).map((r) => r[0])).toEqual([
        "Dao Hong Lan",
      ]);
    expect(
      rows(
        "Minister of Health Dao Hong Lan has invited investors to the sector, saying that the ministry needs them.",
      ),
    ).toEqual([["Dao Hong Lan", "title_and_name", "en.shared-subject"]]);
  });
});
