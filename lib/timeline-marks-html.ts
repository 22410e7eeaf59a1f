/**
 * The timeline's marks as one HTML string, for the reason the records table is one (lib/positions-table-html.ts):
 * as React elements of a server component, each of 200 marks travelled twice, as HTML and again attribute by
 * attribute in the flight payload, with its description four times in each (about 4 KB a mark). Here the page
 * sends compact placed marks once and the browser's copy of the HTML is built from them; every value goes
 * through `text` (timeline-marks-html.test.ts feeds it markup).
 */
import { text } from "./positions-table-html";

/**
 * One mark, placed by the server (lib/timeline-layout.ts), as a tuple: 200 marks' worth of field names in the
 * flight payload would outweigh the values. [public id, CSS top in px, the box's custom properties (markBoxVars),
 * the date precision's shape class, the stance's colour class, the short stance drawn (+2, ?, ...), the sentence a
 * screen reader and a tooltip give].
 */
export type PlacedMark = [
  record: string,
  top: number,
  box: string,
  shape: string,
  colour: string,
  short: string,
  description: string,
];

export interface MarkTrack {
  key: string;
  label: string;
  detail?: string;
  href?: string;
  height: number;
  marks: PlacedMark[];
}

export interface AxisMark {
  key: string;
  left: number;
  label: string;
}

/** The CSS module's class names, by key (styles.mark, styles.day, styles.s2, ...). */
export type MarkClasses = Readonly<Record<string, string>>;

/** Where a mark's pick link goes, and whether the mark is picked now. */
export interface Picking {
  picked: readonly string[];
  href: (publicId: string) => string;
}

function markHtml(
  [record, top, box, shape, colour, short, description]: PlacedMark,
  c: MarkClasses,
  pick: Picking,
): string {
  const id = text(record);
  const picked = pick.picked.includes(record);
  const classes = `${c.shape ?? ""} ${c[shape] ?? c.day ?? ""} ${c[colour] ?? ""}`;
  const said = text(description);
  return (
    `<li class='${c.mark ?? ""}${picked ? ` ${c.picked ?? ""}` : ""}' data-testid='timeline-mark' data-record='${id}' data-p='${text(shape)}' style='top:${top}px;${text(box)}'>` +
    `<a href='/positions/${id}' data-soft class='${classes}' aria-label='Open record: ${said}' title='${said}'>${text(short)}</a>` +
    `<a href='${text(pick.href(record))}' data-soft class='${c.pick ?? ""}' aria-label='${picked ? "Unpick" : "Pick"} ${id} for comparison' title='${picked ? "Picked: click to unpick" : "Pick for comparison"}' data-testid='pick-mark'>${picked ? "✓" : "+"}</a></li>`
  );
}

/** The chart: the axis, then one row per track with its label and its marks over the year bands. */
export function marksChartHtml(
  tracks: readonly MarkTrack[],
  ticks: readonly AxisMark[],
  c: MarkClasses,
  pick: Picking,
): string {
  const tickHtml = ticks
    .map((t) => `<span class='${c.tick ?? ""}' style='left:${t.left}%'>${text(t.label)}</span>`)
    .join("");
  const bands = ticks
    .map((t) => `<li class='${c.yearBand ?? ""}' style='left:${t.left}%' aria-hidden='true'></li>`)
    .join("");
  let out = `<div class='${c.axis ?? ""}' aria-hidden='true'><div></div><div class='${c.axisTrack ?? ""}'>${tickHtml}</div></div>`;
  for (const track of tracks) {
    const label = track.href
      ? `<a href='${text(track.href)}' data-soft>${text(track.label)}</a>`
      : text(track.label);
    const detail = track.detail ? `<small>${text(track.detail)}</small>` : "";
    // No inline margin on the track: it keeps the CSS right margin of the axis, or the gridlines drift from the
    // year labels (by 16px at the right end).
    out +=
      `<div class='${c.row ?? ""}' data-row='${text(track.key)}'><div class='${c.rowLabel ?? ""}'>${label}${detail}</div>` +
      `<ul class='${c.track ?? ""}' style='height:${track.height}px;list-style:none;padding:0'>${bands}` +
      `${track.marks.map((m) => markHtml(m, c, pick)).join("")}</ul></div>`;
  }
  return out;
}
