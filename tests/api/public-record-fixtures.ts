import { expect } from 'vitest';

/** The admin CLI's token in the public record's tests (routes/admin-cli.ts). */
export const TOKEN = 'token-uji-'.padEnd(43, 'x');
export const CONTACT = { name: 'Siti Rahayu', phone: '081377712345', email: 'siti.rahayu@contoh.id' };

type Post = (path: string, body: unknown) => Response | Promise<Response>;

/** Three ratings, a confidential complaint with a contact, and the citizen's info: five events, two with personal data. Returns the tracking code. */
export async function someEvents(post: Post): Promise<string> {
  for (const score of [4, 3, 2]) expect((await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score, channel: 'web', comment: `nilai ${score}` })).status).toBe(201);
  const filed = await post('/api/v1/complaints', {
    officeId: 'disdukcapil-uji',
    category: 'pelayanan_lambat',
    description: 'Akta belum jadi, hubungi 081377712345',
    visibility: 'confidential',
    contact: CONTACT
  });
  expect(filed.status).toBe(201);
  const { trackingCode, secret } = (await filed.json()) as { trackingCode: string; secret: string };
  expect((await post(`/api/v1/complaints/${trackingCode}/actions`, { secret, action: 'info', message: 'Nomor saya 081377712345' })).status).toBe(200);
  return trackingCode;
}
