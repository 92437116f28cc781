// Reading a body (a request's or a fetched response's) up to a size limit: a declared length over
// the limit is refused before a byte is read, and a body without one is counted while it streams
// and abandoned as soon as it passes the limit, so nothing is ever read whole before its size is
// known. Returns null when the body is too large.
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(declaredLength ?? "");
  if (declaredLength !== null && Number.isFinite(declared) && declared > limit) return null;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
