// Type declarations for pages and apps that embed the Suara Layanan widgets, so their TypeScript knows the tags,
// attributes and events. Copy this file into your project (or reference it) next to the script tag:
//   <script src="https://SUARA_HOST/embed/suara.js" defer></script>

/** The SKM answer scale: 1 Tidak Baik, 2 Kurang Baik, 3 Baik, 4 Sangat Baik. */
export type SuaraScore = 1 | 2 | 3 | 4;

/** `lang`: `id` (default) or `en`; without it the page's `<html lang>` decides. */
export type SuaraLang = 'id' | 'en' | (string & {});

/** `detail` of `suara:submitted` from `<suara-rating>`: the stored rating. */
export interface SuaraRatingSubmitted {
  /** The id of the stored rating. */
  id: string;
  score: SuaraScore;
}

/** `detail` of `suara:submitted` from `<suara-complaint>`. The secret stays inside the widget. */
export interface SuaraComplaintSubmitted {
  trackingCode: string;
}

/** `detail` of `suara:queued`: no connection; the submission waits (a rating on the device) and goes out by itself. */
export interface SuaraQueuedDetail {
  /** The submission's idempotency key; `suara:submitted` follows once it is stored. */
  key: string;
  score?: SuaraScore;
}

/** `detail` of `suara:error`: the server refused a submission (a 4xx), or the score badge could not load. */
export interface SuaraErrorDetail {
  status?: number;
  /** The server's explanation (RFC 9457 problem detail), when it gave one. */
  detail?: string;
}

/** `detail` of `suara:tracked` from `<suara-track>`. */
export interface SuaraTrackedDetail {
  trackingCode: string;
  status: 'submitted' | 'verified' | 'in_progress' | 'resolved' | 'closed' | 'rejected' | 'reopened';
}

/** Attributes of `<suara-rating>`. */
export interface SuaraRatingAttributes {
  /** Office id (slug) being rated, e.g. `disdukcapil-sukamaju`. Required: without it nothing is shown. */
  office: string;
  /** Optional service id (slug) within the office, e.g. `dukcapil-ktp-el`. */
  service?: string;
  lang?: SuaraLang;
  /** `kiosk`: a tablet at the counter (large, channel `kiosk`); `assisted`: staff enter a citizen's answer. Both start over. */
  mode?: 'kiosk' | 'assisted';
  /** Seconds the thank-you stays in `kiosk` and `assisted` mode before the widget starts over (default 8, at least 3). */
  reset?: number | `${number}`;
}

/** Attributes of `<suara-score>`: a 320 × 96 px badge linking to the office's page. */
export interface SuaraScoreAttributes {
  office: string;
  lang?: SuaraLang;
}

/** Attributes of `<suara-complaint>`. */
export interface SuaraComplaintAttributes {
  office: string;
  service?: string;
  lang?: SuaraLang;
}

/** Attributes of `<suara-track>`. */
export interface SuaraTrackAttributes {
  /** A tracking code to look up at once, e.g. `SL-7K3M-Q9XA-2B`. */
  code?: string;
  lang?: SuaraLang;
}

interface SuaraEvents {
  'suara:submitted': CustomEvent<SuaraRatingSubmitted | SuaraComplaintSubmitted>;
  'suara:queued': CustomEvent<SuaraQueuedDetail>;
  'suara:error': CustomEvent<SuaraErrorDetail>;
  'suara:tracked': CustomEvent<SuaraTrackedDetail>;
}

type JsxAttributes<A> = Partial<A> & { class?: string; id?: string; children?: unknown; [attribute: string]: unknown };

declare global {
  // The elements take their settings as attributes (`el.setAttribute('office', …)`).
  interface HTMLElementTagNameMap {
    'suara-rating': HTMLElement;
    'suara-score': HTMLElement;
    'suara-complaint': HTMLElement;
    'suara-track': HTMLElement;
  }
  // Every event bubbles out of the element and its shadow root (`composed`), so a listener on `document` hears all.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges our events into the DOM's map
  interface HTMLElementEventMap extends SuaraEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
  interface DocumentEventMap extends SuaraEvents {}
  // JSX-based frameworks that read the global JSX namespace (Preact, Solid, Stencil, older React types).
  namespace JSX {
    interface IntrinsicElements {
      'suara-rating': JsxAttributes<SuaraRatingAttributes>;
      'suara-score': JsxAttributes<SuaraScoreAttributes>;
      'suara-complaint': JsxAttributes<SuaraComplaintAttributes>;
      'suara-track': JsxAttributes<SuaraTrackAttributes>;
    }
  }
}
