import type { CuratedSeeds } from "@/seeds/load";
import { extractCandidates } from "./candidates";
import { type QualityReport, scoreSource, summarise, type TruthStatement } from "./score";
import type { KnownEvent, KnownPerson, KnownTopic } from "./types";

/**
 * Run the extraction on the seed articles and score it against seeds/curated.json. "cold": an empty database,
 * the publication date only where the seed source records one. "warm": the database holds the seed people,
 * roles and events, as it does after `db:setup`, so names and events can be linked.
 */
export function seedQuality(
  seeds: CuratedSeeds,
  readArticle: (file: string) => string,
  mode: "cold" | "warm",
): QualityReport {
  const topicPath = (slug: string): string => {
    const t = seeds.topics.find((x) => x.slug === slug);
    return t?.parent ? `${topicPath(t.parent)}/${slug}` : slug;
  };
  const topics: KnownTopic[] = seeds.topics.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    path: topicPath(t.slug),
  }));
  const persons: KnownPerson[] = seeds.persons.map((p, i) => ({
    id: i + 1,
    slug: p.slug,
    name: p.name,
    nativeName: p.nativeName,
    givenName: p.givenName,
    familyName: p.familyName,
    country: p.country,
    aliases: p.aliases,
    roles: seeds.roles
      .map((r, j) => ({ id: j + 1, title: r.title, rank: r.rank, person: r.person }))
      .filter((r) => r.person === p.slug)
      .map(({ person: _p, ...r }) => r),
  }));
  const events: KnownEvent[] = seeds.events.map((e, i) => ({
    id: i + 1,
    slug: e.slug,
    name: e.name,
    kind: e.kind,
    city: e.city,
    country: e.country,
    startDate: e.startDate,
    endDate: e.endDate,
    datePrecision: e.datePrecision,
    dateBasis: e.dateBasis,
    dateNote: e.dateNote,
  }));
  const scores = seeds.sources.map((source) => {
    const result = extractCandidates({
      raw: readArticle(source.file),
      published: source.publishedDate,
      url: source.url,
      outlet: source.outlet,
      known: mode === "warm" ? { persons, events, topics } : { topics },
    });
    const truth: TruthStatement[] = seeds.statements
      .filter((s) => s.source === source.slug)
      .map((s) => {
        const event = s.event ? seeds.events.find((e) => e.slug === s.event) : undefined;
        return {
          id: s.publicId,
          evidence: s.evidence,
          speakerName: s.person ? (seeds.persons.find((p) => p.slug === s.person)?.name ?? null) : null,
          attributionStatus: s.attributionStatus,
          dateStart: s.dateStart,
          dateEnd: s.dateEnd,
          datePrecision: s.datePrecision,
          event: event
            ? { name: event.name, city: event.city, startDate: event.startDate, slug: event.slug }
            : null,
          topics: s.topics.map(topicPath),
        };
      });
    const excluded = seeds.excluded.filter((e) => e.source === source.slug);
    return scoreSource(result, truth, excluded, topicPath);
  });
  return summarise(scores);
}
