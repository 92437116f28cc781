// GET /unsubscribe?token= - confirm and stop all email, signed out (the token says who).
import type { Metadata } from "next";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { unsubscribeTarget } from "@/lib/notifications/unsubscribe";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.unsubscribeTitle"), robots: { index: false } };
}

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const { token = "", done } = await searchParams;
  const target = await unsubscribeTarget(token);
  if (!target) {
    return (
      <>
        <h1>{t("account.unsubscribeTitle")}</h1>
        <p className="lead">{t("account.unsubscribeInvalid")}</p>
      </>
    );
  }
  if (done === "1") {
    return (
      <div className="notice notice-success" role="status">
        <h1>{t("account.unsubscribeTitle")}</h1>
        <p data-testid="unsubscribed">{t("account.unsubscribeDone", { email: target.email })}</p>
        <p>
          <a href={localePath(locale, "/me/preferences")}>{t("account.preferencesTitle")}</a>
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>{t("account.unsubscribeTitle")}</h1>
      <p className="lead">{t("account.unsubscribeBody", { email: target.email })}</p>
      <form method="post" action="/api/unsubscribe">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <button className="button button-warning" type="submit">
          {t("account.unsubscribeButton")}
        </button>
      </form>
    </>
  );
}
