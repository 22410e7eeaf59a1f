/**
 * From drafts to the proposals the review shows: the evidence as a span of the raw text, the event and the date
 * (the sentence's own, the event's, the dateline's, in that order, each saying so when inferred), the speaker with
 * the native name the text writes, the flags, and the provenance. Drafts with a reason to set aside are listed
 * apart.
 */
import { foldForSearch } from "@/lib/text";
import { cleanForDisplay, type PreparedText, rawSlice, toRawSpan } from "./clean";
import { type findDates, type ResolvedDate, resolveDate, unknownDate } from "./dates";
import { type Draft, roleFor } from "./drafts";
import { type EventMention, matchKnownEvent } from "./events";
import { suggestTopics } from "./topics";
import type { Candidate, CandidateEvent, CandidateFlag, KnownEvent, SetAside } from "./types";

export interface OutputContext {
  prepared: PreparedText;
  published: string | null;
  knownEvents: KnownEvent[];
  topics: Parameters<typeof suggestTopics>[1];
  language: Candidate["language"];
  datelineCity: string | null;
  datelineDate: ReturnType<typeof findDates>[number] | null;
}

/**
 * Names the text writes with Vietnamese diacritics ("Nguyễn Xuân Phúc", even in an English article's caption),
 * by their folded form: the native name of a person the text also writes without them.
 */
function nativeNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,7}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[0];
    if (foldForSearch(run) === run.toLowerCase()) continue;
    const words = run.split(/\s+/);
    // The run's tails of two to four words: "Deputy Foreign Minister Đỗ Hùng Việt" gives "Đỗ Hùng Việt".
    for (let i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
      const name = words.slice(i).join(" ");
      const key = foldForSearch(name);
      if (!out.has(key)) out.set(key, name);
    }
  }
  return out;
}

function eventFor(
  mention: EventMention | null,
  published: string | null,
  knownEvents: KnownEvent[],
  fallbackCity: string | null,
): { event: CandidateEvent | null; date: ResolvedDate | null } {
  if (!mention) return { event: null, date: null };
  const known = matchKnownEvent(mention, knownEvents);
  if (known) {
    return {
      event: {
        name: known.name,
        asWritten: mention.asWritten,
        kind: known.kind,
        edition: mention.edition,
        city: known.city,
        country: known.country,
        organiser: mention.organiser,
        startDate: known.startDate,
        endDate: known.endDate,
        precision: known.datePrecision,
        basis: known.dateBasis,
        note: known.dateNote,
        eventId: known.id,
        eventSlug: known.slug,
      },
      date: {
        start: known.startDate,
        end: known.endDate,
        precision: known.datePrecision,
        basis: known.dateBasis,
        note: known.dateNote,
        asWritten: mention.date?.asWritten ?? null,
        needsYear: false,
      },
    };
  }
  const date = mention.date ? resolveDate(mention.date, published, mention.future) : unknownDate(null);
  const city = mention.city ?? fallbackCity;
  return {
    event: {
      name:
        mention.organiser && !foldForSearch(mention.name).includes(foldForSearch(mention.organiser))
          ? `${mention.organiser} ${mention.name}`
          : mention.name,
      asWritten: mention.asWritten,
      kind: mention.kind,
      edition: mention.edition,
      city,
      country: mention.country,
      organiser: mention.organiser,
      startDate: date.start,
      endDate: date.end,
      precision: date.precision,
      basis: date.basis,
      note: date.note,
      eventId: null,
      eventSlug: null,
    },
    date,
  };
}

