"use client";

import { useRouter } from "next/navigation";
import { followSoftLink } from "@/app/_components/soft-link";
import { type AxisMark, type MarkTrack, marksChartHtml } from "@/lib/timeline-marks-html";
import { pickHref, type TimelineView } from "@/lib/timeline-view";
import styles from "../timeline.module.css";

/**
 * The timeline's marks, drawn from the placed marks the server sends; the pick links are made here from the view,
 * and every link navigates without a reload.
 */
export function MarksChart({
  tracks,
  ticks,
  view,
}: {
  tracks: MarkTrack[];
  ticks: AxisMark[];
  view: TimelineView;
}) {
  const router = useRouter();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the clicks handled are those of the links inside
    // biome-ignore lint/a11y/useKeyWithClickEvents: a link activated by the keyboard sends this click too
    <div
      className={styles.chart}
      data-testid="timeline-chart"
      onClick={(e) => followSoftLink(e, (href) => router.push(href), "/timeline")}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: every value is escaped by marksChartHtml
      dangerouslySetInnerHTML={{
        __html: marksChartHtml(tracks, ticks, styles, {
          picked: view.pick,
          href: (id) => pickHref(view, id),
        }),
      }}
    />
  );
}
