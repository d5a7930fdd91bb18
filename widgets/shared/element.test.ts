import { waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElements, widgetElement, type Widget } from './element.svelte.ts';
import Echo from './Echo.fixture.svelte';

const echo: Widget = { load: async () => ({ default: Echo }), attributes: { office: 'string', reset: 'number' } };
let count = 0;
/** A fresh tag per test: a registry cannot forget one. */
function define(widget: Widget = echo): string {
  const tag = `suara-test-${++count}`;
  customElements.define(tag, widgetElement(widget));
  return tag;
}

afterEach(() => void (document.body.innerHTML = ''));

describe('widget elements', () => {
  it('pass typed attributes to the component as live props', async () => {
    const tag = define();
    document.body.innerHTML = `<${tag} office="kua-x" reset="8"></${tag}>`;
    const host = document.querySelector(tag)!;
    await waitFor(() => expect(host.shadowRoot?.querySelector('p')?.textContent).toBe('kua-x 8 number'));
    host.setAttribute('office', 'kua-y');
    host.setAttribute('reset', 'soon');
    await waitFor(() => expect(host.shadowRoot?.querySelector('p')?.textContent).toBe('kua-y - undefined'));
  });

  it('show the light-DOM fallback until their file is here, and keep it when it cannot come', async () => {
    let fail = true;
    const tag = define({ attributes: {}, load: vi.fn(async () => (fail ? Promise.reject(new TypeError('offline')) : { default: Echo })) });
    document.body.innerHTML = `<${tag}><a href="/nilai/x">Beri penilaian</a></${tag}>`;
    const host = document.querySelector(tag)!;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.shadowRoot!.querySelector('slot')).not.toBeNull(); // the link is still what shows
    fail = false;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(host.shadowRoot!.querySelector('p')).not.toBeNull());
    expect(host.shadowRoot!.querySelector('slot')).toBeNull();
  });

  it('survive being moved, and unmount once really removed', async () => {
    const tag = define();
    document.body.innerHTML = `<div id="a"><${tag} office="x"></${tag}></div><div id="b"></div>`;
    const host = document.querySelector(tag)! as HTMLElement & { lives?: number };
    await waitFor(() => expect(host.shadowRoot?.querySelector('p')).not.toBeNull());
    document.getElementById('b')!.append(host);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.lives).toBe(1);
    expect(host.hasAttribute('data-destroyed')).toBe(false);
    host.remove();
    await waitFor(() => expect(host.hasAttribute('data-destroyed')).toBe(true));
  });

  it('define each tag once, so a second copy of the script is harmless', () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = { get: (tag: string) => defined.get(tag), define: (tag: string, c: CustomElementConstructor) => void defined.set(tag, c) };
    expect(defineElements({ 'suara-x': echo }, registry)).toBe(true);
    const first = defined.get('suara-x');
    expect(defineElements({ 'suara-x': echo }, registry)).toBe(false);
    expect(defined.get('suara-x')).toBe(first);
    expect(defineElements({ 'suara-y': echo }, null)).toBe(false); // no custom elements: the fallback link stays
  });
});
