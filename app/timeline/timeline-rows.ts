import { type MarkRecord, TABLE_PAGE_SIZE } from "@/db/queries/timeline";
import { type AxisTick, binEnd } from "@/lib/timeline-layout";
import { type TimelineView, timelineHref } from "@/lib/timeline-view";
import type { TimelineMark, TimelineRow } from "./_components/timeline-chart";

/** What the timeline page draws from its data: the rows of marks, the windows of ticks and zooms, the table's pages. */

/** Rows of marks: one per proposition (a record marks every proposition it is coded on) or one per speaker. */
export function buildRows(records: MarkRecord[], view: TimelineView): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  const add = (key: string, init: Omit<TimelineRow, "marks">, mark: TimelineMark) => {
    const row = rows.get(key) ?? { ...init, marks: [] };
    row.marks.push(mark);
    rows.set(key, row);
  };
  for (const r of records) {
    if (view.group === "proposition") {
      const positions = r.positions.filter(
        (p) => !view.proposition || p.propositionSlug === view.proposition,
      );
      for (const p of positions) {
        add(
          p.propositionSlug,
          {
            key: p.propositionSlug,
            label: p.propositionLabel,
            detail: p.propositionText,
            href: timelineHref({ ...view, proposition: p.propositionSlug, pick: [], page: 1 }),
          },
          { key: `${p.propositionSlug}-${r.publicId}`, record: r, status: p.status, stance: p.stance },
        );
      }
      if (positions.length === 0) {
        add(
          "~uncoded",
          { key: "uncoded", label: "No coded position", detail: "Records not scored on any proposition" },
          { key: `uncoded-${r.publicId}`, record: r, status: "record", stance: null },
        );
      }
    } else {
      const p = view.proposition
        ? r.positions.find((x) => x.propositionSlug === view.proposition)
        : undefined;
      const key = r.speaker?.slug ?? "~unresolved";
      add(
        key,
        r.speaker
          ? {
              key,
              label: r.speaker.nativeName ?? r.speaker.name,
              detail: r.roleTitle ?? undefined,
              href: `/officials/${r.speaker.slug}`,
            }
          : { key: "unresolved", label: "Unresolved speaker" },
        {
          key: `${key}-${r.publicId}`,
          record: r,
          status: p ? p.status : "record",
          stance: p ? p.stance : null,
        },
      );
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a.startsWith("~") ? 1 : b.startsWith("~") ? -1 : 0))
    .map(([, r]) => r);
}

/** The period a tick stands for, as the grammar's from/to. */
export function tickWindow(t: Pick<AxisTick, "key" | "unit">): { from: string; to: string } {
  if (t.unit === "year") return { from: t.key.slice(0, 4), to: t.key.slice(0, 4) };
  if (t.unit === "month") return { from: t.key.slice(0, 7), to: t.key.slice(0, 7) };
  return { from: t.key, to: binEnd("week", t.key) };
}

/** One step out: a window within a year opens to its year(s); wider ones gain a year on each side. */
export function zoomOutWindow(start: string, end: string): { from: string; to: string } {
  const y1 = Number(start.slice(0, 4));
  const y2 = Number(end.slice(0, 4));
  const wholeYears = start.endsWith("-01-01") && end.endsWith("-12-31");
  return wholeYears ? { from: String(y1 - 1), to: String(y2 + 1) } : { from: String(y1), to: String(y2) };
}

/** One page of the records table, the page number kept within the pages there are. */
export function pageOf<T>(items: T[], page: number): { slice: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / TABLE_PAGE_SIZE));
  const p = Math.min(page, pages);
  return { slice: items.slice((p - 1) * TABLE_PAGE_SIZE, p * TABLE_PAGE_SIZE), page: p, pages };
}
