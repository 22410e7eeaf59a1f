"use client";

import Link from "next/link";
import { type KeyboardEvent, useId, useState, useTransition } from "react";
import type { SourceTier } from "@/lib/domain";
import { cleanForDisplay } from "@/lib/extract/clean";
import { looksLikeHtml } from "@/lib/extract/html";
import { SOURCE_TIER_LABELS } from "@/lib/labels";
import { foldForSearch } from "@/lib/text";
import { MAX_ARTICLE_FILE_BYTES, tooLargeMessage } from "@/lib/upload-limits";
import { type ExtractedArticle, extractArticleAction, type SavedArticle, saveImportAction } from "../actions";
import {
  type Draft,
  draftFrom,
  type EventOption,
  manualDraft,
  needsNothing,
  type OrganizationOption,
  type PersonOption,
  speakerOf,
  type TopicOption,
} from "../drafts";
import styles from "../import.module.css";
import { planRoles, selectionToSpan } from "../review";
import { CandidateCard } from "./candidate-card";
import { SourceView } from "./source-view";

/** The UTF-16 position in the raw text of a point of the source view's selection (see SourceView's data-from). */
function rawIndexOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-from]");
  if (!piece) return null;
  const from = Number(piece.dataset.from);
  if (piece.dataset.junk) return from + (offset > 0 ? Number(piece.dataset.junk) : 0);
  return node.nodeType === Node.TEXT_NODE ? from + offset : from;
}

type Phase =
  | { kind: "input" }
  | { kind: "review"; article: ExtractedArticle }
  | { kind: "saved"; saved: SavedArticle; title: string };

