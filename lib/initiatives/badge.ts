// The embeddable SVG badge: the count and progress toward the next threshold, readable on its own
// (it carries its own title and text), cacheable like every public response.
import { escapeHtml } from "@/lib/html/escape";
import { localizedText, type Locale } from "@/lib/i18n/locales";
import { formatNumber, getTranslator } from "@/lib/i18n/translator";
import type { TInitiativeStatus } from "./dto";

export function badgeSvg(status: TInitiativeStatus, locale: Locale): string {
  const t = getTranslator(locale);
  const value = status.latestTotal?.value ?? 0;
  const next = status.nextThreshold ?? status.thresholds[status.thresholds.length - 1] ?? null;
  const share = next ? Math.min(1, value / next.target) : 0;
  const count = `${formatNumber(value, locale)} ${t("feeds.badgeSignatures")}`;
  const of = next ? t("feeds.badgeOf", { target: formatNumber(next.target, locale) }) : "";
  const title = localizedText(status.title, locale);
  const width = 320;
  const bar = Math.round(share * (width - 24));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="64" viewBox="0 0 ${width} 64" role="img" aria-label="${escapeHtml(`${title}: ${count} ${of}`)}"><title>${escapeHtml(`${title}: ${count} ${of}`)}</title><rect width="${width}" height="64" fill="#0b3d63"/><text x="12" y="26" fill="#ffffff" font-family="Helvetica,Arial,sans-serif" font-size="18" font-weight="700">${escapeHtml(count)}</text><text x="${width - 12}" y="26" fill="#ffffff" font-family="Helvetica,Arial,sans-serif" font-size="13" text-anchor="end">${escapeHtml(of)}</text><rect x="12" y="38" width="${width - 24}" height="12" fill="#ffffff"/><rect x="12" y="38" width="${bar}" height="12" fill="${share >= 1 ? "#00703c" : "#1d70b8"}"/></svg>`;
}
