import Link from "next/link";
import { Fragment } from "react";
import type { Comparison } from "@/lib/compare";
import { markPhrases } from "@/lib/compare-phrases";
import { explainChange } from "@/lib/compare-positions";
import type { Theme } from "@/lib/compare-themes";
import type { CompareRecord } from "@/lib/compare-types";
import { formatPreciseDate } from "@/lib/dates";
import { EVENT_KIND_LABELS, MODE_LABELS, SOURCE_TIER_LABELS } from "@/lib/labels";
import styles from "../compare.module.css";
import { CaveatLists } from "./caveat-lists";
import { BasisQuote, Passage, Segments } from "./passages";
import { ChangeBadge, SidePositionBadge, StanceStrip } from "./stance";

function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

function dateOf(r: CompareRecord): string {
  return formatPreciseDate({ start: r.dateStart, end: r.dateEnd, precision: r.datePrecision });
}

function speakerOf(r: CompareRecord) {
  const name = r.speaker ? (r.speaker.nativeName ?? r.speaker.name) : `unresolved: “${r.attributionText}”`;
  const role = r.role ? `${r.role.rank ? `${r.role.rank}, ` : ""}${r.role.title}` : "role not recorded";
  return `${name} (${role})`;
}

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <span className={styles.muted}>—</span>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

