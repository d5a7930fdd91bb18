import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The three Standard Webhooks headers for one message. With several secrets (a rotation's 24 hours), the
 * signature header carries one `v1,` signature per secret, separated by spaces: a receiver holding either key verifies.
 */
export function signatureHeaders({ id, timestamp, body, secrets }: { id: string; timestamp: number; body: string; secrets: readonly string[] }): Record<string, string> {
  const at = new Date(Math.floor(timestamp / 1000) * 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(at.getTime() / 1000),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' ')
  };
}
