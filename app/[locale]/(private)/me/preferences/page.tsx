// GET /me/preferences - for each kind of event, where you hear about it (in the app, by email at
// once, in a daily digest). A plain form: works without JavaScript.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { CHANNELS, EVENT_KINDS } from "@/lib/notifications/kinds";
import { getPreferences } from "@/lib/notifications/preferences";
import { savePreferencesAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.preferencesTitle"), robots: { index: false } };
}

export default async function PreferencesPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(localePath(locale, "/me/preferences"))}`);
  const prefs = await getPreferences(actor.userId);
  const { saved } = await searchParams;
  return (
    <>
      <h1>{t("account.preferencesTitle")}</h1>
      <p className="lead">{t("account.preferencesLead")}</p>
      {saved ? (
        <p className="notice notice-success" role="status">
          {t("account.preferencesSaved")}
        </p>
      ) : null}
      <form action={savePreferencesAction}>
        <input type="hidden" name="locale" value={locale} />
        {EVENT_KINDS.map((kind) => (
          <fieldset key={kind} className="field checkboxes">
            <legend>{t(`account.eventKinds.${kind}`)}</legend>
            {CHANNELS.map((channel) => {
              const id = `${kind}-${channel}`;
              return (
                <div key={channel}>
                  <input type="checkbox" id={id} name={`${kind}.${channel}`} defaultChecked={prefs[kind].includes(channel)} />{" "}
                  <label htmlFor={id}>{t(`account.channels.${channel}`)}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <button className="button" type="submit">
          {t("account.save")}
        </button>
      </form>
    </>
  );
}
