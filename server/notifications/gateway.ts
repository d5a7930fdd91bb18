import type { Notifier, OutgoingMessage } from './types.ts';

/**
 * A WhatsApp or SMS provider behind one HTTP endpoint (NOTIFY_GATEWAY_URL): a plain JSON POST
 * `{ to, text, reference }` with `Authorization: Bearer NOTIFY_GATEWAY_TOKEN`; any 2xx answer counts as accepted.
 * `reference` is the outbox key (also sent as Idempotency-Key), so a gateway can drop a resend.
 */
export function gatewayNotifier({ url, token, timeoutMs = 15_000 }: { url: string; token: string; timeoutMs?: number }): Notifier {
  return {
    channel: 'gateway',
    async send(message: OutgoingMessage) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': message.key },
        body: JSON.stringify({ to: message.to, text: `${message.subject}\n\n${message.text}`, reference: message.key }),
        signal: AbortSignal.timeout(timeoutMs)
      });
      await response.body?.cancel();
      if (!response.ok) throw Object.assign(new Error(`gateway answered ${response.status}`), { code: `HTTP_${response.status}` });
    }
  };
}
