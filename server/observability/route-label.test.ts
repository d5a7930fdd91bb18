import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { recordRoute, routeLabel } from './route-label.ts';

const request = (url: string) => ({ url }) as IncomingMessage;

describe('route labels', () => {
  it('name the API route pattern that answered, not the path', async () => {
    const app = new Hono();
    app.use('*', recordRoute());
    app.get('/api/v1/complaints/:trackingCode', (c) => c.text('ok'));
    const incoming = request('/api/v1/complaints/SKM-081377712345');
    await app.fetch(new Request('http://x/api/v1/complaints/SKM-081377712345'), { incoming });
    expect(routeLabel(incoming)).toBe('/api/v1/complaints/:trackingCode');
  });

  it('name a page by its section, and anything unknown "other"', () => {
    expect(routeLabel(request('/'))).toBe('/');
    expect(routeLabel(request('/?lang=en'))).toBe('/');
    expect(routeLabel(request('/lacak/ABC-123?kode=x'))).toBe('/lacak/*');
    expect(routeLabel(request('/lacak?kode=budi@contoh.id'))).toBe('/lacak/*');
    expect(routeLabel(request('/wp-admin/setup.php'))).toBe('other');
  });
});
