import type { Agency, Office, Service } from '../../../shared/schemas/index.ts';
import { emptyCatalog } from '../../store/catalog.ts';
import type { Catalog } from '../../store/types.ts';
import { DEMO_HOLIDAYS } from '../holidays.ts';
import { OFFICE_SPECS, type OfficeSpec } from '../offices.ts';
import { PROFILES, type Handling, type QualityProfile } from '../profiles.ts';
import { createRng, deriveSeed, type Rng } from '../random.ts';

// The demo regency, repeated: every fictional regency gets the same twenty kinds of office as
// Kabupaten Sukamaju, with its own places, its own volumes and its own good and bad offices.

/** A fictional regency: display name, slug for ids, and a three-letter code for service ids. */
type Regency = { name: string; slug: string; code: string };

const REGENCIES: readonly Regency[] = [
  { name: 'Sukamaju', slug: 'sukamaju', code: 'smj' },
  { name: 'Mekarsari', slug: 'mekarsari', code: 'mks' },
  { name: 'Tanjung Harapan', slug: 'tanjungharapan', code: 'tjh' },
  { name: 'Sumber Rejeki', slug: 'sumberrejeki', code: 'smr' },
  { name: 'Bukit Permai', slug: 'bukitpermai', code: 'bkp' },
  { name: 'Sungai Lestari', slug: 'sungailestari', code: 'sgl' },
  { name: 'Wana Asri', slug: 'wanaasri', code: 'wna' },
  { name: 'Giri Mulya', slug: 'girimulya', code: 'grm' },
  { name: 'Pantai Indah', slug: 'pantaiindah', code: 'pti' },
  { name: 'Karang Makmur', slug: 'karangmakmur', code: 'krm' },
  { name: 'Lembah Hijau', slug: 'lembahhijau', code: 'lbh' },
  { name: 'Padang Sejahtera', slug: 'padangsejahtera', code: 'pds' }
];
const PLACE_HEADS = ['Ci', 'Sindang', 'Pasir', 'Talaga', 'Tanjung', 'Karang', 'Bojong', 'Waringin', 'Kali', 'Jati', 'Gunung', 'Rawa', 'Sumber', 'Bumi', 'Cibiru', 'Wates'];
const PLACE_TAILS = ['Hilir', 'Wetan', 'Luhur', 'Mukti', 'Jaya', 'Sari', 'Kulon', 'Asri', 'Mulya', 'Rejo', 'Makmur', 'Indah', 'Tengah', 'Baru'];
const DEMO_PLACES = ['Ciranjang Hilir', 'Tanjung Sari', 'Cibiru Hilir', 'Sindang Wetan', 'Pasir Luhur', 'Talaga Mukti', 'Mekar Jaya'];
const HANDLING: readonly Handling[] = ['fast', 'good', 'average', 'slow'];

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The catalog and quality profiles of a scaled demo: `officeCount` offices over as many regencies as needed. */
export type ScaledCatalog = { catalog: Catalog; profiles: ReadonlyMap<string, QualityProfile> };

/**
 * `officeCount` fictional offices: regency after regency of the demo's twenty, the first being the
 * demo's own Kabupaten Sukamaju. Deterministic for a seed.
 */
