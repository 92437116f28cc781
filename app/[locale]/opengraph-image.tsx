// The default image when a Threshold page is shared.
import { ImageResponse } from "next/og";
import { localeOf } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = getTranslator(localeOf(locale));
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        background: "#0b3d63",
        color: "#ffffff",
        padding: 80,
      }}
    >
      <div style={{ display: "flex", fontSize: 96, fontWeight: 700 }}>{t("meta.siteName")}</div>
      <div style={{ display: "flex", fontSize: 44, marginTop: 24, lineHeight: 1.2 }}>{t("meta.tagline")}</div>
    </div>,
    size,
  );
}
