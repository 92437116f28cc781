// Reading ECI files into ImportPlans. Pure.
import { parseJsonText, parseWith } from "../errors";
import type { ImportPlan } from "../plan";
import { planEciRegister, planEciSnapshots } from "./plan";
import { ZEciRegisterDetails, ZEciSnapshots } from "./schemas";

export function readEciJson(file: string, text: string, fetchedAt = new Date()): ImportPlan[] {
  const json = parseJsonText(file, text);
  if (Array.isArray(json)) return [planEciSnapshots(file, parseWith(file, ZEciSnapshots, json))];
  return [planEciRegister(file, parseWith(file, ZEciRegisterDetails, json), fetchedAt)];
}
