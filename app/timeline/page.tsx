import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import type { RecordCard } from "@/db/queries/statements";
import { getTimeline, listTimelineOptions } from "@/db/queries/timeline";
import { listTopicOptions } from "@/db/queries/topics";
import { compareIdsHref, type SearchParams } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import { DATE_PRECISION_LABELS } from "@/lib/labels";
import { timeDomain } from "@/lib/timeline-layout";
import {
  parseTimelineView,
  TIMELINE_GROUPS,
  type TimelineView,
  timelineHref,
  togglePick,
} from "@/lib/timeline-view";
import {
  markStanceText,
  TimelineChart,
  TimelineLegend,
  type TimelineMark,
  type TimelineRow,
} from "./_components/timeline-chart";
import styles from "./timeline.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Timeline" };

/** Rows of marks: one per proposition (a record marks every proposition it is coded on) or one per speaker. */
function buildRows(records: RecordCard[], view: TimelineView): TimelineRow[] {
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
            href: timelineHref({ ...view, proposition: p.propositionSlug, pick: [] }),
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
              detail: r.role?.title,
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

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { view, ignored } = parseTimelineView(await searchParams);
  const db = getDb();
  const data = getTimeline(db, view);
  const options = listTimelineOptions(db);
  const topics = listTopicOptions(db);
  const problems = [...ignored, ...data.unknown];
  const rows = buildRows(data.dated, view);
  const domain = timeDomain(
    data.dated.map((r) => ({ start: r.dateStart ?? "", end: r.dateEnd ?? r.dateStart ?? "" })),
  );
  // The second pick lands on the comparison; a first pick (or unpicking) stays on the timeline, in the URL.
  const pickHref = (publicId: string) => {
    const next = togglePick(view, publicId);
    return next.pick.length === 2 && !view.pick.includes(publicId)
      ? compareIdsHref(next.pick)
      : timelineHref(next);
  };
  const topicName = topics.find((t) => t.slug === view.topic)?.label;

  return (
    <>
      <h1>Timeline{topicName ? `: ${topicName}` : ""}</h1>
      {problems.length > 0 && (
        <div className="notice" role="status" data-testid="ignored">
          Part of this address was ignored: {problems.join("; ")}.
        </div>
      )}
      <form method="get" action="/timeline" className={styles.form} aria-label="Timeline filters">
        <label>
          Topic
          <select name="topic" defaultValue={view.topic ?? ""}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {"\u00a0\u00a0".repeat(t.depth)}
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Speaker
          <select name="speaker" defaultValue={view.speaker ?? ""}>
            <option value="">Any</option>
            {options.speakers.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          or country
          <input name="country" defaultValue={view.country ?? ""} size={4} placeholder="VN" />
        </label>
        <label>
          Proposition
          <select name="proposition" defaultValue={view.proposition ?? ""}>
            <option value="">Any</option>
            {options.propositions.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Group by
          <select name="group" defaultValue={view.group}>
            {TIMELINE_GROUPS.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>

      <div className={styles.pickBar} data-testid="pick-bar" aria-live="polite">
        {view.pick.length === 0 && (
          <span>Pick two marks (the + beside each) to compare them side by side.</span>
        )}
        {view.pick.length === 1 && (
          <span>
            Picked <Link href={`/positions/${view.pick[0]}`}>{view.pick[0]}</Link>: pick one more mark to
            compare. <Link href={timelineHref({ ...view, pick: [] })}>Clear</Link>
          </span>
        )}
        {view.pick.length === 2 && (
          <span>
            Picked {view.pick.join(" and ")}:{" "}
            <Link href={compareIdsHref(view.pick)}>open their comparison</Link> ·{" "}
            <Link href={timelineHref({ ...view, pick: [] })}>Clear</Link>
          </span>
        )}
      </div>

      {domain && rows.length > 0 ? (
        <>
          <TimelineLegend />
          <TimelineChart rows={rows} domain={domain} picked={view.pick} pickHref={pickHref} />
        </>
      ) : (
        <p data-testid="timeline-empty">No dated record matches these filters.</p>
      )}

      <h2 id="table-h">The same data as a table</h2>
      <table className={styles.table} aria-labelledby="table-h" data-testid="timeline-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Precision</th>
            <th scope="col">{view.group === "proposition" ? "Proposition" : "Speaker"}</th>
            <th scope="col">Speaker and role</th>
            <th scope="col">Position</th>
            <th scope="col">Record</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.marks.map((m) => (
              <tr key={m.key}>
                <td>
                  {formatPreciseDate({
                    start: m.record.dateStart,
                    end: m.record.dateEnd,
                    precision: m.record.datePrecision,
                  })}
                </td>
                <td>{DATE_PRECISION_LABELS[m.record.datePrecision]}</td>
                <th scope="row">{row.label}</th>
                <td>
                  {(m.record.speaker && (m.record.speaker.nativeName ?? m.record.speaker.name)) ??
                    `unresolved (“${m.record.attributionText}”)`}
                  {m.record.role ? `, ${m.record.role.title}` : ""}
                </td>
                <td>{markStanceText(m)}</td>
                <td>
                  <Link href={`/positions/${m.record.publicId}`}>{m.record.publicId}</Link>
                </td>
                <td>
                  <Link href={pickHref(m.record.publicId)}>
                    {view.pick.includes(m.record.publicId) ? "Unpick" : "Pick"}
                  </Link>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>

      {data.undated.length > 0 && (
        <>
          <h2>Undated records (not on the axis)</h2>
          <ul className="record-list" data-testid="undated">
            {data.undated.map((r) => (
              <li key={r.publicId}>
                <Link href={`/positions/${r.publicId}`}>
                  {r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}
                </Link>
                <div className="meta">
                  {(r.speaker && (r.speaker.nativeName ?? r.speaker.name)) ??
                    `unresolved: “${r.attributionText}”`}{" "}
                  · date unknown
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
