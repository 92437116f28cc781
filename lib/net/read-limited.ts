// Reading a body without trusting its size: stop (and cancel the stream) as soon as it passes the
// limit, so a 20 MB upload or download costs at most the limit in memory. The declared
// Content-Length is checked first, and never trusted alone (chunked bodies have none).

/** The body as UTF-8 text, or the error from `tooLarge()` once more than `maxBytes` arrived. */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  tooLarge: () => Error,
  declaredLength?: string | null,
): Promise<string> {
  if (Number(declaredLength ?? 0) > maxBytes) throw tooLarge();
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
