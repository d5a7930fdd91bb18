import { createHash } from 'node:crypto';
import type { ServiceContext } from '../context.ts';

const catalogDigests = new WeakMap<object, string>();

/**
 * A weak validator of an open-data answer: the log's head (every change of the data is an event), a
 * digest of the catalog (offices, services, holidays change without events) and the request (file,
 * period, encoding), so a tag never outlives what it names, across restarts too.
 */
export function openDataEtag(ctx: ServiceContext, request: string): string {
  const catalog = ctx.store.catalog.get();
  let catalogDigest = catalogDigests.get(catalog);
  if (!catalogDigest) catalogDigests.set(catalog, (catalogDigest = createHash('sha256').update(JSON.stringify(catalog)).digest('base64url')));
  const head = ctx.views.head();
  const digest = createHash('sha256').update(`${head.seq}|${head.hash}|${catalogDigest}|${request}`).digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}

/** Whether `If-None-Match` holds the tag (or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}
