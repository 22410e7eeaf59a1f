import { POSITION_STATUSES, type PositionStatus, STANCE_MAX, STANCE_MIN } from "@/lib/domain";
import { POSITION_STATUS_LABELS, stanceLabel } from "@/lib/labels";

/** How the coding forms write a code in a select: "" = not coded, "stance:2", "status:ambiguous". */
export const STANCES = Array.from({ length: STANCE_MAX - STANCE_MIN + 1 }, (_, i) => STANCE_MAX - i);
export const NON_STANCE = POSITION_STATUSES.filter((s) => s !== "stated");

export function codingValue(c: { status: PositionStatus; stance: number | null } | undefined): string {
  if (!c) return "";
  return c.status === "stated" ? `stance:${c.stance}` : `status:${c.status}`;
}

export function describe(value: string): string {
  if (value === "") return "not coded";
  const [kind, v] = value.split(":");
  if (kind === "stance") return stanceLabel(Number(v));
  return POSITION_STATUS_LABELS[v as PositionStatus] ?? v ?? "";
}

/** A select's value back to status and stance. */
export function parseValue(value: string): { status: PositionStatus; stance: number | null } {
  const [kind, v] = value.split(":");
  return kind === "stance"
    ? { status: "stated", stance: Number(v) }
    : { status: (v ?? "ambiguous") as PositionStatus, stance: null };
}
