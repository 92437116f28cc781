// /admin/* - the admin console's frame: who is signed in and the sections their role may use.
// Guarded here AND in every page, server action and route handler (proxy.ts never guards).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/actor";
import { localePath } from "@/lib/i18n/paths";
import { adminPage } from "./_components/admin-page";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const admin = hasRole(actor, "ADMIN");
  const link = (path: string, label: string) => (
    <li>
      <a href={localePath(locale, path)}>{label}</a>
    </li>
  );
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t("admin.nav.label")}>
        <ul>
          {link("/admin", t("admin.nav.initiatives"))}
          {link("/admin/topics", t("admin.nav.topics"))}
          {admin ? link("/admin/users", t("admin.nav.users")) : null}
          {admin ? link("/admin/rule-sets", t("admin.nav.ruleSets")) : null}
          {admin ? link("/admin/tokens", t("admin.nav.tokens")) : null}
          {admin ? link("/admin/audit", t("admin.nav.audit")) : null}
        </ul>
        <p className="small muted">{t("admin.signedInAs", { email: actor.email, role: t(`admin.roles.${actor.role}`) })}</p>
      </nav>
      {children}
    </div>
  );
}
