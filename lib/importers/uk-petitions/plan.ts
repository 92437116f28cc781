// UK petition data -> ImportPlan. Pure. Handles the quirks of the real files: two wrappers,
// `open_at` vs `opened_at`, No10 response lists and bit-mask rejections, archived petitions with a
// null background, open petitions carrying an empty `rejection` object (state decides, never
// `rejection`), country lists without codes, and non-ISO codes such as BAT.
import slugify from "@sindresorhus/slugify";
import type { TResponseInput } from "@/lib/responses/schemas";
import { countryCode } from "../countries";
import type { ImportPlan, PlannedObservation, PlannedStage } from "../plan";
import type { TUkResource } from "./schemas";

export const UK_SOURCE = "uk-petitions";
export const UK_SITE = "https://petition.parliament.uk";

const clean = (s: string | null | undefined) => (s ?? "").replace(/\r\n/g, "\n").trim();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type UkPlanOptions = { file: string; omitPersonalData?: boolean; fetchedAt?: Date };

export function isNo10(resource: TUkResource): boolean {
  return Boolean(resource.attributes.action_prefix) || Boolean(resource.links?.original?.includes("number10"));
}

export function ukExternalId(resource: TUkResource): string {
  return isNo10(resource) ? `no10:${resource.id}` : String(resource.id);
}

function urls(resource: TUkResource) {
  const archived = resource.type === "archived-petition";
  const jsonUrl = resource.links?.self ?? `${UK_SITE}/${archived ? "archived/" : ""}petitions/${resource.id}.json`;
  const pageUrl = isNo10(resource) ? (resource.links?.original ?? undefined) : jsonUrl.replace(/\.json$/, "");
  return { jsonUrl: isNo10(resource) ? (resource.links?.original ?? jsonUrl) : jsonUrl, pageUrl };
}

