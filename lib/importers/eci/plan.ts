// ECI data -> ImportPlans. Pure.
import { countryCode } from "../countries";
import { ImportError } from "../errors";
import type { ImportPlan } from "../plan";
import type { TEciRegisterDetails, TEciSnapshot } from "./schemas";

export const ECI_SOURCE = "eci";
export const ECI_REGISTER = "https://register.eci.ec.europa.eu/core/api/register/details";

export function eciPageUrl(year: string, number: string): string {
  return `https://citizens-initiative.europa.eu/initiatives/details/${year}/${number}_en`;
}

function register(
  year: string,
  number: string,
  at: Date | undefined,
  title?: string,
  summary?: string,
): NonNullable<ImportPlan["register"]> {
  const name = `European Citizens' Initiative ${year}/${number}`;
  return {
    schemeCode: "eci",
    slug: `eci-${year}-${number}`,
    title: { en: title ?? name },
    summary: {
      en:
        summary ??
        `${name}, as recorded in the European Commission's register. The register data used here does not include the initiative's title.`,
    },
    primaryLanguage: "en",
    externalUrl: eciPageUrl(year, number),
    organisers: [],
    // Known to be registered no later than this (the register gives the real date when available).
    registeredAt: at,
  };
}

/** Snapshots of the total and per-country counts (the file name carries the registration number). */
export function planEciSnapshots(file: string, snapshots: TEciSnapshot[]): ImportPlan {
  const id = file.match(/(\d{4})-(\d{6})/);
  if (!id) throw new ImportError(file, "(file name)", "name the file after the registration number, e.g. eci58-2025-000006-snapshots.json");
  const [, year, number] = id as unknown as [string, string, string];
  const url = `${ECI_REGISTER}/${year}/${number}`;
  const warnings: string[] = [];
  const observations: ImportPlan["observations"] = [];
  snapshots.forEach((s, i) => {
    observations.push({ value: s.total_signatures, kind: "TOTAL", region: "", observedAt: s.timestamp, sourceUrl: url });
    for (const [j, c] of s.countries.entries()) {
      const code = countryCode(c.country);
      if (!code) throw new ImportError(file, `${i}.countries.${j}.country`, `unknown member state "${c.country}"`);
      observations.push({ value: c.signatures, kind: "TOTAL", region: code, observedAt: s.timestamp, sourceUrl: url });
    }
  });
  const first = [...snapshots].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())[0];
  return {
    source: ECI_SOURCE,
    file,
    externalId: `${year}/${number}`,
    resourceUrl: url,
    register: register(year, number, first?.timestamp),
    observations,
    thresholdsReached: [],
    stages: first ? [{ stage: "collecting", occurredAt: first.timestamp }] : [],
    responses: [],
    warnings,
  };
}

const ECI_STATUS_TO_STAGE: Record<string, string> = {
  REGISTERED: "registered",
  ONGOING: "collecting",
  COLLECTION_ONGOING: "collecting",
  COLLECTION_CLOSED: "collection-closed",
  VERIFICATION: "verification",
  VERIFIED: "verified",
  SUBMITTED: "submitted",
  ANSWERED: "answered",
  CLOSED: "collection-closed",
  INSUFFICIENT_SUPPORT: "failed",
  WITHDRAWN: "withdrawn",
};

function date(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const dmy = value.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  return dmy ? new Date(`${dmy[3]}-${dmy[2]}-${dmy[1]}T12:00:00Z`) : new Date(value);
}

/** The register API's details resource: title, dates, progress, per-country statements, answer. */
export function planEciRegister(file: string, d: TEciRegisterDetails, fetchedAt: Date): ImportPlan {
  const url = `${ECI_REGISTER}/${d.year}/${d.number}`;
  const en = d.linguisticVersions.find((v) => v.languageCode.toLowerCase() === "en") ?? d.linguisticVersions.find((v) => v.original);
  const observedAt = date(d.sosReport?.updateDate ?? d.latestUpdateDate) ?? fetchedAt;
  const observations: ImportPlan["observations"] = [];
  const warnings: string[] = [];
  const report = d.submission?.entry.length ? d.submission : d.sosReport;
  const kind = d.submission?.entry.length ? ("VERIFIED" as const) : ("TOTAL" as const);
  if (report?.totalSignatures !== undefined)
    observations.push({ value: report.totalSignatures, kind, region: "", observedAt, sourceUrl: url });
  for (const e of report?.entry ?? []) {
    const code = countryCode(e.countryCodeType.toUpperCase());
    if (!code) warnings.push(`unknown country code "${e.countryCodeType}" skipped`);
    else observations.push({ value: e.total, kind, region: code, observedAt, sourceUrl: url });
  }
  const stages = d.progress
    .map((p) => ({ stage: ECI_STATUS_TO_STAGE[p.status.toUpperCase()], occurredAt: date(p.date) }))
    .filter((p): p is { stage: string; occurredAt: Date } => Boolean(p.stage && p.occurredAt))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return {
    source: ECI_SOURCE,
    file,
    externalId: `${d.year}/${d.number}`,
    resourceUrl: url,
    register: {
      ...register(
        d.year,
        d.number,
        date(d.registrationDate),
        en?.title,
        en?.objectives
          ?.replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim() || undefined,
      ),
      openedAt: date(d.startCollectionDate),
    },
    observations,
    thresholdsReached: [],
    stages,
    responses: d.answer?.date
      ? [
          {
            kind: "COMMUNICATION",
            respondingBody: { en: "European Commission" },
            respondedAt: date(d.answer.date),
            summary: { en: "The Commission adopted its communication in reply to the initiative." },
            links: d.answer.url ? [{ title: "Commission communication", url: d.answer.url }] : [],
            sourceUrl: url,
          },
        ]
      : [],
    warnings,
  };
}
