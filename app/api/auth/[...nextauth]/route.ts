// /api/auth/* - Auth.js (magic-link callbacks, OIDC, session, sign-out). A POST that would send a
// sign-in email goes through the same guard as our own form first (lib/http/auth-route.ts).
import { guardedAuthPost } from "@/lib/http/auth-route";
import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;
export const POST = guardedAuthPost(handlers.POST);
