import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test's SMTP server accepted, parsed. */
export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; html: string; messageId: string; raw: string };

/**
 * A real SMTP server on a free loopback port, started by the test, keeping every message it accepts.
 * `hold()` makes it take a message's data but never answer it (a send in flight forever), `release()` undoes that.
 * Nothing here waits on wall-clock time but `until`'s cap, which only turns a hang into a clear failure.
 */
export async function startSmtpInbox() {
  const received: ReceivedMail[] = [];
  const arrived = new Set<() => void>();
  let holding = false;
  const held: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (holding) {
          held.push(session.envelope.rcptTo.map((rcpt) => rcpt.address));
          for (const wake of arrived) wake();
          return; // never answered: the sender waits
        }
        const raw = Buffer.concat(chunks).toString();
        void simpleParser(raw).then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: typeof session.envelope.mailFrom === 'object' ? session.envelope.mailFrom.address : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? '',
            raw
          });
          for (const wake of arrived) wake();
          callback();
        }, callback);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;

  /** Waits (polling nothing: woken by each arrival) until `done()` holds, or fails after `ms` of real time. */
  function until(done: () => boolean, ms = 20_000): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wake = () => {
        if (!done()) return;
        clearTimeout(timer);
        arrived.delete(wake);
        resolve();
      };
      const timer = setTimeout(() => {
        arrived.delete(wake);
        reject(new Error(`SMTP inbox: condition not met; ${received.length} message(s) received`));
      }, ms);
      arrived.add(wake);
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address: string) => received.filter((mail) => mail.to.includes(address)),
    until,
    hold: () => void (holding = true),
    release: () => void (holding = false),
    /** The recipients of each message taken but never answered. */
    held,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
