// ECI data -> ImportPlans. Pure. Country names and codes become ISO codes (EL and GR are Greece);
// the register's progress steps become stages of the ECI ladder; statements of support
// (sosReport) are TOTAL counts, verified statements (submission) VERIFIED counts.
import { TZDate } from "@date-fns/tz";
import { countryCode } from "../countries";
import { ImportError } from "../errors";
import type { ImportPlan, PlannedStage } from "../plan";
import type { TEciRegisterDetails, TEciSearchPage, TEciSnapshot } from "./schemas";

export const ECI_SOURCE = "eci";
export const ECI_API = "https://register.eci.ec.europa.eu/core/api/register";
const BRUSSELS = "Europe/Brussels";

export const eciDetailsUrl = (year: string, number: string) => `${ECI_API}/details/${year}/${number}`;
export const eciPageUrl = (year: string, number: string) =>
  `https://citizens-initiative.europa.eu/initiatives/details/${year}/${number}_en`;

/** A register date: "DD/MM/YYYY HH:MM" in Brussels; a bare date is taken at midday there. */
export function registerDate(value: string | null | undefined, endOfDay = false): Date | undefined {
  if (!value) return undefined;
  const m = value.match(/^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/);
  if (!m) return new Date(value);
  const [, d, mo, y, h, mi] = m;
  const [hour, minute] = h ? [Number(h), Number(mi)] : endOfDay ? [23, 59] : [12, 0];
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), hour, minute, BRUSSELS).getTime());
}

const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/** The registration number from the data, or else from the file name or URL ("2025/000006", "2025-000006"). */
function registration(d: Pick<TEciRegisterDetails, "comRegNum" | "year" | "number">, hint: string) {
  const fromComRegNum = d.comRegNum?.match(/^ECI\((\d{4})\)(\d{6})$/);
  if (fromComRegNum) return { year: fromComRegNum[1] as string, number: fromComRegNum[2] as string };
  if (d.year && d.number) return { year: d.year, number: d.number };
  const fromHint = hint.match(/(\d{4})[/_-](\d{6})/);
  if (fromHint) return { year: fromHint[1] as string, number: fromHint[2] as string };
  throw new ImportError(hint, "comRegNum", "no registration number (ECI(YYYY)NNNNNN) in the data, the file name or the URL");
}

type Register = NonNullable<ImportPlan["register"]>;

function register(year: string, number: string, extra: Partial<Register> = {}): Register {
  const name = `European Citizens' Initiative ${year}/${number}`;
  return {
    schemeCode: "eci",
    slug: `eci-${year}-${number}`,
    title: { en: name },
    summary: {
      en: `${name}, as recorded in the European Commission's register. The register data used here does not include the initiative's title.`,
    },
    primaryLanguage: "en",
    externalUrl: eciPageUrl(year, number),
    organisers: [],
    ...extra,
  };
}

const base = (file: string, year: string, number: string) => ({
  source: ECI_SOURCE as typeof ECI_SOURCE,
  file,
  externalId: `${year}/${number}`,
  thresholdsReached: [],
  responses: [],
});

/** Snapshots of the total and per-country counts (the file name carries the registration number). */
export function planEciSnapshots(file: string, snapshots: TEciSnapshot[]): ImportPlan {
  const { year, number } = registration({}, file);
  const url = eciDetailsUrl(year, number);
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
    ...base(file, year, number),
    // The snapshots were read from this resource: the worker keeps following it.
    resourceUrl: url,
    countMode: "series",
    // Known to be registered and collecting no later than the first snapshot.
    register: register(year, number, { registeredAt: first?.timestamp }),
    observations,
    stages: first ? [{ stage: "collecting", occurredAt: first.timestamp }] : [],
    warnings: [],
  };
}

const STATUS_TO_STAGE: Record<string, string> = {
  COLLECTION_START_DATE: "collecting",
  ONGOING: "collecting",
  COLLECTION_ONGOING: "collecting",
  CLOSED: "collection-closed",
  COLLECTION_CLOSED: "collection-closed",
  VERIFICATION: "verification",
  VERIFIED: "verified",
  SUBMITTED: "submitted",
  ANSWERED: "answered",
  INSUFFICIENT_SUPPORT: "failed",
  INSUFFICIENT_SUPPORT_AFTER_VERIFICATION: "failed",
  WITHDRAWN: "withdrawn",
};

function stagesFrom(d: TEciRegisterDetails, pageUrl: string, warnings: string[]): PlannedStage[] {
  const stages: PlannedStage[] = [];
  for (const p of d.progress) {
    const status = (p.name ?? p.status ?? "").toUpperCase();
    const at = registerDate(p.date);
    if (!at || status === "REGISTERED") continue; // the initial stage, recorded at registration
    if (status === "REJECTED") {
      warnings.push("the Commission refused to register this initiative: it has no stages in Threshold");
      continue;
    }
    const stage = STATUS_TO_STAGE[status];
    if (!stage) warnings.push(`unknown register step "${status}" skipped`);
    else if (!stages.some((s) => s.stage === stage)) stages.push({ stage, occurredAt: at, sourceUrl: pageUrl });
  }
  stages.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  // The register has no "verified" step: submission to the Commission implies verification ended.
  const submitted = stages.find((s) => s.stage === "submitted");
  if (submitted && !stages.some((s) => s.stage === "verified")) {
    stages.splice(stages.indexOf(submitted), 0, { stage: "verified", occurredAt: submitted.occurredAt, sourceUrl: pageUrl });
  }
  return stages;
}

