// kansalaisaloite.fi data -> ImportPlans. Pure. Counts: supportCount (statements in the service)
// is ONLINE, externalSupportCount (collected on paper or in another service) PAPER,
// sentSupportCount (sent to the Population Register Centre) SUBMITTED, verifiedSupportCount
// VERIFIED (at the date of the verification decision), totalSupportCount TOTAL. States: ACCEPTED
// (collecting), DONE (sent to Parliament), CANCELED.
import slugify from "@sindresorhus/slugify";
import { TZDate } from "@date-fns/tz";
import type { TLocalized } from "@/lib/i18n/locales";
import type { ImportPlan, PlannedStage } from "../plan";
import type { TFiInitiative, TFiSupportsByDate } from "./schemas";

export const FI_SOURCE = "fi-kansalaisaloite";
export const FI_SITE = "https://www.kansalaisaloite.fi";
// Citizens' Initiative Act (12/2012): the number of verified statements an initiative needs.
const STATEMENTS_NEEDED = 50_000;

export const fiInitiativeUrl = (n: string) => `${FI_SITE}/api/v1/initiatives/${n}`;
export const fiSupportsUrl = (n: string) => `${FI_SITE}/api/v1/supports-by-date/${n}`;

/** A time on a Helsinki calendar day ("2025-06-01"), e.g. 00:00 or 23:59:59.999. */
function helsinki(day: string, h: number, m = 0, s = 0, ms = 0): Date {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, m, s, ms, "Europe/Helsinki").getTime());
}
// Finnish and Swedish letters as Finns write them in addresses (ä -> a, not the German ae).
const NORDIC: [string, string][] = [
  ["ä", "a"],
  ["ö", "o"],
  ["å", "a"],
  ["Ä", "A"],
  ["Ö", "O"],
  ["Å", "A"],
];
const endOfDay = (day: string) => helsinki(day, 23, 59, 59, 999);
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

const TYPE: Record<"LAW" | "PREPARATION", { fi: string; sv: string }> = {
  LAW: { fi: "Lakiehdotus", sv: "Lagförslag" },
  PREPARATION: { fi: "Ehdotus lainvalmisteluun ryhtymisestä", sv: "Förslag om att lagberedning ska inledas" },
};

function localized(value: { fi?: string | null; sv?: string | null } | null | undefined): TLocalized {
  const out: TLocalized = {};
  if (value?.fi?.trim()) out.fi = value.fi.trim();
  if (value?.sv?.trim()) out.sv = value.sv.trim();
  return out;
}

function summary(i: TFiInitiative): TLocalized {
  const names = localized(i.name);
  const proposal = localized(i.proposal);
  const out: TLocalized = {};
  for (const lang of ["fi", "sv"] as const) {
    if (!names[lang]) continue;
    const type = i.proposalType ? `${TYPE[i.proposalType][lang]}.` : "";
    const text = (proposal[lang] ?? "").replace(/\r\n/g, "\n");
    const short = text.length > 1500 ? `${text.slice(0, 1500).replace(/\s+\S*$/, "")} …` : text;
    out[lang] = [type, short].filter(Boolean).join(" ") || names[lang];
  }
  return out;
}

const NOT_DATED: Record<"seen" | "decision", TLocalized> = {
  seen: {
    en: "kansalaisaloite.fi does not say when the statements were sent for verification: this is when Threshold first saw them sent.",
    fi: "Kansalaisaloite.fi ei kerro, milloin kannatusilmoitukset lähetettiin tarkastettaviksi: ajankohta on se, jolloin Threshold havaitsi ne lähetetyiksi.",
    sv: "Medborgarinitiativ.fi anger inte när stödförklaringarna skickades för granskning: tidpunkten är när Threshold först såg dem skickade.",
  },
  decision: {
    en: "kansalaisaloite.fi does not say when the statements were sent for verification: the date shown is that of the verification decision.",
    fi: "Kansalaisaloite.fi ei kerro, milloin kannatusilmoitukset lähetettiin tarkastettaviksi: päivämäärä on tarkastuspäätöksen päivämäärä.",
    sv: "Medborgarinitiativ.fi anger inte när stödförklaringarna skickades för granskning: datumet är granskningsbeslutets datum.",
  },
};
const CANCELED: TLocalized = {
  en: "Canceled on kansalaisaloite.fi",
  fi: "Peruttu kansalaisaloite.fi-palvelussa",
  sv: "Återkallat i tjänsten medborgarinitiativ.fi",
};

