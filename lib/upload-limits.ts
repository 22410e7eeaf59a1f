/**
 * How much an upload may hold. One module, read by the server-side checks, the forms (which refuse a larger file
 * before sending it, with a message) and next.config.ts (whose server-action body limit must let every accepted
 * upload through, or the framework refuses it with an error of its own).
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An article file read in the browser; its text, not the file, is what is sent. */
export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;

/** A request carrying an upload: room for the form's other fields and the multipart encoding around the file. */
export const MAX_UPLOAD_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES * 1.25);
export const SERVER_ACTION_BODY_LIMIT = `${Math.ceil(MAX_UPLOAD_BODY_BYTES / 1024 / 1024)}mb` as const;

export function tooLargeMessage(bytes: number): string {
  return `The file is larger than ${bytes / 1024 / 1024} MB.`;
}
