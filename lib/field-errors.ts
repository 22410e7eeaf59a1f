import type { z } from "zod";

/** How a schema problem's path becomes the key a form shows it under. */
export type FieldKey = (path: readonly PropertyKey[]) => string;

/** The whole path, dotted ("roles.0.title"), for forms that mark nested fields. */
export const wholePath: FieldKey = (path) => path.map(String).join(".") || "form";

/** The top-level field only ("tags" for "tags.3"), for forms that mark one field per input. */
export const topField: FieldKey = (path) => String(path[0] ?? "form");

/** One message per field, the first the schema gave, so a form shows the problem a user meets first. */
export function fieldErrorsOf(error: z.ZodError, key: FieldKey = wholePath): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[key(issue.path)] ??= issue.message;
  return out;
}
