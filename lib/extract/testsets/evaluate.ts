import { foldForSearch } from "@/lib/text";
import type { Candidate, ExtractInput } from "../types";
import { EN_DEV } from "./en-dev";
import { EN_DEV2 } from "./en-dev2";
import { EN_FINAL } from "./en-final";
import { EN_FRESH } from "./en-fresh";
import { EN_HELDOUT } from "./en-heldout";
import { EN_HELDOUT3 } from "./en-heldout3";
import { EN_LAST } from "./en-last";
import { EN_UNSEEN4 } from "./en-unseen4";
import { EN_UNSEEN5 } from "./en-unseen5";
import { EN_UNSEEN6 } from "./en-unseen6";
import type { TestArticle } from "./types";
import { VI_DEV } from "./vi-dev";
import { VI_DEV2 } from "./vi-dev2";
import { VI_DEV3 } from "./vi-dev3";
import { VI_DEV4 } from "./vi-dev4";
import { VI_FINAL } from "./vi-final";
import { VI_FRESH } from "./vi-fresh";
import { VI_HELDOUT5 } from "./vi-heldout5";
import { VI_LAST } from "./vi-last";
import { VI_UNSEEN4 } from "./vi-unseen4";
import { VI_UNSEEN5 } from "./vi-unseen5";
import { VI_UNSEEN6 } from "./vi-unseen6";

/**
 * Every test set, with whether its misses have been read. A set nobody has studied yet (`studied: false`) is the
 * only honest measure of the rules on unseen articles, so `--eval` prints neither its misses nor, unless asked
 * for with `--unseen`, its figures: a set becomes a dev set the moment its details are read (docs/import.md).
 */
export const TEST_SETS = {
  "en-dev": { articles: EN_DEV, studied: true },
  // Never opened; only its aggregate was ever printed (docs/import.md, "Leaks to know of").
  "en-heldout": { articles: EN_HELDOUT, studied: false },
  "vi-dev": { articles: VI_DEV, studied: true },
  "vi-dev2": { articles: VI_DEV2, studied: true },
  "vi-dev3": { articles: VI_DEV3, studied: true },
  "en-dev2": { articles: EN_DEV2, studied: true },
  "vi-dev4": { articles: VI_DEV4, studied: true },
  "en-heldout3": { articles: EN_HELDOUT3, studied: true },
  "vi-heldout5": { articles: VI_HELDOUT5, studied: true },
  "en-fresh": { articles: EN_FRESH, studied: true },
  "vi-fresh": { articles: VI_FRESH, studied: true },
  "en-final": { articles: EN_FINAL, studied: true },
  "vi-final": { articles: VI_FINAL, studied: true },
  "en-last": { articles: EN_LAST, studied: true },
  "vi-last": { articles: VI_LAST, studied: true },
  // Fourth round: collected and annotated after its rules were written, measured once, then studied.
  "en-unseen4": { articles: EN_UNSEEN4, studied: true },
  "vi-unseen4": { articles: VI_UNSEEN4, studied: true },
  // Collected after the fourth round's second batch of rules, measured once, studied in the fifth round.
  "en-unseen5": { articles: EN_UNSEEN5, studied: true },
  "vi-unseen5": { articles: VI_UNSEEN5, studied: true },
  // Fifth round: collected and annotated at its start, before any run; measured once at its end (docs/import.md).
  "en-unseen6": { articles: EN_UNSEEN6, studied: false },
  "vi-unseen6": { articles: VI_UNSEEN6, studied: false },
} as const satisfies Record<string, { articles: TestArticle[]; studied: boolean }>;
export type TestSetName = keyof typeof TEST_SETS;

/** Attributions that name the speaker in the sentence itself; every other kind is an inference. */
const EXPLICIT_KINDS = new Set<Candidate["attribution"]["kind"]>([
  "full_name",
  "title_and_name",
  "given_name",
]);

export interface SetFigures {
  articles: number;
  statements: number;
  /** Gold statements proposed with the right speaker. */
  found: number;
  recall: number;
  explicitProposed: number;
  explicitRight: number;
  explicitPrecision: number;
  inferredProposed: number;
  inferredRight: number;
  inferredPrecision: number;
  /** Inferred proposals that do not say so (an inferred kind must come with a note): should be 0. */
  inferredUnflagged: number;
  /** Gold set-aside passages that were proposed as candidates anyway (wrong), and those listed as set aside. */
  setAsideProposed: number;
  setAsideListed: number;
  setAsideTotal: number;
  misses: string[];
  wrong: string[];
  /** Gold set-aside passages the result does not list (neither set aside nor "not understood"). */
  unlisted: string[];
}

