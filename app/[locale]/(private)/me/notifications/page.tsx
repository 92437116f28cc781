// GET /me/notifications - in-app notifications, newest first, with mark as read.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/translator";
import { describeEvent } from "@/lib/notifications/describe";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { markReadAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.notificationsTitle"), robots: { index: false } };
}

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(localePath(locale, "/me/notifications"))}`);
  const [items, unread] = await Promise.all([listNotifications(actor), unreadCount(actor)]);
  return (
    <>
      <h1>{t("account.notificationsTitle")}</h1>
      <p data-testid="unread">{t("account.unread", { count: unread })}</p>
      {unread > 0 ? (
        <form action={markReadAction}>
          <input type="hidden" name="locale" value={locale} />
          <button className="button button-secondary" type="submit">
            {t("account.markAllRead")}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? <p className="muted">{t("account.notificationsNone")}</p> : null}
      <ul className="card-list">
        {items.map((n) => {
          const d = describeEvent({ kind: n.kind, payload: n.payload, initiative: n.initiative }, locale);
          return (
            <li key={n.id} className="card" data-testid="notification">
              <p>
                {n.readAt ? null : <strong className="tag">{t("account.newTag")}</strong>} <a href={d.path}>{d.headline}</a>
              </p>
              {d.detail ? <p className="small">{d.detail}</p> : null}
              <p className="card-meta">{formatDateTime(n.occurredAt, locale, "Europe/Helsinki")}</p>
              {n.readAt ? null : (
                <form action={markReadAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={n.id} />
                  <button className="button-link small" type="submit">
                    {t("account.markRead")}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
