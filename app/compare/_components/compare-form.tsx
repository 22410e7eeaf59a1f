import { GetForm } from "@/app/_components/get-form";
import { TopicOptions } from "@/app/_components/topic-options";
import type { ComparePickers } from "@/db/queries/compare";
import type { CompareView } from "@/lib/compare-view";
import { formatPreciseDate } from "@/lib/dates";
import styles from "../compare.module.css";

/**
 * Plain GET forms: submitting builds the same URL the links use, so every view stays a permalink. Speakers and
 * countries are chosen by name; the periods take a year or an event's dates from a list, or any range typed.
 */
export function CompareForm({
  view,
  topics,
  pickers,
  propositions,
}: {
  view: CompareView;
  topics: { slug: string; label: string; depth: number }[];
  pickers: ComparePickers;
  /** The chosen topic's propositions (all of them before a topic is chosen), by label. */
  propositions: { slug: string; label: string }[];
}) {
  const period = view.kind === "period" ? view : null;
  return (
    <div className={styles.form}>
      <GetForm action="/compare" aria-label="Compare two periods">
        <fieldset>
          <legend>Compare two periods</legend>
          <label>
            Topic
            <select name="topic" defaultValue={period?.topic ?? "cyber-security"}>
              <TopicOptions topics={topics} />
            </select>
          </label>
          <label>
            First period
            <input
              name="a"
              defaultValue={period?.a.text ?? ""}
              placeholder="2018..2018"
              size={14}
              required
              list="period-presets"
            />
          </label>
          <label>
            Second period
            <input
              name="b"
              defaultValue={period?.b.text ?? ""}
              placeholder="2024..2024"
              size={14}
              required
              list="period-presets"
            />
          </label>
          <datalist id="period-presets">
            {pickers.years.map((y) => (
              <option key={y} value={`${y}..${y}`}>
                {y}
              </option>
            ))}
            {pickers.events.map((e) => (
              <option key={`${e.name}-${e.from}`} value={`${e.from}..${e.to}`}>
                {e.name}, {formatPreciseDate({ start: e.from, end: e.to, precision: "range" })}
              </option>
            ))}
          </datalist>
          <label>
            Speaker
            <select name="speaker" defaultValue={period?.speaker ?? ""} data-testid="compare-speaker">
              <option value="">Any speaker</option>
              {pickers.speakers.map((p) => (
                <option key={p.slug} value={p.slug} lang="vi">
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            or speakers from
            <select name="country" defaultValue={period?.country ?? ""} data-testid="compare-country">
              <option value="">Any country</option>
              {pickers.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} ({c.speakers} {c.speakers === 1 ? "speaker" : "speakers"})
                </option>
              ))}
            </select>
          </label>
          <label>
            Proposition
            <select
              name="proposition"
              defaultValue={period?.proposition ?? ""}
              data-testid="compare-proposition"
            >
              <option value="">All propositions of the topic</option>
              {propositions.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Compare periods</button>
        </fieldset>
      </GetForm>
      <GetForm action="/compare" aria-label="Compare records by id">
        <fieldset>
          <legend>Compare 2 to 4 records</legend>
          <label>
            Record ids, comma-separated
            <input
              name="ids"
              defaultValue={view.kind === "ids" ? view.ids.join(",") : ""}
              size={32}
              required
            />
          </label>
          <button type="submit">Compare records</button>
        </fieldset>
      </GetForm>
    </div>
  );
}
