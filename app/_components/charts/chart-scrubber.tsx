"use client";
// Progressive enhancement of a server-rendered chart: a slider (keyboard) and the pointer over the
// plot read out one point at a time, with a cursor line. Nothing renders without JavaScript (the
// chart's description and table say it all). Written small: it is in every status page's scripts.
import { useEffect, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export type ScrubPoint = { x: number; text: string };

export function ChartScrubber({ target, label, points }: { target: string; label: string; points: ScrubPoint[] }) {
  // True in the browser only: the server and the first render show nothing.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [index, setIndex] = useState(points.length - 1);
  const point = points[index];
  useEffect(() => {
    const chart = document.getElementById(target);
    const plot = chart?.querySelector<HTMLElement>(".lchart-plot");
    const cursor = chart?.querySelector<HTMLElement>(".lchart-cursor");
    if (enhanced && cursor && point) {
      cursor.style.left = `${point.x}%`;
      cursor.hidden = false;
    }
    const move = (event: PointerEvent) => {
      const box = plot!.getBoundingClientRect();
      const at = ((event.clientX - box.left) / box.width) * 100;
      setIndex(points.reduce((best, p, i) => (Math.abs(p.x - at) < Math.abs(points[best]!.x - at) ? i : best), 0));
    };
    plot?.addEventListener("pointermove", move);
    return () => plot?.removeEventListener("pointermove", move);
  }, [target, points, point, enhanced]);
  if (!enhanced || !point) return null;
  const id = `${target}-scrub`;
  return (
    <div className="lchart-scrubber">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={points.length - 1}
        value={index}
        onChange={(e) => setIndex(Number(e.target.value))}
        aria-valuetext={point.text}
      />
      <output htmlFor={id} aria-live="polite">
        {point.text}
      </output>
    </div>
  );
}
