declare global {
  namespace App {
    interface Locals {
      lang: 'id' | 'en';
      /** Seconds the API asked this visitor to wait (a 429 it answered a page's load), for the page's Retry-After. */
      retryAfter?: number;
    }
    interface Error {
      message: string;
      /** With status 429: seconds until the visitor may try again. */
      retryAfter?: number;
    }
  }
}
export {};
