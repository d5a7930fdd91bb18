/** A Svelte component compiled with `<svelte:options customElement>` but no tag: its class is on `.element`. */
type CustomElementComponent = { element?: CustomElementConstructor };

type Registry = Pick<CustomElementRegistry, 'get' | 'define'>;

/**
 * Registers each tag once. Webmasters often paste the snippet twice (two widgets, two script tags); a
 * second `customElements.define` of the same tag throws, so that copy quietly leaves the first in charge.
 */
export function defineElements(elements: Record<string, object>, registry: Registry | null = globalThis.customElements ?? null): void {
  if (!registry) return; // a browser without custom elements keeps showing the light-DOM fallback link
  for (const [tag, component] of Object.entries(elements)) {
    const element = (component as CustomElementComponent).element;
    if (element && !registry.get(tag)) registry.define(tag, element);
  }
}
