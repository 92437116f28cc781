// GET /me - what you follow, with current counts and stages, and what changed since your last visit.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FollowKindsForm } from "@/app/_components/follow-kinds-form";
import { InitiativeCard } from "@/app/_components/initiative-card";
import { Loc } from "@/app/_components/loc";
import { currentActor } from "@/lib/auth/session";
import { markVisited, myFollows } from "@/lib/follows/queries";
import { FOLLOW_EVENT_KINDS } from "@/lib/follows/schemas";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/translator";
import { describeEvent } from "@/lib/notifications/describe";
import { setFollowKindsAction, signOutAction, unfollowAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.meTitle"), robots: { index: false } };
}

export default async function MePage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(localePath(locale, "/me"))}`);
  const query = await searchParams;
  const page = await myFollows(actor);
  await markVisited(actor, locale);
  return (
    <>
      <h1>{t("account.meTitle")}</h1>
      <p>{t("account.signedInAs", { email: page.email })}</p>
      {query.followed ? (
        <p className="notice notice-success" role="status">
          {t("account.followed")}
        </p>
      ) : null}
      {query.kinds ? (
        <p className="notice notice-success" role="status">
          {t("account.followKindsSaved", {
            name: localizedText(page.items.find((i) => `${i.target}:${i.id}` === query.kinds)?.name, locale),
          })}
        </p>
      ) : null}
      {query.unfollowed ? (
        <p className="notice" role="status">
          {t("account.unfollowed")}
        </p>
      ) : null}
      <ul className="share-links">
        <li>
          <a href={localePath(locale, "/me/notifications")}>{t("account.notificationsTitle")}</a>
        </li>
        <li>
          <a href={localePath(locale, "/me/preferences")}>{t("account.preferencesTitle")}</a>
        </li>
        <li>
          <a href={localePath(locale, "/me/tokens")}>{t("account.tokensTitle")}</a>
        </li>
        <li>
          <a href={localePath(locale, "/me/data")}>{t("privacy.dataTitle")}</a>
        </li>
      </ul>
      <section aria-labelledby="changes">
        <h2 id="changes">{t("account.changesTitle")}</h2>
        {page.changes.length === 0 ? <p className="muted">{t("account.changesNone")}</p> : null}
        <ul>
          {page.changes.map((c) => {
            const d = describeEvent({ kind: c.kind as never, payload: c.payload, initiative: c.initiative }, locale);
            return (
              <li key={c.id}>
                <a href={d.path}>{d.headline}</a>{" "}
                <span className="muted small">({formatDate(c.occurredAt, locale, "UTC", { dateStyle: "medium" })})</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="following">
        <h2 id="following">{t("account.followingTitle")}</h2>
        {page.items.length === 0 ? <p className="muted">{t("account.followingNone")}</p> : null}
        <ul className="card-list">
          {page.items.map((item) => (
            <li key={`${item.target}:${item.id}`} className="card" data-testid="followed">
              {item.initiative ? (
                <ul className="card-list">
                  <InitiativeCard initiative={item.initiative} locale={locale} t={t} />
                </ul>
              ) : (
                <p>
                  <span className="tag tag-grey">{t(`account.followTarget.${item.target}`)}</span>{" "}
                  <a href={localePath(locale, item.path)}>
                    <Loc value={item.name} locale={locale} />
                  </a>
                </p>
              )}
              <FollowKindsForm
                action={setFollowKindsAction}
                locale={locale}
                target={item.target}
                id={item.id}
                kinds={FOLLOW_EVENT_KINDS[item.target].map((kind) => ({ kind, label: t(`account.eventKinds.${kind}`) }))}
                chosen={item.eventKinds}
                labels={{
                  legend: t("account.followKindsLegend", { name: localizedText(item.name, locale) }),
                  hint: t("account.followKindsHint"),
                  save: t("account.followKindsSave"),
                  saved: t("account.followKindsSaved", { name: localizedText(item.name, locale) }),
                  failed: t("account.followKindsFailed"),
                }}
              />
              <form action={unfollowAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="target" value={item.target} />
                <input type="hidden" name="id" value={item.id} />
                <button
                  className="button button-secondary"
                  type="submit"
                  aria-label={`${t("account.unfollow")}: ${localizedText(item.name, locale)}`}
                >
                  {t("account.unfollow")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button className="button button-secondary" type="submit">
          {t("account.signOut")}
        </button>
      </form>
    </>
  );
}
