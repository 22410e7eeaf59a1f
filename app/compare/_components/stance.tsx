import { Fragment } from "react";
import type { PositionStatus } from "@/db/schema";
import {
  CHANGE_LABEL_TEXT,
  type ChangeLabel,
  describeSidePosition,
  type PropositionRow,
  type SidePosition,
} from "@/lib/compare-positions";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";
import styles from "./stance.module.css";

export function stanceClass(status: PositionStatus | "silent", stance: number | null): string {
  if (status === "stated" && stance !== null) {
    return styles[stance >= 0 ? `s${stance}` : `sm${-stance}`] ?? styles.s0 ?? "";
  }
  if (status === "ambiguous") return styles.ambiguous ?? "";
  if (status === "no_position") return styles.none ?? "";
  return styles.silent ?? "";
}

/** A coded position as a coloured badge that also says it in words (colour is never the only carrier). */
export function StanceBadge({ status, stance }: { status: PositionStatus; stance: number | null }) {
  const text = status === "stated" && stance !== null ? stanceLabel(stance) : POSITION_STATUS_LABELS[status];
  return <span className={`${styles.badge} ${stanceClass(status, stance)}`}>{text}</span>;
}

export function SidePositionBadge({ position }: { position: SidePosition }) {
  const cls =
    position.kind === "stated"
      ? stanceClass("stated", position.stance)
      : stanceClass(
          position.kind === "silent" || position.kind === "not_coded" ? "silent" : position.kind,
          null,
        );
  return <span className={`${styles.badge} ${cls}`}>{describeSidePosition(position)}</span>;
}

export function ChangeBadge({ label, title }: { label: ChangeLabel; title?: string }) {
  const cls = label === "ambiguous" || label === "not_coded" ? styles.amb : styles[label];
  return (
    <span className={`${styles.change} ${cls ?? ""}`} title={title} data-change={label}>
      {CHANGE_LABEL_TEXT[label]}
    </span>
  );
}

/**
 * The positions table at a glance: one line per proposition, one track per side from −2 (left) to +2 (right),
 * each side's stance a dot on it; a side without a stance shows an empty track, and "not coded" is written out.
 * Hidden from screen readers: the table under it says the same in words.
 */
export function StanceStrip({ names, rows }: { names: string[]; rows: PropositionRow[] }) {
  if (rows.length === 0) return null;
  return (
    <figure className={styles.strip} data-testid="stance-strip">
      <figcaption className={styles.stripCaption}>
        At a glance: each side's stance on each proposition, from opposes (left) to supports (right); a side
        with no stance says which (ambiguous, no position, not coded), and an empty track is silence. The
        table below says it all in words.
      </figcaption>
      <div
        className={styles.stripGrid}
        style={{ gridTemplateColumns: `minmax(120px, 1.4fr) repeat(${names.length}, minmax(70px, 1fr))` }}
        aria-hidden="true"
      >
        <span />
        {names.map((n) => (
          <span key={n} className={styles.stripHead}>
            {n}
          </span>
        ))}
        {rows.map((row) => (
          <Fragment key={row.proposition.slug}>
            <span className={styles.stripLabel}>{row.proposition.label}</span>
            {row.positions.map((p, i) => (
              <span key={names[i]} className={styles.track} data-kind={p.kind}>
                {p.kind === "stated" ? (
                  <span
                    className={`${styles.dot} ${stanceClass("stated", p.stance)}`}
                    // Kept inside the track at both ends.
                    style={{ left: `${6 + ((p.stance + 2) / 4) * 88}%` }}
                  />
                ) : p.kind === "silent" ? null : (
                  <span className={styles.trackNote}>
                    {p.kind === "not_coded"
                      ? "not coded"
                      : p.kind === "ambiguous"
                        ? "ambiguous"
                        : "no position"}
                  </span>
                )}
              </span>
            ))}
          </Fragment>
        ))}
      </div>
    </figure>
  );
}
