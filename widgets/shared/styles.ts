// The widgets' CSS, as constructable stylesheets adopted by each element's shadow root. A strict host page CSP
// (`style-src 'self'`) blocks `<style>` elements and `style=` attributes, but not adopted sheets. The widget build
// (build/slim-svelte.ts) routes every component's compiled CSS here instead of Svelte's `<style>` injection.
/// <reference types="vite/client" />
import base from './base.css?inline';

type ComponentCss = { hash: string; code: string };

const seen = new Set<string>();
// What all widgets share (card, fields, button, focus ring) comes first; components' scoped rules follow.
let text = base;
let shared: CSSStyleSheet | undefined;
// Before Safari 16.4 there are no constructable sheets; those browsers get a `<style>` (fine without a strict CSP).
const fallbacks = new Set<HTMLStyleElement>();

function constructable(): boolean {
  return typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype;
}

/** Makes a widget's shadow root use the shared sheet (done by the element wrapper as it starts). */
export function attach(root: Node): void {
  if (!(root instanceof ShadowRoot)) return;
  if (constructable()) {
    if (!shared) (shared = new CSSStyleSheet()).replaceSync(text);
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
  } else if (![...fallbacks].some((style) => style.parentNode === root)) {
    const style = document.createElement('style');
    style.textContent = text;
    fallbacks.add(root.appendChild(style));
  }
}

/**
 * Adds a component's CSS to the one sheet every widget shadow root shares (Svelte's hashed class names keep
 * components apart), and makes sure the shadow root holding `anchor` has adopted it. Never throws.
 */
export function adoptStyles(anchor: Node, css: ComponentCss): void {
  try {
    if (!seen.has(css.hash)) {
      seen.add(css.hash);
      text += css.code;
      shared?.replaceSync(text);
      for (const style of fallbacks) style.textContent = text;
    }
    const root = anchor.getRootNode();
    // A component inside a block may start in a detached fragment; by the next microtask it is in place.
    if (root instanceof ShadowRoot) attach(root);
    else queueMicrotask(() => attach(anchor.getRootNode()));
  } catch {
    // Unstyled beats broken: the host page must never see an error of ours.
  }
}
