// Plain-text and HTML bodies for Threshold's emails: one calm layout, everything escaped.
import { escapeHtml } from "@/lib/html/escape";

export type MailBody = { paragraphs: string[]; action?: { label: string; url: string }; footer: string[] };

export function renderText(body: MailBody): string {
  return [...body.paragraphs, ...(body.action ? [`${body.action.label}: ${body.action.url}`] : []), "", "--", ...body.footer].join("\n\n");
}

export function renderHtml(body: MailBody, lang: string): string {
  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t)}</p>`;
  const action = body.action
    ? `<p style="margin:0 0 24px"><a href="${escapeHtml(body.action.url)}" style="display:inline-block;background:#00703c;color:#ffffff;padding:10px 16px;font-weight:bold;text-decoration:none">${escapeHtml(body.action.label)}</a></p><p style="margin:0 0 16px;font-size:14px;color:#484949">${escapeHtml(body.action.url)}</p>`
    : "";
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body style="margin:0;padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:17px;line-height:1.45;color:#0b0c0c;background:#ffffff"><div style="max-width:560px">${body.paragraphs.map(p).join("")}${action}<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0"><div style="font-size:14px;color:#484949">${body.footer.map(p).join("")}</div></div></body></html>`;
}