export function ArticleImport({
  persons,
  events,
  topics,
  organizations,
}: {
  persons: PersonOption[];
  events: EventOption[];
  topics: TopicOption[];
  organizations: OrganizationOption[];
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
  const [current, setCurrent] = useState(0);
  const [language, setLanguage] = useState<"en" | "vi">("en");

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_ARTICLE_FILE_BYTES) {
      setFieldErrors({
        text: `${tooLargeMessage(MAX_ARTICLE_FILE_BYTES)} Paste the article's text instead.`,
      });
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
      setLanguage(article.language);
      setCurrent(0);
      if (!published && article.published) setPublished(article.published);
      if (!outlet.trim() && article.outlet) setOutlet(article.outlet);
      setDrafts([
        ...article.candidates.map((c) => draftFrom(c, true, persons)),
        ...article.setAside.map((c) => draftFrom(c, false, persons)),
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
      const resolved = d.speakerChoice !== "unresolved";
      return {
        key: d.key,
        // Another appearance of a near-identical record, or another report of a record in the other language.
        appearanceOf: d.asAppearance && d.similar ? d.similar.publicId : d.reportOf,
        text: d.text,
        evidenceStart: Number(d.evidenceStart),
        evidenceEnd: Number(d.evidenceEnd),
        personId,
        newPerson: d.speakerChoice === "new" ? { name: d.newPersonName, country: d.newPersonCountry } : null,
        // No role id: the save finds or creates the role per (person, title, rank, organisation), as planned.
        role:
          resolved && d.roleTitle.trim()
            ? {
                roleId: null,
                title: d.roleTitle,
                rank: d.roleRank,
                organization: d.organizationName.trim()
                  ? {
                      organizationId:
                        organizations.find(
                          (o) => foldForSearch(o.name) === foldForSearch(d.organizationName.trim()),
                        )?.id ?? null,
                      name: d.organizationName,
                      kind: d.organizationKind,
                    }
                  : null,
              }
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
          language,
        },
        records,
        // Proposals only (not passages set aside or added by hand): accepted as they were, corrected, rejected.
        decisions: drafts
          .filter((d) => d.key.startsWith("c") && d.provenance)
          .map((d) => ({
            key: d.key,
            rule: d.provenance?.rule ?? "",
            attributionKind: d.attributionKind,
            decision: !d.accepted
              ? "rejected"
              : speakerOf(d) === d.proposedSpeaker
                ? "accepted"
                : "corrected",
          })),
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

  const [selectionError, setSelectionError] = useState<string | null>(null);
  function addManual(raw: string, start: number, end: number) {
    setSelectionError(null);
    const n = drafts.filter((d) => d.key.startsWith("m")).length + 1;
    const key = `m${n}`;
    setDrafts((list) => [...list, manualDraft(key, raw, start, end)]);
    requestAnimationFrame(() => document.getElementById(`card-${key}`)?.scrollIntoView({ block: "start" }));
  }
  function addFromSelection(raw: string) {
    const sel = window.getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    const view = document.querySelector('[data-testid="source-view"]');
    if (!range || range.collapsed || !view?.contains(range.commonAncestorContainer)) {
      setSelectionError("Select a passage in the source text first.");
      return;
    }
    const a = rawIndexOf(range.startContainer, range.startOffset);
    const b = rawIndexOf(range.endContainer, range.endOffset);
    const span = a !== null && b !== null ? selectionToSpan(raw, a, b) : null;
    if (!span) {
      setSelectionError("That selection holds no text of the article.");
      return;
    }
    addManual(raw, span.start, span.end);
  }

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
  if (article.duplicate) {
    const dup = article.duplicate;
    return (
      <section className="card" data-testid="duplicate-source">
        <h2>Already imported</h2>
        <p>
          This {dup.by === "url" ? "URL" : "exact text"} is already stored as the source “{dup.title}”
          {dup.url ? (
            <>
              {" "}
              (<span className="muted">{dup.url}</span>)
            </>
          ) : null}
          . A source is imported once; its records are:
        </p>
        {dup.records.length ? (
          <ul className={styles.savedList}>
            {dup.records.map((r) => (
              <li key={r.publicId}>
                <Link href={`/positions/${r.publicId}`} data-testid="duplicate-record">
                  {r.publicId}
                </Link>{" "}
                <span className="muted">{r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No records were kept from it.</p>
        )}
        <p>
          <button type="button" onClick={() => setPhase({ kind: "input" })}>
            Back to the text
          </button>
        </p>
      </section>
    );
  }
  const accepted = drafts.filter((d) => d.accepted).length;
  const rolePlan = planRoles(drafts, persons);
  const compactCount = drafts.filter((d) => !d.expanded && needsNothing(d, fieldErrors)).length;
  const setAsideReasons = new Map<string, number>();
  for (const d of drafts)
    if (d.setAsideReason)
      setAsideReasons.set(d.setAsideReason, (setAsideReasons.get(d.setAsideReason) ?? 0) + 1);
  const focusCard = (i: number) => {
    const next = Math.max(0, Math.min(drafts.length - 1, i));
    setCurrent(next);
    const key = drafts[next]?.key;
    if (key) requestAnimationFrame(() => document.getElementById(`card-${key}`)?.focus());
  };
  // Review by keyboard: a accepts, r rejects (each moves on), j/k or the arrows move, e opens the fields.
  function onReviewKey(e: KeyboardEvent<HTMLElement>) {
    const target = e.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable]") || e.altKey || e.ctrlKey || e.metaKey)
      return;
    const d = drafts[current];
    if (!d) return;
    const k = e.key;
    if (k === "a" || k === "r") {
      e.preventDefault();
      update(d.key, { accepted: k === "a" });
      focusCard(current + 1);
    } else if (k === "j" || k === "ArrowDown") {
      e.preventDefault();
      focusCard(current + 1);
    } else if (k === "k" || k === "ArrowUp") {
      e.preventDefault();
      focusCard(current - 1);
    } else if (k === "e") {
      e.preventDefault();
      update(d.key, { expanded: true });
    }
  }
  // A listed sentence already taken in by hand links to its card instead of offering to add it again.
  const addedAs = (start: number, end: number) =>
    drafts.find((d) => d.evidenceStart === String(start) && d.evidenceEnd === String(end))?.key ?? null;
  return (
    <div className={styles.review}>
      <section className={styles.sourcePane} aria-label="Source text">
        <h2>Source</h2>
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
        <p className={styles.selectionBar}>
          <button type="button" onClick={() => addFromSelection(article.rawText)} data-testid="add-selection">
            Add a candidate from the selected passage
          </button>
          {selectionError ? (
            <span className="error" role="alert">
              {selectionError}
            </span>
          ) : null}
        </p>
        <SourceView raw={article.rawText} drafts={drafts} />
      </section>
      <section className={styles.candidatePane} aria-label="Candidate records" onKeyDown={onReviewKey}>
        <h2>
          Candidates{" "}
          <span className="muted">
            ({accepted} of {drafts.length} accepted)
          </span>
        </h2>
        <p className={styles.keys} data-testid="review-keys">
          Language:{" "}
          <strong data-testid="article-language">{language === "vi" ? "Vietnamese" : "English"}</strong>{" "}
          <select
            aria-label="Article language"
            value={language}
            onChange={(e) => setLanguage(e.target.value === "vi" ? "vi" : "en")}
          >
            <option value="en">English</option>
            <option value="vi">Vietnamese</option>
          </select>{" "}
          · {compactCount} need nothing (compact) · Keys: <kbd>a</kbd> accept, <kbd>r</kbd> reject,{" "}
          <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>e</kbd> edit fields.{" "}
          <button type="button" onClick={() => focusCard(current)} data-testid="start-review">
            Review with the keyboard
          </button>
        </p>
        {setAsideReasons.size ? (
          <p className={styles.setAsideSummary} data-testid="set-aside-summary">
            Set aside, not proposed:{" "}
            {[...setAsideReasons].map(([reason, n], i) => (
              <span key={reason}>
                {i ? "; " : ""}
                {n} × {reason}
              </span>
            ))}
            .
          </p>
        ) : null}
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
            organizations={organizations}
            rolePlan={rolePlan.get(d.key)?.label ?? null}
            current={i === current}
            onFocus={() => setCurrent(i)}
          />
        ))}
        {article.notUnderstood.length ? (
          <section
            className={styles.notUnderstood}
            aria-labelledby={`${formId}-nu`}
            data-testid="not-understood"
          >
            <h3 id={`${formId}-nu`}>
              Set aside, not understood <span className="muted">({article.notUnderstood.length})</span>
            </h3>
            <p className="muted">
              These sentences have a reporting verb but gave no candidate. Add one by hand if it is a
              statement.
            </p>
            <ul>
              {article.notUnderstood.map((n) => (
                <li key={n.key} data-testid="not-understood-item">
                  <q>{cleanForDisplay(n.evidence.text)}</q>
                  <br />
                  <span className="muted">Why: {n.reason}.</span>{" "}
                  {addedAs(n.evidence.start, n.evidence.end) ? (
                    <a href={`#card-${addedAs(n.evidence.start, n.evidence.end)}`}>
                      added as #
                      {drafts.findIndex((d) => d.key === addedAs(n.evidence.start, n.evidence.end)) + 1}
                    </a>
                  ) : (
                    <button
                      type="button"
                      onClick={() => addManual(article.rawText, n.evidence.start, n.evidence.end)}
                    >
                      Add as a candidate
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <div className={styles.saveBar}>
          <button
            type="button"
            className="primary"
            disabled={pending || accepted === 0}
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
