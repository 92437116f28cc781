// What an attacker sends instead of what a schema expects: a generated input made hostile
// (hostile-values.ts), or a body that is not JSON, is cut short, or comes with the wrong content
// type. And how an input travels: as JSON, or as form fields named by path ("title.en",
// "documents.0.url", "topicSlugs[]"), the way lib/http/form.ts reads them back. Test-only.
import fc from "fast-check";
import { hostileValue, nastyString } from "./hostile-values";
import { isPlainObject } from "./zod-arbitrary";

/** A request body as sent. */
export type FuzzBody =
  | { kind: "json"; value: unknown; contentType?: string | null }
  | { kind: "form"; fields: [string, string | Blob][]; encoding: "urlencoded" | "multipart"; contentType?: string | null }
  | { kind: "raw"; text: string; contentType: string | null };

/** Form fields for an input, by path: nested objects "a.b", lists "a.0.b" or, for plain values, "a[]". */
export function toFields(value: unknown, listStyle: "index" | "brackets" = "index", prefix = "", depth = 0): [string, string | Blob][] {
  // Deeper than any form goes: the rest is one field's text.
  if (depth > 20) return [[prefix || "value", JSON.stringify(value) ?? ""]];
  if (value === undefined || value === null || value === false) return [];
  if (value === true) return [[prefix || "value", "on"]];
  if (value instanceof Blob) return [[prefix || "value", value]];
  if (Array.isArray(value)) {
    if (listStyle === "brackets" && prefix && value.every((v) => !isPlainObject(v) && !Array.isArray(v)))
      return value.flatMap((v) =>
        toFields(v, listStyle, `${prefix}[]`, depth + 1).map(([, s]) => [`${prefix}[]`, s] as [string, string | Blob]),
      );
    return value.flatMap((v, i) => toFields(v, listStyle, prefix ? `${prefix}.${i}` : String(i), depth + 1));
  }
  if (isPlainObject(value))
    return Object.entries(value).flatMap(([k, v]) => toFields(v, listStyle, prefix ? `${prefix}.${k}` : k, depth + 1));
  return [[prefix || "value", String(value)]];
}

/** Field names only a hand-made request has: prototype paths, empty segments, repeated brackets. */
const hostileFieldName = fc.oneof(
  fc.constantFrom(
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "a.__proto__.b",
    "prototype",
    "__proto__[]",
    "..",
    ".",
    "a.",
    ".a",
    "0.1.2",
    "a[][]",
    "$ACTION_ID_x",
    "",
    "x".repeat(3000),
  ),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

const CONTENT_TYPES = [
  null,
  "application/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=nothing-like-it",
  "text/plain;charset=UTF-8",
  "application/json; charset=utf-16",
  "application/xml",
];

/** A JSON body: mostly the (hostile) value, sometimes not JSON at all or with a wrong content type. */
export function jsonBodies(valid: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { arbitrary: valid.map((value): FuzzBody => ({ kind: "json", value })), weight: 6 },
    { arbitrary: hostileValue(valid).map((value): FuzzBody => ({ kind: "json", value })), weight: 8 },
    {
      arbitrary: fc.tuple(valid, fc.nat(), fc.constantFrom(...CONTENT_TYPES)).map(([v, cut, contentType]): FuzzBody => {
        const text = JSON.stringify(v) ?? "";
        return { kind: "raw", text: text.slice(0, cut % Math.max(text.length, 1)), contentType };
      }),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...CONTENT_TYPES))
        .map(([value, contentType]): FuzzBody => ({ kind: "json", value, contentType })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(nastyString, fc.constantFrom(...CONTENT_TYPES))
        .map(([text, contentType]): FuzzBody => ({ kind: "raw", text, contentType })),
      weight: 1,
    },
  );
}

