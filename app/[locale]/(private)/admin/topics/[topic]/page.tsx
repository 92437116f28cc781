// GET /admin/topics/[topic] - a topic's own timeline events (decisions outside the tracked
// initiatives, each with its source), and a form to add one (editors).
import { notFound } from "next/navigation";
import { Loc } from "@/app/_components/loc";
import { localizedText } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/i18n/translator";
import { jurisdictionOptions } from "@/lib/rules/admin-queries";
import { topicTimelineForAdmin } from "@/lib/topics/queries";
import { adminPage } from "../../_components/admin-page";
import { BackLink } from "../../_components/back-link";
import { TopicEventForm } from "./topic-event-form";

type Props = { params: Promise<{ locale: string; topic: string }> };

export default async function TopicTimelinePage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const topic = await topicTimelineForAdmin(actor, (await params).topic);
  if (!topic) notFound();
  const jurisdictions = await jurisdictionOptions();
  return (
    <>
      <BackLink locale={locale} href="/admin/topics">
        {t("admin.topics.timeline.back")}
      </BackLink>
      <span className="caption">
        <Loc value={topic.name} locale={locale} />
      </span>
      <h1>{t("admin.topics.timeline.title")}</h1>
      <p>{t("admin.topics.timeline.intro")}</p>
      {topic.events.length ? (
        <table data-testid="topic-events">
          <thead>
            <tr>
              <th scope="col">{t("admin.topics.timeline.date")}</th>
              <th scope="col">{t("admin.topics.timeline.where")}</th>
              <th scope="col">{t("admin.topics.timeline.event")}</th>
              <th scope="col">{t("admin.topics.timeline.source")}</th>
            </tr>
          </thead>
          <tbody>
            {topic.events.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.occurredAt, locale, "UTC")}</td>
                <td>{e.jurisdiction ? <Loc value={e.jurisdiction.name} locale={locale} /> : (e.countryCode ?? "")}</td>
                <td>
                  <Loc value={e.title} locale={locale} />
                </td>
                <td>
                  <a href={e.sourceUrl} rel="nofollow noopener">
                    {t("admin.topics.timeline.sourceLink")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("admin.topics.timeline.empty")}</p>
      )}
      <h2>{t("admin.topics.timeline.add")}</h2>
      <TopicEventForm
        locale={locale}
        topic={topic.slug}
        jurisdictions={jurisdictions.map((j) => ({ value: j.code, label: `${localizedText(j.name, locale)} (${j.code})` }))}
      />
    </>
  );
}
