import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what its last full collection kept: 50 % here. V8's own choice reaches
 * four times the live heap on a large one, so pages rendered at a million ratings (~1 MB of garbage each, ~90 MB
 * live) took the server's peak from ~300 to ~580 MB before each full collection; with this it stays under ~400 MB,
 * for the same CPU (docs/bench.md, "Peak memory at the million"). A ceiling it is not: the heap still grows with
 * what the views need. Read by V8 at each full collection, so setting it here, before the views load, is in time.
 */
const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
