import type { Metadata } from "next";
import Link from "next/link";
import { GetForm } from "@/app/_components/get-form";
import { IgnoredNotice } from "@/app/_components/ignored-notice";
import { requireReader } from "@/app/_server/current-user";
import { getDb } from "@/db/client";
import { getShiftGrid, listPropositionOptions } from "@/db/queries/shift-grid";
import { EVENT_KINDS } from "@/lib/domain";
import { EVENT_KIND_LABELS } from "@/lib/labels";
import { defaultView, patchView, viewHref } from "@/lib/positions-view";
import {
  CELL_CODE_TEXT,
  CELL_CODES,
  cellText,
  type GridCell,
  type GridEvent,
  type GridPeriod,
  parseShiftGridView,
  SHIFTS_PATH,
} from "@/lib/shift-grid";
import { formatNumber } from "@/lib/text";
import { timelineHref } from "@/lib/timeline-view";
import { ignoredPart } from "@/lib/url-grammar";
import styles from "./shifts.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Shift grid" };

function Cell({ cell, href, label }: { cell: GridCell; href: string; label: string }) {
  const coded = CELL_CODES.reduce((n, c) => n + (cell.mix[c] ?? 0), 0);
  if (coded === 0 && cell.notCoded === 0) return <span className={styles.empty}>·</span>;
  const text = cellText(cell);
  // Kept lean (about 165 cells): a plain link, not a client Link component, whose props the page's payload would
  // repeat; the drawing hidden from screen readers, which read the sentence instead; widths in whole per cent.
  return (
    <a href={href} className={styles.cell} data-testid="grid-cell">
      <span className="visually-hidden">
        {label}: {text}
      </span>
      <span aria-hidden="true">
        {coded > 0 && (
          <span className={styles.bar}>
            {CELL_CODES.filter((c) => (cell.mix[c] ?? 0) > 0).map((c) => (
              <span
                key={c}
                className={styles[c]}
                style={{ width: `${Math.round(((cell.mix[c] ?? 0) / coded) * 100)}%` }}
              />
            ))}
          </span>
        )}
        {coded > 0 && <span className={styles.count}>{coded} coded</span>}
        {cell.notCoded > 0 && <span className={styles.notCoded}>{cell.notCoded} not coded</span>}
      </span>
    </a>
  );
}

