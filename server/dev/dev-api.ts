import { getRequestListener } from '@hono/node-server';
import { systemClock } from '../clock.ts';
import { parseEnv } from '../env.ts';
import { boot } from '../boot.ts';

/** Boots the API once for the dev server (same DATA_DIR and demo rules as `npm start`). */
export async function devListener() {
  const { app } = await boot(parseEnv(process.env), systemClock, 'build/widgets');
  return getRequestListener(app.fetch);
}
