// `npm run admin -- <command>`: console accounts, run on the server machine (no web signup exists).
//   create --email E --name "N" --role admin|manager|officer [--offices id1,id2] [--password-stdin]
//   password --email E [--password-stdin]
//   list
// Edits DATA_DIR/catalog.json directly: stop the server first, it keeps the catalog in memory (the
// DATA_DIR lock refuses to run beside it, naming it).
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseEnv } from '../server/env.ts';
import { DomainError } from '../server/errors.ts';
import { createStaff } from '../server/services/staff/create-staff.ts';
import { setStaffPassword } from '../server/services/staff/set-staff-password.ts';
import { openCatalog } from '../server/store/lowdb/catalog.ts';
import { DataDirLocked, lockDataDir } from '../server/store/lowdb/lock.ts';
import { makePrivateDir } from '../server/store/lowdb/modes.ts';
import { StaffRole } from '../shared/schemas/index.ts';

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

const config = parseEnv(process.env);
await makePrivateDir(config.dataDir);
const lock = await lockDataDir(config.dataDir, 'npm run admin').catch((error: unknown) => {
  if (!(error instanceof DataDirLocked)) throw error;
  console.error(error.message);
  process.exit(1);
});
const catalog = await openCatalog(join(config.dataDir, 'catalog.json'));
try {
  const [command] = positionals;
  if (command === 'create') {
    const role = StaffRole.parse(values.role);
    const officeIds = values
      .offices!.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const account = await createStaff({ catalog, input: { email: values.email ?? '', name: values.name ?? '', role, officeIds, password: await readPassword() } });
    console.log(`Akun dibuat / created: ${account.email} (${account.role}${account.officeIds.length ? `: ${account.officeIds.join(', ')}` : ''})`);
  } else if (command === 'password') {
    const account = await setStaffPassword({ catalog, email: values.email ?? '', password: await readPassword() });
    console.log(`Kata sandi diganti / password changed: ${account.email}`);
  } else if (command === 'list') {
    for (const a of catalog.get().staff) console.log(`${a.email}\t${a.role}\t${a.name}\t${a.officeIds.join(',')}`);
  } else {
    console.error('Perintah / commands: create --email E --name N --role admin|manager|officer [--offices a,b] | password --email E | list');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof DomainError ? `${error.title}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await catalog.close();
  await lock.release();
}
