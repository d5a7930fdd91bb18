import { SKM_2017 } from '../../shared/skm/elements.ts';
import { AGE_BANDS, EDUCATIONS, OCCUPATIONS, type RespondentProfile } from '../../shared/skm/profile.ts';
import type { SurveySubmitted } from '../store/events.ts';
import { DAY_MS, dayStart, HOUR_MS, localDay, workCalendar } from './calendar.ts';
import { demoCatalog } from './catalog.ts';
import { PROFILES, type QualityProfile } from './profiles.ts';
import { createRng, deriveSeed, type Rng } from './random.ts';
import { pickService, satisfiedShareAt, type RatingPlan } from './ratings.ts';
import { DEFAULT_DEMO_SEED } from './events.ts';

/** Full surveys per quick rating: the long form is filled far less often. */
const SURVEYS_PER_RATING = 0.08;

// How each element sits against the office's overall quality: fees are mostly free (Disdukcapil,
// Puskesmas with BPJS), speed and complaint handling are where slow offices lose most.
const ELEMENT_OFFSET = [0.02, -0.02, -0.08, 0.12, 0.03, 0.02, 0.04, -0.1, -0.04];
const SLOW_PENALTY: Record<QualityProfile['handling'], number> = { fast: 0.04, good: 0.01, average: -0.03, slow: -0.1 };

const SURVEY_COMMENTS: readonly (readonly string[])[] = [
  [
    'Antrean terlalu lama dan tidak ada kepastian jam selesai.',
    'Tolong tambah loket, satu loket untuk semua layanan.',
    'Kotak pengaduan ada tapi tidak pernah dibuka.',
    'Petugas tidak menjelaskan persyaratan, bolak-balik tiga kali.'
  ],
  [
    'Ruang tunggu panas, kipas angin rusak.',
    'Informasi persyaratan di papan berbeda dengan kata petugas.',
    'Mohon dikabari kalau berkas sudah jadi, nomor saya 0812-3456-7781.',
    'Toilet perlu dibersihkan lebih sering.'
  ],
  ['Pelayanan sudah baik, pertahankan.', 'Cukup cepat, petugas sopan.', 'Alur antrean sudah lebih tertib dari tahun lalu.', 'Sebaiknya ada layanan daring untuk pendaftaran.'],
  ['Sangat puas, selesai dalam satu hari dan gratis.', 'Petugas ramah dan membantu orang tua saya.', 'Terima kasih, prosesnya mudah sekali.', 'Ruang tunggu nyaman, ada pojok anak.']
];

function answer(rng: Rng, share: number): 1 | 2 | 3 | 4 {
  const p = Math.min(0.99, Math.max(0.02, share));
  if (rng.chance(p)) return rng.chance(0.2 + 0.6 * p) ? 4 : 3;
  return rng.chance(0.15 + 0.5 * (1 - p)) ? 1 : 2;
}

function respondent(rng: Rng): RespondentProfile | undefined {
  if (rng.chance(0.06)) return undefined;
  const profile: RespondentProfile = {};
  if (rng.chance(0.95)) profile.gender = rng.chance(0.54) ? 'P' : 'L';
  if (rng.chance(0.9)) profile.age = rng.weighted({ lt21: 8, '21-30': 27, '31-40': 26, '41-50': 20, '51-60': 12, gt60: 7 } satisfies Record<(typeof AGE_BANDS)[number], number>);
  if (rng.chance(0.88)) profile.education = rng.weighted({ sd: 12, smp: 16, sma: 40, diploma: 9, s1: 19, s2: 4 } satisfies Record<(typeof EDUCATIONS)[number], number>);
  if (rng.chance(0.88)) profile.occupation = rng.weighted({ pns: 10, tni: 2, polri: 2, swasta: 30, wirausaha: 26, lainnya: 30 } satisfies Record<(typeof OCCUPATIONS)[number], number>);
  return profile;
}

/** Full SKM responses for one office over [from, now), consistent with its quality profile and trend. */
function officeSurveys(rng: Rng, isWorkingDay: (day: number) => boolean, plan: RatingPlan): SurveySubmitted[] {
  const out: SurveySubmitted[] = [];
  const perDay = (plan.profile.ratingsPerMonth * SURVEYS_PER_RATING) / 21.5;
  const bias = SLOW_PENALTY[plan.profile.handling];
  for (let day = localDay(plan.from); day <= localDay(plan.now); day++) {
    if (!isWorkingDay(day)) continue;
    const count = Math.floor(perDay * rng.between(0.4, 1.6) + rng.next());
    for (let i = 0; i < count; i++) {
      const at = Math.round(dayStart(day) + (8 + 7 * rng.next()) * HOUR_MS);
      if (at < plan.from || at >= plan.now) continue;
      // Each respondent has a mood around the office's share of satisfied ratings at that time.
      const mood = satisfiedShareAt(plan, at) + bias + rng.between(-0.12, 0.12);
      const answers = ELEMENT_OFFSET.map((offset) => answer(rng, mood + offset));
      const event: SurveySubmitted = {
        type: 'survey.submitted',
        at,
        officeId: plan.officeId,
        elementSet: SKM_2017.id,
        answers,
        channel: rng.weighted({ qr: 40, kiosk: 25, web: 20, assisted: 15 })
      };
      if (rng.chance(0.9)) event.serviceId = pickService(rng, plan.serviceIds);
      const profile = respondent(rng);
      if (profile) event.respondent = profile;
      if (rng.chance(0.16)) {
        const mean = answers.reduce((a, b) => a + b, 0) / answers.length;
        event.comment = rng.pick(SURVEY_COMMENTS[Math.min(3, Math.max(0, Math.round(mean) - 1))]!);
      }
      out.push(event);
    }
  }
  return out;
}

/** A year (by default) of full SKM responses for every demo office, sorted by time. */
export function demoSurveys({ now, months = 12, seed = DEFAULT_DEMO_SEED }: { now: number; months?: number; seed?: number }): SurveySubmitted[] {
  const catalog = demoCatalog();
  const calendar = workCalendar(catalog.holidays);
  const from = now - Math.round(months * (365.25 / 12) * DAY_MS);
  const events: SurveySubmitted[] = [];
  for (const office of catalog.offices) {
    const profile = PROFILES[office.id]!;
    const serviceIds = catalog.services.filter((s) => s.officeId === office.id).map((s) => s.id);
    const plan: RatingPlan = { officeId: office.id, serviceIds, profile, from, now };
    events.push(...officeSurveys(createRng(deriveSeed(seed, `surveys:${office.id}`)), calendar.isWorkingDay, plan));
  }
  return events.sort((a, b) => a.at - b.at);
}

/** Each demo office's service users per SKM year and semester touched by the demo window (users ≫ raters). */
export function demoPopulations(now: number, months = 12): { officeId: string; period: string; population: number }[] {
  const from = now - Math.round(months * (365.25 / 12) * DAY_MS);
  const years = [...new Set([new Date(from).getUTCFullYear(), new Date(now).getUTCFullYear()])];
  return demoCatalog().offices.flatMap((office) => {
    const monthly = PROFILES[office.id]!.ratingsPerMonth * 4;
    return years.flatMap((year) => [
      { officeId: office.id, period: String(year), population: monthly * 12 },
      { officeId: office.id, period: `${year}-S1`, population: monthly * 6 },
      { officeId: office.id, period: `${year}-S2`, population: monthly * 6 }
    ]);
  });
}
