"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import type {
  AttributionKind,
  DateBasis,
  DatePrecision,
  EventKind,
  SourceTier,
  StatementMode,
} from "@/db/schema";
import { looksLikeHtml } from "@/lib/extract/html";
import { SOURCE_TIER_LABELS } from "@/lib/labels";
import { foldForSearch } from "@/lib/text";
import {
  type ExtractedArticle,
  extractArticleAction,
  type ReviewCandidate,
  type SavedArticle,
  saveImportAction,
} from "../actions";
import styles from "../import.module.css";
import { CandidateCard, type Draft } from "./candidate-card";
import { SourceView } from "./source-view";

export interface PersonOption {
  id: number;
  name: string;
  roles: Array<{ id: number; title: string; rank: string | null }>;
}
export interface EventOption {
  id: number;
  name: string;
  startDate: string | null;
}
export interface TopicOption {
  slug: string;
  name: string;
  path: string;
}

function draftFrom(c: ReviewCandidate & { reason?: string }, accepted: boolean): Draft {
  const speakerChoice = c.speaker
    ? c.speaker.personId !== null
      ? `person:${c.speaker.personId}`
      : "new"
    : "unresolved";
  return {
    key: c.key,
    accepted,
    setAsideReason: c.reason ?? null,
    flags: c.flags,
    similar: c.similar,
    asAppearance: false,
    text: c.text,
    evidenceStart: String(c.evidence.start),
    evidenceEnd: String(c.evidence.end),
    speakerAsWritten: c.speakerAsWritten,
    speakerChoice,
    newPersonName: c.speaker && c.speaker.personId === null ? c.speaker.name : "",
    newPersonCountry: c.speaker?.country ?? "VN",
    roleTitle: c.role?.title ?? "",
    roleRank: c.role?.rank ?? "",
    eventChoice: c.event ? (c.event.eventId !== null ? `event:${c.event.eventId}` : "new") : "none",
    eventName: c.event?.name ?? "",
    eventKind: (c.event?.kind ?? "other") as EventKind,
    eventCity: c.event?.city ?? "",
    eventCountry: c.event?.country ?? "",
    attributionText: c.attribution.text,
    attributionKind: c.attribution.kind as AttributionKind,
    attributionNote: c.attribution.note,
    dateStart: c.date.start ?? "",
    dateEnd: c.date.end ?? "",
    datePrecision: c.date.precision as DatePrecision,
    dateBasis: c.date.basis as DateBasis,
    dateNote: c.date.note ?? "",
    mode: c.mode as StatementMode,
    topics: c.topics,
  };
}

function roleIdFor(person: PersonOption | undefined, title: string): number | null {
  const folded = foldForSearch(title.trim());
  return person?.roles.find((r) => foldForSearch(r.title) === folded)?.id ?? null;
}

type Phase =
  | { kind: "input" }
  | { kind: "review"; article: ExtractedArticle }
  | { kind: "saved"; saved: SavedArticle; title: string };

