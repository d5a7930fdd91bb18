import nodemailer from 'nodemailer';
import type { Notifier, OutgoingMessage } from './types.ts';

/**
 * Email over SMTP (SMTP_URL, e.g. `smtps://user:pass@mail.example.go.id:465`), plain text plus simple HTML.
 * Message-ID derives from the outbox key, so a mail server that sees the same message twice (a resend after a
 * crash between sending and recording it) can tell.
 */
export function smtpNotifier({ url, from, timeoutMs = 15_000 }: { url: string; from: string; timeoutMs?: number }): Notifier {
  const transport = nodemailer.createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? 'suara-layanan.invalid';
  return {
    channel: 'email',
    async send(message: OutgoingMessage) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${message.key.replaceAll(':', '.')}@${domain}>`,
        headers: { 'List-Unsubscribe': `<${message.unsubscribeUrl}>` }
      });
    },
    close: () => transport.close()
  };
}
