import { describe, expect, it } from "vitest";
import { liveSlugUrl, mayCarrySlugs, type SlugLookup } from "./retired-slugs";

const retired: Record<string, string> = {
  "topic:cyber": "cyber-security",
  "topic:un": "role-of-un",
  "proposition:coc": "code-of-conduct",
  "person:bui-van-nam": "dang-hoang-giang",
  "event:old-meeting": "meeting",
};
const lookup: SlugLookup = (kind, slug) => retired[`${kind}:${slug}`] ?? null;

describe("URLs that carry a retired slug", () => {
  it("rewrite the topic page and its JSON twin", () => {
    expect(liveSlugUrl("/topics/cyber", "", lookup)).toEqual({
      pathname: "/topics/cyber-security",
      search: "",
    });
    expect(liveSlugUrl("/api/topics/cyber", "?format=json", lookup)).toEqual({
      pathname: "/api/topics/cyber-security",
      search: "?format=json",
    });
    expect(liveSlugUrl("/topics/cyber-security", "", lookup)).toBeNull();
    expect(liveSlugUrl("/officials/cyber", "", lookup)).toBeNull();
  });

  it("send a merged person's or event's page, and speaker= and event= links, on to the live slug", () => {
    expect(liveSlugUrl("/officials/bui-van-nam", "", lookup)?.pathname).toBe("/officials/dang-hoang-giang");
    expect(liveSlugUrl("/api/events/old-meeting", "", lookup)?.pathname).toBe("/api/events/meeting");
    expect(
      liveSlugUrl("/positions", "?q=cyber&speaker=to-lam,Bui-Van-Nam&event=old-meeting", lookup)?.search,
    ).toBe("?q=cyber&speaker=to-lam,dang-hoang-giang&event=meeting");
    // A slug is looked up as the kind its key names: an event key never finds a person.
    expect(liveSlugUrl("/positions", "?event=bui-van-nam&q=bui-van-nam", lookup)).toBeNull();
    expect(mayCarrySlugs("/positions", "?speaker=x")).toBe(true);
    expect(mayCarrySlugs("/officials/x/edit", "?page=2")).toBe(false);
  });

  it("rewrite topic and proposition parameters, lists too, leaving every other parameter as written", () => {
    expect(liveSlugUrl("/positions", "?q=a+b&topic=cyber,terrorism&topic=un&sort=-date", lookup)).toEqual({
      pathname: "/positions",
      search: "?q=a+b&topic=cyber-security,terrorism&topic=role-of-un&sort=-date",
    });
    expect(liveSlugUrl("/shifts", "?proposition=coc&by=country", lookup)?.search).toBe(
      "?proposition=code-of-conduct&by=country",
    );
    expect(liveSlugUrl("/compare", "?topic=CYBER&a=2018&b=2024", lookup)?.search).toBe(
      "?topic=cyber-security&a=2018&b=2024",
    );
  });

  it("leave URLs alone that name no retired slug, or name it under another key", () => {
    expect(liveSlugUrl("/positions", "?topic=terrorism", lookup)).toBeNull();
    expect(liveSlugUrl("/positions", "?speaker=cyber&q=cyber", lookup)).toBeNull();
    expect(liveSlugUrl("/positions", "?topic=%E0%A4%A", lookup)).toBeNull();
    expect(liveSlugUrl("/", "", lookup)).toBeNull();
  });

  it("are told apart from the rest without a lookup", () => {
    expect(mayCarrySlugs("/positions", "?topic=x")).toBe(true);
    expect(mayCarrySlugs("/timeline", "?a=1&proposition=x")).toBe(true);
    expect(mayCarrySlugs("/topics/x", "")).toBe(true);
    expect(mayCarrySlugs("/positions", "?q=topic")).toBe(false);
    expect(mayCarrySlugs("/positions", "?subtopic=x")).toBe(false);
  });
});
