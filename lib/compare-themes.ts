import { isSideCoded, propositionsOf, sidePosition } from "./compare-positions";
import type { CompareSide, CompareTopic } from "./compare-types";

/** Themes: the topics each side touches, shared and not, with the propositions coded under them. */

export interface ThemeEvidence {
  publicId: string;
  text: string;
  /** Words within `text` that carry the theme, when known (a coded position's basis). */
  basis: string | null;
}

export interface Theme {
  kind: "proposition" | "topic";
  slug: string;
  label: string;
  /** Evidence per side, in side order; empty where the side does not raise the theme. */
  evidence: ThemeEvidence[][];
  /**
   * Per side: the side raises nothing coded here because its records are not coded. For a topic, true where every
   * record of the side carrying the topic has no coded position (present by topic, uncoded); for a proposition,
   * true where the side is not coded at all.
   */
  uncoded: boolean[];
}

export interface ThemeSets {
  /** Raised on every side. */
  all: Theme[];
  /** only[i]: raised on side i alone. */
  only: Theme[][];
  /** Raised on more than one side but not all (three or four sides only). */
  some: Theme[];
  /**
   * Positions coded on some sides while another side is not coded at all: whether that side raises them is
   * unknown, so they are neither "in both" nor "only in".
   */
  unknown: Theme[];
}

/**
 * A proposition is a theme of a side when the side states a stance on it or codes it ambiguous / no position
 * (it engaged with it); a topic is a theme of a side when one of its records is tagged with it. Topics are taken
 * as tagged, not rolled up to their parents, so "cyber security" does not swallow every subtopic.
 */
export function themeSets(sides: CompareSide[]): ThemeSets {
  const themes: Theme[] = [];
  for (const proposition of propositionsOf(sides)) {
    themes.push({
      kind: "proposition",
      slug: proposition.slug,
      label: proposition.label,
      evidence: sides.map((s) => {
        const pos = sidePosition(s.records, proposition.slug);
        if (pos.kind === "silent" || pos.kind === "not_coded") return [];
        return pos.evidence.map((e) => ({ publicId: e.publicId, text: e.text, basis: e.basis }));
      }),
      uncoded: sides.map((s) => !isSideCoded(s.records)),
    });
  }
  const topics = new Map<string, CompareTopic>();
  for (const side of sides) for (const r of side.records) for (const t of r.topics) topics.set(t.slug, t);
  for (const topic of [...topics.values()].sort((x, y) => x.path.localeCompare(y.path))) {
    const tagged = sides.map((s) => s.records.filter((r) => r.topics.some((t) => t.slug === topic.slug)));
    themes.push({
      kind: "topic",
      slug: topic.slug,
      label: topic.name,
      evidence: tagged.map((rs) => rs.map((r) => ({ publicId: r.publicId, text: r.text, basis: null }))),
      uncoded: tagged.map((rs) => rs.length > 0 && !isSideCoded(rs)),
    });
  }
  const result: ThemeSets = { all: [], only: sides.map(() => []), some: [], unknown: [] };
  for (const theme of themes) {
    const present = theme.evidence.map((e, i) => (e.length > 0 ? i : -1)).filter((i) => i >= 0);
    if (present.length === 0) continue;
    if (theme.kind === "proposition" && theme.uncoded.some(Boolean)) {
      result.unknown.push(theme);
      continue;
    }
    if (present.length === sides.length) result.all.push(theme);
    else if (present.length === 1) result.only[present[0] ?? 0]?.push(theme);
    else result.some.push(theme);
  }
  return result;
}
