/**
 * How much an upload may hold. One module, read by the server-side checks, the forms (which refuse a larger file
 * before sending it, with a message) and next.config.ts (whose server-action body limit must let every accepted
 * upload through, or the framework refuses it with an error of its own).
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An article file read in the browser; its text, not the file, is what is sent. */
export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;

/** Room for the form's other fields and the encoding around the file. */
export const SERVER_ACTION_BODY_LIMIT = `${Math.ceil((MAX_IMPORT_BYTES * 1.25) / 1024 / 1024)}mb` as const;

export function tooLargeMessage(bytes: number): string {
  return `The file is larger than ${bytes / 1024 / 1024} MB.`;
}
