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

/** Converts the named (dotted) fields of a form's input object in place. */
export function zoneFields(input: Record<string, unknown>, fields: string[], timeZone: string): Record<string, unknown> {
  for (const field of fields) {
    const parts = field.split(".");
    let node: Record<string, unknown> | undefined = input;
    for (const p of parts.slice(0, -1)) node = node?.[p] as Record<string, unknown> | undefined;
    const last = parts[parts.length - 1] as string;
    if (node && last in node) node[last] = fromLocalInput(node[last], timeZone);
  }
  return input;
}
