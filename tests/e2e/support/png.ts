import { PNG } from 'pngjs';

/** Share of pixels that differ visibly (any channel by more than `threshold`) between two same-sized PNGs. */
export function pixelDifference(a: Buffer, b: Buffer, threshold = 24): { share: number; size: string } {
  const one = PNG.sync.read(a);
  const two = PNG.sync.read(b);
  const size = `${one.width}×${one.height} vs ${two.width}×${two.height}`;
  if (one.width !== two.width || one.height !== two.height) return { share: 1, size };
  let differing = 0;
  for (let i = 0; i < one.data.length; i += 4) {
    if ([0, 1, 2, 3].some((c) => Math.abs(one.data[i + c]! - two.data[i + c]!) > threshold)) differing++;
  }
  return { share: differing / (one.width * one.height), size };
}
