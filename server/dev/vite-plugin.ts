import type { Plugin, ViteDevServer } from 'vite';

/**
 * `npm run dev`: the Hono API on Vite's own port, loaded through Vite so it reloads with the code.
 * In production server/main.ts does the same wiring without Vite.
 */
export function devApi(): Plugin {
  return {
    name: 'suara-dev-api',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      let listener: Promise<(req: unknown, res: unknown) => void> | undefined;
      server.middlewares.use((req, res, next) => {
        const path = req.url ?? '/';
        if (!path.startsWith('/api/') && !path.startsWith('/embed/')) return next();
        listener ??= server.ssrLoadModule('/server/dev/dev-api.ts').then((m) => m.devListener());
        listener.then((handle) => handle(req, res)).catch(next);
      });
    }
  };
}
