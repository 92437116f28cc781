// A map's key: every colour with the range it stands for, in words (colour is never the only cue).
import type { Translator } from "@/lib/i18n/translator";

export function MapLegend({ items, t }: { items: { colour: string; label: string }[]; t: Translator }) {
  return (
    <div className="map-legend small">
      <span>{t("pictures.legendTitle")}:</span>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
