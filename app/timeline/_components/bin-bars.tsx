"use client";

import { type PositionsView, viewHref } from "@/lib/positions-view";
import type { MixCode } from "@/lib/stance-mix";
import { binEnd, binLabel, type Domain, isoDay, spanBox } from "@/lib/timeline-layout";
import type { BinUnit } from "@/lib/timeline-view";
import styles from "../timeline.module.css";
import { MIX_COLOURS, MIX_SHORT } from "./mix";

/**
 * The bars of a binned timeline, drawn in the browser from compact numbers: the server sends each bin as
 * [first day, count, less precise, ...counts per stance] instead of its markup (about 700 bytes a bar, sent twice,
 * as HTML and as the React payload, which passes 300 KB with a dozen rows of 60 bins). Without JavaScript the
 * paged table below the chart, rendered on the server, holds the same counts and links.
 */
export interface CompactRow {
  key: string;
  label: string;
  sub: string;
  /** The row's speaker, for its bins' links to the positions table. */
  speakerSlug?: string;
  bins: number[][];
}

const TRACK_PX = 56;

export function BinBars({
  rows,
  ticks,
  domain,
  unit,
  mixOrder,
  table,
  clampFrom,
  clampTo,
}: {
  rows: CompactRow[];
  ticks: { key: string; left: number; label: string; href: string }[];
  domain: Domain;
  unit: BinUnit;
  mixOrder: readonly MixCode[];
  /** The positions view every bin narrows by its dates (and the row's speaker). */
  table: PositionsView;
  clampFrom: string;
  clampTo: string;
}) {
  // Each row to its own scale: a row is read along time, and a small group must still show its shift.
  const rowMax = (r: CompactRow) => Math.max(1, ...r.bins.map((b) => b[1] ?? 0));
  return (
    <div className={styles.chart} data-testid="timeline-chart" data-bins={unit}>
      <nav className={styles.axis} aria-label="Zoom to a period">
        <div className={styles.axisNote}>zoom:</div>
        <div className={styles.axisTrack}>
          {ticks.map((t) => (
            <a
              key={t.key}
              className={styles.tick}
              style={{ left: `${t.left}%` }}
              href={t.href}
              aria-label={`Zoom to ${t.label}`}
            >
              {t.label}
            </a>
          ))}
        </div>
      </nav>
      {rows
        .map((row) => ({ row, max: rowMax(row) }))
        .map(({ row, max }) => (
          <div key={row.key} className={styles.row} data-row={row.key}>
            <div className={styles.rowLabel}>
              {row.label}
              <small>{row.sub}</small>
            </div>
            <div className={styles.binTrack} style={{ height: TRACK_PX + 6 }}>
              {ticks.map((t) => (
                <span
                  key={t.key}
                  className={styles.yearBand}
                  style={{ left: `${t.left}%` }}
                  aria-hidden="true"
                />
              ))}
              {row.bins.map(([day = 0, n = 0, wide = 0, ...mix]) => {
                const start = isoDay(day);
                const end = binEnd(unit, start);
                const box = spanBox(domain, start, end);
                const left = Math.max(0, box.left);
                const width = Math.min(100, box.left + box.width) - left;
                const stops: string[] = [];
                const parts: string[] = [];
                let at = 0;
                mix.forEach((count, i) => {
                  const code = mixOrder[i];
                  if (!count || !code) return;
                  at += (count / n) * 100;
                  stops.push(`${MIX_COLOURS[code]} 0 ${at.toFixed(0)}%`);
                  if (code !== "record") parts.push(`${count} ${MIX_SHORT[code]}`);
                });
                const title = `${binLabel(unit, start)}: ${n} record${n === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""}${wide ? `, ${wide} less precise` : ""}`;
                return (
                  <a
                    key={day}
                    className={styles.binBar}
                    href={viewHref({
                      ...table,
                      speaker: row.speakerSlug ? [row.speakerSlug] : table.speaker,
                      attribution: row.speakerSlug ? null : table.attribution,
                      from: start < clampFrom ? clampFrom : start,
                      to: end > clampTo ? clampTo : end,
                    })}
                    aria-label={`${row.label}, ${title}`}
                    title={title}
                    data-testid="timeline-bin"
                    data-bin={start}
                    style={{
                      left: `${left.toFixed(2)}%`,
                      width: `calc(${width.toFixed(2)}% - 2px)`,
                      height: Math.max(3, Math.round((TRACK_PX * n) / max)),
                      background: `linear-gradient(${stops.join(",")})`,
                    }}
                  >
                    {wide > 0 && (
                      <span
                        className={styles.binWide}
                        style={{ height: `${((wide / n) * 100).toFixed(0)}%` }}
                      />
                    )}
                  </a>
                );
              })}
            </div>
          </div>
        ))}
    </div>
  );
}
