import adapter from '@sveltejs/adapter-node';

/** SvelteKit lives in web/; the built handler is mounted by server/main.ts on the API's port. */
const config = {
  // Widgets are custom elements; compile them as such in tests and svelte-check too, not only in their own build.
  vitePlugin: {
    dynamicCompileOptions: ({ filename }) => (filename.includes('/widgets/') ? { customElement: true } : undefined)
  },
  kit: {
    adapter: adapter({ out: 'build/web' }),
    // Each page's few small stylesheets go inline (their hashes join the CSP): the first paint needs only the
    // HTML, not another round trip per stylesheet on a slow mobile connection.
    inlineStyleThreshold: 10 * 1024,
    files: {
      routes: 'web/routes',
      lib: 'web/lib',
      appTemplate: 'web/app.html',
      errorTemplate: 'web/error.html',
      hooks: { server: 'web/hooks.server', client: 'web/hooks.client', universal: 'web/hooks' },
      assets: 'web/static',
      params: 'web/params'
    },
    alias: { $shared: 'shared' },
    csp: {
      // Hashes, not nonces: a page served again from the page cache (web/lib/server/page-cache.ts) must not reuse a nonce.
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // The hash is SvelteKit's route announcer's inline style (screen readers hear page changes through it).
        // 'unsafe-inline' never reaches a browser: the server's hook puts the page's inline styles' hashes in its
        // place, computed faster than SvelteKit would (web/lib/server/style-hashes.ts). That hook runs per request,
        // so no page may be prerendered: SvelteKit would write this policy, 'unsafe-inline' and all, into its HTML.
        'style-src': ['self', 'unsafe-inline', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
        'object-src': ['none'],
        // No other site may frame a page (the console least of all), forms post only here, and no <base> redirects
        // relative links. Widgets are scripts on the agency's own page, never frames of ours, so nothing needs framing.
        'frame-ancestors': ['none'],
        'form-action': ['self'],
        'base-uri': ['none']
      }
    }
  }
};

export default config;
