// The fields of an initiative that admins edit, as plain JSON: what the edit form starts from, what
// an edit's audit row records, and what a 409 shows as "saved meanwhile". Pure and isomorphic.
import type { TLocalized } from "@/lib/i18n/locales";

export type TEditableInitiative = {
  version: number;
  title: TLocalized;
  summary: TLocalized;
  primaryLanguage: string;
  externalUrl: string | null;
  organisers: { name: string; role?: string }[];
  registeredAt: string | null;
  openedAt: string | null;
  collectionEndsAt: string | null;
  topicSlugs: string[];
};

export const EDITABLE_FIELDS = [
  "title",
  "summary",
  "primaryLanguage",
  "externalUrl",
  "organisers",
  "registeredAt",
  "openedAt",
  "collectionEndsAt",
  "topicSlugs",
] as const;
export type TEditableField = (typeof EDITABLE_FIELDS)[number];

export function toEditable(row: {
  version: number;
  title: unknown;
  summary: unknown;
  primaryLanguage: string;
  externalUrl: string | null;
  organisers: unknown;
  registeredAt: Date | null;
  openedAt: Date | null;
  collectionEndsAt: Date | null;
  topics: { slug: string }[];
}): TEditableInitiative {
  return {
    version: row.version,
    title: row.title as TLocalized,
    summary: row.summary as TLocalized,
    primaryLanguage: row.primaryLanguage,
    externalUrl: row.externalUrl,
    organisers: (Array.isArray(row.organisers) ? row.organisers : []) as TEditableInitiative["organisers"],
    registeredAt: row.registeredAt?.toISOString() ?? null,
    openedAt: row.openedAt?.toISOString() ?? null,
    collectionEndsAt: row.collectionEndsAt?.toISOString() ?? null,
    topicSlugs: row.topics.map((t) => t.slug).sort(),
  };
}

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>)
            .filter(([, y]) => y !== undefined && y !== null)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );

/** The editable fields whose values differ. */
export function changedFields(a: TEditableInitiative, b: TEditableInitiative): TEditableField[] {
  return EDITABLE_FIELDS.filter((f) => canonical(a[f]) !== canonical(b[f]));
}
