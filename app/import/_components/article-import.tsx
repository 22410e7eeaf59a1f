"use client";

import { useId, useState, useTransition } from "react";
import type { SourceTier } from "@/lib/domain";
import { cleanForDisplay } from "@/lib/extract/clean";
import { looksLikeHtml } from "@/lib/extract/html";
import { SOURCE_TIER_LABELS } from "@/lib/labels";
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
  type TopicOption,
} from "../drafts";
import styles from "../import.module.css";
import { planRoles } from "../review";
import { decisionsFrom, recordsFrom } from "../save-payload";
import { ArticleInputForm } from "./article-input-form";
import { CandidateCard } from "./candidate-card";
import { DuplicateSource, SavedSummary } from "./import-outcomes";
import { reviewKeys } from "./review-keys";
import { SourceView, selectedSpan } from "./source-view";

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
    const records = recordsFrom(accepted, organizations);
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
        decisions: decisionsFrom(drafts),
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
    const span = selectedSpan(raw);
    if (typeof span === "string") setSelectionError(span);
    else addManual(raw, span.start, span.end);
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
    return (
      <SavedSummary
        saved={phase.saved}
        title={phase.title}
        onAgain={() => {
          setPhase({ kind: "input" });
          setText("");
          setUrl("");
          setPublished("");
          setFileName(null);
        }}
      />
    );
  }

  if (phase.kind === "input") {
    return (
      <ArticleInputForm
        formId={formId}
        values={{ text, url, outlet, published }}
        onText={(value) => {
          setText(value);
          setIsHtml(false);
          setFileName(null);
        }}
        onUrl={setUrl}
        onOutlet={setOutlet}
        onPublished={setPublished}
        file={fileName ? { name: fileName, isHtml } : null}
        onFile={(f) => void onFile(f)}
        fieldErrors={fieldErrors}
        pending={pending}
        status={status}
        onSubmit={extract}
      />
    );
  }

  const { article } = phase;
  if (article.duplicate)
    return <DuplicateSource dup={article.duplicate} onBack={() => setPhase({ kind: "input" })} />;
  const accepted = drafts.filter((d) => d.accepted).length;
  const rolePlan = planRoles(drafts, persons);
  const compactCount = drafts.filter((d) => !d.expanded && needsNothing(d, fieldErrors)).length;
  const setAsideReasons = new Map<string, number>();
  for (const d of drafts)
    if (d.setAsideReason)
      setAsideReasons.set(d.setAsideReason, (setAsideReasons.get(d.setAsideReason) ?? 0) + 1);
  const { onKey: onReviewKey, focusCard } = reviewKeys({ drafts, current, setCurrent, update });
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
