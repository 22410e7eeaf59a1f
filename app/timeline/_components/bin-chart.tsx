import Link from "next/link";
import { type BinRow, MIX_ORDER, type MixCode, type TimelineBin } from "@/db/queries/timeline";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import { type AxisTick, axisTicks, binEnd, binLabel, type Domain, spanBox } from "@/lib/timeline-layout";
import type { BinUnit } from "@/lib/timeline-view";
import styles from "../timeline.module.css";

/** The same colours as the marks' classes in timeline.module.css, for the stacked gradient of a bin. */
const MIX_COLOURS: Record<MixCode, string> = {
  s2: "#1d5a99",
  s1: "#9cc3e6",
  s0: "#d5dade",
  sm1: "#f2b28f",
  sm2: "#a12a1f",
  ambiguous: "#f5c56f",
  no_position: "#8a96a3",
  not_addressed: "#ffffff",
  record: "#8fa3b8",
};

const MIX_LABELS: Record<MixCode, string> = {
  s2: stanceLabel(2),
  s1: stanceLabel(1),
  s0: stanceLabel(0),
  sm1: stanceLabel(-1),
  sm2: stanceLabel(-2),
  ambiguous: POSITION_STATUS_LABELS.ambiguous.toLowerCase(),
  no_position: POSITION_STATUS_LABELS.no_position.toLowerCase(),
  not_addressed: "coded not addressed",
  record: "records",
};

/** "12 +2 strongly supports, 3 ambiguous"; a plain count when no proposition is in play. */
export function mixText(bin: TimelineBin): string {
  const parts = MIX_ORDER.filter((c) => (bin.mix[c] ?? 0) > 0 && c !== "record").map(
    (c) => `${bin.mix[c]} ${MIX_LABELS[c]}`,
  );
  return parts.join(", ");
}

export function wideText(bin: TimelineBin, unit: BinUnit): string {
  return bin.wide > 0
    ? `${bin.wide} dated less precisely than a ${unit} (placed at their first possible day)`
    : "";
}

/** Supporting stances stacked on top, opposing at the bottom, so a drift reads as colour moving down the bars. */
function gradient(bin: TimelineBin): string {
  const stops: string[] = [];
  let at = 0;
  for (const code of MIX_ORDER) {
    const n = bin.mix[code] ?? 0;
    if (n === 0) continue;
    const to = at + (n / bin.n) * 100;
    stops.push(`${MIX_COLOURS[code]} ${at.toFixed(1)}% ${to.toFixed(1)}%`);
    at = to;
  }
  return `linear-gradient(to bottom, ${stops.join(", ")})`;
}

const TRACK_PX = 56;

export function BinChart({
  rows,
  domain,
  unit,
  binHref,
  zoomHref,
}: {
  rows: BinRow[];
  domain: Domain;
  unit: BinUnit;
  binHref: (row: BinRow, bin: TimelineBin) => string;
  zoomHref: (tick: AxisTick) => string;
}) {
  const ticks = axisTicks(domain);
  const max = Math.max(1, ...rows.flatMap((r) => r.bins.map((b) => b.n)));
  return (
    <div className={styles.chart} data-testid="timeline-chart" data-bins={unit}>
      <nav className={styles.axis} aria-label="Zoom to a period">
        <div className={styles.axisNote}>zoom:</div>
        <div className={styles.axisTrack}>
          {ticks.map((t) => (
            <Link
              key={t.key}
              className={styles.tick}
              style={{ left: `${t.left}%` }}
              href={zoomHref(t)}
              aria-label={`Zoom to ${t.label}`}
              data-testid="zoom-tick"
            >
              {t.label}
            </Link>
          ))}
        </div>
      </nav>
      {rows.map((row) => (
        <div key={row.key} className={styles.row} data-row={row.key}>
          <div className={styles.rowLabel}>
            {row.label}
            <small>
              {row.total.toLocaleString("en")} record{row.total === 1 ? "" : "s"}
              {row.detail ? ` · ${row.detail}` : ""}
            </small>
          </div>
          <ul className={styles.binTrack} style={{ height: TRACK_PX + 6 }}>
            {ticks.map((t) => (
              <li key={t.key} className={styles.yearBand} style={{ left: `${t.left}%` }} aria-hidden="true" />
            ))}
            {row.bins.map((bin) => {
              const end = binEnd(unit, bin.start);
              const box = spanBox(domain, bin.start, end);
              const left = Math.max(0, box.left);
              const width = Math.min(100, box.left + box.width) - left;
              const height = Math.max(3, Math.round((TRACK_PX * bin.n) / max));
              const mix = mixText(bin);
              const wide = wideText(bin, unit);
              const label = `${row.label}, ${binLabel(unit, bin.start)}: ${bin.n.toLocaleString("en")} record${bin.n === 1 ? "" : "s"}${mix ? ` (${mix})` : ""}${wide ? `; ${wide}` : ""}. Open them in the positions table`;
              return (
                <li
                  key={bin.start}
                  className={styles.bin}
                  style={{ left: `${left.toFixed(3)}%`, width: `${width.toFixed(3)}%` }}
                >
                  <Link
                    href={binHref(row, bin)}
                    className={styles.binBar}
                    style={{ height, background: gradient(bin) }}
                    aria-label={label}
                    title={label}
                    data-testid="timeline-bin"
                    data-bin={bin.start}
                  >
                    {bin.wide > 0 && (
                      <span className={styles.binWide} style={{ height: `${(bin.wide / bin.n) * 100}%` }} />
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function BinLegend({ unit, coded }: { unit: BinUnit; coded: boolean }) {
  const swatch = (code: MixCode) => (
    <span className={styles.swatch} style={{ background: MIX_COLOURS[code] }} aria-hidden="true" />
  );
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li>One bar per {unit}; its height is its number of records.</li>
      {coded ? (
        MIX_ORDER.filter((c) => c !== "record").map((c) => (
          <li key={c}>
            {swatch(c)} {MIX_LABELS[c]}
          </li>
        ))
      ) : (
        <li>{swatch("record")} records (choose a proposition to see stances)</li>
      )}
      <li>
        <span className={`${styles.swatch} ${styles.binWideSample}`} aria-hidden="true" /> hatched: dated less
        precisely than a {unit} (a month, a year or a long range), counted at the first possible day
      </li>
    </ul>
  );
}
