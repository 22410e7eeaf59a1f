import { describe, expect, it } from "vitest";
import { type MarkTrack, marksChartHtml, type PlacedMark } from "./timeline-marks-html";

const classes = {
  mark: "m",
  picked: "p",
  shape: "sh",
  day: "d",
  range: "r",
  s2: "green",
  pick: "pk",
  row: "row",
};

function mark(
  over: { record?: string; description?: string; short?: string; box?: string; shape?: string } = {},
): PlacedMark {
  return [
    over.record ?? "s2ef9t2yt3",
    4,
    over.box ?? "--c:10;--w:0.5;--y0:0;--y1:14.3",
    over.shape ?? "day",
    "s2",
    over.short ?? "+2",
    over.description ?? "Cyber: Bùi Văn Nam, 7 Nov 2018 (day precision), +2 strongly supports",
  ];
}

const pick = (picked: string[] = []) => ({
  picked,
  href: (id: string) => `/timeline?topic=cyber-security&pick=${id}`,
});

describe("marksChartHtml", () => {
  it("draws each mark with its record link, its pick link and its description", () => {
    const track: MarkTrack = {
      key: "coc",
      label: "Code of conduct",
      href: "/timeline?x=1",
      height: 36,
      marks: [mark()],
    };
    const html = marksChartHtml([track], [{ key: "2018", left: 0, label: "2018" }], classes, pick());
    expect(html).toContain("data-record='s2ef9t2yt3'");
    expect(html).toContain("<a href='/positions/s2ef9t2yt3' data-soft class='sh d green'");
    expect(html).toContain(
      "aria-label='Open record: Cyber: Bùi Văn Nam, 7 Nov 2018 (day precision), +2 strongly supports'",
    );
    expect(html).toContain("aria-label='Pick s2ef9t2yt3 for comparison'");
    expect(html).toContain("href='/timeline?topic=cyber-security&amp;pick=s2ef9t2yt3'");
    expect(html).toContain("data-p='day' style='top:4px;--c:10;--w:0.5;--y0:0;--y1:14.3'");
    const picked = marksChartHtml(
      [{ ...track, marks: [mark({ shape: "range" })] }],
      [],
      classes,
      pick(["s2ef9t2yt3"]),
    );
    expect(picked).toContain("class='m p'");
    expect(picked).toContain("aria-label='Unpick s2ef9t2yt3 for comparison'");
    expect(picked).toContain("data-p='range'");
  });

  it("escapes every value that comes from the database", () => {
    const hostile = `x' onmouseover='alert(1)' <script>alert(2)</script> "q"`;
    const html = marksChartHtml(
      [
        {
          key: hostile,
          label: hostile,
          detail: hostile,
          href: `/x?a=${hostile}`,
          height: 36,
          marks: [
            mark({
              record: hostile,
              description: hostile,
              short: hostile,
              box: hostile,
              shape: hostile,
            }),
          ],
        },
      ],
      [{ key: "k", left: 1, label: hostile }],
      classes,
      { picked: [], href: () => hostile },
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/=' onmouseover/);
    expect(html).not.toContain("x' ");
  });
});
