import QRCode from 'qrcode';

/** A QR code as SVG path data on a `size` × `size` grid of modules (draw it with a 4-module quiet zone). */
export type QrDrawing = { size: number; path: string };

/**
 * The QR code of `text`, error correction M (15 %: a poster survives a crease or a stain), as one path of
 * horizontal runs: drawn by the page as SVG, so it prints sharp at any size and needs no image request.
 */
export function qrDrawing(text: string): QrDrawing {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { size, path };
}

/** Where the poster's code leads: the rating page of the office (and service), tagged as channel `qr`. */
export function posterTarget(origin: string, officeId: string, serviceId: string | undefined): string {
  const query = new URLSearchParams({ ...(serviceId && { layanan: serviceId }), channel: 'qr' });
  return `${origin}/nilai/${encodeURIComponent(officeId)}?${query}`;
}
