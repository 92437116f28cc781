// GET /privacy - the privacy notice: what is stored, why, for how long, who sees it, and where a
// signed-in person downloads their data or deletes their account.
import type { Metadata } from "next";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("privacy.title"), description: t("privacy.lead") };
}

const SECTIONS = [
  ["visitTitle", "visit"],
  ["accountTitle", "account"],
  ["whyTitle", "why"],
  ["howLongTitle", "howLong"],
  ["whoTitle", "who"],
] as const;

export default async function PrivacyPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const { deleted } = await searchParams;
  return (
    <article>
      {deleted ? (
        <p className="notice notice-success" role="status" data-testid="account-deleted">
          {t("privacy.deleted")}
        </p>
      ) : null}
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{t("privacy.lead")}</p>
      {SECTIONS.map(([title, body]) => (
        <section key={title} aria-labelledby={title}>
          <h2 id={title}>{t(`privacy.${title}`)}</h2>
          <p>{t(`privacy.${body}`)}</p>
        </section>
      ))}
      <section aria-labelledby="rights">
        <h2 id="rights">{t("privacy.rightsTitle")}</h2>
        <p>{t("privacy.rights")}</p>
        <p>
          <a href={localePath(locale, "/me/data")}>{t("privacy.myDataLink")}</a>
        </p>
      </section>
    </article>
  );
}
