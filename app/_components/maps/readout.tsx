"use client";
// Progressive enhancement for server-rendered maps: pointing at or focusing a shape (an element
// with data-code) shows its <title> in a polite live region. Without JavaScript the shapes'
// own <title> tooltips and the tables say the same.
import { useEffect, useState } from "react";

export function Readout({ target, hint }: { target: string; hint: string }) {
  const [text, setText] = useState(hint);
  useEffect(() => {
    const root = document.getElementById(target);
    if (!root) return;
    const show = (event: Event) => {
      const el = (event.target as Element | null)?.closest?.("[data-code]");
      const title = el?.querySelector("title")?.textContent;
      if (title) setText(title);
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
