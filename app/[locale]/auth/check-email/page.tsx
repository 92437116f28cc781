// GET /auth/check-email - after asking for a magic link
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.checkTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  return (
    <div className="notice notice-success">
      <h1>{t("account.checkTitle")}</h1>
      <p>{t("account.checkBody", { minutes: String(env().MAGIC_LINK_MINUTES) })}</p>
      <p>{t("account.checkNotArrived")}</p>
      <p>
        <a href={localePath(locale, "/auth/signin")}>{t("account.askAgain")}</a>
      </p>
    </div>
  );
}
