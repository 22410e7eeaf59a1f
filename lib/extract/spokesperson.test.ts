import { describe, expect, it } from "vitest";
import { extractCandidates } from "./candidates";

const DATELINE = "HANOI (VNA) – ";

function run(body: string) {
  // The publication date as the reviewer enters it: a year for "May 12".
  return extractCandidates({ raw: DATELINE + body, published: "2024-05-13" }).candidates;
}

describe("titles made of an organisation and a post, before a name", () => {
  it("Foreign Ministry spokesperson with diacritics, dated, and the following 'She added'", () => {
    const [a, b, ...rest] = run(
      "Foreign Ministry spokesperson Phạm Thu Hằng said on May 12 that Viet Nam firmly opposes the actions. She added that Viet Nam is ready to cooperate.",
    );
    expect(rest).toEqual([]);
    expect(a?.speaker?.name).toBe("Phạm Thu Hằng");
    expect(a?.role?.title).toBe("Foreign Ministry spokesperson");
    expect(a?.date.start).toBe("2024-05-12");
    expect(b?.attribution).toMatchObject({ kind: "pronoun", status: "resolved" });
    expect(b?.speaker?.name).toBe("Phạm Thu Hằng");
    expect(b?.date.start).toBe("2024-05-12");
    expect(b?.date.note).toContain('"She added" continues the preceding one');
  });

  it("inverted after a comma, without diacritics", () => {
    const [a] = run(
      "Viet Nam firmly opposes the actions, Foreign Ministry spokeswoman Pham Thu Hang said on May 12.",
    );
    expect(a?.speaker?.name).toBe("Pham Thu Hang");
    expect(a?.role?.title).toBe("Foreign Ministry spokeswoman");
    expect(a?.date.start).toBe("2024-05-12");
  });

  it.each([
    [
      "Ministry of Foreign Affairs spokeswoman Pham Thu Hang",
      "Ministry of Foreign Affairs spokeswoman",
      "Pham Thu Hang",
    ],
    ["Deputy Foreign Minister Đỗ Hùng Việt", "Deputy Foreign Minister", "Đỗ Hùng Việt"],
    // The issue: "Vietnamese Minister of ..." keeps the adjective in the title; the adjective gives the country only.
    ["Vietnamese Ambassador to Japan Pham Quang Hieu", "Ambassador to Japan", "Pham Quang Hieu"],
    [
      "Head of the Vietnamese delegation Nguyen Minh Vu",
      "Head of the Vietnamese delegation",
      "Nguyen Minh Vu",
    ],
  ])("%s", (subject, title, name) => {
    const [a, ...rest] = run(`${subject} said Viet Nam supports dialogue and cooperation.`);
    expect(rest).toEqual([]);
    expect(a?.speaker?.name).toBe(name);
    expect(a?.role?.title).toBe(title);
  });

  it("'she' skips a man introduced later as spokesman; 'he' with no stated gender falls back to the last person", () => {
    const list = run(
      "Foreign Ministry spokeswoman Pham Thu Hang said Viet Nam opposes the plan. Chinese Foreign Ministry spokesman Wang Wenbin responded to reporters. She added that Viet Nam would protect its rights.",
    );
    const added = list.find((c) => c.text.startsWith("She added"));
    expect(added?.speaker?.name).toBe("Pham Thu Hang");
    const [, he] = run(
      "Deputy Foreign Minister Do Hung Viet said Viet Nam supports multilateralism. He stressed the role of the UN.",
    );
    expect(he?.speaker?.name).toBe("Do Hung Viet");
  });

  it("does not carry a date to a pronoun sentence that is not right after the dated one", () => {
    const list = run(
      "Foreign Ministry spokesperson Pham Thu Hang said on May 12 that Viet Nam opposes the plan. The sea is calm. She added that talks continue.",
    );
    const added = list.find((c) => c.text.startsWith("She added"));
    expect(added?.speaker?.name).toBe("Pham Thu Hang");
    expect(added?.date.start).not.toBe("2024-05-12");
  });
});

describe("what the reviewer is shown besides candidates", () => {
  it("spells out the outlet of a dateline marker, and leaves an unknown one to the reviewer", () => {
    expect(extractCandidates({ raw: "HANOI (VNA) – Nam said yes." }).outlet).toBe(
      "Vietnam News Agency (VNA)",
    );
    expect(extractCandidates({ raw: "Moscow (NDO/VNA) – Nam said yes." }).outlet).toBe(
      "Nhan Dan Online (NDO) / Vietnam News Agency (VNA)",
    );
    expect(extractCandidates({ raw: "HANOI (XYZ) – Nam said yes." }).outlet).toBeNull();
  });

  it("lists a sentence with a reporting verb but no readable speaker, with its code-point offsets", () => {
    const raw =
      "HANOI (VNA) – Đà Nẵng hosts talks. The minister, who arrived on Monday, said the plan works.";
    const result = extractCandidates({ raw });
    expect(result.candidates).toEqual([]);
    const [n] = result.notUnderstood;
    expect(n?.verb).toBe("said");
    expect(n?.reason).toContain("no speaker");
    expect([...raw].slice(n?.evidence.start, n?.evidence.end).join("")).toBe(
      "The minister, who arrived on Monday, said the plan works.",
    );
  });
});
