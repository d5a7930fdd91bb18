// Webhooks end to end on the real built server with the demo data: a manager adds an endpoint on the console page,
// a complaint filed through the API reaches a receiver started here, signed (checked with the specification's
// reference library), and the delivery log sends it again on request. Needs `npm run build` first.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from '../api/webhook-receiver.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';

const MANAGER = { email: 'manajer.dukcapil@sukamaju.example', password: 'manajer-dukcapil-2026' };
const PHONE = '0812 7788 9900';

let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.close();
});

// The receiver is on loopback: allowed here as an admin of the server would allow an agency's internal host.
const running = serverAndBrowser({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });

/** Waits for the receiver to hold `count` messages; the server's sender wakes every second. */
async function received(count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (receiver.received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(receiver.received.length).toBe(count);
}

describe('webhooks on the real server', () => {
  it('delivers a signed complaint event to an endpoint added in the console, and sends it again on request', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/konsol/masuk`);
    await page.fill('#f-email', MANAGER.email);
    await page.fill('#f-password', MANAGER.password);
    await Promise.all([page.waitForURL(`${running.server.origin}/konsol`), page.click('main form button[type=submit]')]);
    await page.click('a[href="/konsol/webhook"]');
    await page.waitForURL(`${running.server.origin}/konsol/webhook`);
    await expectNoAxeViolations(page, 'webhooks');

    // A private address is refused with the field named.
    await page.fill('#f-url', 'http://169.254.169.254/latest/meta-data/');
    await page.click('form.create button[type=submit]');
    expect(await page.locator('#f-url-error').textContent()).toContain('linkLocal');

    await page.fill('#f-url', receiver.url);
    await page.click('form.create button[type=submit]');
    const secret = (await page.locator('[data-webhook-secret]').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.goto(`${running.server.origin}/konsol/webhook`);
    expect(await page.content()).not.toContain(secret);

    const filed = await fetch(`${running.server.origin}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: running.server.origin },
      body: JSON.stringify({
        officeId: 'disdukcapil-sukamaju',
        category: 'pelayanan_lambat',
        description: `Antrian KTP-el macet, hubungi ${PHONE}.`,
        visibility: 'public',
        contact: { name: 'Siti Rahayu', phone: PHONE }
      })
    });
    expect(filed.status).toBe(201);
    const { trackingCode } = (await filed.json()) as { trackingCode: string };
    await received(1);
    const [message] = receiver.received;
    const payload = new Webhook(secret).verify(message!.body, message!.headers) as { type: string; data: { complaint: { trackingCode: string } } };
    expect(payload).toMatchObject({ type: 'complaint.submitted', data: { complaint: { trackingCode } } });
    expect(message!.body).not.toContain(PHONE);
    expect(message!.body).not.toContain('Siti Rahayu');

    await page.click('a:has-text("Log pengiriman")');
    await page.locator(`tr[data-delivery="${message!.headers['webhook-id']}"]`).waitFor();
    expect(await page.locator('[data-delivery]').first().textContent()).toContain('Terkirim');
    await expectNoAxeViolations(page, 'webhook delivery log');
    await page.click(`tr[data-delivery="${message!.headers['webhook-id']}"] button`);
    await received(2);
    expect(receiver.received[1]!.headers['webhook-id']).toBe(message!.headers['webhook-id']);
  });
});
