import type { Agency, Office, Service } from '../../shared/schemas/index.ts';
import type { Catalog, StaffAccount } from '../store/types.ts';
import { DEMO_HOLIDAYS } from './holidays.ts';
import { OFFICE_SPECS } from './offices.ts';
import { demoStaff } from './staff.ts';

/** The region every demo office belongs to; fictional, like everything in it. */
export const DEMO_REGION = 'Kabupaten Sukamaju';

const AGENCIES: Agency[] = [
  { id: 'pemkab-sukamaju', name: 'Pemerintah Kabupaten Sukamaju', level: 'kabupaten' },
  // Samsat is run jointly by the province's revenue agency, the police and Jasa Raharja; the province hosts it.
  { id: 'bapenda-nusantara-jaya', name: 'Badan Pendapatan Daerah Provinsi Nusantara Jaya', level: 'provinsi' },
  { id: 'polres-sukamaju', name: 'Kepolisian Resor Sukamaju', level: 'pusat' },
  { id: 'atr-bpn', name: 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', level: 'pusat' }
];

/** The fictional Kabupaten Sukamaju: agencies, offices, services, 2025–2026 holidays and demo staff. */
export function demoCatalog(): Catalog & { staff: StaffAccount[] } {
  const offices: Office[] = OFFICE_SPECS.map((spec) => ({
    id: spec.id,
    name: spec.name,
    agencyId: spec.agencyId,
    kind: spec.kind,
    region: DEMO_REGION,
    address: spec.address,
    coordinates: { lat: spec.at[0], lon: spec.at[1] },
    timeZone: 'Asia/Jakarta',
    demo: true
  }));
  const services: Service[] = OFFICE_SPECS.flatMap((spec) =>
    spec.services.map(([suffix, name, targetWorkingDays]) => ({
      id: `${spec.code}-${suffix}`,
      officeId: spec.id,
      name,
      targetWorkingDays
    }))
  );
  return {
    agencies: AGENCIES.map((agency) => ({ ...agency })),
    offices,
    services,
    holidays: [...DEMO_HOLIDAYS],
    demo: true,
    staff: demoStaff()
  };
}
