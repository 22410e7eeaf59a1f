import type { Metadata } from "next";
import Link from "next/link";
import { GetForm } from "@/app/_components/get-form";
import { IgnoredNotice } from "@/app/_components/ignored-notice";
import { TopicOptions } from "@/app/_components/topic-options";
import { UnsettledNotice } from "@/app/_components/unsettled-notice";
import { requireReader } from "@/app/_server/current-user";
import { SaveView } from "@/app/views/_components/save-view";
import { getDb } from "@/db/client";
import { type BinRow, getTimeline, MARK_LIMIT, type TimelineBin } from "@/db/queries/timeline";
import { listTimelineOptions, listTimelineTopics, tableSpeakerScope } from "@/db/queries/timeline-filters";
import { timelineReview } from "@/db/queries/timeline-review";
import { feedAlternates, timelineFeedLinks } from "@/lib/atom-links";
import { compareIdsHref, type SearchParams } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import { defaultView, type PositionsView, viewHref } from "@/lib/positions-view";
import { MIX_ORDER } from "@/lib/stance-mix";
import {
  type AxisTick,
  axisTicks,
  binEnd,
  binLabel,
  binStart,
  type Domain,
  dayNumber,
  isoDay,
  timeDomain,
  windowDomain,
} from "@/lib/timeline-layout";
import { timelineNotices } from "@/lib/timeline-notices";
import { BIN_UNITS, parseTimelineView, TIMELINE_GROUPS, timelineHref, zoomTo } from "@/lib/timeline-view";
import { ignoredPart } from "@/lib/url-grammar";
import type { CompactRow } from "./_components/bin-bars";
import { BinBarsLazy } from "./_components/bin-bars-lazy";
import { BinLegend, mixText, wideText } from "./_components/bin-chart";
import { MarkTable } from "./_components/mark-table";
import { TimelineChart, TimelineLegend } from "./_components/timeline-chart";
import styles from "./timeline.module.css";
import { buildRows, pageOf, tickWindow, zoomOutWindow } from "./timeline-rows";

export const dynamic = "force-dynamic";