export default async function ShiftsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireReader(SHIFTS_PATH);
  const { view, ignored } = parseShiftGridView(await searchParams);
  const db = getDb();
  const grid = getShiftGrid(db, view);
  const options = listPropositionOptions(db);
  const problems = [...ignored];
  if (view.proposition && !grid.proposition)
    problems.push(ignoredPart("proposition", view.proposition, "there is no such proposition"));
  const byCountry = grid.by === "country";
  const byEvent = grid.across === "event";
  const topic = grid.proposition?.topic.slug ?? null;
  const topics = topic ? [topic] : [];
  // A speaker's cell opens the positions table; a country's year opens the timeline, since the table's `country`
  // is where an event took place and the timeline's is the speaker's; a country's event opens the event's records
  // on the topic, every speaker's, as no view narrows an event to one country's speakers.
  const periodHref = (slug: string, period: GridPeriod) =>
    byCountry
      ? timelineHref({ topic, country: slug, from: String(period.from), to: String(period.to) })
      : viewHref(
          patchView(defaultView(), {
            speaker: [slug],
            topic: topics,
            from: String(period.from),
            to: String(period.to),
          }),
        );
  // Without the topic: a cell also counts codings of records filed under other topics, which must be in view.
  const eventHref = (slug: string, event: GridEvent) =>
    viewHref(patchView(defaultView(), { speaker: byCountry ? [] : [slug], event: [event.slug] }));
  const columns = byEvent
    ? grid.events.map((e) => ({
        key: e.slug,
        label: e.name,
        date: e.date,
        href: (row: string) => eventHref(row, e),
      }))
    : grid.periods.map((p) => ({
        key: p.label,
        label: p.label,
        date: null,
        href: (row: string) => periodHref(row, p),
      }));
  const who = (n: number) =>
    byCountry ? (n === 1 ? "country" : "countries") : n === 1 ? "speaker" : "speakers";
  const shown = grid.rows.length;
  const among = byEvent ? "with records at these events" : "coded on it";
  const scope =
    shown === grid.groups
      ? `${shown === 1 ? "The one" : `All ${formatNumber(shown)}`} ${who(shown)} ${among}`
      : `The ${formatNumber(shown)} ${who(shown)} ${among}${byEvent ? ", most coded first" : " most often"}, of ${formatNumber(grid.groups)}`;

  return (
    <>
      <h1>{grid.proposition ? `Who moved: ${grid.proposition.label}` : "Shift grid"}</h1>
      <IgnoredNotice ignored={problems} />
      <GetForm action={SHIFTS_PATH} className={styles.form} aria-label="Choose a proposition">
        <label>
          Proposition
          <select name="proposition" defaultValue={grid.proposition?.slug ?? ""}>
            {!grid.proposition && <option value="">Choose a proposition</option>}
            {options.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rows
          <select name="by" defaultValue={grid.by}>
            <option value="speaker">Speakers</option>
            <option value="country">Speakers' countries</option>
          </select>
        </label>
        <label>
          Columns
          <select name="across" defaultValue={grid.across}>
            <option value="period">Years</option>
            <option value="event">Latest events</option>
          </select>
        </label>
        <label>
          Events of kind
          <select name="kind" defaultValue={view.kind ?? ""}>
            <option value="">Any kind</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show the grid</button>
      </GetForm>
      {!grid.proposition ? (
        <p>
          For one proposition, the speakers coded on it most often down the side and the years across: each
          cell is the mix of stances coded in that year, and links to the records.
        </p>
      ) : grid.rows.length === 0 ? (
        <p data-testid="grid-empty">
          {byEvent
            ? `No dated event${view.kind ? ` of the kind “${EVENT_KIND_LABELS[view.kind]}”` : ""} has a record on ${grid.proposition.topic.name} by a known speaker.`
            : "No record is coded on this proposition yet."}
        </p>
      ) : (
        <>
          <p className="muted" data-testid="grid-scope">
            “{grid.proposition.text}” ({grid.proposition.topic.name}). {scope};{" "}
            {byEvent
              ? `the columns are the ${formatNumber(grid.events.length)} latest dated events${view.kind ? ` of the kind “${EVENT_KIND_LABELS[view.kind]}”` : ""} with records on the topic, and each cell counts the codings of what was said there.`
              : "each cell counts the codings by the year of the statement."}{" "}
            <em>Coded not addressed</em> means an analyst read the record and found the proposition absent;{" "}
            <em>not coded</em> counts the {byCountry ? "country's" : "speaker's"} records on{" "}
            {grid.proposition.topic.name} that nobody has coded on it yet, which say nothing either way.
            {grid.undated > 0 && ` ${grid.undated.toLocaleString("en")} undated codings have no column.`} A
            cell opens{" "}
            {byEvent
              ? byCountry
                ? "every speaker's records at that event"
                : "the speaker's records at that event"
              : byCountry
                ? "the timeline of the country's records on the topic in that period"
                : "the speaker's records on the topic in that period"}
            , coded or not.
          </p>
          <ul className={styles.legend} aria-label="Colours">
            {CELL_CODES.map((c) => (
              <li key={c}>
                <span className={`${styles.swatch} ${styles[c]}`} aria-hidden="true" />
                {CELL_CODE_TEXT[c]}
              </li>
            ))}
            <li className={styles.notCoded}>not coded: written out, never coloured</li>
          </ul>
          <div className={styles.scroll}>
            <table className={styles.grid} data-testid="shift-grid">
              <caption className="visually-hidden">
                Stances on {grid.proposition.label} by {byCountry ? "speakers' country" : "speaker"} and{" "}
                {byEvent ? "event" : "period"}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{byCountry ? "Country" : "Speaker"}</th>
                  {columns.map((c) => (
                    <th key={c.key} scope="col" className={c.date ? styles.event : undefined}>
                      {c.date ? (
                        <>
                          <Link href={`/events/${c.key}`} prefetch={false}>
                            {c.label}
                          </Link>
                          <small>{c.date}</small>
                        </>
                      ) : (
                        c.label
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => (
                  <tr
                    key={row.slug}
                    data-speaker={byCountry ? undefined : row.slug}
                    data-country={byCountry ? row.slug : undefined}
                  >
                    <th scope="row">
                      {byCountry ? (
                        <Link href={timelineHref({ topic, country: row.slug })} prefetch={false}>
                          {row.name}
                        </Link>
                      ) : (
                        <Link href={`/officials/${row.slug}`} lang="vi" prefetch={false}>
                          {row.name}
                        </Link>
                      )}
                      <small>{row.coded.toLocaleString("en")} coded</small>
                    </th>
                    {row.cells.map((cell, i) => {
                      const column = columns[i];
                      if (!column) return null;
                      return (
                        <td key={column.key}>
                          <Cell
                            cell={cell}
                            href={column.href(row.slug)}
                            label={`${row.name}, ${column.label}`}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
