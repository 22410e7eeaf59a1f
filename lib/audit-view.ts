import { AUDIT_ACTIONS, type AuditAction } from "@/lib/domain";
import { isValidIsoDate } from "./dates";
import {
  groupEntries,
  type IgnoredParam,
  lastValue,
  parseMulti,
  type SearchParamsInput,
  searchParamEntries,
  shortForNotice,
} from "./url-grammar";

/** The audit log's URL: `/admin/audit?action=sign_in_failed,sign_in_throttled&who=ana&from=2026-11-01&page=2`. */
export interface AuditView {
  actions: AuditAction[];
  who: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;
const KEYS = ["action", "who", "from", "to", "page"] as const;

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  sign_in: "signed in",
  sign_in_failed: "sign-in failed",
  sign_in_throttled: "sign-in refused (too many attempts)",
  password_changed: "changed own password",
  user_created: "created an account",
  role_changed: "changed a role",
  user_disabled: "disabled an account",
  user_enabled: "re-enabled an account",
  password_reset: "reset a password",
  article_imported: "imported an article",
  records_imported: "imported a records file",
  database_restored: "restored the database",
};

/** Never throws: a bad value is dropped and named in `ignored`. */
export function parseAuditView(input: SearchParamsInput): { view: AuditView; ignored: IgnoredParam[] } {
  const byKey = groupEntries(searchParamEntries(input));
  const ignored: IgnoredParam[] = [];
  for (const [key, values] of byKey)
    if (!(KEYS as readonly string[]).includes(key))
      for (const v of values)
        ignored.push({ key, value: shortForNotice(v), reason: "not a key of this view" });
  const actions = parseMulti("action", byKey.get("action") ?? [], (piece) =>
    (AUDIT_ACTIONS as readonly string[]).includes(piece)
      ? (piece as AuditAction)
      : { reject: "not an event kind" },
  );
  ignored.push(...actions.ignored);
  const whoRaw = lastValue(byKey.get("who") ?? [])?.trim() ?? "";
  let who: string | null = whoRaw || null;
  if (who && who.length > 254) {
    ignored.push({ key: "who", value: shortForNotice(who), reason: "longer than 254 characters" });
    who = null;
  }
  const day = (key: "from" | "to") => {
    const raw = lastValue(byKey.get(key) ?? [])?.trim();
    if (!raw) return null;
    if (isValidIsoDate(raw)) return raw;
    ignored.push({ key, value: shortForNotice(raw), reason: "not a day (YYYY-MM-DD)" });
    return null;
  };
  const from = day("from");
  let to = day("to");
  if (from && to && to < from) {
    ignored.push({ key: "to", value: to, reason: "before from" });
    to = null;
  }
  const pageRaw = lastValue(byKey.get("page") ?? []);
  let page = 1;
  if (pageRaw !== undefined) {
    const n = Number(pageRaw);
    if (Number.isInteger(n) && n >= 1 && n <= 100_000) page = n;
    else ignored.push({ key: "page", value: shortForNotice(pageRaw), reason: "not a page number" });
  }
  return { view: { actions: actions.value, who, from, to, page }, ignored };
}

export function serializeAuditView(view: AuditView): string {
  const params = new URLSearchParams();
  if (view.actions.length > 0) params.set("action", view.actions.join(","));
  if (view.who) params.set("who", view.who);
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
