import { expect, it } from 'vitest';
import { consoleApp } from './console-fixtures.ts';
import { sseReader } from './sse.ts';

it('stops watching a complaint when the live client hangs up', async () => {
  const app = await consoleApp();
  const { trackingCode } = await app.file();
  const views = app.app.context.views;
  let watching = 0;
  const watch = views.watchComplaint;
  views.watchComplaint = (code, listener) => {
    watching++;
    const unwatch = watch(code, listener);
    return () => {
      watching--;
      unwatch();
    };
  };
  const stream = sseReader(await app.app.request(`/api/v1/complaints/${trackingCode}/events`));
  await stream.next();
  expect(watching).toBe(1);
  await stream.close();
  await expect.poll(() => watching).toBe(0);
});