/** A form body: the (hostile) value as fields, plus hostile field names, other encodings and content types. */
export function formBodies(valid: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> {
  const asForm = (value: fc.Arbitrary<unknown>) =>
    fc
      .tuple(value, fc.constantFrom("index" as const, "brackets" as const), fc.constantFrom("urlencoded" as const, "multipart" as const))
      .map(([v, style, encoding]): FuzzBody => ({ kind: "form", fields: toFields(v, style), encoding }));
  const withHostileNames = fc
    .tuple(asForm(valid), fc.array(fc.tuple(hostileFieldName, fc.oneof(nastyString, fc.string())), { minLength: 1, maxLength: 3 }))
    .map(([body, extra]): FuzzBody => (body.kind === "form" ? { ...body, fields: [...body.fields, ...extra] } : body));
  const withFile = fc
    .tuple(asForm(valid), fc.string({ maxLength: 20 }), fc.uint8Array({ maxLength: 200 }))
    .map(([body, name, bytes]): FuzzBody =>
      body.kind === "form" ? { ...body, encoding: "multipart", fields: [...body.fields, [name || "file", new Blob([bytes])]] } : body,
    );
  return fc.oneof(
    { arbitrary: asForm(valid), weight: 6 },
    { arbitrary: asForm(hostileValue(valid)), weight: 8 },
    { arbitrary: withHostileNames, weight: 2 },
    { arbitrary: withFile, weight: 1 },
    {
      arbitrary: fc
        .tuple(asForm(valid), fc.constantFrom(...CONTENT_TYPES))
        .map(([body, contentType]): FuzzBody => ({ ...body, contentType })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(nastyString, fc.constantFrom(...CONTENT_TYPES))
        .map(([text, contentType]): FuzzBody => ({ kind: "raw", text, contentType })),
      weight: 1,
    },
  );
}

/** The body's bytes and content type, as a client would send them. */
export function encode(body: FuzzBody): { body: BodyInit | null; contentType: string | null } {
  if (body.kind === "raw") return { body: body.text, contentType: body.contentType };
  if (body.kind === "json")
    return { body: JSON.stringify(body.value) ?? "", contentType: body.contentType === undefined ? "application/json" : body.contentType };
  if (body.encoding === "urlencoded" && body.fields.every(([, v]) => typeof v === "string")) {
    const text = new URLSearchParams(body.fields as [string, string][]).toString();
    return { body: text, contentType: body.contentType === undefined ? "application/x-www-form-urlencoded" : body.contentType };
  }
  const form = new FormData();
  for (const [name, value] of body.fields) form.append(name, value);
  // Let Request choose the multipart boundary unless the case names a content type of its own.
  return { body: form, contentType: body.contentType ?? null };
}

/** The fields of a form body as FormData (what a server action receives). Raw bodies become one odd field. */
export function asFormData(body: FuzzBody): FormData {
  const form = new FormData();
  if (body.kind === "form") for (const [name, value] of body.fields) form.append(name, value);
  else if (body.kind === "json") for (const [name, value] of toFields(body.value)) form.append(name, value);
  else form.append(body.text.slice(0, 100) || "raw", body.text);
  return form;
}

/** Random query strings: the schema's own keys with generated or hostile values, and keys it does not know. */
export function queryStrings(valid: fc.Arbitrary<unknown> | null): fc.Arbitrary<string> {
  const pairs = fc.array(fc.tuple(fc.oneof(hostileFieldName, fc.string({ maxLength: 8 })), fc.oneof(nastyString, fc.string())), {
    maxLength: 4,
  });
  const fromSchema = valid
    ? fc
        .tuple(fc.oneof(valid, hostileValue(valid)), pairs)
        .map(([v, extra]) => [...toFields(v).filter((f): f is [string, string] => typeof f[1] === "string"), ...extra])
    : pairs;
  return fc.oneof(
    { arbitrary: fromSchema.map((p) => new URLSearchParams(p).toString()), weight: 8 },
    // Raw, not even well-formed percent-encoding.
    {
      arbitrary: fc.constantFrom(
        "%",
        "%zz",
        "a=%E0%A4%A",
        "a=1&a=2&a[]=3",
        "&&&==",
        "__proto__[x]=1",
        "q=%00",
        "limit=1e999",
        "cursor=%FF",
      ),
      weight: 1,
    },
    { arbitrary: fc.string({ unit: "binary", maxLength: 60 }).map((s) => encodeURI(s.replace(/[\ud800-\udfff]/g, "?"))), weight: 1 },
  );
}
