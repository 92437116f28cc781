// GET /admin/topics - topics that group initiatives across jurisdictions: list, add, (?edit=<slug>) update.
import { Loc } from "@/app/_components/loc";
import type { FormValues } from "@/lib/http/form";
import { localePath } from "@/lib/i18n/paths";
import { formatNumber } from "@/lib/i18n/translator";
import { listTopicsForAdmin } from "@/lib/topics/queries";
import { adminPage } from "../_components/admin-page";
import { TopicForm } from "./topic-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ edit?: string | string[] }> };

export default async function TopicsPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const topics = await listTopicsForAdmin(actor);
  const { edit } = await searchParams;
  const editing = topics.find((tp) => tp.slug === edit);
  const initial: FormValues = {};
  if (editing) {
    initial.slug = editing.slug;
    for (const [l, v] of Object.entries(editing.name as Record<string, string>)) initial[`name.${l}`] = v;
    for (const [l, v] of Object.entries((editing.description ?? {}) as Record<string, string>)) initial[`description.${l}`] = v;
  }
  return (
    <>
      <h1>{t("admin.topics.title")}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("admin.topics.name")}</th>
            <th scope="col">{t("admin.topics.slug")}</th>
            <th scope="col" className="num">
              {t("admin.topics.initiatives")}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t("admin.table.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {topics.map((tp) => (
            <tr key={tp.id}>
              <td>
                <Loc value={tp.name} locale={locale} />
              </td>
              <td>{tp.slug}</td>
              <td className="num">{formatNumber(tp.initiatives, locale)}</td>
              <td>
                <a href={`${localePath(locale, "/admin/topics")}?edit=${encodeURIComponent(tp.slug)}`}>{t("admin.topics.edit")}</a>
                {" · "}
                <a href={localePath(locale, `/admin/topics/${tp.slug}`)}>{t("admin.topics.timelineLink")}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{editing ? t("admin.topics.editTitle") : t("admin.topics.new")}</h2>
      <TopicForm key={editing?.slug ?? "new"} locale={locale} initial={initial} />
    </>
  );
}
