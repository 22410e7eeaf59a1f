import { foldForSearch } from "@/lib/text";
import type { KnownTopic } from "./types";
import { glossaryWords } from "./vi/lexicon";

const STOP = new Set(
  "a an the and or of in on for to with by from its their as at into is are be that this those these such other own between including related and/or state states".split(
    " ",
  ),
);

/** Crude English stemming: enough for "threats"/"threat", "cybercrime"/"cyber crime", "cooperation"/"cooperate". */
function stem(word: string): string {
  let w = word;
  for (const suffix of ["ations", "ation", "ities", "ity", "ings", "ing", "ies", "es", "ed", "al", "s"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function contentStems(text: string): string[] {
  return foldForSearch(text)
    .replace(/cyber[\s-]+/g, "cyber")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 3 && !STOP.has(t))
    .map(stem);
}

/**
 * Topics whose name or description share enough words with the statement: every stem of the topic's name, or
 * two distinct stems of its name and description. The codebook is data, so keywords come from it, not from a
 * list written for particular topics.
 */
export function suggestTopics(text: string, topics: KnownTopic[], limit = 4): string[] {
  // A Vietnamese statement is matched against the English codebook through the glossary's words.
  const words = new Set(contentStems(`${text} ${glossaryWords(text)}`));
  const scored: Array<{ slug: string; score: number }> = [];
  for (const topic of topics) {
    const nameStems = [...new Set(contentStems(topic.name))];
    const allStems = [...new Set([...nameStems, ...contentStems(topic.description ?? "")])];
    const nameHits = nameStems.filter((s) => words.has(s)).length;
    const allHits = allStems.filter((s) => words.has(s)).length;
    const nameComplete = nameStems.length > 0 && nameHits === nameStems.length;
    if (nameComplete || allHits >= 2)
      scored.push({ slug: topic.slug, score: allHits + (nameComplete ? 2 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return scored.slice(0, limit).map((s) => s.slug);
}
