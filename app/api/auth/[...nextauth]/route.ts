// /api/auth/* - Auth.js (magic-link callbacks, OIDC, session, sign-out).
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
