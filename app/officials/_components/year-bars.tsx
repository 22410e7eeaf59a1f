import type { YearCount } from "@/db/queries/entity-summaries";

/** Records per year as a table with proportional bars: the numbers are the content, the bars help the eye. */
export function YearBars({ counts, caption }: { counts: YearCount[]; caption: string }) {
  if (counts.length === 0) return <p className="muted">No records.</p>;
  const max = Math.max(...counts.map((c) => c.records));
  return (
    <table data-testid="per-year" style={{ borderCollapse: "collapse", width: "100%", maxWidth: 640 }}>
      <caption className="muted" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: "left", width: 90 }}>
            Year
          </th>
          <th scope="col" style={{ textAlign: "right", width: 80 }}>
            Records
          </th>
          <th scope="col" style={{ textAlign: "left" }}>
            Share of the busiest year
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.year ?? "undated"}>
            <th scope="row" style={{ textAlign: "left", fontWeight: "normal" }}>
              {c.year ?? "undated"}
            </th>
            <td style={{ textAlign: "right", paddingRight: 8 }}>{c.records.toLocaleString("en")}</td>
            <td>
              <div
                aria-hidden="true"
                style={{
                  height: 10,
                  width: `${Math.max(1, Math.round((c.records / max) * 100))}%`,
                  background: "var(--accent)",
                  opacity: c.year === null ? 0.4 : 0.8,
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
