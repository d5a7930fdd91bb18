import { describe, expect, it } from 'vitest';
import { defineElements } from './define.ts';

class First extends HTMLElement {}
class Second extends HTMLElement {}

describe('defineElements', () => {
  it('defines each tag once, so a second copy of the script is harmless', () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = { get: (tag: string) => defined.get(tag), define: (tag: string, c: CustomElementConstructor) => void defined.set(tag, c) };
    defineElements({ 'suara-x': { element: First } }, registry);
    expect(() => defineElements({ 'suara-x': { element: Second } }, registry)).not.toThrow();
    expect(defined.get('suara-x')).toBe(First);
  });

  it('does nothing where custom elements are missing, leaving the light-DOM fallback', () => {
    expect(() => defineElements({ 'suara-y': { element: First } }, null)).not.toThrow();
    expect(customElements.get('suara-y')).toBeUndefined();
  });
});