const norm = (s: string) =>
  foldForSearch(s)
    .replace(/[“”"‘’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** What the evaluation reads of a result: any version of the extractor (the baseline's included) provides it. */
interface Scored {
  evidence: { text: string };
  speaker: { name: string } | null;
  speakerAsWritten: string;
  attribution: { kind: Candidate["attribution"]["kind"]; note: string; text: string };
}
export type Extract = (input: ExtractInput) => {
  candidates: Scored[];
  setAside: Array<{ evidence: { text: string } }>;
  notUnderstood: Array<{ evidence: { text: string } }>;
};

export function evaluateArticles(articles: TestArticle[], extract: Extract): SetFigures {
  const f: SetFigures = {
    articles: articles.length,
    statements: 0,
    found: 0,
    recall: 0,
    explicitProposed: 0,
    explicitRight: 0,
    explicitPrecision: 0,
    inferredProposed: 0,
    inferredRight: 0,
    inferredPrecision: 0,
    inferredUnflagged: 0,
    setAsideProposed: 0,
    setAsideListed: 0,
    setAsideTotal: 0,
    misses: [],
    wrong: [],
    unlisted: [],
  };
  for (const a of articles) {
    const result = extract({
      raw: a.text,
      url: a.url,
      outlet: a.outlet,
      published: a.published && /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : null,
    });
    const proposals = result.candidates.map((c) => ({ c, text: norm(c.evidence.text) }));
    const gold = a.statements.map((s) => ({ ...s, q: norm(s.quote) }));
    for (const s of gold) {
      f.statements++;
      const hit = proposals.find((p) => p.text.includes(s.q));
      const right = !!hit?.c.speaker && norm(hit.c.speaker.name) === norm(s.speaker);
      if (right) f.found++;
      else
        f.misses.push(
          `${a.id}: "${s.quote}" -> ${hit ? (hit.c.speaker?.name ?? `unresolved (${hit.c.speakerAsWritten})`) : "no candidate"}; want ${s.speaker}`,
        );
    }
    for (const p of proposals) {
      if (!p.c.speaker) continue;
      const g = gold.find((s) => p.text.includes(s.q));
      const right = !!g && norm(g.speaker) === norm(p.c.speaker.name);
      const explicit = EXPLICIT_KINDS.has(p.c.attribution.kind);
      if (explicit) {
        f.explicitProposed++;
        if (right) f.explicitRight++;
      } else {
        f.inferredProposed++;
        if (right) f.inferredRight++;
        if (!p.c.attribution.note.trim()) f.inferredUnflagged++;
      }
      if (!right)
        f.wrong.push(
          `${a.id}: ${explicit ? "explicit" : p.c.attribution.kind} "${p.c.attribution.text}" -> ${p.c.speaker.name}; gold ${g ? g.speaker : "not a statement by a Vietnamese official"}`,
        );
    }
    for (const s of a.setAside) {
      f.setAsideTotal++;
      const q = norm(s.quote);
      if (proposals.some((p) => p.c.speaker && p.text.includes(q))) f.setAsideProposed++;
      const listed =
        result.setAside.some((c) => norm(c.evidence.text).includes(q)) ||
        result.notUnderstood.some((n) => norm(n.evidence.text).includes(q));
      if (listed) f.setAsideListed++;
      else f.unlisted.push(`${a.id}: "${s.quote}" (${s.reason})`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  f.recall = ratio(f.found, f.statements);
  f.explicitPrecision = ratio(f.explicitRight, f.explicitProposed);
  f.inferredPrecision = ratio(f.inferredRight, f.inferredProposed);
  return f;
}

/** Whether the set's misses may be shown: never for a set not yet studied. */
export function isStudied(name: TestSetName): boolean {
  return TEST_SETS[name].studied;
}

/**
 * Figures of the studied sets, and of the unseen ones too only when `includeUnseen` is set: printing an unseen
 * set's figures after each change would tune the rules to it as surely as reading its sentences.
 */
export function evaluateAll(
  extract: Extract,
  { includeUnseen = false }: { includeUnseen?: boolean } = {},
): Partial<Record<TestSetName, SetFigures>> {
  const out: Partial<Record<TestSetName, SetFigures>> = {};
  for (const name of Object.keys(TEST_SETS) as TestSetName[]) {
    const set = TEST_SETS[name];
    if (set.studied || includeUnseen) out[name] = evaluateArticles([...set.articles], extract);
  }
  return out;
}
