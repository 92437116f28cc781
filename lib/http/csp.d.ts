export function contentSecurityPolicy(options?: {
  nonce?: string;
  frameAncestors?: string;
  dev?: boolean;
  https?: boolean;
  formTargets?: string[];
  reportPath?: string;
}): string;
export function cspFor(
  env: { NODE_ENV: string; APP_URL: string; OIDC_ISSUER?: string },
  options?: { nonce?: string; frameAncestors?: string },
): string;
export const PER_REQUEST_PAGES: RegExp;
export const EMBEDDABLE: RegExp;
