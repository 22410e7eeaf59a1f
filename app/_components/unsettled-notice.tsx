import Link from "next/link";
import { type ReviewCounts, unsettledShare } from "@/lib/compare-periods";
import { countLabel } from "@/lib/text";
import styles from "./unsettled-notice.module.css";

/**
 * "Rests on N drafts / M disputed codes": shown where a view's stances rest mostly on codes not yet settled (a draft
 * is one coder's reading, a disputed code the first coder's until a reviewer decides), so they may still move. The
 * comparison says it per side, the timeline for what it draws. Nothing when the codes are settled enough
 * (unsettledShare's rule).
 */
export function UnsettledNotice({
  review,
  disputedHref,
  disputedNote,
}: {
  review: ReviewCounts;
  /** The positions table view of the records with disputed codes, when there is one. */
  disputedHref?: string;
  disputedNote?: string;
}) {
  const share = unsettledShare(review);
  if (!share) return null;
  return (
    <p className={styles.unsettled} data-testid="unsettled-codes">
      Rests on {countLabel(share.draft, "draft", "draft")} /{" "}
      {countLabel(share.disputed, "disputed code", "disputed codes")} (of{" "}
      {countLabel(share.total, "code", "codes")} it counts): a draft has one coder, a disputed code keeps the
      first coder&rsquo;s reading until a reviewer decides.
      {share.disputed > 0 && disputedHref && (
        <>
          {" "}
          <Link href={disputedHref} data-testid="side-disputed-link">
            Records with disputed codes in the positions table
          </Link>
          {disputedNote}
        </>
      )}
    </p>
  );
}
