// What an attacker sends instead of what a schema expects: a generated input with one field of the
// wrong type, a huge or hostile string, a prototype-reaching key, a field missing or added, deep
// nesting; or a body that is not JSON, is cut short, or comes with the wrong content type. And how
// an input travels: as JSON, or as form fields named by path ("title.en", "documents.0.url",
// "topicSlugs[]"), the way lib/http/form.ts reads them back. Test-only.
import fc from "fast-check";
import { anyJson, isPlainObject } from "./zod-arbitrary";

/** A request body as sent. */
export type FuzzBody =
  | { kind: "json"; value: unknown; contentType?: string | null }
  | { kind: "form"; fields: [string, string | Blob][]; encoding: "urlencoded" | "multipart"; contentType?: string | null }
  | { kind: "raw"; text: string; contentType: string | null };

/** Strings that broke something somewhere once: NUL, lone surrogates, bidi overrides, markup, formulas... */
const NASTY = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202egnp.exe",
  "\ufeff",
  "\u200b",
  "Ａ＝ｃｍｄ",
  '=HYPERLINK("http://x")',
  "<script>alert(1)</script>",
  '\'; DROP TABLE "User"; --',
  "%00%2e%2e%2f",
  "../../etc/passwd",
  "\r\nSet-Cookie: x=y",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧‍👦",
  "ÅÄÖ åäö",
  "NaN",
  "Infinity",
  "-0",
  "1e400",
  "99999999999999999999999",
  "0x1F",
  " ",
  "true",
  "null",
  "undefined",
  "2026-02-30T25:61:00Z",
  "0000-00-00",
  "javascript:alert(1)",
  "http://127.0.0.1:5432/",
  "a".repeat(501),
];
const PROTO_KEYS = ["__proto__", "constructor", "prototype"];

const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
/** Huge strings, some beyond every body limit (the wrapper must answer 413, not read them whole). */
const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(501, 2_001, 5_000, 20_000, 70_000), fc.constantFrom("x", "é", "😀", "\u0000", "<"))
  .map(([n, c]) => c.repeat(n));
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [[]], [null], { "": "" }, ""),
  anyJson,
);

type Path = (string | number)[];

/** Every path to a value inside `value` (the root is []). */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (at.length > 20) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** A copy of `value` with the node at `path` replaced by `f(node)`; `undefined` removes it. */
function update(value: unknown, path: Path, f: (node: unknown) => unknown): unknown {
  if (!path.length) return f(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = update(copy[head as number], rest, f);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  if (isPlainObject(value)) {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    const next = update(copy[head as string], rest, f);
    if (next === undefined) delete copy[head as string];
    else copy[head as string] = next;
    return copy;
  }
  return value;
}

type Mutation = (value: unknown, pick: number) => unknown;

/** A copy of `node` with one more own key, "__proto__" included (as JSON.parse makes it). */
function withKey(node: Record<string, unknown>, key: string, extra: unknown): unknown {
  const entries = [...Object.entries(node), [key, extra ?? { polluted: true }] as const];
  return JSON.parse(`{${entries.map(([k, x]) => `${JSON.stringify(k)}:${JSON.stringify(x ?? null)}`).join(",")}}`) as unknown;
}
const pickPath = (value: unknown, pick: number, filter: (p: Path, v: unknown) => boolean = () => true): Path => {
  const all = paths(value).filter((p) =>
    filter(
      p,
      p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value),
    ),
  );
  return all[pick % Math.max(all.length, 1)] ?? [];
};
const isContainer = (_: Path, v: unknown) => isPlainObject(v) || Array.isArray(v);

/** One hostile change to a generated input. */
export function hostileValue(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutations: fc.Arbitrary<Mutation>[] = [
    wrongType.map(
      (w): Mutation =>
        (v, pick) =>
          update(v, pickPath(v, pick), () => w),
    ),
    nastyString.map(
      (s): Mutation =>
        (v, pick) =>
          update(v, pickPath(v, pick), () => s),
    ),
    hugeString.map(
      (s): Mutation =>
        (v, pick) =>
          update(v, pickPath(v, pick), () => s),
    ),
    // A field missing (undefined removes it).
    fc.constant<Mutation>((v, pick) =>
      update(
        v,
        pickPath(v, pick, (p) => p.length > 0),
        () => undefined,
      ),
    ),
    // A field the schema does not know, or one that reaches for a prototype.
    fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 })), anyJson).map(
      ([key, extra]): Mutation =>
        (v, pick) =>
          update(v, pickPath(v, pick, isContainer), (node) =>
            isPlainObject(node) ? withKey(node, key, extra) : Array.isArray(node) ? [...node, extra] : withKey({}, key, extra),
          ),
    ),
    // Deep nesting.
    fc.integer({ min: 50, max: 3000 }).map(
      (depth): Mutation =>
        (v, pick) =>
          update(v, pickPath(v, pick), () => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`)),
    ),
  ];
  return fc
    .tuple(value, fc.array(fc.tuple(fc.oneof(...mutations), fc.nat()), { minLength: 1, maxLength: 3 }))
    .map(([v, ms]) => ms.reduce((acc, [m, pick]) => m(acc, pick), v));
}

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
