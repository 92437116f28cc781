// A real SMTP server inside the test process (smtp-server + mailparser), standing in for the mail
// provider: it receives what the app and the worker send. It can also hold replies to DATA, like a
// slow provider, so a test can kill the worker while messages are in flight.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Map<string, unknown>;
  raw: ParsedMail;
};

export class SmtpCatcher {
  readonly messages: Received[] = [];
  private server: SMTPServer;
  private stallAfter = Number.POSITIVE_INFINITY;
  private accepted = 0;
  stalled = 0;

  constructor(readonly port: number) {
    this.server = new SMTPServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      // stop() drops connections still open (held replies, a sender's idle pooled connection)
      // after this long instead of smtp-server's 30 s, which outlasts the fixture's teardown.
      closeTimeout: 200,
      onData: (stream, _session, callback) => {
        if (this.accepted >= this.stallAfter) {
          // Hold the reply: the client sees the message as not yet accepted.
          this.stalled++;
          stream.resume();
          return;
        }
        this.accepted++;
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
            this.messages.push({
              to,
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: typeof mail.html === "string" ? mail.html : "",
              messageId: mail.messageId ?? "",
              headers: mail.headers,
              raw: mail,
            });
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, "127.0.0.1", () => resolve());
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Accept `count` more messages, then hold every later DATA reply (Infinity: accept all). */
  holdAfter(count: number): void {
    this.stallAfter = count === Number.POSITIVE_INFINITY ? count : this.accepted + count;
  }

  to(address: string): Received[] {
    return this.messages.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
  }
}
