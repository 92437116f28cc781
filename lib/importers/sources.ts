// The official sources Threshold imports from, by the name the CLI uses and by the name stored
// with each initiative (Initiative.externalSource, ImportState.source).
import { eciSource } from "./eci/source";
import { fiSource } from "./fi/source";
import type { TSource } from "./plan";
import type { SourceAdapter } from "./source-types";
import { ukSource } from "./uk-petitions/source";

export const CLI_SOURCES = { uk: ukSource, eci: eciSource, fi: fiSource } as const;
export type TCliSource = keyof typeof CLI_SOURCES;

export function isCliSource(value: string): value is TCliSource {
  return Object.hasOwn(CLI_SOURCES, value);
}

const BY_SOURCE: Record<TSource, SourceAdapter> = { "uk-petitions": ukSource, eci: eciSource, "fi-kansalaisaloite": fiSource };

export function adapterFor(source: string): SourceAdapter | null {
  return Object.hasOwn(BY_SOURCE, source) ? BY_SOURCE[source as TSource] : null;
}
