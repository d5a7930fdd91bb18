import sharp, { type Sharp } from 'sharp';
import { ATTACHMENT_LIMITS, type AttachmentMediaType } from '../../../shared/schemas/index.ts';
import { DomainError, ValidationError } from '../../errors.ts';
import { sniffMediaType } from './sniff.ts';

// Decoded images are not kept between requests: each upload is a different picture.
sharp.cache(false);

/** A file as it came in a form. */
export type Upload = { bytes: Uint8Array };

/** A file ready to store: an image as re-encoded here, a PDF as sent. */
export type PreparedFile = { bytes: Buffer; mediaType: AttachmentMediaType; width?: number; height?: number };

/** Longest side of a stored image: enough to read a receipt or a counter sign, without a phone camera's 4000 px. */
export const MAX_IMAGE_SIDE = 2560;
// A decompression bomb (a small file of a huge picture) is refused before it is decoded.
const MAX_INPUT_PIXELS = 60_000_000;
const MB = ATTACHMENT_LIMITS.fileBytes / (1024 * 1024);

/**
 * Checks the files of a complaint (how many, how large, what they are by content) and re-encodes every image, which
 * leaves EXIF (GPS position, camera, time), comments and anything appended to the file behind: only pixels survive.
 * Throws a 413 or 422 naming the limit or the file; nothing is stored here.
 */
export async function prepareUploads(uploads: readonly Upload[]): Promise<PreparedFile[]> {
  if (uploads.length > ATTACHMENT_LIMITS.files) {
    throw new ValidationError([{ field: 'files', message: `Paling banyak ${ATTACHMENT_LIMITS.files} berkas / at most ${ATTACHMENT_LIMITS.files} files` }]);
  }
  const checked = uploads.map(({ bytes }, i) => {
    const which = `Berkas ${i + 1} / file ${i + 1}`;
    if (bytes.length > ATTACHMENT_LIMITS.fileBytes) {
      const message = `${which}: paling besar ${MB} MB / at most ${MB} MB (${ATTACHMENT_LIMITS.fileBytes} bytes) per file`;
      throw new DomainError(413, 'Content Too Large', message, [{ field: 'files', message }]);
    }
    const mediaType = sniffMediaType(bytes);
    if (!mediaType) throw new ValidationError([{ field: 'files', message: `${which}: bukan JPEG, PNG, WebP atau PDF / not a JPEG, PNG, WebP or PDF file` }]);
    return { bytes, mediaType, which };
  });
  return Promise.all(checked.map(({ bytes, mediaType, which }) => (mediaType === 'application/pdf' ? { bytes: Buffer.from(bytes), mediaType } : reencode(bytes, mediaType, which))));
}

async function reencode(bytes: Uint8Array, mediaType: Exclude<AttachmentMediaType, 'application/pdf'>, which: string): Promise<PreparedFile> {
  try {
    // rotate() turns the pixels as the EXIF orientation said, since the orientation tag goes with the rest.
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await encodeAs(image, mediaType).toBuffer({ resolveWithObject: true });
    return { bytes: data, mediaType, width: info.width, height: info.height };
  } catch {
    throw new ValidationError([{ field: 'files', message: `${which}: gambar tidak dapat dibaca / the image cannot be read` }]);
  }
}

/** Writes `image` in its own format again; sharp writes no metadata unless asked to. */
export function encodeAs(image: Sharp, mediaType: Exclude<AttachmentMediaType, 'application/pdf'>): Sharp {
  if (mediaType === 'image/jpeg') return image.jpeg({ quality: 85 });
  if (mediaType === 'image/png') return image.png();
  return image.webp({ quality: 85 });
}
