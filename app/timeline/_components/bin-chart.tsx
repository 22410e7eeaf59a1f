import type { TimelineBin } from "@/db/queries/timeline";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import { MIX_ORDER, type MixCode } from "@/lib/stance-mix";
import type { BinUnit } from "@/lib/timeline-view";
import styles from "../timeline.module.css";
import { MIX_COLOURS } from "./mix";

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

export function BinLegend({ unit, coded }: { unit: BinUnit; coded: boolean }) {
  const swatch = (code: MixCode) => (
    <span className={styles.swatch} style={{ background: MIX_COLOURS[code] }} aria-hidden="true" />
  );
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li>
        One bar per {unit}; its height is its number of records (each row to its own scale), supporting
        stances on top. Hover a bar for its counts; the table below lists them.
      </li>
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
