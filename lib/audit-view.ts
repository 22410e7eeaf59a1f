import { AUDIT_ACTIONS, type AuditAction } from "@/lib/domain";
import { isValidIsoDate } from "./dates";
import {
  defaultsOf,
  hrefOf,
  type IgnoredParam,
  listKey,
  oneKey,
  oneOf,
  pageKey,
  parseKeys,
  reject,
  type SearchParamsInput,
  type ValuesOf,
  writeKeys,
} from "./url-grammar";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_PATH = "/admin/audit";

const day = oneKey<string | null>({
  default: null,
  parse: (raw) => (isValidIsoDate(raw) ? raw : reject("not a day (YYYY-MM-DD)")),
  write: (v) => v ?? "",
});

/** The audit log's URL: `/admin/audit?action=sign_in_failed,sign_in_throttled&who=ana&from=2026-11-01&page=2`. */
export const AUDIT_KEYS = {
  action: listKey<AuditAction>({ piece: oneOf(AUDIT_ACTIONS, "not an event kind") }),
  who: oneKey<string | null>({
    default: null,
    parse: (raw) => (raw.length > 254 ? reject("longer than 254 characters") : raw),
    write: (v) => v ?? "",
  }),
  from: day,
  to: day,
  page: pageKey(100_000, "not a page number"),
};

type AuditValues = ValuesOf<typeof AUDIT_KEYS>;

export interface AuditView {
  actions: AuditAction[];
  who: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

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
  const { values, ignored } = parseKeys(AUDIT_KEYS, input);
  const { action: actions, ...rest } = values;
  const view: AuditView = { actions, ...rest };
  if (view.from && view.to && view.to < view.from) {
    ignored.push({ key: "to", value: view.to, reason: "before from" });
    view.to = null;
  }
  return { view, ignored };
}

export function serializeAuditView(view: AuditView): string {
  const { actions, ...rest } = view;
  const values: AuditValues = { ...defaultsOf(AUDIT_KEYS), action: actions, ...rest };
  return hrefOf(AUDIT_PATH, writeKeys(AUDIT_KEYS, values));
}
