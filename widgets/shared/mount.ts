import { all_registered_events, branch, component_root, create_text, handle_event_propagation, init_operations, pop, push, root_event_handles } from './svelte-internal.js';

import type { Component as SvelteComponent } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Component = SvelteComponent<any>;

/** What a compiled Svelte 5 component is at run time: a function of an anchor node and its props. */
type Render = (anchor: Node, props: Record<string, unknown>) => unknown;

/**
 * Svelte's `mount()` without the error and async boundary it wraps every root in (boundary.js and its async
 * machinery, ~1.4 KB gzipped of the widgets' 18 KB budget). The widgets use neither `<svelte:boundary>`
 * nor `await` in markup; an error in them is caught where it can happen (see api.ts, outbox.ts). Otherwise what
 * `mount()` does: a root effect with one branch, and event delegation on the target for the events components use.
 * Returns the unmount.
 */
export function mount(component: Component, target: ShadowRoot, props: Record<string, unknown>): () => void {
  init_operations();
  const listening = new Set<string>();
  const listen = (events: Iterable<string>) => {
    for (const name of events) {
      if (listening.has(name)) continue;
      listening.add(name);
      target.addEventListener(name, handle_event_propagation);
    }
  };
  const destroy = component_root(() => {
    const anchor = target.appendChild(create_text());
    branch(() => {
      push({});
      (component as unknown as Render)(anchor, props);
      pop();
    });
    listen(all_registered_events);
    root_event_handles.add(listen);
    return () => {
      for (const name of listening) target.removeEventListener(name, handle_event_propagation);
      root_event_handles.delete(listen);
      anchor.remove();
    };
  });
  return () => void destroy();
}
