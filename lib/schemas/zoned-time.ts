// Date and time fields in forms (<input type="datetime-local">) carry no time zone. The admin
// console reads and writes them in the initiative's own time zone (its rules' timeZone), so an
// editor in Helsinki types the time shown on the official site. Pure.
import { TZDate } from "@date-fns/tz";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-01-06T12:00" in `timeZone` -> ISO 8601 in UTC; anything else is returned unchanged. */
export function fromLocalInput(value: unknown, timeZone: string): unknown {
  if (typeof value !== "string") return value;
  const m = value.trim().match(LOCAL);
  if (!m) return value;
  const [y, mo, d, h, mi, s] = m.slice(1).map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, s, timeZone).getTime()).toISOString();
}

/** The value for a datetime-local input showing `value` in `timeZone` (minutes precision). */
export function toLocalInput(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return "";
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(value))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * A copy of a (form or JSON) input with the named dotted fields read in `timeZone` when they are
 * local times; anything else is left for the schema to judge. Commands call this with their
 * initiative's time zone before parsing, so no adapter has to look the zone up.
 */
export function zoneFields(input: unknown, fields: readonly string[], timeZone: string): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const out: Record<string, unknown> = { ...input };
  for (const field of fields) {
    const [head, ...rest] = field.split(".") as [string, ...string[]];
    if (!(head in out)) continue;
    out[head] = rest.length ? zoneFields(out[head], [rest.join(".")], timeZone) : fromLocalInput(out[head], timeZone);
  }
  return out;
}
