import type { PublicComplaint } from '$shared/schemas/index.ts';

/**
 * The complaint as the server pushes it (Server-Sent Events) while the page is open; the page's
 * own data until then, and always without JavaScript. EventSource reconnects by itself.
 */
export function liveComplaint(initial: () => PublicComplaint): { readonly current: PublicComplaint; readonly connected: boolean } {
  let pushed = $state<PublicComplaint | null>(null);
  let connected = $state(false);
  $effect(() => {
    const code = initial().trackingCode;
    const source = new EventSource(`/api/v1/complaints/${encodeURIComponent(code)}/events`);
    source.addEventListener('open', () => (connected = true));
    source.addEventListener('error', () => (connected = false));
    source.addEventListener('complaint', (event) => {
      const complaint = JSON.parse((event as MessageEvent<string>).data) as PublicComplaint;
      if (complaint.trackingCode === code) pushed = complaint;
    });
    return () => source.close();
  });
  return {
    get current() {
      const base = initial();
      return pushed && pushed.trackingCode === base.trackingCode && pushed.timeline.length >= base.timeline.length ? pushed : base;
    },
    get connected() {
      return connected;
    }
  };
}