export function scaledCatalog(officeCount: number, seed: number): ScaledCatalog {
  if (!Number.isInteger(officeCount) || officeCount < 1) throw new RangeError(`officeCount must be a positive integer: ${officeCount}`);
  const agencies = new Map<string, Agency>([['atr-bpn', { id: 'atr-bpn', name: 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', level: 'pusat' }]]);
  const offices: Office[] = [];
  const services: Service[] = [];
  const profiles = new Map<string, QualityProfile>();
  for (let index = 0; offices.length < officeCount; index++) {
    const regency = regencyAt(index);
    const rng = createRng(deriveSeed(seed, `regency:${regency.slug}`));
    const places = index === 0 ? DEMO_PLACES : pickPlaces(rng, DEMO_PLACES.length);
    const placeOf = new Map(DEMO_PLACES.map((place, i) => [place, places[i]!]));
    // A regency's offices share a character: a good administration lifts all of them a little.
    const regencyMood = index === 0 ? 0 : rng.between(-0.1, 0.07);
    const regencyVolume = index === 0 ? 1 : rng.between(0.6, 1.6);
    for (const spec of OFFICE_SPECS) {
      if (offices.length >= officeCount) break;
      const office = officeFor(spec, regency, placeOf, index);
      for (const agency of agenciesOf(spec, regency)) agencies.set(agency.id, agency);
      offices.push(office);
      services.push(
        ...spec.services.map(([suffix, name, targetWorkingDays]) => ({
          id: index === 0 ? `${spec.code}-${suffix}` : `${spec.code}-${regency.code}-${suffix}`,
          officeId: office.id,
          name,
          targetWorkingDays
        }))
      );
      const base = PROFILES[spec.id]!;
      profiles.set(office.id, index === 0 ? base : varied(rng, base, regencyMood, regencyVolume));
    }
  }
  return {
    // From the empty catalog, so keys added to the catalog later (staff, settings) start empty here too.
    catalog: { ...emptyCatalog(), agencies: [...agencies.values()], offices, services, holidays: [...DEMO_HOLIDAYS], demo: true },
    profiles
  };
}

function regencyAt(index: number): Regency {
  const regency = REGENCIES[index % REGENCIES.length]!;
  const round = Math.floor(index / REGENCIES.length);
  if (round === 0) return regency;
  // Past the named regencies: "Sukamaju Utara", "Mekarsari Utara", … then "… Selatan".
  const side = ['Utara', 'Selatan', 'Timur', 'Barat'][(round - 1) % 4]! + (round > 4 ? ` ${Math.ceil(round / 4)}` : '');
  return { name: `${regency.name} ${side}`, slug: `${regency.slug}${slugOf(side).replace(/-/g, '')}`, code: `${regency.code}${round}` };
}

function pickPlaces(rng: Rng, count: number): string[] {
  const places = new Set<string>();
  while (places.size < count) {
    const head = rng.pick(PLACE_HEADS);
    const tail = rng.pick(PLACE_TAILS);
    // Sundanese "Ci-" (water) joins its word: Cihilir, Cijaya.
    places.add(head === 'Ci' ? `Ci${tail.toLowerCase()}` : `${head} ${tail}`);
  }
  return [...places];
}

function officeFor(spec: OfficeSpec, regency: Regency, placeOf: ReadonlyMap<string, string>, index: number): Office {
  let { id, name, address } = spec;
  for (const [demoPlace, place] of placeOf) {
    id = id.replace(slugOf(demoPlace), slugOf(place));
    name = name.replace(demoPlace, place);
    address = address.replaceAll(demoPlace, place);
  }
  if (index > 0 && !id.includes('sukamaju')) id = `${id}-${regency.code}`; // place names repeat between regencies
  return {
    id: id.replace('sukamaju', regency.slug),
    name: name.replaceAll('Sukamaju', regency.name),
    agencyId: agencyIdFor(spec.agencyId, regency),
    kind: spec.kind,
    region: `Kabupaten ${regency.name}`,
    address: address.replaceAll('Sukamaju', regency.name),
    // Regencies side by side on a grid of ~0.4°, so maps spread them out.
    coordinates: { lat: round4(spec.at[0] - 0.4 * Math.floor(index / 6)), lon: round4(spec.at[1] + 0.4 * (index % 6)) },
    timeZone: 'Asia/Jakarta',
    demo: true
  };
}

function agencyIdFor(demoAgencyId: string, regency: Regency): string {
  return demoAgencyId.replace('sukamaju', regency.slug);
}

function agenciesOf(spec: OfficeSpec, regency: Regency): Agency[] {
  const id = agencyIdFor(spec.agencyId, regency);
  if (id.startsWith('pemkab-')) return [{ id, name: `Pemerintah Kabupaten ${regency.name}`, level: 'kabupaten' }];
  if (id.startsWith('polres-')) return [{ id, name: `Kepolisian Resor ${regency.name}`, level: 'pusat' }];
  if (id === 'bapenda-nusantara-jaya') return [{ id, name: 'Badan Pendapatan Daerah Provinsi Nusantara Jaya', level: 'provinsi' }];
  return [];
}

/** The demo office's character, moved by the regency's mood and volume and a little chance. */
function varied(rng: Rng, base: QualityProfile, mood: number, volume: number): QualityProfile {
  const shift = mood + rng.between(-0.06, 0.06);
  const clamp = (share: number) => Math.min(0.97, Math.max(0.2, share + shift));
  const handlingIndex = HANDLING.indexOf(base.handling) + (rng.chance(0.3) ? (shift < 0 ? 1 : -1) : 0);
  return {
    ratingsPerMonth: Math.max(5, Math.round(base.ratingsPerMonth * volume * rng.between(0.7, 1.3))),
    satisfied: [clamp(base.satisfied[0]), clamp(base.satisfied[1])],
    handling: HANDLING[Math.min(3, Math.max(0, handlingIndex))]!,
    complaintRatio: base.complaintRatio * rng.between(0.8, 1.25),
    channels: base.channels
  };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
