// "Follow" on public pages. The page is cached and the same for everyone, so the box itself is
// impersonal: a plain form (works without JavaScript; anonymous visitors are sent to sign in).
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { Translator } from "@/lib/i18n/translator";

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
  return (
    <section aria-labelledby="follow-title" className="inset">
      <h3 id="follow-title">{t("status.followTitle")}</h3>
      <p className="small">{t("status.followHint")}</p>
      <form method="post" action={localePath(locale, "/follow")}>
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="id" value={id} />
        <button className="button" type="submit">
          {t("status.followButton")}
        </button>
      </form>
    </section>
  );
}
