// Where the initiative is in the process: the stage ladder with dated events and documents, the
// statutory clocks, and the official response and outcome.
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, type Translator } from "@/lib/i18n/translator";
import { Loc } from "@/app/_components/loc";
import { sourceLabel } from "@/app/_components/labels";
import { VOTE_FIELDS } from "@/lib/responses/schemas";

type Status = TInitiativeStatus;
type Props = { status: Status; locale: Locale; t: Translator };

/**
 * The path taken (stages reached, in order, with dates), then, while the initiative is not finished,
 * what can happen next and how it can end, each as one list of alternatives: outcomes that exclude
 * each other are never drawn as consecutive steps.
 */
export function Ladder({ status, locale, t }: Props) {
  const { path, next, outcomes, outcome } = status.process;
  return (
    <section aria-labelledby="stages">
      <h2 id="stages">{t("status.stagesTitle")}</h2>
      <h3 id="stages-path">{t("status.pathTitle")}</h3>
      <ol className="ladder" aria-labelledby="stages-path">
        {path.map((step) => (
          <PathItem key={step.code} step={step} isOutcome={step.code === outcome} status={status} locale={locale} t={t} />
        ))}
      </ol>
      <Alternatives id="stages-next" title={t("status.nextTitle")} hint={t("status.nextHint")} stages={next} locale={locale} t={t} />
      <Alternatives
        id="stages-outcomes"
        title={t("status.outcomesTitle")}
        hint={t("status.outcomesHint")}
        stages={outcomes}
        locale={locale}
        t={t}
      />
    </section>
  );
}

function PathItem({ step, isOutcome, status, locale, t }: Props & { step: Status["process"]["path"][number]; isOutcome: boolean }) {
  const tz = status.timeZone;
  const events = status.stageEvents.filter((e) => e.stage === step.code);
  const cls = ["reached", step.current ? "current" : "", isOutcome ? "outcome" : ""].join(" ").trim();
  return (
    <li className={cls} aria-current={step.current ? "step" : undefined}>
      {isOutcome ? (
        <>
          <span className="tag">{t("status.outcomeLabel")}</span>{" "}
        </>
      ) : null}
      <strong>
        <Loc value={step.label} locale={locale} />
      </strong>
      {step.current ? <span className="visually-hidden"> ({t("status.currentStage")})</span> : null}
      <span className="when">
        {step.reachedAt ? t("status.reachedOn", { date: formatDate(step.reachedAt, locale, tz) }) : t("status.dateUnknown")}
        {step.basis === "closed-at" ? ` (${t("status.basisClosedAt")})` : null}
        {step.basis === "deadline" ? ` (${t("status.basisDeadline")})` : null}
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
          <Links links={e.documents} label={t("status.documents")} />
          <SourceLine source={e.source} sourceUrl={e.sourceUrl} className="muted" t={t} />
        </div>
      ))}
    </li>
  );
}

function Alternatives({
  id,
  title,
  hint,
  stages,
  locale,
  t,
}: {
  id: string;
  title: string;
  hint: string;
  stages: Status["process"]["next"];
  locale: Locale;
  t: Translator;
}) {
  if (stages.length === 0) return null;
  return (
    <>
      <h3 id={id}>{title}</h3>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <ul className="alternatives" aria-labelledby={id} aria-describedby={`${id}-hint`}>
        {stages.map((s) => (
          <li key={s.code}>
            <Loc value={s.label} locale={locale} />
            {s.terminal ? <span className="muted"> ({t("status.endsProcess")})</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Clocks({ status, locale, t }: Props) {
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

export function Responses({ status, locale, t }: Props) {
  return (
    <section aria-labelledby="responses">
      <h2 id="responses">{t("status.responsesTitle")}</h2>
      {status.responses.length === 0 ? <p className="muted">{t("status.noResponse")}</p> : null}
      {status.responses.map((r) => (
        <article key={`${r.kind}-${r.respondedAt}`} className="inset">
          <h3>
            <Loc value={r.respondingBody} locale={locale} />, {formatDate(r.respondedAt, locale, status.timeZone)}
          </h3>
          <Decision response={r} t={t} />
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
          <Links links={r.links} />
          <SourceLine source={r.source} sourceUrl={r.sourceUrl} className="small muted" t={t} />
        </article>
      ))}
    </section>
  );
}

function Links({ links, label }: { links: { title: string; url: string }[]; label?: string }) {
  if (links.length === 0) return null;
  return (
    <ul aria-label={label}>
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url}>{l.title}</a>
        </li>
      ))}
    </ul>
  );
}

function SourceLine({ source, sourceUrl, className, t }: { source: string; sourceUrl: string | null; className: string; t: Translator }) {
  return (
    <p className={className}>
      {t("initiative.source", { source: sourceLabel(source, t) })}
      {sourceUrl ? (
        <>
          {" · "}
          <a href={sourceUrl}>{t("status.officialPage")}</a>
        </>
      ) : null}
    </p>
  );
}

/** "Decision: Adopted (104 for, 41 against, 2 abstentions, 52 absent)": the tally beside the decision. */
function Decision({ response: r, t }: { response: Status["responses"][number]; t: Translator }) {
  const votes = VOTE_FIELDS.flatMap((f) => (r[f] === null ? [] : [t(`status.${f}`, { count: r[f] })])).join(", ");
  if (!r.decision && !votes) return null;
  if (!r.decision)
    return (
      <p className="votes">
        {t("status.vote")}: {votes}
      </p>
    );
  return (
    <p className="votes">
      {t("status.decision")}: <strong>{t(`responses.decisions.${r.decision}`)}</strong>
      {votes ? ` (${votes})` : null}
    </p>
  );
}
