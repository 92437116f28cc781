"use client";
// Progressive enhancement for server-rendered maps and charts: pointing at or focusing a shape that
// carries data-readout shows its text in a polite live region. Without JavaScript the shapes'
// own <title> tooltips and the tables say the same.
import { useEffect, useState } from "react";

export function Readout({ target, hint }: { target: string; hint: string }) {
  const [text, setText] = useState(hint);
  useEffect(() => {
    const root = document.getElementById(target);
    if (!root) return;
    const show = (event: Event) => {
      const el = (event.target as Element | null)?.closest?.("[data-readout]");
      if (el) setText(el.getAttribute("data-readout") ?? hint);
    };
    root.addEventListener("pointerover", show);
    root.addEventListener("focusin", show);
    return () => {
      root.removeEventListener("pointerover", show);
      root.removeEventListener("focusin", show);
    };
  }, [target, hint]);
  return (
    <p className="map-readout small" aria-live="polite">
      {text}
    </p>
  );
}