function ThemeList({
  themes,
  side,
  empty,
  names,
}: {
  themes: Theme[];
  side: number[];
  empty: string;
  names: string[];
}) {
  if (themes.length === 0) return <p className={styles.muted}>{empty}</p>;
  return (
    <ul>
      {themes.map((t) => (
        <li key={`${t.kind}:${t.slug}`} data-theme={t.slug}>
          <span className={styles.kind}>{t.kind === "proposition" ? "position" : "topic"}</span>
          <span className={styles.themeLabel}>{t.label}</span>
          {side.some((s) => t.uncoded[s]) && (
            <span className={styles.muted} data-testid="theme-uncoded">
              {" "}
              {t.kind === "topic"
                ? `(present by topic; not coded in ${side
                    .filter((s) => t.uncoded[s])
                    .map((s) => names[s])
                    .join(", ")})`
                : ""}
            </span>
          )}
          {t.kind === "proposition" ? (
            side.map((s) =>
              (t.evidence[s] ?? []).map((e) => (
                <Passage key={`${s}-${e.publicId}`} publicId={e.publicId} text={e.text} basis={e.basis} />
              )),
            )
          ) : (
            // Topic tags have no basis words; their passages are folded away to keep the positions in view.
            <details>
              <summary>
                {side.reduce((n, s) => n + (t.evidence[s]?.length ?? 0), 0)} passage
                {side.reduce((n, s) => n + (t.evidence[s]?.length ?? 0), 0) === 1 ? "" : "s"}
              </summary>
              {side.map((s) =>
                (t.evidence[s] ?? []).map((e) => (
                  <Passage key={`${s}-${e.publicId}`} publicId={e.publicId} text={e.text} basis={null} />
                )),
              )}
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { sides, conclusion, rows, themes, caveats, summary, phrases } = comparison;
  const names = sides.map((s) => s.label);
  const last = sides.length - 1;
  // Rows where some side engaged: a proposition only "silent" or "not coded" everywhere has nothing to show.
  const addressed = rows.filter((r) =>
    r.positions.some((p) => p.kind !== "silent" && p.kind !== "not_coded"),
  );

  return (
    <>
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
        <p className={styles.summary} data-testid="caveat-summary">
          This compares {summary}.
        </p>
        <CaveatLists caveats={caveats} />
      </section>

      <h2>Side by side</h2>
      <div className={styles.scroll}>
        <table className={styles.grid} aria-label="The sides, row by row">
          <thead>
            <tr>
              <td />
              {sides.map((s, _i) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Records</th>
              {sides.map((s, _i) => (
                <td key={s.label}>
                  {s.records.length === 0 ? (
                    <span className={styles.muted}>no records</span>
                  ) : (
                    <>
                      {s.records.length} record{s.records.length === 1 ? "" : "s"}:{" "}
                      {s.records.map((r, i) => (
                        <span key={r.publicId}>
                          {i > 0 && ", "}
                          <Link href={`/positions/${r.publicId}`}>{r.publicId}</Link>
                        </span>
                      ))}
                    </>
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Date</th>
              {sides.map((s, _i) => (
                <td key={s.label}>
                  <List items={distinct(s.records.map(dateOf))} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Speaker and role</th>
              {sides.map((s, _i) => (
                <td key={s.label}>
                  <List items={distinct(s.records.map(speakerOf))} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Venue and its kind</th>
              {sides.map((s, _i) => (
                <td key={s.label}>
                  <List
                    items={distinct(
                      s.records.map((r) =>
                        r.event
                          ? `${r.event.name} (${EVENT_KIND_LABELS[r.event.kind]})`
                          : "no recorded event",
                      ),
                    )}
                  />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Mode and source tier</th>
              {sides.map((s, _i) => (
                <td key={s.label}>
                  <List
                    items={distinct(
                      s.records.map(
                        (r) =>
                          `${MODE_LABELS[r.mode]} · ${SOURCE_TIER_LABELS[r.source.tier]} (${r.source.outlet})`,
                      ),
                    )}
                  />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Topics</th>
              {sides.map((s, _i) => (
                <td key={s.label}>
                  {distinct(s.records.flatMap((r) => r.topics.map((t) => t.name))).join(", ") || "—"}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <h2>Positions and what changed</h2>
      {addressed.length === 0 ? (
        <p className={styles.muted}>
          No record on either side has a coded position, so no change can be labelled.
        </p>
      ) : (
        <div className={styles.scroll}>
          <StanceStrip names={names} rows={addressed} />
          <table
            className={`${styles.grid} ${styles.props}`}
            aria-label="Positions by proposition"
            data-testid="positions"
          >
            <thead>
              <tr>
                <th scope="col">Proposition</th>
                {sides.map((s, i) => (
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
              {addressed.map((row) => (
                <tr key={row.proposition.slug} data-proposition={row.proposition.slug}>
                  <th scope="row">
                    {row.proposition.label}
                    <span className={styles.propText}>{row.proposition.text}</span>
                  </th>
                  {row.positions.map((p, i) => {
                    const change = row.changes[i - 1];
                    const before = row.positions[i - 1];
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
                          {p.evidence.map((e) =>
                            e.status === "not_addressed" ? (
                              e.note && (
                                <span key={e.publicId} className={styles.explain}>
                                  Coded not addressed in{" "}
                                  <Link href={`/positions/${e.publicId}`}>{e.publicId}</Link>: {e.note}
                                </span>
                              )
                            ) : (
                              <BasisQuote
                                key={e.publicId}
                                publicId={e.publicId}
                                text={e.text}
                                basis={e.basis}
                              />
                            ),
                          )}
                        </td>
                      </Fragment>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Themes</h2>
      <div className={styles.themes} data-testid="themes">
        <section aria-labelledby="themes-all" data-testid="themes-all">
          <h3 id="themes-all">{sides.length === 2 ? "In both" : "On every side"}</h3>
          <ThemeList
            themes={themes.all}
            names={names}
            side={sides.map((_, i) => i)}
            empty="Nothing raised on every side."
          />
        </section>
        {sides.map((s, i) => (
          <section key={s.label} aria-labelledby={`themes-only-${i}`} data-testid={`themes-only-${i}`}>
            <h3 id={`themes-only-${i}`}>Only in {s.label}</h3>
            <ThemeList
              themes={themes.only[i] ?? []}
              names={names}
              side={[i]}
              empty={`Nothing raised only in ${s.label}.`}
            />
          </section>
        ))}
        {themes.some.length > 0 && (
          <section aria-labelledby="themes-some">
            <h3 id="themes-some">On some sides</h3>
            <ThemeList themes={themes.some} names={names} side={sides.map((_, i) => i)} empty="" />
          </section>
        )}
        {themes.unknown.length > 0 && (
          <section aria-labelledby="themes-unknown" data-testid="themes-unknown">
            <h3 id="themes-unknown">Coded on one side only, the other not coded</h3>
            <p className={styles.muted}>
              {sides
                .filter((_, i) => themes.unknown[0]?.uncoded[i])
                .map((s) => s.label)
                .join(", ")}{" "}
              carries no coded position, so whether it takes these positions is unknown (read its text below).
            </p>
            <ThemeList themes={themes.unknown} names={names} side={sides.map((_, i) => i)} empty="" />
          </section>
        )}
      </div>

      {sides.length >= 2 && (
        <>
          <h2>Texts, with the phrases they share</h2>
          {phrases.length > 0 ? (
            <>
              <p className={styles.muted}>
                Phrases of two or more content words found in both {names[0]} and {names[last]} (case and
                diacritics ignored):
              </p>
              <ul className={styles.phrases} aria-label="Shared phrases" data-testid="shared-phrases">
                {phrases.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className={styles.muted}>The texts share no phrase of two or more content words.</p>
          )}
          <div className={styles.texts} style={{ gridTemplateColumns: `repeat(${sides.length}, 1fr)` }}>
            {sides.map((s, _i) => (
              <section key={s.label} aria-label={`Texts of ${s.label}`}>
                <h3>{s.label}</h3>
                {s.records.map((r) => (
                  <p key={r.publicId}>
                    <Segments segments={markPhrases(r.text, phrases)} />{" "}
                    <Link href={`/positions/${r.publicId}`} aria-label={`Open record ${r.publicId}`}>
                      ›
                    </Link>
                  </p>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
