import type { PositionStatus } from "@/db/schema";
import { CHANGE_LABEL_TEXT, type ChangeLabel, describeSidePosition, type SidePosition } from "@/lib/compare";
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
