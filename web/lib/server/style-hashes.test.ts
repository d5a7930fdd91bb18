import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyleHashes, withStyleHashes } from './style-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline' 'unsafe-hashes' 'sha256-route='; script-src 'self'";

describe('the style hashes of a page', () => {
  it("puts the hashes of the head's <style> elements in place of 'unsafe-inline'", () => {
    const first = 'body{color:#111}p::before{content:"\\2014"}';
    const second = 'main{margin:0 — auto}';
    const html = `<html><head><style>${first}</style><style data-x="1">${second}</style></head><body><style>ignored{}</style></body></html>`;
    expect(withStyleHashes(CSP, inlineStyleHashes(html))).toBe(`default-src 'self'; style-src 'self' ${sha(first)} ${sha(second)} 'unsafe-hashes' 'sha256-route='; script-src 'self'`);
  });

  it("drops 'unsafe-inline' from a page without inline styles", () => {
    expect(withStyleHashes(CSP, inlineStyleHashes('<html><head></head><body></body></html>'))).toBe("default-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-route='; script-src 'self'");
  });

  it("leaves a policy without 'unsafe-inline' in style-src as it is", () => {
    const strict = "default-src 'self'; style-src 'self' 'sha256-abc='";
    expect(withStyleHashes(strict, inlineStyleHashes('<html><head><style>a{}</style></head></html>'))).toBe(strict);
    expect(withStyleHashes("script-src 'self' 'unsafe-inline'", inlineStyleHashes('<head><style>a{}</style></head>'))).toBe("script-src 'self' 'unsafe-inline'");
  });
});
