import { describe, expect, it } from 'vitest';
import { readBlurAreas } from './blur-areas.ts';

describe('readBlurAreas', () => {
  it('takes the areas filled in whole and names the ones filled in part', () => {
    const values = { 'blur.0.x': '10', 'blur.0.y': '20', 'blur.0.width': '30', 'blur.0.height': '40', 'blur.1.x': '5', 'blur.2.x': '', 'blur.2.y': '' };
    expect(readBlurAreas(values)).toEqual({ blur: [{ x: 10, y: 20, width: 30, height: 40 }], incomplete: [1] });
  });

  it('takes nothing from an empty form: the image is published as it is', () => {
    expect(readBlurAreas({})).toEqual({ blur: [], incomplete: [] });
  });
});
