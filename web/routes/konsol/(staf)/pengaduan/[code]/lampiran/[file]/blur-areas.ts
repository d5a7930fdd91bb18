import type { BlurRectangle } from '$shared/schemas/index.ts';

/** How many areas the form offers; the API takes up to 10, three is what a photo of a counter needs. */
export const BLUR_AREAS = 3;
const PARTS = ['x', 'y', 'width', 'height'] as const;

/** The form's field names: `blur.0.x` … `blur.2.height`. */
export const blurFields = Array.from({ length: BLUR_AREAS }, (_, area) => PARTS.map((part) => `blur.${area}.${part}`)).flat();

/** The areas filled in whole (numbers as typed: the API checks them); the ones filled in part, by index. */
export function readBlurAreas(values: Record<string, string>): { blur: BlurRectangle[]; incomplete: number[] } {
  const blur: BlurRectangle[] = [];
  const incomplete: number[] = [];
  for (let area = 0; area < BLUR_AREAS; area++) {
    const typed = PARTS.map((part) => values[`blur.${area}.${part}`] ?? '');
    if (typed.every((value) => value === '')) continue;
    if (typed.some((value) => value === '')) {
      incomplete.push(area);
      continue;
    }
    const [x, y, width, height] = typed.map(Number) as [number, number, number, number];
    blur.push({ x, y, width, height });
  }
  return { blur, incomplete };
}
