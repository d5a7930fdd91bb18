// Types of ./svelte-internal.js (Svelte's internals carry JSDoc only).
export function push(props: Record<string, unknown>, runes?: boolean): void;
export function pop(): void;
export function component_root(fn: () => void | (() => void)): () => Promise<void>;
export function branch(fn: () => void): unknown;
export function init_operations(): void;
export function create_text(value?: string): Text;
export const all_registered_events: Set<string>;
export const root_event_handles: Set<(events: string[]) => void>;
export function handle_event_propagation(this: EventTarget, event: Event): void;
