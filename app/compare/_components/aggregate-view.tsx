import Link from "next/link";
import { Fragment } from "react";
import { UnsettledNotice } from "@/app/_components/unsettled-notice";
import type { CAVEAT_KINDS } from "@/lib/compare-caveats";
import {
  aggregateCaveats,
  aggregateConclusion,
  aggregateRows,
  describeSideAggregate,
  describeTally,
  distributionValues,
  formatCount,
  type PeriodAggregate,
  restsMostlyOnUncoded,
  type SideAggregate,
  tallyRecords,
} from "@/lib/compare-periods";
import { CHANGE_RULE, explainChange, type PropositionRow } from "@/lib/compare-positions";
import { formatPreciseDate } from "@/lib/dates";
import { MODE_LABELS, SOURCE_TIER_LABELS } from "@/lib/labels";
import styles from "../compare.module.css";
import { CaveatLists } from "./caveat-lists";
import { BasisQuote } from "./passages";
import { ChangeBadge, SidePositionBadge, StanceStrip } from "./stance";

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function dateSpan(first: string | null, last: string | null): string {
  if (!first || !last) return "—";
  const f = formatPreciseDate({ start: first, end: first, precision: "day" });
  const l = formatPreciseDate({ start: last, end: last, precision: "day" });
  return f === l ? f : `${f} – ${l}`;
}

