// A small custom-element wrapper for our Svelte components. Svelte's own (`<svelte:options customElement>`) also
// handles slots, reflection, closed roots and the legacy event API, none of which the widgets use, and costs about
// 1.2 KB gzipped of the 18 KB budget. This one: an open shadow root, typed attributes (set them as
// attributes, also from script: `el.setAttribute('office', …)`), props kept live through rune-backed getters, the
// component loaded with the element's own file, and unmount once the element really leaves the page.
import { mount, type Component } from './mount.ts';
import { attach } from './styles.ts';

/** How an attribute's text becomes a prop: `reset="8"` → 8. */
export type AttributeType = 'string' | 'number';

/**
 * A widget: its attributes' types, and how to load the module whose default export is its component (which
 * receives `host` and one prop per attribute). Until it is loaded the element shows its light-DOM fallback
 * through a `<slot>`.
 */
export type Widget = { attributes: Record<string, AttributeType>; load: () => Promise<{ default: Component }> };

function parse(value: string | null, type: AttributeType): string | number | undefined {
  if (value === null || type === 'string') return value ?? undefined;
  return value.trim() && Number.isFinite(+value) ? +value : undefined;
}

/** The custom element class of a widget. */
export function widgetElement(widget: Widget): CustomElementConstructor {
  const { attributes } = widget;
  const names = Object.keys(attributes);
  class WidgetElement extends HTMLElement {
    static observedAttributes = names;
    #props: Record<string, unknown> = { host: this };
    #setters: Record<string, (value: unknown) => void> = {};
    /** The unmount of what is mounted, or of the load in progress. */
    #unmount: (() => void) | undefined;

    constructor() {
      super();
      for (const name of names) {
        let value = $state<unknown>();
        Object.defineProperty(this.#props, name, { get: () => value, enumerable: true });
        this.#setters[name] = (next) => (value = next);
      }
    }

    connectedCallback() {
      if (this.#unmount) return;
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      // The fallback link stays as the page styled it until the element's own file is here (or forever, offline).
      const slot = root.querySelector('slot') ?? root.appendChild(document.createElement('slot'));
      let unmount: (() => void) | undefined;
      let gone = false;
      const stop = (this.#unmount = () => {
        gone = true;
        unmount?.();
      });
      const attempt = () =>
        widget.load().then(
          (module) => {
            if (gone || this.#unmount !== stop) return; // left the page meanwhile
            slot.remove(); // no slot now: the fallback stays in the page but is no longer rendered
            attach(root);
            unmount = mount(module.default, root, this.#props);
          },
          () => addEventListener('online', attempt, { once: true })
        );
      void attempt();
    }

    disconnectedCallback() {
      // Moving an element (remove, then insert) must not restart it: wait a tick before tearing down.
      queueMicrotask(() => {
        if (this.isConnected || !this.#unmount) return;
        this.#unmount();
        this.#unmount = undefined;
      });
    }

    attributeChangedCallback(name: string, _old: string | null, next: string | null) {
      this.#setters[name]?.(parse(next, attributes[name]!));
    }
  }
  return WidgetElement;
}

type Registry = Pick<CustomElementRegistry, 'get' | 'define'>;

/**
 * Registers each tag once and says whether this call registered any. Webmasters often paste the snippet twice
 * (two widgets, two script tags); a second `customElements.define` of the same tag throws, so that copy quietly
 * leaves the first in charge.
 */
export function defineElements(widgets: Record<string, Widget>, registry: Registry | null = globalThis.customElements ?? null): boolean {
  if (!registry) return false; // a browser without custom elements keeps showing the light-DOM fallback link
  let defined = false;
  for (const [tag, widget] of Object.entries(widgets)) {
    if (!registry.get(tag)) {
      registry.define(tag, widgetElement(widget));
      defined = true;
    }
  }
  return defined;
}
