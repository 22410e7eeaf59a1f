import { describe, expect, it } from "vitest";
import {
  childPath,
  codebookEdit,
  fieldChanges,
  fieldLabel,
  isWithin,
  listSome,
  rebasedPath,
  slugOrDerived,
} from "./codebook";

describe("codebook paths", () => {
  it("places a topic under its parent, or at the root", () => {
    expect(childPath(null, "terrorism")).toBe("terrorism");
    expect(childPath("cyber-security", "cybercrime")).toBe("cyber-security/cybercrime");
  });

  it("tells a subtree from a topic that merely shares a prefix", () => {
    expect(isWithin("cyber-security/cybercrime", "cyber-security")).toBe(true);
    expect(isWithin("cyber-security", "cyber-security")).toBe(true);
    expect(isWithin("cyber-security-law", "cyber-security")).toBe(false);
    expect(isWithin("cyber", "cyber-security")).toBe(false);
  });

  it("rebases a descendant onto the subtree's new root, and refuses a path outside it", () => {
    expect(rebasedPath("a/b/c", "a/b", "x/b")).toBe("x/b/c");
    expect(rebasedPath("a/b", "a/b", "b")).toBe("b");
    expect(() => rebasedPath("a/bc", "a/b", "x")).toThrow();
  });
});

describe("codebook input", () => {
  it("derives a slug from the name when none is typed, and checks one that is", () => {
    expect(slugOrDerived("", "Quốc phòng & An ninh")).toBe("quoc-phong-an-ninh");
    expect(slugOrDerived("my-slug", "Anything")).toBe("my-slug");
    const parsed = codebookEdit.safeParse({
      expectedVersion: 3,
      change: { op: "topic_create", parent: "", name: " Trade ", slug: " Trade-Policy ", description: "" },
    });
    expect(parsed.success && parsed.data.change).toEqual({
      op: "topic_create",
      parent: null,
      name: "Trade",
      slug: "trade-policy",
      description: null,
    });
    const bad = codebookEdit.safeParse({
      expectedVersion: 3,
      change: { op: "topic_edit", topic: "trade", name: "", slug: "no spaces", description: "" },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["change.name", "change.slug"]);
    expect(
      codebookEdit.safeParse({ expectedVersion: -1, change: { op: "topic_merge", topic: "a", into: "b" } })
        .success,
    ).toBe(false);
    expect(
      codebookEdit.safeParse({ expectedVersion: 1, change: { op: "topic_delete", topic: "a" } }).success,
    ).toBe(false);
  });
});

describe("a codebook version as the history shows it", () => {
  it("lists the fields that changed with their old and new values, nested ones by dotted name", () => {
    expect(
      fieldChanges(
        { slug: "a", name: "A", description: null, parent: null },
        { slug: "b", name: "A", description: "About A", parent: null },
      ),
    ).toEqual([
      { field: "slug", before: "a", after: "b" },
      { field: "description", before: null, after: "About A" },
    ]);
    expect(fieldChanges(null, { slug: "n", name: "New" })).toEqual([
      { field: "slug", before: null, after: "n" },
      { field: "name", before: null, after: "New" },
    ]);
    expect(fieldChanges({ from: { slug: "a" } }, { into: { slug: "b" }, moved: { records: 3 } })).toEqual([
      { field: "from.slug", before: "a", after: null },
      { field: "into.slug", before: null, after: "b" },
      { field: "moved.records", before: null, after: "3" },
    ]);
  });

  it("names the fields in words", () => {
    expect(fieldLabel("name")).toBe("Name");
    expect(fieldLabel("into.slug")).toBe("Kept: slug");
    expect(fieldLabel("moved.coded_positions")).toBe("Merge: codes moved");
    expect(fieldLabel("moved.unknown_thing")).toBe("Merge: unknown_thing");
  });

  it("lists a few record ids and says how many more", () => {
    expect(listSome(["a", "b"], 2)).toBe("a, b");
    expect(listSome(["a", "b", "c"], 1200, 2)).toBe("a, b and 1,198 more");
  });
});