export function draftsToCandidates(
  drafts: Draft[],
  { prepared, published, knownEvents, topics, language, datelineCity, datelineDate }: OutputContext,
): { candidates: Candidate[]; setAside: SetAside[] } {
  const native = nativeNames(prepared.text);
  const candidates: Candidate[] = [];
  const setAside: SetAside[] = [];
  for (const d of drafts) {
    const raw = toRawSpan(prepared, d.evidenceStart, d.evidenceEnd);
    const evidenceText = rawSlice(prepared, raw.start, raw.end);
    const text = cleanForDisplay(evidenceText);
    const { event, date: eventDate } = eventFor(d.event, published, knownEvents, datelineCity);
    let date: ResolvedDate;
    const own =
      d.sentenceDate && d.unit.contextKind === "article" ? resolveDate(d.sentenceDate, published) : null;
    const ownDiffers =
      own &&
      (own.precision !== "unknown" || own.needsYear) &&
      eventDate &&
      own.asWritten !== eventDate.asWritten &&
      (own.start === null || own.start !== eventDate.start);
    if (own && ownDiffers) {
      // The sentence dates itself ("told reporters on October 6"): that is when it was said.
      date = own;
    } else if (eventDate && eventDate.precision !== "unknown") {
      date = {
        ...eventDate,
        note:
          eventDate.precision === "range"
            ? `Made at the event held ${eventDate.asWritten ? `"${eventDate.asWritten}"` : `${eventDate.start}..${eventDate.end}`}; which day is not stated.${eventDate.note ? ` ${eventDate.note}` : ""}`
            : eventDate.note,
      };
    } else if (eventDate?.needsYear) {
      date = eventDate;
    } else if (d.sentenceDate && d.unit.contextKind === "article") {
      date = resolveDate(d.sentenceDate, published);
    } else if (datelineDate && d.unit.contextKind === "article") {
      // The dateline dates the report; a statement it reports was made that day or shortly before.
      const fromDateline = resolveDate(datelineDate, published);
      date = {
        ...fromDateline,
        basis: "inferred",
        note: `Not stated in the sentence; the dateline dates the report "${datelineDate.asWritten}".${fromDateline.note ? ` ${fromDateline.note}` : ""}`,
      };
    } else {
      date = unknownDate(
        d.unit.contextKind === "snippet"
          ? "A news snippet with no date of its own; the page gives none for it."
          : "The text does not say when this was said.",
      );
    }
    if (d.dateCarried && own && date.start === own.start && date.asWritten === own.asWritten)
      date = {
        ...date,
        basis: "inferred",
        note: `Not stated in this sentence: "${d.frameText}" continues the preceding one, dated "${own.asWritten ?? own.start}".${date.note ? ` ${date.note}` : ""}`,
      };
    const speaker =
      d.status === "resolved" && d.entity
        ? {
            name: d.entity.name,
            personId: d.entity.known?.id ?? null,
            personSlug: d.entity.known?.slug ?? null,
            nativeName: d.entity.known?.nativeName ?? native.get(foldForSearch(d.entity.name)) ?? null,
            country: d.entity.country,
          }
        : null;
    const role = d.status === "resolved" ? (d.role ?? roleFor(d.entity)) : null;
    const flags: CandidateFlag[] = [];
    if (d.status === "unresolved") flags.push("unresolved_speaker");
    if (date.basis === "inferred") flags.push("inferred_date");
    if (date.needsYear) flags.push("date_needs_year");
    if (!event) flags.push("no_event");
    if (d.notVietnamese) flags.push("not_vietnamese_official");
    if (d.setAside && !d.notVietnamese) flags.push("group_or_institution");
    if (speaker && speaker.personId === null) flags.push("new_person");
    if (role && role.roleId === null) flags.push("new_role");
    if (event && event.eventId === null) flags.push("new_event");
    const candidate: Candidate = {
      key: "",
      speaker,
      speakerAsWritten: d.speakerAsWritten,
      attribution: { text: d.frameText, kind: d.kind, status: d.status, note: d.note },
      role,
      event,
      date: {
        start: date.start,
        end: date.end,
        precision: date.precision,
        basis: date.basis,
        inferred: date.basis === "inferred",
        note: date.note,
        asWritten: date.asWritten,
      },
      mode: d.mode,
      topics: suggestTopics(text, topics),
      text,
      evidence: { start: raw.start, end: raw.end, text: evidenceText },
      flags,
      context: d.unit.contextKind,
      language,
      provenance: {
        rule: d.rule,
        cue: d.cue,
        speech: d.mode === "direct_quote" ? "direct" : "indirect",
        considered: d.considered,
        reason: d.note,
      },
    };
    if (d.setAside) setAside.push({ ...candidate, reason: d.setAside });
    else candidates.push(candidate);
  }
  candidates.forEach((c, i) => {
    c.key = `c${i + 1}`;
  });
  setAside.forEach((c, i) => {
    c.key = `s${i + 1}`;
  });
  return { candidates, setAside };
}
