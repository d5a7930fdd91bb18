import sharp from 'sharp';
import type { AttachmentMediaType, BlurRectangle } from '../../../shared/schemas/index.ts';
import { ValidationError } from '../../errors.ts';
import { encodeAs } from './prepare-uploads.ts';

// Strong enough that a face or a number plate cannot be read back, at the sizes we store (≤ 2560 px).
const BLUR_SIGMA = 24;

/**
 * A copy of a stored image with each rectangle blurred (clipped to the image). The rectangles are in pixels of
 * the stored image, which the console shows with its size.
 */
export async function blurredCopy(
  bytes: Buffer,
  mediaType: Exclude<AttachmentMediaType, 'application/pdf'>,
  rectangles: readonly BlurRectangle[]
): Promise<{ bytes: Buffer; width: number; height: number }> {
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  const clipped = rectangles
    .map((r) => ({ left: r.x, top: r.y, width: Math.min(r.width, width - r.x), height: Math.min(r.height, height - r.y) }))
    .filter((r) => r.left < width && r.top < height && r.width > 0 && r.height > 0);
  if (clipped.length !== rectangles.length) {
    throw new ValidationError([{ field: 'blur', message: `Area di luar gambar ${width}×${height} / a rectangle lies outside the ${width}×${height} image` }]);
  }
  const patches = await Promise.all(clipped.map(async (r) => ({ input: await sharp(bytes).extract(r).blur(BLUR_SIGMA).toBuffer(), left: r.left, top: r.top })));
  const { data, info } = await encodeAs(sharp(bytes).composite(patches), mediaType).toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
