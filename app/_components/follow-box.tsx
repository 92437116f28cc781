// "Follow" on public pages. The page is cached and the same for everyone, so the server renders an
// impersonal form (without JavaScript it posts to /follow; anonymous visitors are sent to sign in).
// With JavaScript, FollowToggle takes over for signed-in people: it shows the state and toggles it
// at once (optimistic), rolling back if the server refuses.
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { Translator } from "@/lib/i18n/translator";
import { FollowToggle } from "./follow-toggle";

export function FollowBox({
  locale,
  t,
  target,
  id,
}: {
  locale: Locale;
  t: Translator;
  target: "initiative" | "topic" | "jurisdiction";
  id: string;
}) {
  const form = (
    <form method="post" action={localePath(locale, "/follow")}>
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <button className="button" type="submit">
        {t("status.followButton")}
      </button>
    </form>
  );
  return (
    <section aria-labelledby="follow-title" className="inset">
      <h3 id="follow-title">{t("status.followTitle")}</h3>
      <p className="small">{t("status.followHint")}</p>
      <FollowToggle
        target={target}
        id={id}
        labels={{ follow: t("status.followButton"), following: t("account.followingLabel"), unfollow: t("account.unfollow") }}
        fallback={form}
      />
    </section>
  );
}
