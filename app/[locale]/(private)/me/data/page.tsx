// GET /me/data - your data: download everything stored about you (JSON), or delete your account
// (confirmed by typing your address). Plain links and a plain form: works without JavaScript.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { isIssueCode, issueText } from "@/lib/errors/issues";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { deleteAccountAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("privacy.dataTitle"), robots: { index: false } };
}

export default async function MyDataPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(localePath(locale, "/me/data"))}`);
  const { error } = await searchParams;
  const problem = isIssueCode(error) ? issueText({ code: error }, t) : null;
  return (
    <>
      <h1>{t("privacy.dataTitle")}</h1>
      <p className="lead">{t("privacy.dataLead")}</p>
      <section aria-labelledby="download">
        <h2 id="download">{t("privacy.downloadTitle")}</h2>
        <p>{t("privacy.download")}</p>
        <p>
          <a href="/api/me/data" download data-testid="download-data">
            {t("privacy.downloadLink")}
          </a>
        </p>
      </section>
      <section aria-labelledby="delete">
        <h2 id="delete">{t("privacy.deleteTitle")}</h2>
        <p>{t("privacy.delete")}</p>
        <form action={deleteAccountAction}>
          <input type="hidden" name="locale" value={locale} />
          <div className={problem ? "field field-error" : "field"}>
            <label htmlFor="confirmEmail">{t("privacy.confirmLabel", { email: actor.email })}</label>
            {problem ? (
              <p id="confirmEmail-error" className="error-message" data-testid="confirm-error">
                {problem}
              </p>
            ) : null}
            <input
              id="confirmEmail"
              name="confirmEmail"
              type="email"
              autoComplete="off"
              required
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? "confirmEmail-error" : undefined}
            />
          </div>
          <button className="button button-warning" type="submit">
            {t("privacy.deleteButton")}
          </button>
        </form>
      </section>
      <p>
        <a href={localePath(locale, "/privacy")}>{t("privacy.title")}</a>
      </p>
    </>
  );
}
