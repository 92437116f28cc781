// Where the initiative is in the process: the stage ladder with dated events and documents, the
// statutory clocks, and the official response and outcome.
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, type Translator } from "@/lib/i18n/translator";
import { Loc } from "@/app/_components/loc";
import { sourceLabel } from "@/app/_components/labels";

export function Ladder({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  const tz = status.timeZone;
  return (
    <section aria-labelledby="stages">
      <h2 id="stages">{t("status.stagesTitle")}</h2>
      <ol className="ladder">
        {status.ladder.map((step) => {
          const events = status.stageEvents.filter((e) => e.stage === step.code);
          const cls = [step.reachedAt ? "reached" : "", step.current ? "current" : "", step.skipped ? "skipped" : ""].join(" ").trim();
          return (
            <li key={step.code} className={cls || undefined} aria-current={step.current ? "step" : undefined}>
              <strong>
                <Loc value={step.label} locale={locale} />
              </strong>
              {step.current ? <span className="visually-hidden"> ({t("status.currentStage")})</span> : null}
              <span className="when">
                {step.reachedAt ? t("status.reachedOn", { date: formatDate(step.reachedAt, locale, tz) }) : t("status.notReached")}
              </span>
              {step.description ? (
                <span className="when">
                  <Loc value={step.description} locale={locale} />
                </span>
              ) : null}
              {events.map((e) => (
                <div key={e.id} className="small">
                  {e.scheduledFor ? <p>{t("status.scheduledFor", { date: formatDate(e.scheduledFor, locale, tz) })}</p> : null}
                  {e.title ? (
                    <p>
                      <strong>
                        <Loc value={e.title} locale={locale} />
                      </strong>
                    </p>
                  ) : null}
                  {e.body ? (
                    <p>
                      <Loc value={e.body} locale={locale} />
                    </p>
                  ) : null}
                  {e.documents.length ? (
                    <ul aria-label={t("status.documents")}>
                      {e.documents.map((d) => (
                        <li key={d.url}>
                          <a href={d.url}>{d.title}</a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="muted">
                    {t("initiative.source", { source: sourceLabel(e.source, t) })}
                    {e.sourceUrl ? (
                      <>
                        {" · "}
                        <a href={e.sourceUrl}>{t("status.officialPage")}</a>
                      </>
                    ) : null}
                  </p>
                </div>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function Clocks({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  if (status.clocks.length === 0) return null;
  const d = (iso: string | null) => (iso ? formatDate(iso, locale, status.timeZone) : "");
  return (
    <section aria-labelledby="clocks">
      <h2 id="clocks">{t("status.clocksTitle")}</h2>
      <dl className="summary-list">
        {status.clocks.map((c) => (
          <div key={c.code}>
            <dt>
              <Loc value={c.label} locale={locale} />
              {c.legalReference ? <span className="hint">{c.legalReference}</span> : null}
            </dt>
            <dd>
              {c.status === "not-started" ? <span className="muted">{t("status.clockNotStarted")}</span> : null}
              {c.status === "running" ? t("status.clockRunning", { date: d(c.dueAt), days: c.daysLeft ?? 0 }) : null}
              {c.status === "overdue" ? (
                <strong className="tag tag-red">{t("status.clockOverdue", { date: d(c.dueAt), days: c.daysOverdue ?? 0 })}</strong>
              ) : null}
              {c.status === "met" && c.onTime ? t("status.clockMetOnTime", { date: d(c.metAt), due: d(c.dueAt) }) : null}
              {c.status === "met" && !c.onTime
                ? t("status.clockMetLate", { date: d(c.metAt), due: d(c.dueAt), days: c.daysLate ?? 0 })
                : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function Responses({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  return (
    <section aria-labelledby="responses">
      <h2 id="responses">{t("status.responsesTitle")}</h2>
      {status.responses.length === 0 ? <p className="muted">{t("status.noResponse")}</p> : null}
      {status.responses.map((r) => (
        <article key={`${r.kind}-${r.respondedAt}`} className="inset">
          <h3>
            <Loc value={r.respondingBody} locale={locale} />, {formatDate(r.respondedAt, locale, status.timeZone)}
          </h3>
          {r.decision ? (
            <p>
              {t("status.decision")}: <strong>{t(`responses.decisions.${r.decision}`)}</strong>
            </p>
          ) : null}
          <p>
            <Loc value={r.summary} locale={locale} />
          </p>
          {r.text ? (
            <details>
              <summary>{t("status.readFull")}</summary>
              <div style={{ whiteSpace: "pre-line" }}>
                <Loc value={r.text} locale={locale} />
              </div>
            </details>
          ) : null}
          {r.links.length ? (
            <ul>
              {r.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url}>{l.title}</a>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="small muted">
            {t("initiative.source", { source: sourceLabel(r.source, t) })}
            {r.sourceUrl ? (
              <>
                {" · "}
                <a href={r.sourceUrl}>{t("status.officialPage")}</a>
              </>
            ) : null}
          </p>
        </article>
      ))}
    </section>
  );
}