export function planUkPetition(resource: TUkResource, options: UkPlanOptions): ImportPlan {
  const a = resource.attributes;
  const warnings: string[] = [];
  const { jsonUrl, pageUrl } = urls(resource);
  const title = capitalise(clean(a.action));
  const prefix = clean(a.action_prefix);
  const summary =
    [prefix ? `${prefix} ${clean(a.action)}.` : "", clean(a.background), clean(a.additional_details)].filter(Boolean).join("\n\n") || title;
  const openedAt = a.opened_at ?? a.open_at ?? undefined;
  const observedAt = a.updated_at;
  const closed = ["closed", "finished"].includes(a.state);

  const observations: PlannedObservation[] = [
    { value: a.signature_count, kind: "TOTAL", region: "", observedAt, sourceUrl: jsonUrl, sourceUpdatedAt: a.updated_at },
  ];
  const byCountry = new Map<string, number>();
  for (const c of a.signatures_by_country ?? []) {
    const code = countryCode(c.code ?? c.name);
    if (!code) warnings.push(`country "${c.name}" has no ISO code (${c.signature_count} signatures): skipped`);
    else byCountry.set(code, (byCountry.get(code) ?? 0) + c.signature_count);
  }
  for (const [code, value] of byCountry)
    observations.push({ value, kind: "TOTAL", region: code, observedAt, sourceUrl: jsonUrl, sourceUpdatedAt: a.updated_at });
  for (const c of a.signatures_by_constituency ?? []) {
    observations.push({
      value: c.signature_count,
      kind: "TOTAL",
      region: `uk-con:${c.ons_code}`,
      observedAt,
      sourceUrl: jsonUrl,
      sourceUpdatedAt: a.updated_at,
    });
  }
  for (const r of a.signatures_by_region ?? []) {
    observations.push({
      value: r.signature_count,
      kind: "TOTAL",
      region: `uk-reg:${r.ons_code}`,
      observedAt,
      sourceUrl: jsonUrl,
      sourceUpdatedAt: a.updated_at,
    });
  }

  const stages: PlannedStage[] = [];
  const stage = (code: string, at: Date | null | undefined, extra: Partial<PlannedStage> = {}) => {
    if (at) stages.push({ stage: code, occurredAt: at, sourceUrl: pageUrl, ...extra });
  };
  const responses: TResponseInput[] = [];
  const body = { en: "UK Government" };

  if (a.state === "rejected") {
    stage("rejected", a.rejected_at ?? a.updated_at);
  } else {
    const respondedAt = a.government_response_at ?? a.government_responses?.[0]?.created_at ?? null;
    if (a.response_threshold_reached_at && (!respondedAt || a.response_threshold_reached_at < respondedAt)) {
      stage("awaiting-response", a.response_threshold_reached_at);
    }
    stage("responded", respondedAt);
    const debatedAt = a.debate_outcome_at ?? a.debate?.debated_on ?? null;
    if (a.scheduled_debate_date && !debatedAt) {
      // The API does not say when a debate was scheduled: we know it from this snapshot.
      stage("debate-scheduled", a.updated_at, { scheduledFor: a.scheduled_debate_date });
    }
    stage("debated", debatedAt);
    if (closed) stage("closed", a.closed_at ?? a.updated_at);
  }
  stages.sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime());

  if (a.government_response) {
    const r = a.government_response;
    responses.push({
      kind: "GOVERNMENT_RESPONSE",
      respondingBody: body,
      respondedAt: a.government_response_at ?? r.created_at ?? r.responded_on ?? a.updated_at,
      summary: { en: clean(r.summary) || "Government response" },
      text: clean(r.details) ? { en: clean(r.details) } : undefined,
      links: [],
      sourceUrl: pageUrl,
    });
  }
  for (const r of a.government_responses ?? []) {
    responses.push({
      kind: "GOVERNMENT_RESPONSE",
      respondingBody: body,
      respondedAt: r.created_at,
      summary: { en: clean(r.summary) || "Government response" },
      text: clean(r.details) ? { en: clean(r.details) } : undefined,
      links: [],
      sourceUrl: pageUrl,
    });
  }
  if (a.debate && (a.debate.debated_on || a.debate_outcome_at)) {
    const d = a.debate;
    const links = [
      d.transcript_url ? { title: "Transcript (Hansard)", url: d.transcript_url } : null,
      d.video_url ? { title: "Video of the debate", url: d.video_url } : null,
      d.debate_pack_url ? { title: "Debate pack", url: d.debate_pack_url } : null,
    ].filter((l): l is { title: string; url: string } => l !== null && /^https?:\/\//.test(l.url));
    responses.push({
      kind: "DEBATE",
      respondingBody: { en: "House of Commons" },
      respondedAt: d.debated_on ?? a.debate_outcome_at,
      summary: { en: clean(d.overview) || "Parliament debated this petition." },
      links,
      sourceUrl: pageUrl,
    });
  }

  const thresholdsReached = [
    a.response_threshold_reached_at ? { code: "response", reachedAt: a.response_threshold_reached_at } : null,
    a.debate_threshold_reached_at ? { code: "debate", reachedAt: a.debate_threshold_reached_at } : null,
  ].filter((t): t is { code: string; reachedAt: Date } => t !== null);

  const creator = options.omitPersonalData ? null : clean(a.creator_name);
  return {
    source: UK_SOURCE,
    file: options.file,
    externalId: ukExternalId(resource),
    resourceUrl: jsonUrl,
    countMode: "snapshot",
    sourceUpdatedAt: a.updated_at,
    fetchedAt: options.fetchedAt,
    register: {
      schemeCode: "uk-parliament-petition",
      slug: `${slugify(title).slice(0, 60).replace(/-+$/, "")}-${isNo10(resource) ? "no10-" : ""}${resource.id}`,
      title: { en: title },
      summary: { en: summary },
      primaryLanguage: "en",
      externalUrl: pageUrl,
      organisers: creator ? [{ name: creator, role: "Petition creator" }] : [],
      // Published (opened) is when the rules of the day applied; drafts were created earlier.
      registeredAt: openedAt ?? a.created_at,
      openedAt,
      collectionEndsAt: isNo10(resource) || closed ? (a.closed_at ?? undefined) : undefined,
    },
    observations,
    thresholdsReached,
    stages,
    responses,
    warnings,
  };
}