/** How the change labels are worked out, said on the page so a label can be checked against its distribution. */
export function ChangeRule() {
  return (
    <section className={styles.rule} aria-labelledby="rule-h" data-testid="change-rule">
      <h2 id="rule-h">How a change is labelled</h2>
      <ul>
        {CHANGE_RULE.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** "rests mostly on uncoded records": its silences are weak evidence. */
export function UncodedMark({ side }: { side: SideAggregate }) {
  if (!restsMostlyOnUncoded(side)) return null;
  return (
    <span className={styles.uncodedMark} data-testid="mostly-uncoded">
      Rests mostly on uncoded records ({formatCount(side.uncoded)} of {formatCount(side.records)} not coded)
    </span>
  );
}

/** A side resting mostly on unsettled codes says so (app/_components/unsettled-notice.tsx). */
export function SideUnsettledNotice({ side }: { side: SideAggregate }) {
  return (
    <UnsettledNotice
      review={side.review}
      disputedHref={side.disputedHref}
      disputedNote={side.table.exact ? undefined : " (among those of speakers from every country)"}
    />
  );
}

/** Per side: how many records, how many coded, and the positions table view that holds them all. */
export function SideRecordsCell({ side }: { side: SideAggregate }) {
  if (side.records === 0) return <span className={styles.muted}>no records</span>;
  return (
    <>
      {plural(side.records, "record", "records")}
      {side.uncoded > 0 && `, ${formatCount(side.uncoded)} not coded`} <UncodedMark side={side} />
      <span className={styles.explain}>
        <Link href={side.table.href} data-testid="side-table-link">
          {side.table.exact
            ? `All ${plural(side.records, "record", "records")} in the positions table`
            : "These records in the positions table"}
        </Link>
        {side.table.note && ` ${side.table.note}`}
      </span>
      <SideUnsettledNotice side={side} />
    </>
  );
}

function Values({ items }: { items: string[] }) {
  if (items.length === 0) return <span className={styles.muted}>—</span>;
  return (
    <ul className={styles.values}>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

function PositionsTable({ agg, rows }: { agg: PeriodAggregate; rows: PropositionRow[] }) {
  const names = agg.sides.map((s) => s.label);
  const addressed = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.positions.some((p) => p.kind !== "silent" && p.kind !== "not_coded"));
  if (addressed.length === 0) {
    return (
      <p className={styles.muted}>
        No record on either side has a coded position, so no change can be labelled.
      </p>
    );
  }
  return (
    <div className={styles.scroll}>
      <StanceStrip names={names} rows={addressed.map(({ row }) => row)} />
      <table
        className={`${styles.grid} ${styles.props}`}
        aria-label="Positions by proposition"
        data-testid="positions"
      >
        <thead>
          <tr>
            <th scope="col">Proposition</th>
            {agg.sides.map((s, i) => (
              <Fragment key={s.label}>
                {i > 0 && (
                  <th scope="col" className={styles.changeCol}>
                    Change
                  </th>
                )}
                <th scope="col">{s.label}</th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {addressed.map(({ row, index }) => {
            const tallies = agg.propositions[index]?.tallies ?? [];
            return (
              <tr key={row.proposition.slug} data-proposition={row.proposition.slug}>
                <th scope="row">
                  {row.proposition.label}
                  <span className={styles.propText}>{row.proposition.text}</span>
                </th>
                {row.positions.map((p, i) => {
                  const change = row.changes[i - 1];
                  const before = row.positions[i - 1];
                  const side = agg.sides[i];
                  const tally = tallies[i];
                  const coded = tally ? tallyRecords(tally) : 0;
                  return (
                    <Fragment key={names[i]}>
                      {i > 0 && change && before && (
                        <td data-testid="change">
                          <ChangeBadge label={change} />
                          <span className={styles.explain}>
                            {explainChange(change, before, p, [names[i - 1] ?? "", names[i] ?? ""])}
                          </span>
                        </td>
                      )}
                      <td>
                        <SidePositionBadge position={p} />
                        {tally && coded > 0 && (
                          <span className={styles.explain} data-testid="tally">
                            {plural(coded, "record", "records")} coded on it: {describeTally(tally)}
                          </span>
                        )}
                        {side && p.kind === "silent" && restsMostlyOnUncoded(side) && (
                          <span className={styles.explain}>
                            Most records of {side.label} are not coded: its silence here is weak evidence.
                          </span>
                        )}
                        {p.evidence
                          .filter((e) => e.status !== "not_addressed")
                          .map((e) => (
                            <BasisQuote
                              fallbackChars={240}
                              key={e.publicId}
                              publicId={e.publicId}
                              text={e.text}
                              basis={e.basis}
                            />
                          ))}
                      </td>
                    </Fragment>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A comparison of two large sides, told from aggregates and a chosen sample of passages. */
export function AggregateView({ agg }: { agg: PeriodAggregate }) {
  const rows = aggregateRows(agg);
  const conclusion = aggregateConclusion(agg, rows);
  const caveats = aggregateCaveats(agg);
  const names = agg.sides.map((s) => s.label);
  const last = names.length - 1;
  const d = (s: SideAggregate, k: (typeof CAVEAT_KINDS)[number]) => distributionValues(s.distributions[k]);

  return (
    <>
      <p className={styles.muted} data-testid="aggregated">
        Each side holds too many records to read one by one: what follows is counted over all of them, with
        the best passages of each side (by source tier, then the most recent) as a sample, and a link to every
        record.
      </p>
      {conclusion && (
        <p className={styles.conclusion} data-testid="conclusion">
          <strong>
            In short ({names[0]} → {names[last]}):
          </strong>{" "}
          {conclusion}
        </p>
      )}
      <section className={styles.caveats} aria-labelledby="caveats-h" data-testid="caveats">
        <h2 id="caveats-h">Comparability</h2>
        <ul className={styles.summary} data-testid="caveat-summary">
          {agg.sides.map((s) => (
            <li key={s.label}>{describeSideAggregate(s)}.</li>
          ))}
        </ul>
        <CaveatLists caveats={caveats} />
      </section>

      <h2>Side by side</h2>
      <div className={styles.scroll}>
        <table className={styles.grid} aria-label="The sides, row by row" data-testid="sides">
          <thead>
            <tr>
              <td />
              {agg.sides.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Records</th>
              {agg.sides.map((s) => (
                <td key={s.label} data-testid="side-records">
                  <SideRecordsCell side={s} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">First and last date</th>
              {agg.sides.map((s) => (
                <td key={s.label}>{dateSpan(s.first, s.last)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Speakers</th>
              {agg.sides.map((s) => (
                <td key={s.label}>
                  {plural(s.speakers, "speaker", "speakers")}
                  {s.unresolved > 0 &&
                    `, ${formatCount(s.unresolved)} ${s.unresolved === 1 ? "record" : "records"} unresolved`}
                  <Values items={d(s, "speaker")} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Offices</th>
              {agg.sides.map((s) => (
                <td key={s.label}>
                  <Values items={d(s, "office")} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Events and their kinds</th>
              {agg.sides.map((s) => (
                <td key={s.label}>
                  {plural(s.events, "event", "events")}
                  <Values items={d(s, "venue_kind")} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Mode and source tier</th>
              {agg.sides.map((s) => (
                <td key={s.label}>
                  <Values items={[...d(s, "mode"), ...d(s, "source_tier")]} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Topics</th>
              {agg.sides.map((s) => (
                <td key={s.label}>
                  <Values items={s.topics.map((t) => `${t.label} (${formatCount(t.n)})`)} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <h2>Positions and what changed</h2>
      <PositionsTable agg={agg} rows={rows} />
      <ChangeRule />

      <h2>Evidence: a sample of each side</h2>
      <div className={styles.texts} style={{ gridTemplateColumns: `repeat(${agg.sides.length}, 1fr)` }}>
        {agg.sides.map((s) => (
          <section key={s.label} aria-label={`Sample of ${s.label}`} data-testid="side-sample">
            <h3>{s.label}</h3>
            <p className={styles.muted}>
              {s.sample.length} of {plural(s.records, "record", "records")}, the best sources first, then the
              most recent. <Link href={s.table.href}>See them all in the positions table</Link>.
            </p>
            {s.sample.map((r) => (
              <figure key={r.publicId} className={styles.sample} data-testid="sample-passage">
                <blockquote className={styles.quote}>
                  {r.text.length > 600 ? `${r.text.slice(0, 600)}…` : r.text}
                </blockquote>
                <figcaption className={styles.explain}>
                  {formatPreciseDate({ start: r.dateStart, end: r.dateEnd, precision: r.datePrecision })} ·{" "}
                  {r.speaker}
                  {r.event && ` · ${r.event}`} · {MODE_LABELS[r.mode]} · {SOURCE_TIER_LABELS[r.tier]} (
                  {r.outlet}){!r.coded && " · not coded"} ·{" "}
                  <Link href={`/positions/${r.publicId}`} aria-label={`Open record ${r.publicId}`}>
                    record {r.publicId} ›
                  </Link>
                </figcaption>
              </figure>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