// The timeline's Atom feeds, as <link rel="alternate">, so that a feed reader finds them from this address.
export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  await requireReader("/timeline");
  const { view } = parseTimelineView(await searchParams);
  return { title: "Timeline", alternates: feedAlternates(timelineFeedLinks(view)) };
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A second line behind proxy.ts: with REQUIRE_SIGN_IN=1 nothing is read for an anonymous visitor.
  await requireReader("/timeline");
  const { view, ignored } = parseTimelineView(await searchParams);
  const db = getDb();
  const data = getTimeline(db, view);
  const review = timelineReview(db, data);
  const options = listTimelineOptions(db, view.speaker);
  const topics = listTimelineTopics(db);
  const scope = tableSpeakerScope(db, data.filters);
  const problems = [...ignored, ...timelineNotices(data.notices)];
  const { window } = data.filters;

  /** The positions table's view of these filters, built with its own grammar. */
  const tableView = (patch: { speaker?: string; from?: string; to?: string }): PositionsView => ({
    ...defaultView(),
    topic: data.filters.topic && view.topic ? [view.topic] : [],
    speaker: patch.speaker ? [patch.speaker] : scope.speakers,
    attribution: scope.resolvedOnly && !patch.speaker ? "resolved" : null,
    from: patch.from ?? null,
    to: patch.to ?? null,
    sort: { key: "date" as const, desc: false },
  });
  const tableHref = (patch: { speaker?: string; from?: string; to?: string }) => viewHref(tableView(patch));
  const binHref = (row: BinRow, bin: TimelineBin) =>
    data.kind === "bins"
      ? tableHref({
          speaker: row.speakerSlug,
          from: bin.start < data.first ? data.first : bin.start,
          to: binEnd(data.unit, bin.start) > data.last ? data.last : binEnd(data.unit, bin.start),
        })
      : "";
  const zoomHref = (tick: Pick<AxisTick, "key" | "unit">) => timelineHref(zoomTo(view, tickWindow(tick)));
  const topicName = topics.find((t) => t.slug === view.topic)?.label;
  const tableCaveats = [
    scope.widerThanView
      ? "the positions table cannot filter by the speaker's country: its lists include speakers from elsewhere"
      : null,
    view.proposition || view.group === "proposition"
      ? "the positions table cannot filter by proposition: it lists every record of the bin, coded or not"
      : null,
  ].filter((x): x is string => x !== null);

  let domain: Domain | null = null;
  if (data.kind === "marks") {
    const spans = data.records.map((r) => ({ start: r.dateStart, end: r.dateEnd }));
    if (window.start || window.end) {
      const lastEnd = spans.reduce((m, s) => (s.end > m ? s.end : m), spans[0]?.end ?? "");
      domain = windowDomain(window.start ?? `${spans[0]?.start.slice(0, 4)}-01-01`, window.end ?? lastEnd);
    } else domain = timeDomain(spans);
  } else if (data.kind === "bins") {
    domain = windowDomain(
      window.start ?? binStart(data.unit, data.first),
      window.end ?? binEnd(data.unit, binStart(data.unit, data.last)),
    );
  }
  const markRows = data.kind === "marks" ? buildRows(data.records, view) : [];
  const shownSpan = domain ? { start: isoDay(domain.from), end: isoDay(domain.to - 1) } : null;
  const zoomed = Boolean(window.start || window.end);

  const markTable = pageOf(
    markRows.flatMap((row) => row.marks.map((m) => ({ row, m }))),
    view.page,
  );
  const binTable = pageOf(
    data.kind === "bins" ? data.rows.flatMap((row) => row.bins.map((bin) => ({ row, bin }))) : [],
    view.page,
  );
  const table = data.kind === "bins" ? binTable : markTable;
  if (view.page > table.pages)
    problems.push(ignoredPart("page", String(view.page), `past the last page of the table (${table.pages})`));

  return (
    <>
      <h1>Timeline{topicName ? `: ${topicName}` : ""}</h1>
      <IgnoredNotice ignored={problems} />
      {review && <UnsettledNotice review={review} />}
      <SaveView url={timelineHref(view)} name={`Timeline${topicName ? `: ${topicName}` : ""}`} />
      <GetForm action="/timeline" className={styles.form} aria-label="Timeline filters">
        <label>
          Topic
          <select name="topic" defaultValue={view.topic ?? ""}>
            <option value="">All topics</option>
            <TopicOptions topics={topics} />
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
        <label>
          From
          <input name="from" defaultValue={view.from ?? ""} size={10} placeholder="2018 or 2018-11" />
        </label>
        <label>
          To
          <input name="to" defaultValue={view.to ?? ""} size={10} placeholder="2024-06-30" />
        </label>
        <label>
          Bins
          <select name="bin" defaultValue={view.bin ?? ""}>
            <option value="">by span</option>
            {BIN_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </GetForm>

      <div className={styles.pickBar} data-testid="pick-bar" aria-live="polite">
        {view.pick.length === 0 && (
          <span>
            Pick two marks (the + beside each) to compare them side by side
            {data.kind === "bins" ? "; zoom in until the records are drawn one by one" : ""}.
          </span>
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

      <p className={styles.summary} data-testid="timeline-summary">
        {data.kind === "bins" &&
          `${data.total.toLocaleString("en")} dated records${zoomed ? " in this window" : ""}: more than ${MARK_LIMIT}, so they are drawn as bins by ${data.unit}, per ${view.group}. Each bar opens its records in the positions table; zoom in to see the records one by one.`}
        {data.kind === "marks" &&
          `${data.records.length.toLocaleString("en")} dated record${data.records.length === 1 ? "" : "s"}${zoomed ? " in this window" : ""}, each drawn as a mark (up to ${MARK_LIMIT} are; more are drawn as bins).`}
        {data.kind === "empty" && ""}
        {shownSpan &&
          ` Shown: ${formatPreciseDate({ start: shownSpan.start, end: shownSpan.end, precision: "range" })}.`}
      </p>
      {(zoomed || domain) && (
        <nav className={styles.zoomBar} aria-label="Zoom" data-testid="zoom-bar">
          {zoomed && window.start && window.end && (
            <Link href={timelineHref(zoomTo(view, zoomOutWindow(window.start, window.end)))}>Zoom out</Link>
          )}
          {zoomed && <Link href={timelineHref(zoomTo(view, { from: null, to: null }))}>All dates</Link>}
          {data.kind === "bins" &&
            BIN_UNITS.filter((u) => u !== data.unit).map((u) => (
              <Link key={u} href={timelineHref(zoomTo(view, { bin: u }))}>
                bins by {u}
              </Link>
            ))}
          {view.bin && <Link href={timelineHref(zoomTo(view, { bin: null }))}>bin size by span</Link>}
        </nav>
      )}

      {data.kind === "marks" && domain && markRows.length > 0 && (
        <>
          <TimelineLegend />
          <TimelineChart rows={markRows} domain={domain} view={view} />
        </>
      )}
      {data.kind === "bins" && domain && (
        <>
          <BinLegend unit={data.unit} coded={Boolean(view.proposition) || view.group === "proposition"} />
          <BinBarsLazy
            rows={data.rows.map(
              (row): CompactRow => ({
                key: row.key,
                label: row.label,
                sub: `${row.total.toLocaleString("en")} record${row.total === 1 ? "" : "s"}${row.detail ? ` · ${row.detail}` : ""}`,
                speakerSlug: row.speakerSlug,
                bins: row.bins.map((b) => [
                  dayNumber(b.start),
                  b.n,
                  b.wide,
                  ...MIX_ORDER.map((c) => b.mix[c] ?? 0),
                ]),
              }),
            )}
            ticks={axisTicks(domain).map((t) => ({
              key: t.key,
              left: t.left,
              label: t.label,
              href: zoomHref(t),
            }))}
            domain={domain}
            unit={data.unit}
            mixOrder={MIX_ORDER}
            table={tableView({})}
            clampFrom={data.first}
            clampTo={data.last}
          />
          {tableCaveats.length > 0 && (
            <p className="muted" data-testid="table-caveat">
              In the positions table, {tableCaveats.join("; ")}. Its date filter keeps every record whose
              possible dates overlap the bin.
            </p>
          )}
        </>
      )}
      {(data.kind === "empty" || (data.kind === "marks" && markRows.length === 0)) && (
        <p data-testid="timeline-empty">
          No dated record matches these filters{zoomed ? " in this window" : ""}.
        </p>
      )}

      <h2 id="table-h">The same data as a table</h2>
      {data.kind === "bins" ? (
        <table className={styles.table} aria-labelledby="table-h" data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">{view.group === "proposition" ? "Proposition" : "Speaker"}</th>
              <th scope="col">{data.unit[0]?.toUpperCase() + data.unit.slice(1)}</th>
              <th scope="col">Records</th>
              <th scope="col">Positions</th>
              <th scope="col">Less precise dates</th>
              <th scope="col">Records in the table</th>
            </tr>
          </thead>
          <tbody>
            {binTable.slice.map(({ row, bin }) => (
              <tr key={`${row.key}-${bin.start}`}>
                <th scope="row">{row.label}</th>
                <td>{binLabel(data.unit, bin.start)}</td>
                <td>{bin.n.toLocaleString("en")}</td>
                <td>{mixText(bin) || "not coded on a proposition"}</td>
                <td>{wideText(bin, data.unit) || "none"}</td>
                <td>
                  <Link href={binHref(row, bin)}>Open</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <MarkTable rows={markTable.slice} view={view} />
      )}
      {table.pages > 1 && (
        <nav className={styles.pager} aria-label="Table pages" data-testid="table-pager">
          {table.page > 1 && <Link href={timelineHref({ ...view, page: table.page - 1 })}>Previous</Link>}
          <span>
            Page {table.page} of {table.pages}
          </span>
          {table.page < table.pages && (
            <Link href={timelineHref({ ...view, page: table.page + 1 })}>Next</Link>
          )}
        </nav>
      )}

      {data.undated > 0 && (
        <>
          <h2>Undated records (not on the axis)</h2>
          <p data-testid="undated">
            {data.undated.toLocaleString("en")} record{data.undated === 1 ? "" : "s"} on these filters{" "}
            {data.undated === 1 ? "has" : "have"} no known date.{" "}
            <Link href={tableHref({})}>List them in the positions table</Link> (oldest first: undated records
            come first).
          </p>
        </>
      )}
    </>
  );
}
