import { describe, expect, it } from "vitest";
import { hasSlugKeys, liveSlugSearch } from "./live-slugs";

const retired: Record<string, string> = {
  "person:bui-van-nam": "dang-hoang-giang",
  "event:old-meeting": "meeting",
};
const lookup = (kind: string, slug: string) => retired[`${kind}:${slug}`] ?? null;

describe("links holding a retired slug", () => {
  it("replace a retired speaker or event with the live slug and keep everything else", () => {
    const search = new URLSearchParams("q=cyber&speaker=to-lam,Bui-Van-Nam&event=old-meeting&sort=-date");
    expect(liveSlugSearch(search, lookup)).toBe(
      "q=cyber&speaker=to-lam%2Cdang-hoang-giang&event=meeting&sort=-date",
    );
  });

  it("answer null when nothing was retired, or when a slug of the other kind matches", () => {
    expect(liveSlugSearch(new URLSearchParams("speaker=to-lam&topic=cyber"), lookup)).toBeNull();
    expect(liveSlugSearch(new URLSearchParams("event=bui-van-nam"), lookup)).toBeNull();
    expect(liveSlugSearch(new URLSearchParams("q=bui-van-nam"), lookup)).toBeNull();
  });

  it("handle repeated keys one by one", () => {
    const search = new URLSearchParams("speaker=bui-van-nam&speaker=to-lam");
    expect(liveSlugSearch(search, lookup)).toBe("speaker=dang-hoang-giang&speaker=to-lam");
  });

  it("are only looked up when a slug key is present", () => {
    expect(hasSlugKeys(new URLSearchParams("q=x&page=2"))).toBe(false);
    expect(hasSlugKeys(new URLSearchParams("event="))).toBe(true);
  });
});
