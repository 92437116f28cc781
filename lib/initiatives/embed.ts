// The embeddable widget for newsrooms (/initiatives/<slug>/embed): a tiny HTML page with the
// count, progress to the next threshold, the stage and a link back. No JavaScript at all, inline
// styles only, every text escaped; framed by any site (its own frame-ancestors, next.config.js).
import { escapeHtml } from "@/lib/html/escape";
import { localizedText, type Locale } from "@/lib/i18n/locales";
import { formatNumber, formatPercent, getTranslator } from "@/lib/i18n/translator";
import type { TInitiativeStatus } from "./dto";

export function embedHtml(status: TInitiativeStatus, locale: Locale, pageUrl: string): string {
  const t = getTranslator(locale);
  const value = status.latestTotal?.value ?? 0;
  const next = status.nextThreshold;
  const share = next ? Math.min(1, value / next.target) : 1;
  const title = escapeHtml(localizedText(status.title, locale));
  const progress = next
    ? t("pictures.embedProgress", { percent: formatPercent(value / next.target, locale), target: formatNumber(next.target, locale) })
    : t("pictures.embedAllReached");
  const bar = `<div class="bar" role="progressbar" aria-label="${escapeHtml(progress)}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${Math.round(share * 100)}"><span style="width:${(share * 100).toFixed(1)}%"></span></div>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
body{margin:0;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#0b0c0c;background:#fff}
main{padding:12px 14px;border:1px solid #b1b4b6}
h1{font-size:1rem;margin:0 0 6px}
.count{font-size:1.75rem;font-weight:700;margin:0}
.bar{height:12px;background:#e5e6e7;margin:6px 0}
.bar span{display:block;height:100%;background:${share >= 1 ? "#00703c" : "#1d70b8"}}
p{margin:0 0 4px}
a{color:#1d70b8}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p class="count">${escapeHtml(formatNumber(value, locale))} <span style="font-size:1rem;font-weight:400">${escapeHtml(t("status.signaturesWord", { count: value }))}</span></p>
${bar}
<p>${escapeHtml(progress)}</p>
<p>${escapeHtml(t("pictures.embedStage", { stage: localizedText(status.stage.label, locale) }))}</p>
<p><a href="${escapeHtml(pageUrl)}" target="_blank" rel="noopener">${escapeHtml(t("pictures.embedLink"))}</a></p>
</main>
</body>
</html>
`;
}
