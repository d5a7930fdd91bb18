// The few Svelte internals ./mount.ts needs, re-exported from the runtime's own files (the package does not export
// them). Same files as the compiled components use, so the same module instances. Pinned by the component tests
// and the browser tests; check them when upgrading Svelte.
export { push, pop } from '../../node_modules/svelte/src/internal/client/context.js';
export { component_root, branch } from '../../node_modules/svelte/src/internal/client/reactivity/effects.js';
export { init_operations, create_text } from '../../node_modules/svelte/src/internal/client/dom/operations.js';
export { all_registered_events, handle_event_propagation, root_event_handles } from '../../node_modules/svelte/src/internal/client/dom/elements/events.js';
