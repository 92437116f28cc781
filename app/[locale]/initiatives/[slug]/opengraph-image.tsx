// The image shown when a status page is shared: title, count and progress toward the next threshold.
import { ImageResponse } from "next/og";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";
import { localeOf, localizedText } from "@/lib/i18n/locales";
import { formatNumber, getTranslator } from "@/lib/i18n/translator";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  const t = getTranslator(locale);
  const status = await cachedInitiativeStatus(slug);
  const title = status ? localizedText(status.title, locale) : "Threshold";
  const value = status?.latestTotal?.value ?? null;
  const next = status?.nextThreshold ?? status?.thresholds[status.thresholds.length - 1] ?? null;
  const share = next && value !== null ? Math.min(1, value / next.target) : 0;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        padding: 64,
        fontSize: 32,
        color: "#0b0c0c",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, fontWeight: 700, color: "#0b3d63" }}>Threshold</div>
      <div style={{ display: "flex", fontSize: 56, fontWeight: 700, marginTop: 32, lineHeight: 1.15 }}>
        {title.length > 110 ? `${title.slice(0, 107)}...` : title}
      </div>
      <div style={{ display: "flex", marginTop: "auto", fontSize: 72, fontWeight: 700 }}>
        {value === null ? "" : formatNumber(value, locale)}
      </div>
      <div style={{ display: "flex", fontSize: 32, color: "#484949" }}>
        {value === null ? "" : `${t("status.signaturesWord", { count: value })}${next ? ` / ${formatNumber(next.target, locale)}` : ""}`}
      </div>
      <div style={{ display: "flex", marginTop: 24, height: 28, width: "100%", background: "#f3f2f1", border: "2px solid #6f777b" }}>
        <div style={{ display: "flex", width: `${Math.round(share * 100)}%`, background: share >= 1 ? "#00703c" : "#1d70b8" }} />
      </div>
    </div>,
    size,
  );
}
