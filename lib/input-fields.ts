import { z } from "zod";
import { PUBLIC_ID_PATTERN } from "./ids";

/** The fields every edit form's schema is built from, so that a record id or a blank field means one thing. */

export const recordIdField = z.string().regex(PUBLIC_ID_PATTERN, "Not a record id.");

/** A version number of a versioned row, as an edit form sends back the one it started from. */
export const versionField = z.number().int().min(1);

export const slugField = z.string().regex(/^[a-z0-9-]{1,120}$/, "Not a valid id.");

/** Free text of at most `max` characters; an empty or blank field (or none at all) is null, "nothing". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
