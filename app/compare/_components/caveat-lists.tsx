import { CAVEAT_KINDS, type Caveat } from "@/lib/compare-caveats";

/**
 * The comparability caveats under their summary line, the same for record-by-record and aggregated comparisons:
 * what the data lacks (uncoded sides, inferred dates) first, then where the sides differ.
 */
export function CaveatLists({ caveats }: { caveats: Caveat[] }) {
  const isSide = (c: Caveat) => (CAVEAT_KINDS as readonly string[]).includes(c.kind);
  const sideCaveats = caveats.filter(isSide);
  const dataCaveats = caveats.filter((c) => !isSide(c));
  return (
    <>
      {dataCaveats.length > 0 && (
        <ul>
          {dataCaveats.map((c) => (
            <li key={c.kind} data-caveat={c.kind}>
              {c.message}
            </li>
          ))}
        </ul>
      )}
      {sideCaveats.length > 0 ? (
        <ul>
          {sideCaveats.map((c) => (
            <li key={c.kind} data-caveat={c.kind}>
              <strong>{c.values.map((v) => v.join(" / ")).join(" vs ")}.</strong> {c.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          The sides match in venue kind, office, speaker, source tier and mode (and rank, where recorded).
        </p>
      )}
    </>
  );
}
