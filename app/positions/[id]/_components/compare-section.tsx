import Link from "next/link";
import type { getStatementDetail } from "@/db/queries/statements";
import { periodCompareHref } from "@/lib/compare-view";
import { timelineHref } from "@/lib/timeline-view";
import styles from "../record.module.css";

type Detail = NonNullable<ReturnType<typeof getStatementDetail>>;

/** The ISO day before an ISO day: the end of "everything earlier than this record". */
function dayBefore(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Ways from a record to a comparison: by ids, the speaker's timeline, and the speaker's earlier statements. */
export function CompareSection({
  statement: s,
  person,
  speakerName,
  topics,
}: {
  statement: Detail["statement"];
  person: Detail["person"];
  speakerName: string | null;
  topics: Detail["topics"];
}) {
  return (
    <section aria-labelledby="compare-h">
      <h2 id="compare-h">Compare</h2>
      <form method="get" action="/compare" className={styles.inlineForm}>
        <label>
          Compare with records (ids, comma-separated, this one first)
          <input name="ids" defaultValue={`${s.publicId},`} size={40} />
        </label>
        <button type="submit">Compare</button>
        {person && (
          <Link href={timelineHref({ speaker: person.slug, group: "proposition" })}>
            {speakerName} on a timeline
          </Link>
        )}
      </form>
      {person && s.dateStart && s.dateEnd && topics.length > 0 && (
        <ul data-testid="compare-earlier">
          {topics.slice(0, 3).map((t) => (
            <li key={t.slug}>
              <Link
                href={periodCompareHref({
                  topic: t.slug,
                  a: `..${dayBefore(s.dateStart as string)}`,
                  b: `${s.dateStart}..${s.dateEnd}`,
                  speaker: person.slug,
                })}
              >
                Compare with {speakerName}’s earlier statements on {t.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
