/**
 * A multipart or urlencoded form read from a request, refused once it passes `maxBytes` (route handlers, unlike
 * server actions, have no body limit of their own, and `request.formData()` would buffer whatever is sent).
 * Content-Length is checked first; a body without one, or that lies, is counted as it arrives and dropped at
 * the limit. Null when the body is not a form.
 */
export async function readBoundedForm(
  request: Request,
  maxBytes: number,
): Promise<FormData | "too-large" | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return "too-large";
  const type = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type) || !request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  try {
    return await new Response(new Blob(chunks as BlobPart[]), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    return null;
  }
}
