/**
 * The secret of a complaint, typed once per visit: every secret field on the page shows what was typed in any of
 * them, and the tab remembers it (sessionStorage, gone when the tab closes) for the next page. Written only in the
 * browser, on input: on the server this state is never set, so no visitor's secret can reach another's page.
 */
const typed = $state<Record<string, string>>({});

const storageKey = (trackingCode: string) => `suara:secret:${trackingCode}`;

/** Reads what this tab remembers for `trackingCode` into the shared state; call it from an effect (browser only). */
export function restoreSecret(trackingCode: string): void {
  if (typed[trackingCode] !== undefined) return;
  try {
    typed[trackingCode] = sessionStorage.getItem(storageKey(trackingCode)) ?? '';
  } catch {
    typed[trackingCode] = ''; // storage blocked (a strict privacy setting): the field simply starts empty
  }
}

/** What was typed for `trackingCode` on this visit ('' when nothing, and always on the server). */
export function recallSecret(trackingCode: string): string {
  return typed[trackingCode] ?? '';
}

/** Remembers what was typed, for every field of this code and for the rest of the visit. */
export function rememberSecret(trackingCode: string, secret: string): void {
  typed[trackingCode] = secret;
  try {
    sessionStorage.setItem(storageKey(trackingCode), secret);
  } catch {
    // Not remembered across pages; the fields on this page still share it.
  }
}
