import { describe, expect, it } from "vitest";
import { unusedParams } from "./ignored-params";

describe("unusedParams", () => {
  it("reports every parameter the page does not read, with its value", () => {
    expect(
      unusedParams({ page: "-1", sort: ["x", "y"], flag: "" }, [], "this page lists everything"),
    ).toEqual([
      "“page=-1” is not used here: this page lists everything",
      "“sort=x,y” is not used here: this page lists everything",
      "“flag” is not used here: this page lists everything",
    ]);
  });

  it("says nothing about accepted or absent parameters", () => {
    expect(unusedParams({ q: "nam", other: undefined }, ["q"], "why")).toEqual([]);
  });
});
