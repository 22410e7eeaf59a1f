import type { z } from "zod";
import type { Permission } from "@/lib/authz";
import { fieldErrorsOf } from "@/lib/field-errors";
import { authorize, type CurrentUser } from "./current-user";

/**
 * The one way a server action is written (issue 15): permission, input schema, handler. Authorization runs first,
 * before the input is even looked at, so a refused caller learns nothing about it; the input is parsed by its zod
 * schema; the handler gets typed input and the signed-in user. Every action answers with one `ActionResult`.
 */

export type ActionFailureCode =
  | "unauthenticated"
  | "forbidden"
  | "cross-origin"
  | "invalid"
  | "not_found"
  | "conflict"
  /** Asked before something that cannot be undone; the form then offers the confirming button. */
  | "confirm";

/** `Extra` carries what a failure shows beside its message: a colleague's saved values on a conflict, say. */
export type ActionFailure<Extra extends object = object> = {
  ok: false;
  code: ActionFailureCode;
  error: string;
  fieldErrors?: Record<string, string>;
} & Partial<Extra>;

export type ActionResult<T, Extra extends object = object> = { ok: true; data: T } | ActionFailure<Extra>;

export const CHECK_FIELDS = "Check the highlighted fields.";

export function invalid(fieldErrors?: Record<string, string>, error = CHECK_FIELDS): ActionFailure {
  return { ok: false, code: "invalid", error, fieldErrors };
}

export function notFound(error: string): ActionFailure {
  return { ok: false, code: "not_found", error };
}

export function conflict(error: string): ActionFailure;
export function conflict<Extra extends object>(error: string, extra: Extra): ActionFailure<Extra>;
export function conflict(error: string, extra?: object): ActionFailure {
  return { ok: false, code: "conflict", error, ...extra };
}

/** How a versioned write in db/queries (records, codes, people, annotations) says it did not happen. */
export type WriteRefusal =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; message?: string }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

/** What a conflict hands back beside its message: the values a colleague saved, say. */
type ConflictExtra<R> = Omit<Extract<R, { reason: "conflict" }>, "ok" | "reason" | "message">;

/** Words a versioned write's refusals are told in, from the user's side. */
export interface WriteWords {
  conflict: string;
  notFound: string;
}

/** Turns a versioned write's outcome into the action's answer, keeping what a conflict hands back. */
export function fromWrite<R extends { ok: true } | WriteRefusal, T>(
  result: R,
  data: (written: Extract<R, { ok: true }>) => T,
  words: WriteWords,
): ActionResult<T, ConflictExtra<R>> {
  if (result.ok) return { ok: true, data: data(result as Extract<R, { ok: true }>) };
  const refusal = result as WriteRefusal;
  if (refusal.reason === "conflict") {
    const { ok: _ok, reason: _reason, message, ...extra } = refusal;
    return conflict(message ?? words.conflict, extra as ConflictExtra<R>);
  }
  if (refusal.reason === "invalid")
    return invalid(refusal.fieldErrors, refusal.fieldErrors.form ?? CHECK_FIELDS);
  return notFound(words.notFound);
}

interface Spec<S extends z.ZodType, T, Extra extends object, User = CurrentUser> {
  permission: Permission;
  input: S;
  /**
   * Which key a schema problem is reported under; the whole path by default ("roles.0.title"). It sees the raw
   * input too, for forms that name their rows by a key of their own.
   */
  fieldKey?: (path: readonly PropertyKey[], raw: unknown) => string;
  /**
   * The headline of a schema problem, when "Check the highlighted fields." would not say enough; "first" is the
   * first problem's own message, for forms with one field.
   */
  invalidMessage?: string | "first";
  /** What every failure hands back of the raw input, so the form keeps what was typed (never a password). */
  keep?: (raw: unknown) => Partial<Extra>;
  handler: (
    input: z.output<S>,
    context: { user: User },
  ) => ActionResult<T, Extra> | Promise<ActionResult<T, Extra>>;
}

/** How the arguments an action was called with become the input its schema reads; null when they cannot. */
type Reader = (args: unknown) => unknown | null;

async function run<S extends z.ZodType, T, Extra extends object, User extends CurrentUser | null>(
  spec: Spec<S, T, Extra, User>,
  args: unknown,
  read: Reader,
  signedIn: boolean,
): Promise<ActionResult<T, Extra>> {
  const allowed = await authorize(spec.permission);
  if (!allowed.ok) return { ok: false, code: allowed.reason, error: allowed.error };
  if (signedIn && !allowed.user) return { ok: false, code: "unauthenticated", error: "Sign in to do this." };
  // Only now is the input looked at: a refused caller learns nothing about it.
  const raw = read(args);
  if (raw === null) return invalid(undefined, "The form was not sent correctly.") as ActionFailure<Extra>;
  const answer = await decide(spec, raw, allowed.user as User);
  return answer.ok || !spec.keep ? answer : { ...answer, ...spec.keep(raw) };
}

async function decide<S extends z.ZodType, T, Extra extends object, User extends CurrentUser | null>(
  spec: Spec<S, T, Extra, User>,
  raw: unknown,
  user: User,
): Promise<ActionResult<T, Extra>> {
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) {
    const { fieldKey } = spec;
    const fieldErrors = fieldErrorsOf(parsed.error, fieldKey && ((path) => fieldKey(path, raw)));
    const headline =
      spec.invalidMessage === "first"
        ? (parsed.error.issues[0]?.message ?? CHECK_FIELDS)
        : spec.invalidMessage;
    return invalid(fieldErrors, headline) as ActionFailure<Extra>;
  }
  return spec.handler(parsed.data, { user });
}

/** An action called with one argument, from a component's event handler. */
export function action<S extends z.ZodType, T, Extra extends object = object>(
  spec: Spec<S, T, Extra>,
): (input: unknown) => Promise<ActionResult<T, Extra>> {
  return (input) => run(spec, input, (raw) => raw, true);
}

type FormSpec<S extends z.ZodType, T, Extra extends object, User> = Spec<S, T, Extra, User> & {
  fields: readonly string[];
};

function fromForm<S extends z.ZodType, T, Extra extends object, User extends CurrentUser | null>(
  spec: FormSpec<S, T, Extra, User>,
  signedIn: boolean,
): (previous: unknown, form: unknown) => Promise<ActionResult<T, Extra>> {
  // A form of no fields (a sign-out button) needs nothing from its data.
  const read: Reader = (form) =>
    form instanceof FormData ? formFields(form, spec.fields) : spec.fields.length === 0 ? {} : null;
  return (_previous, form) => run(spec, form, read, signedIn);
}

/**
 * An action for `useActionState` and plain HTML forms: (previous state, form data). The named fields are read
 * from the form as strings (a missing one as ""), so the schema sees what a user could have typed.
 */
export function formAction<S extends z.ZodType, T, Extra extends object = object>(
  spec: FormSpec<S, T, Extra, CurrentUser>,
): (previous: unknown, form: unknown) => Promise<ActionResult<T, Extra>> {
  return fromForm(spec, true);
}

/** A form action a visitor without an account may use (signing in), when the permission allows them. */
export function visitorFormAction<S extends z.ZodType, T, Extra extends object = object>(
  spec: FormSpec<S, T, Extra, CurrentUser | null>,
): (previous: unknown, form: unknown) => Promise<ActionResult<T, Extra>> {
  return fromForm(spec, false);
}

export function formFields(form: FormData, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fields) {
    const value = form.get(name);
    out[name] = typeof value === "string" ? value : "";
  }
  return out;
}
