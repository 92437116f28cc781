import "server-only";
// What every per-initiative admin form posts besides its own fields: which initiative (hidden
// field "initiative") and the page's language (hidden field "locale", for the redirect after
// saving). Datetime fields are read in the initiative's time zone.
import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/parse";
import { zoneFields } from "@/lib/http/zoned";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { timeZoneOf } from "@/lib/initiatives/admin-queries";
import { ZSlug } from "@/lib/initiatives/schemas";

const ZFormContext = z.object({ initiative: ZSlug });

export async function initiativeInput(input: Record<string, unknown>, dateFields: string[] = []) {
  const { initiative: slug } = parseInput(ZFormContext, input);
  const timeZone = await timeZoneOf(slug);
  if (!timeZone) throw new AppError("NOT_FOUND", { userMessage: "There is no such initiative." });
  return { slug, input: zoneFields(input, dateFields, timeZone) };
}

export function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return LOCALES.find((l) => l === value) ?? "en";
}
