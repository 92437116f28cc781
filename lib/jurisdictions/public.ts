import "server-only";
// Cached reads of jurisdictions and schemes (their rule pages change rarely; counts of initiatives
// change with any initiative).
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { findJurisdiction, findScheme, listJurisdictions } from "./queries";
import { findTermArchive } from "./terms";

export const cachedJurisdictions = () => cachedRead(["jurisdictions"], [TAGS.jurisdictions, TAGS.initiatives], () => listJurisdictions());
export const cachedJurisdiction = (code: string) =>
  cachedRead(["jurisdiction", code], [TAGS.jurisdictions, TAGS.jurisdiction(code)], () => findJurisdiction(code));
export const cachedScheme = (code: string) => cachedRead(["scheme", code], [TAGS.scheme(code), TAGS.jurisdictions], () => findScheme(code));
export const cachedTermArchive = (code: string, key: string) =>
  cachedRead(["term", code, key], [TAGS.jurisdiction(code), TAGS.initiatives], () => findTermArchive(code, key));
