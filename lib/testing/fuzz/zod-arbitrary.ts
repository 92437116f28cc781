// fast-check arbitraries derived from zod 4 schemas, by reading the schema's own definition
// (`_zod.def`, and `_zod.bag` for lengths, bounds, formats and patterns). What is generated is the
// schema's INPUT side (what a client sends: ISO strings for dates, the target of a preprocess), so
// most values pass the schema and reach the command, while the rest probe its edges. zod-fast-check
// only supports zod 3; this covers the kinds of schema the project uses and falls back to any JSON
// value for the rest. Test-only.
import fc from "fast-check";
import type { z } from "zod";

type Def = { type: string } & Record<string, unknown>;
type Bag = {
  minimum?: number | bigint;
  maximum?: number | bigint;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  format?: string;
  patterns?: Set<RegExp>;
};
type AnySchema = z.ZodType | { _zod: { def: Def; bag: Bag } };

type CheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
};

/** The limits a schema's checks set (zod fills `_zod.bag` lazily, so they are read from the checks themselves). */
function limitsOf(def: Def, bag: Bag): Bag {
  const out: Bag = { ...bag, patterns: new Set(bag.patterns ?? []) };
  for (const c of (def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []) {
    const d = c._zod.def;
    if (d.check === "min_length" || d.check === "min_size") out.minimum = Math.max(num(out.minimum) ?? 0, d.minimum ?? 0);
    else if (d.check === "max_length" || d.check === "max_size")
      out.maximum = Math.min(num(out.maximum) ?? Infinity, d.maximum ?? Infinity);
    else if (d.check === "length_equals") out.minimum = out.maximum = d.length;
    else if (d.check === "string_format") {
      if (d.format && FORMATS[d.format]) out.format = d.format;
      else if (d.pattern) out.patterns?.add(d.pattern);
    } else if (d.check === "number_format") out.format = d.format;
    else if (d.check === "greater_than" && d.value !== undefined) {
      if (d.inclusive) out.minimum = d.value;
      else out.exclusiveMinimum = d.value;
    } else if (d.check === "less_than" && d.value !== undefined) {
      if (d.inclusive) out.maximum = d.value;
      else out.exclusiveMaximum = d.value;
    }
  }
  return out;
}

const internals = (schema: AnySchema) => {
  const z = (schema as unknown as { _zod: { def: Def; bag: Bag } })._zod;
  return { def: z.def, bag: limitsOf(z.def, z.bag ?? {}) };
};
const num = (v: number | bigint | undefined) => (v === undefined ? undefined : Number(v));

/** JSON-ish values of any shape, for `unknown`, custom schemas and anything not understood. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  email: () => fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/).map((local) => `${local}@example.org`),
  url: () =>
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom("https", "http"),
          fc.constantFrom("example.org", "www.gov.uk", "eci.ec.europa.eu"),
          fc.stringMatching(/^[a-z0-9/-]{0,20}$/),
        )
        .map(([scheme, host, p]) => `${scheme}://${host}/${p}`),
      fc.webUrl({ withQueryParameters: true }),
    ),
  uuid: () => fc.uuid(),
  guid: () => fc.uuid(),
  cuid: () => fc.stringMatching(/^c[a-z0-9]{24}$/),
  cuid2: () => fc.stringMatching(/^[a-z][a-z0-9]{23}$/),
  // Mostly the recent past (what is recorded), sometimes the future or long ago.
  datetime: () =>
    fc
      .oneof(
        { arbitrary: fc.date({ min: new Date("2024-01-01"), max: new Date(Date.now() - 86_400_000), noInvalidDate: true }), weight: 4 },
        { arbitrary: fc.date({ min: new Date("1990-01-01"), max: new Date("2035-01-01"), noInvalidDate: true }), weight: 1 },
      )
      .map((d) => d.toISOString()),
  date: () =>
    fc.date({ min: new Date("1990-01-01"), max: new Date("2035-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  time: () => fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
};
const pad = (n: number) => String(n).padStart(2, "0");

function stringArb(bag: Bag): fc.Arbitrary<string> {
  const minLength = num(bag.minimum) ?? 0;
  const maxLength = Math.max(minLength, Math.min(num(bag.maximum) ?? 60, 200));
  const options: fc.Arbitrary<string>[] = [];
  const format = bag.format ? FORMATS[bag.format] : undefined;
  if (format) options.push(format());
  for (const pattern of bag.patterns ?? []) options.push(fc.stringMatching(pattern));
  // zod counts UTF-16 code units; a grapheme may take several, so lengths are fitted afterwards.
  const fit = (v: string) => v.slice(0, maxLength).padEnd(minLength, "x");
  if (!options.length) options.push(fc.string({ minLength, maxLength }), fc.string({ minLength, maxLength, unit: "grapheme" }).map(fit));
  // A format or pattern is what the schema is about: mostly follow it, sometimes not.
  return format || bag.patterns?.size
    ? fc.oneof({ arbitrary: fc.oneof(...options), weight: 4 }, { arbitrary: fc.string({ maxLength }), weight: 1 })
    : fc.oneof(...options);
}

function numberArb(bag: Bag): fc.Arbitrary<number> {
  const integer = bag.format === "safeint" || bag.format === "int32" || bag.format === "uint32";
  const min = num(bag.minimum) ?? (bag.exclusiveMinimum !== undefined ? bag.exclusiveMinimum + (integer ? 1 : 1e-6) : undefined);
  const max = num(bag.maximum) ?? (bag.exclusiveMaximum !== undefined ? bag.exclusiveMaximum - (integer ? 1 : 1e-6) : undefined);
  // Counts, versions and limits are whole and mostly small: say so often (refinements are not visible here).
  const low = Math.ceil(Math.max(min ?? 0, Number.MIN_SAFE_INTEGER));
  const high = Math.floor(Math.min(max ?? 100_000, Number.MAX_SAFE_INTEGER));
  const double = fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
  if (low > high) return double;
  const whole = fc.integer({ min: low, max: high });
  return integer ? whole : fc.oneof(whole, double);
}

/** Values that exist (ids, slugs, codes of the database), by field name: without them few inputs get past a lookup. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

/**
 * An arbitrary of inputs for `schema`. Object keys that are optional are sometimes left out; a key
 * with a hint mostly takes a hinted value; `depth` stops recursive (lazy) schemas.
 */
export function arbitraryFor(schema: AnySchema, hints: Hints = {}, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  const { def, bag } = internals(schema);
  const next = (s: unknown) => arbitraryFor(s as AnySchema, hints, depth + 1);
  switch (def.type) {
    case "string":
      return stringArb(bag);
    case "number":
    case "int":
      return numberArb(bag);
    case "bigint":
      return fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n }).map(String);
    case "boolean":
      return fc.boolean();
    case "date":
      return FORMATS.datetime!();
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
    case "never":
      return fc.constant(undefined);
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case "array": {
      const minLength = num(bag.minimum) ?? 0;
      const maxLength = Math.max(minLength, Math.min(num(bag.maximum) ?? 5, 8));
      return fc.array(next(def.element), { minLength, maxLength });
    }
    case "set":
      return fc.array(next(def.valueType), { maxLength: 5 });
    case "tuple":
      return fc.tuple(...(def.items as unknown[]).map(next));
    case "object": {
      const shape = def.shape as Record<string, AnySchema>;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      const optional: string[] = [];
      for (const [key, value] of Object.entries(shape)) {
        const hint = Object.hasOwn(hints, key) ? hints[key] : undefined;
        record[key] = hint ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: next(value), weight: 1 }) : next(value);
        if (isOptional(value)) optional.push(key);
      }
      const required = Object.keys(shape).filter((k) => !optional.includes(k));
      return fc.record(record, { requiredKeys: required });
    }
    case "record":
      return fc.dictionary(stringKeys(def.keyType as AnySchema), next(def.valueType), { maxKeys: 5 });
    case "map":
      return fc.array(fc.tuple(next(def.keyType), next(def.valueType)), { maxLength: 4 });
    case "union":
      return fc.oneof(...(def.options as unknown[]).map(next));
    case "intersection":
      return fc.tuple(next(def.left), next(def.right)).map(([a, b]) => (isPlainObject(a) && isPlainObject(b) ? { ...a, ...b } : b));
    case "optional":
      return fc.option(next(def.innerType), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(next(def.innerType), { nil: null, freq: 6 });
    case "default":
    case "prefault":
      return fc.option(next(def.innerType), { nil: undefined, freq: 3 });
    case "catch":
    case "readonly":
    case "nonoptional":
    case "success":
      return next(def.innerType);
    case "pipe": {
      // A preprocess (or transform) first: what it accepts is best described by its target.
      const input = internals(def.in as AnySchema).def.type;
      return input === "transform" ? next(def.out) : next(def.in);
    }
    case "lazy":
      return next((def.getter as () => unknown)());
    case "nan":
      return fc.constant("NaN");
    default:
      // transform, custom, any, unknown, file, template_literal...: anything a client might send.
      return anyJson;
  }
}

function stringKeys(schema: AnySchema): fc.Arbitrary<string> {
  const { def } = internals(schema);
  if (def.type === "enum") return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
  if (def.type === "literal") return fc.constantFrom(...(def.values as string[]));
  return fc.string({ minLength: 1, maxLength: 12 });
}

function isOptional(schema: AnySchema): boolean {
  const t = internals(schema).def.type;
  return t === "optional" || t === "default" || t === "prefault";
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
