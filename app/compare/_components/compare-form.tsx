import type { CompareView } from "@/lib/compare-view";
import styles from "../compare.module.css";

/** Plain GET forms: submitting builds the same URL the links use, so every view stays a permalink. */
export function CompareForm({
  view,
  topics,
}: {
  view: CompareView;
  topics: { slug: string; label: string; depth: number }[];
}) {
  const period = view.kind === "period" ? view : null;
  return (
    <div className={styles.form}>
      <form method="get" action="/compare" aria-label="Compare two periods">
        <fieldset>
          <legend>Compare two periods</legend>
          <label>
            Topic
            <select name="topic" defaultValue={period?.topic ?? "cyber-security"}>
              {topics.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {"\u00a0\u00a0".repeat(t.depth)}
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            First period
            <input name="a" defaultValue={period?.a.text ?? ""} placeholder="2018..2018" size={14} required />
          </label>
          <label>
            Second period
            <input name="b" defaultValue={period?.b.text ?? ""} placeholder="2024..2024" size={14} required />
          </label>
          <label>
            Country
            <input name="country" defaultValue={period?.country ?? ""} placeholder="VN" size={4} />
          </label>
          <label>
            or speaker (slug)
            <input name="speaker" defaultValue={period?.speaker ?? ""} placeholder="bui-van-nam" size={16} />
          </label>
          <button type="submit">Compare periods</button>
        </fieldset>
      </form>
      <form method="get" action="/compare" aria-label="Compare records by id">
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
      </form>
    </div>
  );
}
