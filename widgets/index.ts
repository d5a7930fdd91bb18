// The embeddable bundle's first file (`build/widgets/suara.js`, a classic script): the Svelte runtime, what all
// elements share, and the four tags. Each element's own code is a file of its own, fetched when the first such
// element starts (build/classic-chunks.ts); until it arrives the element shows its light-DOM fallback link.
// A new element is one entry below with its attributes' types; its attributes and events also go in
// `types/suara-widgets.d.ts` and README.md.
import { outbox } from './shared/delivery.ts';
import { defineElements } from './shared/element.svelte.ts';
import { loader } from './shared/lazy.ts';

const text = 'string' as const;
const forms = loader(() => import('./forms.ts'));

// The snippet pasted twice runs this twice: only the copy that registers the tags also runs the outbox.
const first = defineElements({
  'suara-rating': {
    load: loader(() => import('./rating.ts')),
    attributes: { office: text, service: text, lang: text, mode: text, reset: 'number' }
  },
  'suara-score': { load: loader(() => import('./score.ts')), attributes: { office: text, lang: text } },
  'suara-complaint': { load: () => forms().then((m) => ({ default: m.Complaint })), attributes: { office: text, service: text, lang: text } },
  'suara-track': { load: () => forms().then((m) => ({ default: m.Track })), attributes: { code: text, lang: text } }
});
if (first && typeof window !== 'undefined') outbox.start(window);
