"use client";
// Progressive enhancement of a server-rendered chart: a slider (keyboard) and the pointer over the
// plot read out one point at a time, with a cursor line. Nothing renders without JavaScript (the
// chart's description and table say it all).
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
  useEffect(() => {
    const plot = document.getElementById(target)?.querySelector<HTMLElement>(".lchart-plot");
    if (!plot) return;
    const move = (event: PointerEvent) => {
      const box = plot.getBoundingClientRect();
      const at = ((event.clientX - box.left) / box.width) * 100;
      let best = 0;
      points.forEach((p, i) => {
        if (Math.abs(p.x - at) < Math.abs((points[best]?.x ?? 0) - at)) best = i;
      });
      setIndex(best);
    };
    plot.addEventListener("pointermove", move);
    return () => plot.removeEventListener("pointermove", move);
  }, [target, points]);
  useEffect(() => {
    const cursor = document.getElementById(target)?.querySelector<HTMLElement>(".lchart-cursor");
    const point = points[index];
    if (enhanced && cursor && point) {
      cursor.style.left = `${point.x}%`;
      cursor.hidden = false;
    }
  }, [target, points, index, enhanced]);
  if (!enhanced || !points.length) return null;
  return (
    <div className="lchart-scrubber">
      <label htmlFor={`${target}-scrub`}>{label}</label>
      <input
        id={`${target}-scrub`}
        type="range"
        min={0}
        max={points.length - 1}
        value={index}
        onChange={(e) => setIndex(Number(e.target.value))}
        aria-valuetext={points[index]?.text}
      />
      <output htmlFor={`${target}-scrub`} aria-live="polite">
        {points[index]?.text}
      </output>
    </div>
  );
}
