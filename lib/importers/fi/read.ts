// Reading kansalaisaloite.fi files into ImportPlans: one initiative, a list page, or a
// supports-by-date series (named after its initiative, e.g. 1234_supports-by-date.json). Pure.
import path from "node:path";
import { ImportError, parseJsonText, parseWith } from "../errors";
import type { ImportPlan } from "../plan";
import { planFiInitiative, planFiSupportsByDate } from "./plan";
import { ZFiInitiative, ZFiInitiatives, ZFiSupportsByDate } from "./schemas";

export type FiReadOptions = { fetchedAt: Date; omitPersonalData?: boolean; initiativeNumber?: string };

const isSupportsRow = (v: unknown) => typeof v === "object" && v !== null && "d" in v && "n" in v;

export function readFiJson(file: string, text: string, options: FiReadOptions): ImportPlan[] {
  const json = parseJsonText(file, text);
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(isSupportsRow)) {
      const n = options.initiativeNumber ?? path.basename(file).match(/^(\d+)[_.-]/)?.[1] ?? file.match(/supports-by-date\/(\d+)/)?.[1];
      if (!n)
        throw new ImportError(
          file,
          "(file name)",
          "a supports-by-date file must be named after its initiative, e.g. 1234_supports-by-date.json",
        );
      return [planFiSupportsByDate(file, n, parseWith(file, ZFiSupportsByDate, json), options.fetchedAt)];
    }
    const page = parseWith(file, ZFiInitiatives, json);
    return page.map((i) => planFiInitiative(file, i, options));
  }
  return [planFiInitiative(file, parseWith(file, ZFiInitiative, json), options)];
}
