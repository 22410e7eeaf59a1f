import Form from "next/form";
import { EVENT_KINDS, STATEMENT_MODES } from "@/db/schema";
import { EVENT_KIND_LABELS, MODE_LABELS } from "@/lib/labels";
import {
  CODING_STATUS_LABELS,
  CODING_STATUSES,
  POSITIONS_PATH,
  type PositionsView,
  serializeSort,
  serializeView,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

/** Keys this form edits; every other key of the current view rides along in hidden inputs. */
const EDITED = new Set([
  "q",
  "accents",
  "sort",
  "kind",
  "country",
  "mode",
  "from",
  "to",
  "attribution",
  "annotated",
  "coding",
  "tag",
  "page",
]);

/**
 * Search and filters as a GET form: submitting navigates to the new URL (client-side through next/form, a plain
 * page load without JavaScript), so the URL stays the only state.
 */
export function FilterForm({ view }: { view: PositionsView }) {
  const kept = [...serializeView(view).entries()].filter(([key]) => !EDITED.has(key));
  return (
    <Form
      action={POSITIONS_PATH}
      className={styles.filterForm}
      role="search"
      aria-label="Search and filter records"
    >
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label className={styles.field}>
        <span>Search</span>
        <input
          type="search"
          name="q"
          defaultValue={view.q}
          placeholder='Words or "a phrase"'
          maxLength={500}
          data-testid="search-input"
        />
        <small className="muted">Ignores accents and case: dang hoang giang finds Đặng Hoàng Giang.</small>
      </label>
      <label className={styles.check}>
        <input type="checkbox" name="accents" value="exact" defaultChecked={view.accents === "exact"} /> Match
        accents exactly (Đặng, not Đảng)
      </label>
      <label className={styles.field}>
        <span>Order</span>
        <select name="sort" defaultValue={serializeSort(view.sort)} data-testid="order-select">
          <option value="-date">Newest first</option>
          <option value="date">Oldest first</option>
          <option value="relevance">Best match first (with a search)</option>
          {!["-date", "date", "relevance"].includes(serializeSort(view.sort)) && (
            <option value={serializeSort(view.sort)}>As chosen in the table</option>
          )}
        </select>
        <small className="muted">
          With a search, the best match puts statements that use the words before mentions of them by speaker,
          event or source title, and exact accents first.
        </small>
      </label>
      <fieldset className={styles.fieldset}>
        <legend>Mode</legend>
        {STATEMENT_MODES.map((m) => (
          <label key={m} className={styles.check}>
            <input type="checkbox" name="mode" value={m} defaultChecked={view.mode.includes(m)} />{" "}
            {MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <label className={styles.field}>
          <span>From</span>
          <input
            name="from"
            defaultValue={view.from ?? ""}
            placeholder="e.g. 2018-11"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            inputMode="numeric"
            size={10}
            title="A year, a month or a day: 2018, 2018-11 or 2018-11-07"
          />
        </label>
        <label className={styles.field}>
          <span>To</span>
          <input
            name="to"
            defaultValue={view.to ?? ""}
            placeholder="e.g. 2018-11"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            inputMode="numeric"
            size={10}
            title="A year, a month or a day: 2018, 2018-11 or 2018-11-07"
          />
        </label>
      </div>
      <details
        className={styles.more}
        open={
          view.kind.length > 0 ||
          view.country.length > 0 ||
          view.tag.length > 0 ||
          !!view.attribution ||
          !!view.annotated ||
          view.coding.length > 0
        }
      >
        <summary>More filters</summary>
        <fieldset className={styles.fieldset}>
          <legend>Event kind</legend>
          {EVENT_KINDS.map((k) => (
            <label key={k} className={styles.check}>
              <input type="checkbox" name="kind" value={k} defaultChecked={view.kind.includes(k)} />{" "}
              {EVENT_KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <label className={styles.field}>
          <span>Event country</span>
          <input name="country" defaultValue={view.country.join(",")} placeholder="e.g. US,RU" />
        </label>
        <label className={styles.field}>
          <span>Attribution</span>
          <select name="attribution" defaultValue={view.attribution ?? ""}>
            <option value="">Any</option>
            <option value="resolved">Resolved</option>
            <option value="unresolved">Unresolved</option>
          </select>
        </label>
        <label className={styles.field}>
          <span>Annotations</span>
          <select name="annotated" defaultValue={view.annotated ?? ""}>
            <option value="">Any</option>
            <option value="yes">Has annotations</option>
            <option value="no">No annotations</option>
          </select>
        </label>
        <fieldset className={styles.fieldset}>
          <legend>Coding</legend>
          {CODING_STATUSES.map((c) => (
            <label key={c} className={styles.check}>
              <input type="checkbox" name="coding" value={c} defaultChecked={view.coding.includes(c)} />{" "}
              {CODING_STATUS_LABELS[c]}
            </label>
          ))}
        </fieldset>
        <label className={styles.field}>
          <span>Annotation tag</span>
          <input name="tag" defaultValue={view.tag.join(",")} placeholder="e.g. key-quote" />
        </label>
      </details>
      <button type="submit" className="primary">
        Apply
      </button>
    </Form>
  );
}
