import { describe, expect, it } from "vitest";
import { fieldErrorsOf, topField } from "@/lib/field-errors";
import { extractInput, recordInput, saveInput } from "./input";

const record = {
  key: "c1",
  appearanceOf: null,
  text: "Vietnam backs cooperation, Giang said.",
  evidenceStart: 10,
  evidenceEnd: 48,
  personId: 2,
  newPerson: null,
  role: { roleId: null, title: "Ambassador", rank: "" },
  eventId: null,
  newEvent: null,
  attributionText: "Giang said",
  attributionKind: "given_name",
  attributionStatus: "resolved",
  attributionNote: "",
  dateStart: "2024-06-20",
  dateEnd: "2024-06-20",
  datePrecision: "day",
  dateBasis: "inferred",
  dateNote: "Year from the publication date.",
  mode: "paraphrase",
  topics: ["cyber-security"],
};

describe("import input validation", () => {
  it("accepts a complete record and turns empty strings into nulls", () => {
    const parsed = recordInput.parse(record);
    expect(parsed.role).toEqual({ roleId: null, title: "Ambassador", rank: null, organization: null });
    expect(parsed.attributionNote).toBeNull();
  });

  it("trims the display text, takes an organisation with a kind, and accepts hand-added keys", () => {
    const parsed = recordInput.parse({
      ...record,
      key: "m1",
      text: "  Vietnam backs cooperation.\n",
      role: {
        roleId: null,
        title: "Spokesperson",
        rank: "",
        organization: { organizationId: null, name: " Ministry of Foreign Affairs ", kind: "ministry" },
      },
    });
    expect(parsed.text).toBe("Vietnam backs cooperation.");
    expect(parsed.role?.organization).toEqual({
      organizationId: null,
      name: "Ministry of Foreign Affairs",
      kind: "ministry",
    });
    const bad = recordInput.safeParse({
      ...record,
      role: { ...record.role, organization: { organizationId: null, name: "X", kind: "club" } },
    });
    expect(bad.success).toBe(false);
  });

  it("names each broken field with a message a reviewer can act on", () => {
    const result = recordInput.safeParse({
      ...record,
      text: "  ",
      personId: null,
      dateNote: "",
      dateEnd: "2024-02-30",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrorsOf(result.error, topField);
    expect(errors.text).toBe("The statement text is required.");
    expect(errors.person).toBe("Choose the speaker, or mark the attribution unresolved.");
    expect(errors.dateEnd).toBe("Use a real date, YYYY-MM-DD.");
  });

  it("requires the reason for an inferred date and refuses a speaker on an unresolved attribution", () => {
    const inferred = recordInput.safeParse({ ...record, dateNote: " " });
    expect(inferred.success ? [] : inferred.error.issues.map((i) => i.path[0])).toContain("dateNote");
    const unresolved = recordInput.safeParse({ ...record, attributionStatus: "unresolved", role: null });
    expect(unresolved.success ? [] : unresolved.error.issues.map((i) => i.message)).toContain(
      "An unresolved attribution has no speaker: clear it, or mark the attribution resolved.",
    );
  });

  it("checks the source and the article input", () => {
    const save = saveInput.safeParse({
      source: {
        rawText: "x",
        title: "",
        outlet: "V",
        url: "ftp://x",
        publishedDate: "",
        tier: "state_media",
      },
      records: [],
    });
    expect(save.success).toBe(false);
    if (!save.success) {
      const errors = fieldErrorsOf(save.error, (path) => String(path.at(-1)));
      expect(Object.keys(errors).sort()).toEqual(["outlet", "records", "title", "url"]);
    }
    expect(extractInput.safeParse({ text: "   " }).success).toBe(false);
    expect(extractInput.parse({ text: "Nam said.", published: "", url: "" })).toMatchObject({
      published: null,
      url: null,
    });
  });
});
