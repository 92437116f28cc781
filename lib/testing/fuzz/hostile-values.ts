// What an attacker puts in a value instead of what a schema expects: one field of the wrong type, a
// huge or hostile string, a prototype-reaching key, a field missing or added, deep nesting.
// Test-only; hostile.ts sends such values as bodies.
import fc from "fast-check";
import { anyJson, isPlainObject } from "./zod-arbitrary";

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

export const nastyString: fc.Arbitrary<string> = fc.oneof(
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
