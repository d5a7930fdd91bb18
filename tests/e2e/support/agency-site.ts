import type { HostFile } from './host-page.ts';

/** The strict CSP an agency site may send: only our script and API besides the page itself, and no inline style at all. */
export const strictCsp = (suara: string) => `default-src 'self'; script-src 'self' ${suara}; connect-src ${suara}; style-src 'self'`;

/**
 * CSS of the kind old agency sites carry: global resets and `!important` on `*`, `div` and `button`, which would
 * wreck a widget that is not shielded. The slots that hold the widgets keep a fixed width (and background), so
 * that their screenshots can be compared with the plain page's.
 */
export const HOSTILE_CSS = `
html { font-size: 62.5%; }
* { margin: 9px !important; padding: 4px !important; color: #b00 !important; font: italic 19px/2.6 Georgia, serif !important;
    letter-spacing: .12em !important; text-transform: uppercase !important; border: 2px dashed #f0f !important;
    background: #ffd !important; box-sizing: content-box !important; text-align: center !important; }
div { display: inline !important; width: 80px !important; opacity: .9 !important; }
button { all: unset !important; background: #000 !important; color: #ff0 !important; font-size: 40px !important; }
a { color: lime !important; text-decoration: overline !important; }
svg { width: 5px !important; }
`;

export const PLAIN_CSS = `
body { margin: 0; padding: 16px; font-family: sans-serif; background: #fff; }
`;

/**
 * Where the widgets sit on both test pages: the same whole-pixel places and widths (a fractional offset changes
 * how text is antialiased), on white, with a little white below where a fractional height rounds to.
 */
export const SLOT_CSS = `
.slot { position: absolute !important; left: 40px !important; display: block !important; width: 400px !important; margin: 0 !important;
        padding: 0 0 4px !important; border: 0 !important; background: #fff !important; }
.slot.rating { top: 120px !important; }
.slot.score { top: 660px !important; width: 320px !important; }
.slot.complaint { top: 800px !important; }
.slot.track { top: 1800px !important; }
`;

/** A page of an agency's site with all four elements, each in a fixed-width slot, and its stylesheet. */
export function agencyPage(suara: string, { office, trackingCode, css }: { office: string; trackingCode: string; css: string }): Record<string, HostFile> {
  const html = `<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dinas Contoh — Layanan Publik</title><link rel="icon" href="/favicon.ico">
  <link rel="stylesheet" href="/site.css">
  <script src="${suara}/embed/suara.js" defer></script>
</head>
<body>
  <h1>Layanan Publik</h1>
  <section class="slot rating"><suara-rating office="${office}"><a href="${suara}/nilai/${office}">Beri penilaian</a></suara-rating></section>
  <section class="slot score"><suara-score office="${office}"><a href="${suara}/kantor/${office}">Lihat kepuasan layanan</a></suara-score></section>
  <section class="slot complaint"><suara-complaint office="${office}"><a href="${suara}/pengaduan/baru">Ajukan pengaduan</a></suara-complaint></section>
  <section class="slot track"><suara-track code="${trackingCode}"><a href="${suara}/lacak">Lacak pengaduan</a></suara-track></section>
</body>
</html>`;
  return {
    '/': { body: html, type: 'text/html' },
    '/site.css': { body: css + SLOT_CSS, type: 'text/css' },
    '/favicon.ico': { body: '', type: 'image/x-icon' }
  };
}