function stages(i: TFiInitiative, fetchedAt: Date, pageUrl: string, total: number): PlannedStage[] {
  const out: PlannedStage[] = [];
  const at = (stage: string, occurredAt: Date, extra: Partial<PlannedStage> = {}) =>
    out.push({ stage, occurredAt, sourceUrl: pageUrl, ...extra });
  if (i.state === "CANCELED") {
    at("failed", i.stateDate ?? fetchedAt, { title: CANCELED });
    return out;
  }
  const sent = i.sentSupportCount > 0;
  const verifiedAt = i.verified ? earlier(helsinki(i.verified, 12), fetchedAt) : null;
  if (i.endDate && endOfDay(i.endDate) < fetchedAt) {
    if (total < STATEMENTS_NEEDED && !sent && !verifiedAt) at("failed", endOfDay(i.endDate));
    else at("collection-ended", endOfDay(i.endDate));
  }
  if (sent || verifiedAt) at("verification", verifiedAt ?? fetchedAt, { body: verifiedAt ? NOT_DATED.decision : NOT_DATED.seen });
  if (verifiedAt) at(i.verifiedSupportCount >= STATEMENTS_NEEDED ? "verified" : "failed", verifiedAt);
  if (i.state === "DONE") at("submitted", i.stateDate ?? fetchedAt);
  return out.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

export type FiPlanOptions = { fetchedAt: Date; omitPersonalData?: boolean };

/** One initiative (basic or detail properties), observed at `fetchedAt`: the API gives no count times. */
export function planFiInitiative(file: string, i: TFiInitiative, options: FiPlanOptions): ImportPlan {
  const n = i.id.number;
  const resourceUrl = i.id.uri ?? fiInitiativeUrl(n);
  const title = localized(i.name);
  const primary = i.primaryLanguage ?? (title.fi ? "fi" : "sv");
  const pageUrl = i.url?.[primary] ?? i.url?.fi ?? i.url?.sv ?? `${FI_SITE}/fi/aloite/${n}`;
  const total = i.totalSupportCount ?? i.supportCount + i.externalSupportCount;
  const at = options.fetchedAt;
  const count = (kind: "TOTAL" | "ONLINE" | "PAPER" | "SUBMITTED" | "VERIFIED", value: number, observedAt = at) => ({
    value,
    kind,
    region: "",
    observedAt,
    sourceUrl: resourceUrl,
    sourceUpdatedAt: i.modified ?? undefined,
  });
  const observations = [count("TOTAL", total), count("ONLINE", i.supportCount)];
  if (i.externalSupportCount > 0 || i.supportStatementsOnPaper || i.supportStatementsInWeb)
    observations.push(count("PAPER", i.externalSupportCount));
  if (i.sentSupportCount > 0) observations.push(count("SUBMITTED", i.sentSupportCount));
  if (i.verified) observations.push(count("VERIFIED", i.verifiedSupportCount, earlier(helsinki(i.verified, 12), at)));

  const person = (p: { firstNames?: string | null; lastName?: string | null }) =>
    [p.firstNames, p.lastName].filter(Boolean).join(" ").trim();
  const organisers = options.omitPersonalData
    ? []
    : [
        ...(i.initiators ?? []).map((p) => ({ name: person(p), role: "Initiator" })),
        ...(i.representatives ?? []).map((p) => ({ name: person(p), role: "Representative" })),
      ]
        .filter((o) => o.name)
        .slice(0, 50);

  return {
    source: FI_SOURCE,
    file,
    externalId: n,
    resourceUrl,
    countMode: "snapshot",
    sourceUpdatedAt: i.modified ?? i.stateDate ?? undefined,
    fetchedAt: at,
    register: {
      schemeCode: "fi-citizens-initiative",
      slug: `${slugify(title[primary] ?? title.fi ?? title.sv ?? "aloite", { customReplacements: NORDIC })
        .slice(0, 60)
        .replace(/-+$/, "")}-${n}`,
      title,
      summary: summary(i),
      primaryLanguage: primary,
      externalUrl: pageUrl,
      organisers,
      registeredAt: helsinki(i.startDate, 0),
      openedAt: helsinki(i.startDate, 0),
      collectionEndsAt: i.endDate ? endOfDay(i.endDate) : undefined,
    },
    observations,
    thresholdsReached: [],
    stages: stages(i, at, pageUrl, total),
    responses: [],
    warnings: [],
  };
}

/** New online statements per day -> the ONLINE count at the end of each day (Helsinki time). */
export function planFiSupportsByDate(file: string, n: string, rows: TFiSupportsByDate, fetchedAt: Date): ImportPlan {
  const url = fiSupportsUrl(n);
  const byDay = new Map<string, number>();
  for (const r of rows) byDay.set(r.d, (byDay.get(r.d) ?? 0) + r.n);
  let running = 0;
  const observations = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, added]) => {
      running += added;
      return { value: running, kind: "ONLINE" as const, region: "", observedAt: earlier(helsinki(day, 24), fetchedAt), sourceUrl: url };
    });
  return {
    source: FI_SOURCE,
    file,
    externalId: n,
    countMode: "series",
    fetchedAt,
    observations,
    thresholdsReached: [],
    stages: [],
    responses: [],
    warnings: [],
  };
}
