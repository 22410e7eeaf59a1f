import { StanceBadge } from "@/app/compare/_components/stance";
import type { StanceMix } from "@/db/queries/entity-summaries";

/** A proposition's coded positions: how many records take each stance, and how many were coded otherwise. */
export function StanceMixCounts({ mix }: { mix: StanceMix }) {
  if (mix.total === 0) return <span className="muted">not coded on any record yet</span>;
  const parts = [
    ...mix.stated
      .filter((s) => s.n > 0)
      .map((s) => ({ key: `s${s.stance}`, status: "stated" as const, stance: s.stance, n: s.n })),
    ...mix.other
      .filter((o) => o.n > 0)
      .map((o) => ({ key: o.status, status: o.status, stance: null, n: o.n })),
  ];
  return (
    <span data-testid="stance-mix" style={{ display: "inline-flex", flexWrap: "wrap", gap: 6 }}>
      {parts.map((p) => (
        <span key={p.key}>
          <StanceBadge status={p.status} stance={p.stance} /> {p.n.toLocaleString("en")}
        </span>
      ))}
      <span className="muted">({mix.total.toLocaleString("en")} codings)</span>
    </span>
  );
}
