// The embeddable bundle, built as one IIFE (`build/widgets/suara.js`) so every element shares one copy of
// the Svelte runtime. A new element is one import and one entry in `defineElements`; its attributes and events
// also go in `types/suara-widgets.d.ts` and README.md.
import Rating from './rating/Rating.svelte';
import { defineElements } from './shared/define.ts';

defineElements({
  'suara-rating': Rating
});
