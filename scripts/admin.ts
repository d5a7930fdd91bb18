// `npm run admin -- <command>`: console accounts, run on the server machine (no web signup exists).
//   create --email E --name "N" --role admin|manager|officer [--offices id1,id2] [--password-stdin]
//   password --email E [--password-stdin]
//   list
//   erase CODE       a complaint's personal data, at the citizen's request (docs/public-record.md, "Erasure")
// With the server running it goes through the server (it holds DATA_DIR's lock and keeps the catalog in memory;
// docs/operations.md, "The command line and a running server"), else it opens the store itself, holding DATA_DIR's lock.
// On PostgreSQL (DATABASE_URL) it always opens the store itself, erase included: the running processes follow the
// events table and drop the erased data from their views and snapshots when the `complaint.erased` event reaches them.
// Either way the admin journal records the change by "cli".
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { parseEnv } from '../server/env.ts';
import { DomainError } from '../server/errors.ts';
import { eraseComplaint, type ErasureReport } from '../server/services/complaints/erase-complaint.ts';
import { CLI_ACTOR } from '../server/services/staff/create-staff.ts';
import { createStaff } from '../server/services/staff/create-staff.ts';
import { setStaffPassword } from '../server/services/staff/set-staff-password.ts';
import { openStore } from '../server/store/open-store.ts';
import { DataDirLocked } from '../server/store/segment-log/lock.ts';
import type { StaffSummary } from '../shared/schemas/admin.ts';
import { StaffRole } from '../shared/schemas/index.ts';
import { okOrExit, serverOrExit, type RunningServer } from './running-server.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    offices: { type: 'string', default: '' },
    'password-stdin': { type: 'boolean', default: false }
  }
});

/** Reads the password: from stdin when piped (or asked to), else asked twice without echo. */
async function readPassword(): Promise<string> {
  if (values['password-stdin'] || !process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return '';
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => void (s.includes(question) && process.stdout.write(question));
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Kata sandi / password: ');
  if ((await ask('Ulangi / repeat: ')) !== first) throw new Error('Kata sandi tidak sama / passwords differ');
  return first;
}

const USAGE = 'Perintah / commands: create --email E --name N --role admin|manager|officer [--offices a,b] | password --email E | list | erase CODE';
const [command, argument] = positionals;
if (!['create', 'password', 'list', 'erase'].includes(command ?? '')) {
  console.error(USAGE);
  process.exit(2);
}
const officeIds = values
  .offices!.split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const listLine = (a: Pick<StaffSummary, 'email' | 'role' | 'name' | 'officeIds'>) => `${a.email}\t${a.role}\t${a.name}\t${a.officeIds.join(',')}`;
const erasedLine = (report: ErasureReport, how: string) =>
  `Data pribadi dihapus / personal data erased: ${report.trackingCode}, kejadian / events ${report.erased.join(', ') || '-'}, berkas / files ${report.filesRemoved}${how}`;
const created = (a: Pick<StaffSummary, 'email' | 'role' | 'officeIds'>) => `Akun dibuat / created: ${a.email} (${a.role}${a.officeIds.length ? `: ${a.officeIds.join(', ')}` : ''})`;

const config = parseEnv(process.env);
// Opening the store takes DATA_DIR's lock and brings an older DATA_DIR to this release's formats first. On
// PostgreSQL (DATABASE_URL) there is no lock: the command writes the tables, and running servers see it at once.
const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: 'npm run admin', log: () => {} }).catch(async (error: unknown) => {
  // (on DATA_DIR erase always runs through the server: it needs the views, and the server holds them and their snapshot)
  if (!(error instanceof DataDirLocked)) throw error;
  await throughServer(await serverOrExit(config, error));
  process.exit(0);
});
if (command === 'erase' && store.engine === 'segment-log') {
  await store.close();
  console.error('Jalankan server dulu / start the server first: erase goes through it (docs/public-record.md, "Erasure")');
  process.exit(1);
}
try {
  if (command === 'create') {
    const role = StaffRole.parse(values.role);
    const account = await createStaff({ store, input: { email: values.email ?? '', name: values.name ?? '', role, officeIds, password: await readPassword() } });
    console.log(created(account));
  } else if (command === 'erase') {
    // The views find the complaint and its files; built here from the events table, as a server builds them.
    const app = await createApp({ store, clock: systemClock, config: { bodyLimitBytes: config.bodyLimitBytes, log: () => {} } });
    try {
      console.log(erasedLine(await eraseComplaint({ ctx: app.context, trackingCode: argument ?? '', actor: CLI_ACTOR }), ''));
    } finally {
      app.context.views.stop();
    }
  } else if (command === 'password') {
    const account = await setStaffPassword({ store, email: values.email ?? '', password: await readPassword() });
    // Its sessions end as they would through the server: the next start must not bring them back.
    const ended = await store.sessions.end({ staffId: account.id });
    console.log(`Kata sandi diganti / password changed: ${account.email} (${ended} sesi ditutup / sessions closed)`);
  } else {
    for (const account of store.staff.all()) console.log(listLine(account));
  }
} catch (error) {
  console.error(error instanceof DomainError ? `${error.title}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await store.close();
}

/** The server holds DATA_DIR: the same verbs, run by it (server/routes/admin-cli.ts); what it refuses is said and exits 1. */
async function throughServer(server: RunningServer): Promise<void> {
  const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (command === 'create') {
    const input = { email: values.email ?? '', name: values.name ?? '', role: values.role, officeIds, password: await readPassword() };
    const account = (await (await okOrExit(await server.request('/api/v1/admin/staff', post(input)))).json()) as StaffSummary;
    console.log(`${created(account)} (lewat server / through the server)`);
  } else if (command === 'password') {
    const input = { email: values.email ?? '', password: await readPassword() };
    const account = (await (await okOrExit(await server.request('/api/v1/admin/staff/password', post(input)))).json()) as StaffSummary;
    console.log(`Kata sandi diganti / password changed: ${account.email} (lewat server / through the server; sesinya ditutup / its sessions closed)`);
  } else if (command === 'erase') {
    const path = `/api/v1/admin/complaints/${encodeURIComponent(argument ?? '')}/erase`;
    const report = (await (await okOrExit(await server.request(path, { method: 'POST' }))).json()) as ErasureReport;
    console.log(erasedLine(report, ' (lewat server / through the server)'));
  } else {
    const accounts = (await (await okOrExit(await server.request('/api/v1/admin/staff'))).json()) as StaffSummary[];
    for (const account of accounts) console.log(listLine(account));
  }
}
