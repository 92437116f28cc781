import "server-only";
// Where a webhook may point: https on the public internet. Checked when a subscription is saved
// (the URL, then the addresses its name resolves to) and again on every delivery, where
// lib/net's outboundFetch checks the addresses it connects to and redirects are not followed.
// WEBHOOKS_ALLOW_PRIVATE_TARGETS (tests and development only) lifts both rules.
import { lookup } from "node:dns/promises";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue, type IssueCode } from "@/lib/errors/issues";
import { checkOutboundUrl, OutboundRefused, type OutboundPolicy } from "@/lib/net/outbound";
import { isIpLiteral, isPublicAddress } from "@/lib/net/public-address";

export function webhookPolicy(): OutboundPolicy {
  return { allowedHosts: null, allowPrivateAddresses: env().WEBHOOKS_ALLOW_PRIVATE_TARGETS, maxRedirects: 0 };
}

function refuse(code: IssueCode): never {
  throw new AppError("INVALID_INPUT", { issues: [fieldIssue("url", code)] });
}

/** The URL if a webhook may be sent there; otherwise INVALID_INPUT naming the url field. */
export async function checkWebhookTarget(raw: string): Promise<string> {
  const policy = webhookPolicy();
  if (!policy.allowPrivateAddresses && URL.canParse(raw) && new URL(raw).protocol === "http:") refuse("webhookHttps");
  let url: URL;
  try {
    url = checkOutboundUrl(raw, policy);
  } catch (e) {
    if (e instanceof OutboundRefused) refuse(/not a valid URL|scheme|credentials/.test(e.reason) ? "url" : "webhookPrivate");
    throw e;
  }
  if (policy.allowPrivateAddresses) return url.href;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIpLiteral(host)) return url.href; // checkOutboundUrl refused non-public literals
  const addresses = await lookup(host, { all: true }).catch(() => refuse("webhookResolve"));
  if (addresses.length === 0) refuse("webhookResolve");
  if (!addresses.every((a) => isPublicAddress(a.address))) refuse("webhookPrivate");
  return url.href;
}
