import type { DatePrecision, EventKind, StatementMode } from "@/lib/domain";
import type { PositionStance } from "@/lib/labels";
import type { ReviewStatus } from "@/lib/review";
import type { Db } from "../client";
import { placeholders } from "./sql-fragment";
import { STATEMENT_JOINS_SQL } from "./statement-join";

/** The rows of a positions table page: a record with its context, topics and codes, in the order asked for. */

export interface PositionTopic {
  slug: string;
  name: string;
  path: string;
}

export interface PositionRowStance extends PositionStance {
  reviewStatus: ReviewStatus;
}

export interface PositionRow extends DetailRow {
  topics: PositionTopic[];
  stances: PositionRowStance[];
}

export interface DetailRow {
  id: number;
  publicId: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  speakerSlug: string | null;
  speakerName: string | null;
  speakerNativeName: string | null;
  attributionText: string;
  attributionStatus: "resolved" | "unresolved";
  roleTitle: string | null;
  organizationName: string | null;
  eventSlug: string | null;
  eventName: string | null;
  eventKind: EventKind | null;
  eventCountry: string | null;
  mode: StatementMode;
  text: string;
  sourceTitle: string;
  sourceUrl: string | null;
  annotationCount: number;
}

/** The page's rows with everything the table shows, in the order of `ids`. */
export function getPositionRows(db: Db, ids: readonly number[]): PositionRow[] {
  if (ids.length === 0) return [];
  const list = placeholders(ids.length);
  const details = db.$client
    .prepare(`SELECT s.id, s.public_id AS publicId, s.date_start AS dateStart, s.date_end AS dateEnd,
       s.date_precision AS datePrecision, p.slug AS speakerSlug, p.name AS speakerName,
       p.native_name AS speakerNativeName, s.attribution_text AS attributionText,
       s.attribution_status AS attributionStatus, r.title AS roleTitle,
       o.name AS organizationName,
       e.slug AS eventSlug, e.name AS eventName, e.kind AS eventKind, e.country AS eventCountry, s.mode,
       s.text, so.title AS sourceTitle, so.url AS sourceUrl, f.annotation_count AS annotationCount
     FROM statements s ${STATEMENT_JOINS_SQL}
     LEFT JOIN position_facts f ON f.statement_id = s.id
     WHERE s.id IN (${list})`)
    .all(...ids) as DetailRow[];
  const topics = db.$client
    .prepare(`SELECT st.statement_id AS id, t.slug, t.name, t.path FROM statement_topics st JOIN topics t ON t.id = st.topic_id
     WHERE st.statement_id IN (${list}) ORDER BY t.path`)
    .all(...ids) as ({ id: number } & PositionTopic)[];
  const stances = db.$client
    .prepare(`SELECT cp.statement_id AS id, pr.label, cp.status, cp.stance, cp.review_status AS reviewStatus FROM coded_positions cp
     JOIN propositions pr ON pr.id = cp.proposition_id
     WHERE cp.statement_id IN (${list}) ORDER BY cp.id`)
    .all(...ids) as ({ id: number } & PositionRowStance)[];

  const byId = new Map(details.map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    return [
      {
        ...d,
        annotationCount: d.annotationCount ?? 0,
        topics: topics.filter((t) => t.id === id).map(({ id: _id, ...t }) => t),
        stances: stances.filter((s) => s.id === id).map(({ id: _id, ...s }) => s),
      },
    ];
  });
}
