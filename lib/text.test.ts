import { describe, expect, it } from "vitest";
import { countLabel, foldForSearch, sliceCodePoints, slugify, toCodePointOffset, toUtf16Index } from "./text";

describe("text helpers", () => {
  it("fold Vietnamese names for matching both ways", () => {
    expect(foldForSearch("Đặng Hoàng Giang")).toBe("dang hoang giang");
    expect(foldForSearch("Bùi Văn Nam")).toBe(foldForSearch("Bui Van Nam"));
    expect(foldForSearch("Trần Thanh Mẫn")).toBe("tran thanh man");
  });

  it("count offsets in code points, astral characters included", () => {
    const text = "a𒀱b";
    expect(text.length).toBe(4);
    expect(sliceCodePoints(text, 2, 3)).toBe("b");
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toUtf16Index(text, 2)).toBe(3);
  });

  it("make slugs without diacritics", () => {
    expect(slugify("Đặng Hoàng Giang")).toBe("dang-hoang-giang");
  });
});

describe("countLabel", () => {
  it("agrees the noun with the count and groups thousands", () => {
    expect(countLabel(1, "version")).toBe("1 version");
    expect(countLabel(0, "version")).toBe("0 versions");
    expect(countLabel(1204, "annotation")).toBe("1,204 annotations");
    expect(countLabel(2, "other report", "other reports")).toBe("2 other reports");
  });
});
