import { GetForm } from "@/app/_components/get-form";
import {
  type FormField,
  POSITIONS_KEYS,
  POSITIONS_PATH,
  type PositionsView,
  serializeView,
  type ViewKey,
  writtenValue,
} from "@/lib/positions-view";
import styles from "../positions.module.css";

type Field = FormField & { group: "main" | "more" };
/** The keys this form edits, in link order, with their fields (from the key table). */
const FIELDS = (Object.keys(POSITIONS_KEYS) as ViewKey[]).flatMap((key) => {
  const field = (POSITIONS_KEYS[key] as { field?: Field }).field;
  return field ? [{ key, field }] : [];
});
const EDITED = new Set<string>([...FIELDS.map((f) => f.key), "page"]);

const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

function Control({ view, name, field }: { view: PositionsView; name: ViewKey; field: Field }) {
  const value = writtenValue(view, name);
  switch (field.control) {
    case "search":
      return (
        <label className={styles.field}>
          <span>{field.label}</span>
          <input
            type="search"
            name={name}
            defaultValue={view.q}
            placeholder={field.placeholder}
            maxLength={field.maxLength}
            data-testid="search-input"
          />
          <small className="muted">{field.hint}</small>
        </label>
      );
    case "check":
      return (
        <label className={styles.check}>
          <input type="checkbox" name={name} value={field.value} defaultChecked={value === field.value} />{" "}
          {field.label}
        </label>
      );
    case "checkboxes": {
      const current = value.split(",");
      return (
        <fieldset className={styles.fieldset}>
          <legend>{field.label}</legend>
          {field.options.map((o) => (
            <label key={o.value} className={styles.check}>
              <input type="checkbox" name={name} value={o.value} defaultChecked={current.includes(o.value)} />{" "}
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
    case "select": {
      const known = field.options.some((o) => o.value === value);
      return (
        <label className={styles.field}>
          <span>{field.label}</span>
          <select name={name} defaultValue={value} data-testid={name === "sort" ? "order-select" : undefined}>
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            {!known && field.other && <option value={value}>{field.other}</option>}
          </select>
          {field.hint && <small className="muted">{field.hint}</small>}
        </label>
      );
    }
    case "text":
      return (
        <label className={styles.field}>
          <span>{field.label}</span>
          <input name={name} defaultValue={value} placeholder={field.placeholder} />
        </label>
      );
    case "date":
      return (
        <label className={styles.field}>
          <span>{field.label}</span>
          <input
            name={name}
            defaultValue={value}
            placeholder="e.g. 2018-11"
            pattern={DATE_PATTERN}
            inputMode="numeric"
            size={10}
            title="A year, a month or a day: 2018, 2018-11 or 2018-11-07"
          />
        </label>
      );
  }
}

/** The fields of a group in order; the two dates share a row. */
function Fields({ view, group }: { view: PositionsView; group: Field["group"] }) {
  const fields = FIELDS.filter((f) => f.field.group === group);
  const out: React.ReactNode[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (!f) continue;
    const next = fields[i + 1];
    if (f.field.control === "date" && next?.field.control === "date") {
      out.push(
        <div key={f.key} className={styles.row}>
          <Control view={view} name={f.key} field={f.field} />
          <Control view={view} name={next.key} field={next.field} />
        </div>,
      );
      i++;
    } else out.push(<Control key={f.key} view={view} name={f.key} field={f.field} />);
  }
  return out;
}

/**
 * Search and filters as a GET form, its fields built from the key table: submitting navigates to the new URL
 * (client-side, only the non-empty fields; a plain page load without JavaScript), so the URL stays the only state.
 * Every key of the current view the form does not edit rides along in hidden inputs; the page is left out, so a
 * new search starts at page 1.
 */
export function FilterForm({ view }: { view: PositionsView }) {
  const kept = [...serializeView(view).entries()].filter(([key]) => !EDITED.has(key));
  const moreOpen = FIELDS.some((f) => f.field.group === "more" && writtenValue(view, f.key) !== "");
  return (
    <GetForm
      action={POSITIONS_PATH}
      className={styles.filterForm}
      role="search"
      aria-label="Search and filter records"
    >
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <Fields view={view} group="main" />
      <details className={styles.more} open={moreOpen}>
        <summary>More filters</summary>
        <Fields view={view} group="more" />
      </details>
      <button type="submit" className="primary">
        Apply
      </button>
    </GetForm>
  );
}
