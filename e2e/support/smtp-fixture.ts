// The SMTP server fixture (one per test worker, on the port the app sends to), merged into the one
// `test` of e2e/fixtures.ts.
import { test as base } from "@playwright/test";
import { disconnectDb } from "@/lib/db";
import { SmtpCatcher } from "./smtp";

export const smtpTest = base.extend<object, { smtp: SmtpCatcher }>({
  smtp: [
    async ({}, use) => {
      const smtp = new SmtpCatcher(Number(process.env.E2E_SMTP_PORT ?? 2525));
      await smtp.start();
      await use(smtp);
      await smtp.stop();
      await disconnectDb();
    },
    { scope: "worker" },
  ],
});
