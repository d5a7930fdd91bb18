import { invalidateAll } from '$app/navigation';

/**
 * Keeps the staff view of a complaint current while it is open: the public live stream (the one the citizen's
 * tracking page follows) says when something changed, e.g. the citizen answered "Belum", and the page reloads its
 * data. The stream's first message is the state just loaded, so it changes nothing.
 */
export function followLive(trackingCode: () => string): void {
  $effect(() => {
    const source = new EventSource(`/api/v1/complaints/${encodeURIComponent(trackingCode())}/events`);
    let first = true;
    source.addEventListener('complaint', () => {
      if (!first) void invalidateAll();
      first = false;
    });
    return () => source.close();
  });
}
