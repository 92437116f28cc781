// A minimal, self-contained HTML page for responses that route handlers must send with a specific
// status (429 Too Many Requests), styled like the rest of the site and fully escaped.
import { escapeHtml } from "@/lib/html/escape";

export function simplePage(opts: { lang: string; title: string; paragraphs: string[]; link?: { href: string; label: string } }): string {
  const p = opts.paragraphs.map((t) => `<p>${escapeHtml(t)}</p>`).join("");
  const link = opts.link ? `<p><a href="${escapeHtml(opts.link.href)}">${escapeHtml(opts.link.label)}</a></p>` : "";
  return `<!doctype html><html lang="${escapeHtml(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(opts.title)} – Threshold</title><style>body{margin:0;font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:1.45;color:#0b0c0c}header{background:#0b3d63;border-bottom:.6rem solid #1d70b8;padding:.75rem 1rem}header a{color:#fff;font-weight:700;font-size:1.5rem;text-decoration:none}main{max-width:40rem;padding:1.5rem 1rem}a{color:#1a65a6}a:focus{background:#fd0;color:#0b0c0c;outline:3px solid transparent}</style></head><body><header><a href="/">Threshold</a></header><main id="main"><h1>${escapeHtml(opts.title)}</h1>${p}${link}</main></body></html>`;
}
