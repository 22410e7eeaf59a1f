import type { MarkRecord } from "@/db/queries/timeline";
import type { PositionStatus } from "@/db/schema";
import { formatPreciseDate } from "@/lib/dates";
import { DATE_PRECISION_LABELS, POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import {
  assignLanes,
  axisTicks,
  type Domain,
  markBoxVars,
  markPlacement,
  spanBox,
} from "@/lib/timeline-layout";
import type { MarkTrack, PlacedMark } from "@/lib/timeline-marks-html";
import type { TimelineView } from "@/lib/timeline-view";
import styles from "../timeline.module.css";
import { MarksChart } from "./marks-chart";

export interface TimelineMark {
  key: string;
  record: MarkRecord;
  /** "record" when the mark stands for the record itself, not a coded position. */
  status: PositionStatus | "record";
  stance: number | null;
}

export interface TimelineRow {
  key: string;
  label: string;
  detail?: string;
  href?: string;
  marks: TimelineMark[];
}

export function markColour(m: TimelineMark): string {
  if (m.status === "stated" && m.stance !== null) return m.stance >= 0 ? `s${m.stance}` : `sm${-m.stance}`;
  return m.status;
}

export function markStanceText(m: TimelineMark): string {
  if (m.status === "record") return "record (no proposition chosen)";
  if (m.status === "stated" && m.stance !== null) return stanceLabel(m.stance);
  return POSITION_STATUS_LABELS[m.status];
}

function shortStance(m: TimelineMark): string {
  if (m.status === "stated" && m.stance !== null) return m.stance > 0 ? `+${m.stance}` : String(m.stance);
  if (m.status === "ambiguous") return "?";
  if (m.status === "no_position") return "∅";
  if (m.status === "not_addressed") return "–";
  return "";
}

export function markDescription(m: TimelineMark, row: string): string {
  const r = m.record;
  const who = r.speaker ? (r.speaker.nativeName ?? r.speaker.name) : `unresolved (“${r.attributionText}”)`;
  const date = formatPreciseDate({ start: r.dateStart, end: r.dateEnd, precision: r.datePrecision });
  return `${row}: ${who}, ${date} (${DATE_PRECISION_LABELS[r.datePrecision].toLowerCase()} precision), ${markStanceText(m)}`;
}

// Marks narrower than this share of the track are drawn at a fixed size; lanes are assigned with it.
const MIN_MARK_PERCENT = 5;
// Room after each mark, in the same lane, for its 24px pick button and for a range's 48px minimum (on a 640px track
// at least: 5% + 7% is 77px), so that no target overlaps the next mark (WCAG 2.5.8 target size).
const PICK_ROOM_PERCENT = 7;

/**
 * The marks chart: placed here, on the server, and drawn by MarksChart in the browser from the compact placed marks
 * (lib/timeline-marks-html.ts says why).
 */
export function TimelineChart({
  rows,
  domain,
  view,
}: {
  rows: TimelineRow[];
  domain: Domain;
  view: TimelineView;
}) {
  const tracks: MarkTrack[] = rows.map((row) => {
    const boxes = row.marks.map((m) => spanBox(domain, m.record.dateStart, m.record.dateEnd));
    const lanes = assignLanes(boxes, MIN_MARK_PERCENT, PICK_ROOM_PERCENT);
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
    return {
      key: row.key,
      label: row.label,
      detail: row.detail,
      href: row.href,
      height: laneCount * 28 + 8,
      // Days are drawn as 24px dots, ranges (two days or more) at least twice as wide, so they never read as one
      // day, and months and years at least 30px wide (timeline.module.css, by the shape).
      marks: row.marks.map(
        (m, i): PlacedMark => [
          m.record.publicId,
          4 + (lanes[i] ?? 0) * 28,
          markBoxVars(markPlacement(domain, m.record.dateStart, m.record.dateEnd)),
          m.record.datePrecision,
          markColour(m),
          shortStance(m),
          markDescription(m, row.label),
        ],
      ),
    };
  });
  const ticks = axisTicks(domain).map((t) => ({ key: t.key, left: t.left, label: t.label }));
  return <MarksChart tracks={tracks} ticks={ticks} view={view} />;
}

export function TimelineLegend() {
  const sample = (cls: string, shape: string, text: string) => (
    <span className={`${styles.shape} ${styles[shape]} ${styles[cls]}`} aria-hidden="true">
      {text}
    </span>
  );
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li>{sample("record", "day", "")} day</li>
      <li>{sample("record", "range", "")} date range</li>
      <li>{sample("record", "month", "")} month</li>
      <li>{sample("record", "year", "")} year (the whole year is possible)</li>
      <li>{sample("s2", "day", "+2")} strongly supports</li>
      <li>{sample("s1", "day", "+1")} supports</li>
      <li>{sample("s0", "day", "0")} neutral</li>
      <li>{sample("sm1", "day", "-1")} opposes</li>
      <li>{sample("sm2", "day", "-2")} strongly opposes</li>
      <li>{sample("ambiguous", "day", "?")} ambiguous</li>
      <li>{sample("no_position", "day", "∅")} no position</li>
      <li>{sample("not_addressed", "day", "–")} coded not addressed</li>
      <li>+ pick two marks to compare them</li>
    </ul>
  );
}
