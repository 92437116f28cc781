// Reading ECI files into ImportPlans: a snapshot series (JSON array), a register details
// resource, or a page of the register's search index. Pure.
import { ImportError, parseJsonText, parseWith } from "../errors";
import type { ImportPlan } from "../plan";
import { planEciRegister, planEciSearchPage, planEciSnapshots } from "./plan";
import { ZEciRegisterDetails, ZEciSearchPage, ZEciSnapshots } from "./schemas";

export type EciReadOptions = { fetchedAt?: Date; omitPersonalData?: boolean };

export function readEciJson(file: string, text: string, options: EciReadOptions = {}): ImportPlan[] {
  const json = parseJsonText(file, text);
  const fetchedAt = options.fetchedAt ?? new Date();
  if (Array.isArray(json)) return [planEciSnapshots(file, parseWith(file, ZEciSnapshots, json))];
  if (typeof json !== "object" || json === null) throw new ImportError(file, "(root)", "expected a JSON object or array");
  if ("entries" in json) return planEciSearchPage(file, parseWith(file, ZEciSearchPage, json), fetchedAt);
  return [planEciRegister(file, parseWith(file, ZEciRegisterDetails, json), { fetchedAt, omitPersonalData: options.omitPersonalData })];
}
