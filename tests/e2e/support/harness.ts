import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { removeDataDir, startServer, type RunningServer } from './server.ts';

type StartOptions = Parameters<typeof startServer>[0];
/** A function when an option is only known once an earlier hook has run (the address of an inbox it started). */
type Options = StartOptions | (() => StartOptions);
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

// Call these at the top of a test file or inside a describe: they register the hooks of that scope. A file's own
// hooks registered after the call run after the start and before the stop (vitest's default 'stack' order).

/** The built server, started before the scope's tests (within `timeout`, vitest's hook timeout by default). */
export function serverOnly(options: Options = {}, timeout?: number): { readonly server: RunningServer } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await start(options);
  }, timeout);
  afterAll(() => stop(server));
  return {
    get server() {
      return running(server, 'server');
    }
  };
}

/** The built server and a fresh browser profile; the browser goes first at the end, as it may still be talking to the server. */
export function serverAndBrowser(options: Options = {}): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await start(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      await browser?.dispose();
    } finally {
      await stop(server);
    }
  });
  return {
    get server() {
      return running(server, 'server');
    },
    get browser() {
      return running(browser, 'browser');
    }
  };
}

const start = (options: Options) => startServer(typeof options === 'function' ? options() : options);

/** Stops the server and removes its data; nothing to do when it never started (its error is what the run reports). */
async function stop(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  await server.stop();
  await removeDataDir(server.dataDir);
}

function running<T>(thing: T | undefined, what: string): T {
  if (thing === undefined) throw new Error(`the e2e ${what} is not running: it failed to start, or was asked for before its beforeAll ran`);
  return thing;
}
