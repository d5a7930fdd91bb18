// The complaint widget's optional part (photos, "Kabari saya": ../complaint/extras.ts), a file of its own
// (`suara-extras.js`) fetched when the citizen starts filling in the form, so a page that only shows the form
// stays within the size budget. Loaded from here, the first file: only it can fetch the other files
// (build/classic-chunks.ts). If it cannot be fetched (offline), the form still sends text; the next focus retries.
import { loader } from './lazy.ts';
import { mount } from './mount.ts';

export const loadExtras = loader(() => import('../complaint/extras.ts'));

/** Mounts the optional part into `target` once; `props` is read live (getters). */
export function mountExtras(target: HTMLElement, props: Record<string, unknown>): void {
  if (target.firstChild) return;
  loadExtras().then(
    (module) => target.firstChild || mount(module.default, target as unknown as ShadowRoot, props),
    () => {}
  );
}