export function ArticleImport({
  persons,
  events,
  topics,
}: {
  persons: PersonOption[];
  events: EventOption[];
  topics: TopicOption[];
}) {
  const formId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "input" });
  const [text, setText] = useState("");
  const [isHtml, setIsHtml] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [url, setUrl] = useState("");
  const [outlet, setOutlet] = useState("");
  const [published, setPublished] = useState("");
  const [title, setTitle] = useState("");
  const [tier, setTier] = useState<SourceTier>("state_media");
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const [progress, setProgress] = useState("");

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 2_000_000) {
      setFieldErrors({ text: "That file is larger than 2 MB; paste the article's text instead." });
      return;
    }
    const content = await file.text();
    setText(content);
    setFileName(file.name);
    setIsHtml(/\.html?$/i.test(file.name) || looksLikeHtml(content));
    setFieldErrors({});
  }

  function extract() {
    setError(null);
    setFieldErrors({});
    setProgress("Reading the article and looking for statements…");
    startTransition(async () => {
      const result = await extractArticleAction({ text, isHtml, url, outlet, published });
      setProgress("");
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      const article = result.data;
      setTitle(article.title ?? "");
      if (!published && article.published) setPublished(article.published);
      setDrafts([
        ...article.candidates.map((c) => draftFrom(c, true)),
        ...article.setAside.map((c) => draftFrom(c, false)),
      ]);
      setPhase({ kind: "review", article });
    });
  }

  function save(article: ExtractedArticle) {
    setError(null);
    setFieldErrors({});
    const accepted = drafts.filter((d) => d.accepted);
    setProgress(`Saving the source and ${accepted.length} record${accepted.length === 1 ? "" : "s"}…`);
    const records = accepted.map((d) => {
      const personId = d.speakerChoice.startsWith("person:") ? Number(d.speakerChoice.slice(7)) : null;
      const person = persons.find((p) => p.id === personId);
      const resolved = d.speakerChoice !== "unresolved";
      return {
        key: d.key,
        appearanceOf: d.asAppearance && d.similar ? d.similar.publicId : null,
        text: d.text,
        evidenceStart: Number(d.evidenceStart),
        evidenceEnd: Number(d.evidenceEnd),
        personId,
        newPerson: d.speakerChoice === "new" ? { name: d.newPersonName, country: d.newPersonCountry } : null,
        role:
          resolved && d.roleTitle.trim()
            ? { roleId: roleIdFor(person, d.roleTitle), title: d.roleTitle, rank: d.roleRank }
            : null,
        eventId: d.eventChoice.startsWith("event:") ? Number(d.eventChoice.slice(6)) : null,
        newEvent:
          d.eventChoice === "new"
            ? { name: d.eventName, kind: d.eventKind, city: d.eventCity, country: d.eventCountry }
            : null,
        attributionText: d.attributionText,
        attributionKind: d.attributionKind,
        attributionStatus: resolved ? "resolved" : "unresolved",
        attributionNote: d.attributionNote,
        dateStart: d.dateStart,
        dateEnd: d.dateEnd,
        datePrecision: d.datePrecision,
        dateBasis: d.dateBasis,
        dateNote: d.dateNote,
        mode: d.mode,
        topics: d.topics,
      };
    });
    startTransition(async () => {
      const result = await saveImportAction({
        source: {
          rawText: article.rawText,
          title,
          outlet,
          url: article.url ?? url,
          publishedDate: published,
          tier,
        },
        records,
      });
      setProgress("");
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        // Take the reviewer to the first field to fix, once the errors are rendered.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        return;
      }
      setPhase({ kind: "saved", saved: result.data, title });
    });
  }

  const update = (key: string, patch: Partial<Draft>) =>
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const status = (
    <div aria-live="polite" className={styles.status}>
      {pending && progress ? (
        <>
          <progress aria-label={progress} /> <span data-testid="import-progress">{progress}</span>
        </>
      ) : null}
      {error ? (
        <p className="error" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
    </div>
  );

  if (phase.kind === "saved") {
    const { saved } = phase;
    return (
      <section className="card" data-testid="import-saved">
        <h2>Saved “{phase.title}”</h2>
        <p>
          {saved.created.length} new record{saved.created.length === 1 ? "" : "s"}
          {saved.appearances.length
            ? `, ${saved.appearances.length} added as another appearance of a stored record`
            : ""}
          .
        </p>
        <ul className={styles.savedList}>
          {saved.created.map((id) => (
            <li key={id}>
              <Link href={`/positions/${id}`} data-testid="saved-record">
                {id}
              </Link>
            </li>
          ))}
          {saved.appearances.map((id) => (
            <li key={`a-${id}`}>
              <Link href={`/positions/${id}`}>{id}</Link> (another appearance)
            </li>
          ))}
        </ul>
        <p>
          <Link href="/positions">See them in the records table</Link> ·{" "}
          <button
            type="button"
            onClick={() => {
              setPhase({ kind: "input" });
              setText("");
              setUrl("");
              setPublished("");
              setFileName(null);
            }}
          >
            Import another article
          </button>
        </p>
      </section>
    );
  }

  if (phase.kind === "input") {
    return (
      <form
        className={styles.inputForm}
        onSubmit={(e) => {
          e.preventDefault();
          extract();
        }}
        noValidate
      >
        <label htmlFor={`${formId}-text`}>Article text</label>
        <textarea
          id={`${formId}-text`}
          name="text"
          rows={14}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setIsHtml(false);
            setFileName(null);
          }}
          aria-invalid={fieldErrors.text ? true : undefined}
          aria-describedby={fieldErrors.text ? `${formId}-text-error` : undefined}
          placeholder="Paste the article exactly as published"
        />
        {fieldErrors.text ? (
          <p id={`${formId}-text-error`} className="error">
            {fieldErrors.text}
          </p>
        ) : null}
        <label htmlFor={`${formId}-file`}>Or a file (.txt or .html)</label>
        <input
          id={`${formId}-file`}
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {fileName ? (
          <p className="muted">
            {fileName}: {isHtml ? "HTML, reduced to its article text when read" : "plain text"}
          </p>
        ) : null}
        <div className={styles.row}>
          <span>
            <label htmlFor={`${formId}-url`}>URL</label>
            <input
              id={`${formId}-url`}
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              aria-invalid={fieldErrors.url ? true : undefined}
            />
            {fieldErrors.url ? <span className="error">{fieldErrors.url}</span> : null}
          </span>
          <span>
            <label htmlFor={`${formId}-outlet`}>Outlet</label>
            <input id={`${formId}-outlet`} value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          </span>
          <span>
            <label htmlFor={`${formId}-published`}>Published (YYYY-MM-DD)</label>
            <input
              id={`${formId}-published`}
              value={published}
              onChange={(e) => setPublished(e.target.value)}
              placeholder="from the text if empty"
              aria-invalid={fieldErrors.published ? true : undefined}
            />
            {fieldErrors.published ? <span className="error">{fieldErrors.published}</span> : null}
          </span>
        </div>
        <p className="muted">
          Dates without a year are dated from the publication date; without one they are left for you to
          complete.
        </p>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Finding statements…" : "Find statements"}
        </button>
        {status}
      </form>
    );
  }

  const { article } = phase;
  const accepted = drafts.filter((d) => d.accepted).length;
  return (
    <div className={styles.review}>
      <section className={styles.sourcePane} aria-label="Source text">
        <h2>Source</h2>
        {article.duplicate ? (
          <p className="notice" data-testid="duplicate-source">
            This {article.duplicate.by === "url" ? "URL" : "exact text"} is already stored as “
            {article.duplicate.title}”; it cannot be imported twice.
          </p>
        ) : null}
        <div className={styles.sourceFields}>
          <label htmlFor={`${formId}-title`}>Title</label>
          <input
            id={`${formId}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={fieldErrors.title ? true : undefined}
          />
          {fieldErrors.title ? <span className="error">{fieldErrors.title}</span> : null}
          <label htmlFor={`${formId}-outlet2`}>Outlet</label>
          <input
            id={`${formId}-outlet2`}
            value={outlet}
            onChange={(e) => setOutlet(e.target.value)}
            aria-invalid={fieldErrors.outlet ? true : undefined}
          />
          {fieldErrors.outlet ? <span className="error">{fieldErrors.outlet}</span> : null}
          <label htmlFor={`${formId}-published2`}>Published</label>
          <input
            id={`${formId}-published2`}
            value={published}
            onChange={(e) => setPublished(e.target.value)}
            aria-invalid={fieldErrors.publishedDate ? true : undefined}
          />
          {fieldErrors.publishedDate ? <span className="error">{fieldErrors.publishedDate}</span> : null}
          <label htmlFor={`${formId}-tier`}>Tier</label>
          <select id={`${formId}-tier`} value={tier} onChange={(e) => setTier(e.target.value as SourceTier)}>
            {(Object.keys(SOURCE_TIER_LABELS) as SourceTier[]).map((t) => (
              <option key={t} value={t}>
                {SOURCE_TIER_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <SourceView raw={article.rawText} drafts={drafts} />
      </section>
      <section className={styles.candidatePane} aria-label="Candidate records">
        <h2>
          Candidates{" "}
          <span className="muted">
            ({accepted} of {drafts.length} accepted)
          </span>
        </h2>
        {drafts.length === 0 ? <p>No attributed statements were found in this text.</p> : null}
        {drafts.map((d, i) => (
          <CandidateCard
            key={d.key}
            index={i + 1}
            draft={d}
            raw={article.rawText}
            persons={persons}
            events={events}
            topics={topics}
            errors={fieldErrors}
            onChange={(patch) => update(d.key, patch)}
          />
        ))}
        <div className={styles.saveBar}>
          <button
            type="button"
            className="primary"
            disabled={pending || accepted === 0 || !!article.duplicate}
            onClick={() => save(article)}
          >
            {pending ? "Saving…" : `Save source and ${accepted} record${accepted === 1 ? "" : "s"}`}
          </button>
          <button type="button" disabled={pending} onClick={() => setPhase({ kind: "input" })}>
            Back to the text
          </button>
          {status}
        </div>
      </section>
    </div>
  );
}
