// docs/public-record.md: the verifier a journalist downloads from a running, built server checks its record,
// before and after an erasure made with `npm run admin -- erase CODE`; and the page shows the key and the link.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverOnly } from './support/harness.ts';

const run = promisify(execFile);
const OFFICE = 'disdukcapil-sukamaju'; // one of the demo's offices

/** Runs a program to its end: exit code and output, whichever the code. */
async function exec(file: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { env: { ...process.env, ...env } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('the public record of a running server', () => {
  const running = serverOnly({}, 90_000);
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'suara-verifier-'));
  });
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('offers one self-contained verifier that checks the record, before and after an erasure', async () => {
    const page = await (await fetch(`${running.server.origin}/data-terbuka`)).text();
    expect(page).toContain('/api/v1/chain/verify.mjs');
    const history = (await (await fetch(`${running.server.origin}/api/v1/chain/heads`)).json()) as { publicKey: string };
    expect(page).toContain(history.publicKey);

    const script = await (await fetch(`${running.server.origin}/api/v1/chain/verify.mjs`)).text();
    // One file: nothing imported but Node's own modules.
    expect(script.match(/^import .* from ["'][^"']+["'];?$/gm)?.every((line) => /from ["']node:/.test(line))).toBe(true);
    const verifier = join(scratch, 'verify.mjs');
    await writeFile(verifier, script);
    const before = await exec(process.execPath, [verifier, running.server.origin, '--key', history.publicKey]);
    expect(before.out).toMatch(/^ok: \d+ kejadian\/events/);
    expect(before.code).toBe(0);

    const filed = await fetch(`${running.server.origin}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        officeId: OFFICE,
        category: 'informasi',
        description: 'Hubungi saya di 081377712345',
        visibility: 'confidential',
        contact: { name: 'Siti Rahayu', phone: '081377712345' }
      })
    });
    expect(filed.status).toBe(201);
    const { trackingCode } = (await filed.json()) as { trackingCode: string };
    const erase = await exec(process.execPath, ['build/server/admin.js', 'erase', trackingCode], { DATA_DIR: running.server.dataDir, PORT: String(running.server.port), HOST: '127.0.0.1' });
    expect(erase.out).toMatch(/personal data erased/);
    expect(erase.code).toBe(0);

    const after = await exec(process.execPath, [verifier, running.server.origin]);
    expect(after.out).toMatch(/^ok: /);
    expect(after.code).toBe(0);
    const wrongKey = await exec(process.execPath, [verifier, running.server.origin, '--key', 'AAAA']);
    expect(wrongKey.code).toBe(1);
  }, 120_000);
});
