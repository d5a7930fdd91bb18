// The kiosk's service worker (scope /kios/, registered by web/routes/kios/[office]): the kiosk page, its assets
// and the widget scripts come from the network when there is one and from this cache when there is not, so a
// tablet that reloads (or restarts) without Wi-Fi still shows the rating screen. Ratings made offline wait in the
// widget's own outbox; POSTs never pass through here.
const CACHE = 'suara-kios-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreVary: true }).then((cached) => cached ?? Response.error()))
  );
});
