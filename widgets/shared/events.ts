/**
 * Tells the host page something happened: a `CustomEvent` that bubbles out of the shadow root (composed) from the
 * element itself. A listener of the page that throws is the page's error, reported by the browser, never ours.
 */
export function notify(host: HTMLElement, type: `suara:${string}`, detail: object): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
