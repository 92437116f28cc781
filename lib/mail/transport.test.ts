import { describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { smtpTimeouts, smtpUrlWithTimeouts } from "./transport";

describe("SMTP timeouts stay well below the email lease", () => {
  it("caps nodemailer's minutes-long defaults to seconds, at most half the lease", () => {
    expect(smtpTimeouts(60)).toEqual({ connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    expect(smtpTimeouts(20)).toEqual({ connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000 });
    for (const t of Object.values(smtpTimeouts(60))) expect(t).toBeLessThanOrEqual(30_000);
  });

  it("never below two seconds, for very short test leases", () => {
    expect(smtpTimeouts(3)).toEqual({ connectionTimeout: 2000, greetingTimeout: 2000, socketTimeout: 2000 });
  });

  it("reach nodemailer through the URL (it ignores options beside one); the operator's own win", () => {
    const options = (url: string) => (nodemailer.createTransport(url) as unknown as { options: Record<string, unknown> }).options;
    expect(options(smtpUrlWithTimeouts("smtp://user:pw@mail.example.org:2525", 60))).toMatchObject({
      host: "mail.example.org",
      port: 2525,
      auth: { user: "user", pass: "pw" },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    expect(options(smtpUrlWithTimeouts("smtps://mail.example.org?socketTimeout=5000", 60))).toMatchObject({
      secure: true,
      socketTimeout: 5000,
    });
  });
});
