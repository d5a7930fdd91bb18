import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { memorySessions, memoryStaff, memoryThrottles } from '../../server/store/accounts/memory.ts';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import { accountsContract } from './accounts-contract.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'suara-accounts-'));
  folders.push(dir);
  return dir;
};

accountsContract('memory', async () => ({ staff: memoryStaff(), sessions: memorySessions(), throttles: memoryThrottles(), close: async () => {} }), { place: async () => '', persistent: false });

// The file engine: staff.json and sessions.json in DATA_DIR, the throttles in the process's memory.
accountsContract('segment log (DATA_DIR)', (dir) => openSegmentLogStore({ dir, log: () => {} }), { place: folder, persistent: true });
