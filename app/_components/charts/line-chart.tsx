// A line chart readable on any screen: the lines are an SVG stretched to the plot (strokes keep their
// width), and every label is HTML placed over it, so axis and threshold labels stay at text size at
// 320 px as at 1,280. Threshold labels are moved apart so they never overlap. The SVG is the one
// accessible image (title and description); the labels are decoration, the page's table has the data.
import { scaleLinear } from "d3-scale";
import { spreadLabels } from "@/lib/compare/align";

export type ChartSeries = { key: string; colour: string; dash?: string; points: { x: number; y: number }[]; readout?: string };
export type ChartMark = { x: number; label: string; colour?: string };
export type ChartLine = { y: number; label: string };

type Props = {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  x: { min: number; max: number; ticks: { value: number; label: string }[]; title?: string };
  yLabel: (n: number) => string;
  lines?: ChartLine[];
  marks?: ChartMark[];
};

const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

export function LineChart({ id, title, description, series, x, yLabel, lines = [], marks = [] }: Props) {
  const maxY = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.y)), ...lines.map((l) => l.y));
  const y = scaleLinear().domain([0, maxY]).nice();
  const [, yTop] = y.domain() as [number, number];
  const px = (v: number) => ((v - x.min) / (x.max - x.min || 1)) * 100;
  const py = (v: number) => 100 - (v / (yTop || 1)) * 100;
  const path = (s: ChartSeries) =>
    s.points
      .map((p, i) => `${i ? "L" : "M"}${(Math.round(px(p.x) * 100) / 100).toString()} ${(Math.round(py(p.y) * 100) / 100).toString()}`)
      .join("");
  // Labels are about 1.4 lines tall in a plot of about 16 lines: keep them 9 % apart.
  const labelTops = spreadLabels(
    lines.map((l) => py(l.y)),
    9,
    9,
    100,
  );
  return (
    <figure className="lchart" id={id}>
      <div className="lchart-plot">
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {y.ticks(4).map((v) => (
            <line key={v} className="gridline" x1={0} x2={100} y1={py(v)} y2={py(v)} vectorEffect="non-scaling-stroke" />
          ))}
          {lines.map((l) => (
            <line key={l.label} className="threshold-line" x1={0} x2={100} y1={py(l.y)} y2={py(l.y)} vectorEffect="non-scaling-stroke" />
          ))}
          {marks.map((m) => (
            <line
              key={`${m.x}-${m.label}`}
              className="mark-line"
              x1={px(m.x)}
              x2={px(m.x)}
              y1={0}
              y2={100}
              stroke={m.colour}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {series.map((s) => (
            <path
              key={s.key}
              className="series"
              d={path(s)}
              stroke={s.colour}
              strokeDasharray={s.dash}
              vectorEffect="non-scaling-stroke"
              data-series={s.key}
            />
          ))}
        </svg>
        <div aria-hidden="true">
          {y.ticks(4).map((v) => (
            <span key={v} className="lchart-y" style={{ top: pct(py(v)) }}>
              {yLabel(v)}
            </span>
          ))}
          {x.ticks.map((t) => (
            <span key={t.value} className="lchart-x" style={{ left: pct(px(t.value)) }}>
              {t.label}
            </span>
          ))}
          {lines.map((l, i) => (
            <span key={l.label} className="lchart-line-label" style={{ top: pct(labelTops[i] ?? py(l.y)) }}>
              {l.label}
            </span>
          ))}
          {marks.map((m) => (
            <span key={`${m.x}-${m.label}`} className="lchart-mark" style={{ left: pct(px(m.x)), color: m.colour }} title={m.label}>
              ▲
            </span>
          ))}
        </div>
      </div>
      {x.title ? (
        <p className="lchart-x-title small muted" aria-hidden="true">
          {x.title}
        </p>
      ) : null}
    </figure>
  );
}
