import type { Channel } from '../../shared/schemas/index.ts';

/** Channels a live rating can come from; `import` is for migrated data, never for the demo. */
export type LiveChannel = Exclude<Channel, 'import'>;

/** How an office handles complaints; the parameters live in lifecycle.ts. */
export type Handling = 'fast' | 'good' | 'average' | 'slow';

/** The character of one demo office, so the dashboard has differences worth showing. */
export type QualityProfile = {
  ratingsPerMonth: number;
  /** Share of ratings 3–4 at the start and at the end of the period (linear trend between). */
  satisfied: [start: number, end: number];
  handling: Handling;
  /** Complaints per rating: unhappy offices get more. */
  complaintRatio: number;
  channels: Readonly<Record<LiveChannel, number>>;
};

// Where people rate depends on the place: a QR poster at a counter, a kiosk in a clinic lobby,
// the web for online permits, staff helping at a small kecamatan office.
const COUNTER = { qr: 40, kiosk: 30, web: 10, widget: 10, assisted: 10 };
const CLINIC = { kiosk: 40, qr: 30, assisted: 15, web: 10, widget: 5 };
const ONLINE = { web: 35, widget: 35, qr: 20, kiosk: 10, assisted: 0 };
const SMALL = { qr: 50, assisted: 30, web: 15, widget: 5, kiosk: 0 };

const profile = (ratingsPerMonth: number, satisfied: [number, number], handling: Handling, complaintRatio: number, channels: Record<LiveChannel, number>): QualityProfile => ({
  ratingsPerMonth,
  satisfied,
  handling,
  complaintRatio,
  channels
});

/** Quality profiles by office id; every office in OFFICE_SPECS has one. */
export const PROFILES: Readonly<Record<string, QualityProfile>> = {
  'disdukcapil-sukamaju': profile(420, [0.78, 0.87], 'good', 0.05, COUNTER),
  'disdukcapil-upt-ciranjang-hilir': profile(150, [0.76, 0.78], 'average', 0.06, COUNTER),
  'disdukcapil-upt-tanjung-sari': profile(110, [0.72, 0.68], 'average', 0.07, COUNTER),
  // The model office: online permits, quick and liked.
  'dpmptsp-sukamaju': profile(220, [0.92, 0.95], 'fast', 0.03, ONLINE),
  'rsud-sukamaju': profile(380, [0.72, 0.68], 'average', 0.07, CLINIC),
  'puskesmas-cibiru-hilir': profile(160, [0.88, 0.9], 'fast', 0.03, CLINIC),
  // Getting worse: a doctor left and queues grew — the downward trend the dashboard should reveal.
  'puskesmas-sindang-wetan': profile(120, [0.66, 0.34], 'slow', 0.12, CLINIC),
  'puskesmas-pasir-luhur': profile(140, [0.8, 0.82], 'good', 0.05, CLINIC),
  'puskesmas-talaga-mukti': profile(100, [0.74, 0.76], 'average', 0.06, CLINIC),
  // Getting better: a bad start (calo, long queues) and a reform halfway through.
  'samsat-sukamaju': profile(320, [0.36, 0.66], 'slow', 0.1, COUNTER),
  'satpas-polres-sukamaju': profile(200, [0.62, 0.64], 'average', 0.07, COUNTER),
  'kantah-sukamaju': profile(130, [0.56, 0.6], 'slow', 0.11, COUNTER),
  'dinsos-sukamaju': profile(70, [0.68, 0.72], 'average', 0.09, SMALL),
  'disnaker-sukamaju': profile(50, [0.82, 0.84], 'good', 0.04, SMALL),
  'perumda-tirta-sukamaju': profile(90, [0.62, 0.66], 'average', 0.12, ONLINE),
  'kecamatan-sukamaju-kota': profile(60, [0.84, 0.86], 'good', 0.04, SMALL),
  'kecamatan-cibiru-hilir': profile(45, [0.8, 0.8], 'good', 0.05, SMALL),
  'kecamatan-sindang-wetan': profile(35, [0.76, 0.78], 'average', 0.06, SMALL),
  'kecamatan-pasir-luhur': profile(25, [0.9, 0.9], 'fast', 0.04, SMALL),
  'kecamatan-mekar-jaya': profile(20, [0.7, 0.74], 'average', 0.06, SMALL)
};