const ANSWER_LINK_TITLES: Record<string, string> = {
  COMMUNICATION: "Commission communication",
  ANNEX: "Annex to the communication",
  PRESS_RELEASE: "Press release",
  FOLLOW_UP: "Follow-up",
};

const ROLES: Record<string, string> = {
  REPRESENTATIVE: "Representative",
  SUBSTITUTE: "Substitute",
  MEMBER: "Member of the citizens' committee",
};

export type EciPlanOptions = { fetchedAt: Date; omitPersonalData?: boolean };

/** The register's details resource: title, dates, progress, per-country statements, answer. */
export function planEciRegister(file: string, d: TEciRegisterDetails, options: EciPlanOptions): ImportPlan {
  const { year, number } = registration(d, file);
  const url = eciDetailsUrl(year, number);
  const pageUrl = eciPageUrl(year, number);
  const warnings: string[] = [];
  const en = d.linguisticVersions.find((v) => v.languageCode.toLowerCase() === "en") ?? d.linguisticVersions.find((v) => v.original);
  const verified = Boolean(d.submission?.entry.length);
  const report = verified ? d.submission : d.sosReport;
  const kind = verified ? ("VERIFIED" as const) : ("TOTAL" as const);
  const reportedAt = registerDate(report?.onlineSosUpdateDate) ?? registerDate(report?.updateDate) ?? registerDate(d.latestUpdateDate);
  const observedAt = reportedAt ? earlier(reportedAt, options.fetchedAt) : options.fetchedAt;

  const observations: ImportPlan["observations"] = [];
  const provenance = { observedAt, sourceUrl: url, sourceUpdatedAt: registerDate(d.latestUpdateDate) };
  if (report?.totalSignatures !== undefined) observations.push({ value: report.totalSignatures, kind, region: "", ...provenance });
  const byCountry = new Map<string, number>();
  for (const [i, e] of (report?.entry ?? []).entries()) {
    const code = countryCode(e.countryCodeType.toUpperCase());
    if (!code)
      throw new ImportError(
        file,
        `${verified ? "submission" : "sosReport"}.entry.${i}.countryCodeType`,
        `unknown member state "${e.countryCodeType}"`,
      );
    if (e.afterSubmission) {
      warnings.push(`${code}: ${e.total} statements certified after submission are not part of the verified total; not imported`);
      continue;
    }
    byCountry.set(code, (byCountry.get(code) ?? 0) + e.total);
  }
  for (const [code, value] of byCountry) observations.push({ value, kind, region: code, ...provenance });

  const answeredAt = registerDate(d.answer?.decisionDate ?? d.answer?.date);
  const links = (d.answer?.links ?? [])
    .filter((l) => l.defaultLink && /^https?:\/\//.test(l.defaultLink))
    .map((l) => ({ title: ANSWER_LINK_TITLES[l.defaultName ?? ""] ?? l.defaultName ?? "Document", url: l.defaultLink as string }));
  if (d.answer?.url) links.unshift({ title: ANSWER_LINK_TITLES.COMMUNICATION as string, url: d.answer.url });

  const organisers = options.omitPersonalData
    ? []
    : d.members
        .filter((m) => !m.privacyApplied && m.fullName?.trim() && m.type && ROLES[m.type])
        .map((m) => ({ name: (m.fullName as string).trim(), role: ROLES[m.type as string] }))
        .slice(0, 50);
  const objectives = en?.objectives
    ?.replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();

  return {
    ...base(file, year, number),
    resourceUrl: url,
    countMode: "snapshot",
    sourceUpdatedAt: registerDate(d.latestUpdateDate),
    fetchedAt: options.fetchedAt,
    register: register(year, number, {
      ...(en?.title.trim() ? { title: { en: en.title.trim() } } : {}),
      ...(objectives ? { summary: { en: objectives } } : {}),
      organisers,
      registeredAt: registerDate(d.registrationDate),
      openedAt: registerDate(d.startCollectionDate),
      collectionEndsAt: registerDate(d.deadline, true),
    }),
    observations,
    stages: stagesFrom(d, pageUrl, warnings),
    responses: answeredAt
      ? [
          {
            kind: "COMMUNICATION",
            respondingBody: { en: "European Commission" },
            respondedAt: answeredAt,
            summary: { en: "The Commission adopted its communication in reply to the initiative." },
            links: links.slice(0, 20),
            sourceUrl: pageUrl,
          },
        ]
      : [],
    warnings,
  };
}

/** Search index entries (title, status, total) for initiatives whose details are not at hand. */
export function planEciSearchPage(file: string, page: TEciSearchPage, fetchedAt: Date): ImportPlan[] {
  return page.entries
    .filter((e) => (e.status ?? "").toUpperCase() !== "REJECTED")
    .map((e) => {
      const updatedAt = registerDate(e.latestUpdateDate);
      const observedAt = updatedAt ? earlier(updatedAt, fetchedAt) : fetchedAt;
      const url = eciDetailsUrl(e.year, e.number);
      return {
        ...base(file, e.year, e.number),
        resourceUrl: url,
        countMode: "snapshot" as const,
        sourceUpdatedAt: updatedAt,
        fetchedAt,
        register: register(e.year, e.number, e.title?.trim() ? { title: { en: e.title.trim() } } : {}),
        observations:
          e.totalSupporters !== undefined
            ? [{ value: e.totalSupporters, kind: "TOTAL" as const, region: "", observedAt, sourceUrl: url }]
            : [],
        stages: [],
        warnings: [],
      };
    });
}
