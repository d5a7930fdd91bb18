// Type declarations for pages and apps that embed the Suara Layanan widgets, so their TypeScript knows the tags,
// attributes and events. Copy this file into your project (or reference it) next to the script tag:
//   <script src="https://SUARA_HOST/embed/suara.js" defer></script>

/** The SKM answer scale: 1 Tidak Baik, 2 Kurang Baik, 3 Baik, 4 Sangat Baik. */
export type SuaraScore = 1 | 2 | 3 | 4;

/** `detail` of the `suara:submitted` event, fired (bubbling, composed) by the element after a rating is stored. */
export interface SuaraSubmittedDetail {
  /** The id of the stored rating. */
  id: string;
  score: SuaraScore;
}

/** Attributes of `<suara-rating>`. */
export interface SuaraRatingAttributes {
  /** Office id (slug) being rated, e.g. `disdukcapil-sukamaju`. Required: without it nothing is shown. */
  office: string;
  /** Optional service id (slug) within the office, e.g. `ktp-el`. */
  service?: string;
  /** `id` (default) or `en`; without it the page's `<html lang>` decides. */
  lang?: 'id' | 'en' | (string & {});
}

/** The `<suara-rating>` element: the attributes are mirrored as properties. */
export interface SuaraRatingElement extends HTMLElement {
  office: string;
  service: string | undefined;
  lang: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'suara-rating': SuaraRatingElement;
  }
  interface HTMLElementEventMap {
    'suara:submitted': CustomEvent<SuaraSubmittedDetail>;
  }
  interface DocumentEventMap {
    'suara:submitted': CustomEvent<SuaraSubmittedDetail>;
  }
  // JSX-based frameworks that read the global JSX namespace (Preact, Solid, Stencil, older React types).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'suara-rating': SuaraRatingAttributes & { class?: string; id?: string; children?: unknown; [attribute: string]: unknown };
    }
  }
}
