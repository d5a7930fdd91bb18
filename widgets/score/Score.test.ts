import { waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scoreMessages } from '../../shared/i18n/widget-score.ts';
import '../index.ts';
import { badgeView, type Badge } from './figures.ts';

const fetchMock = vi.fn<typeof fetch>();
const badge: Badge = {
  officeName: 'Disdukcapil Kabupaten Sukamaju',
  satisfaction: { responses: 1234, satisfiedShare: 0.8712 },
  ikm: { value: 82.5, mutu: 'B', responses: 310 },
  firstResponseHours: { value: 36, moreThan: false }
};

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  document.body.innerHTML = '';
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

async function embed(attributes: string) {
  document.body.innerHTML = `<suara-score ${attributes}><a href="https://s.example/kantor/x">Lihat kepuasan</a></suara-score>`;
  const host = document.querySelector('suara-score')!;
  await waitFor(() => expect(host.shadowRoot?.querySelector('a')).toBeTruthy(), { timeout: 10_000 });
  return { host, shadow: within(host.shadowRoot as unknown as HTMLElement) };
}

describe('<suara-score>', () => {
  it("shows the office's figures as one link to its page", async () => {
    fetchMock.mockResolvedValue(Response.json({ officeId: 'disdukcapil-sukamaju', period: { from: '2025-12-01', to: '2026-11-30' }, ...badge }));
    const { shadow } = await embed('office="disdukcapil-sukamaju" lang="id"');
    const link = shadow.getByRole('link');
    await waitFor(() => expect(link).toHaveTextContent('87,1 %'));
    expect(link).toHaveTextContent('dari 1.234 penilaian');
    expect(link).toHaveTextContent('IKM 82,50 (B) · n = 310');
    expect(link).toHaveTextContent('Tanggapan pertama: 36 jam');
    expect(link).toHaveTextContent('Lihat angka lengkap Disdukcapil Kabupaten Sukamaju');
    expect(link).toHaveAttribute('href', 'http://localhost:3000/kantor/disdukcapil-sukamaju');
    expect(fetchMock.mock.calls[0]![0]).toBe('http://localhost:3000/api/v1/offices/disdukcapil-sukamaju/badge');
  });

  it('says so politely when the figures cannot be loaded, and tells the host page', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const errors = vi.fn();
    document.addEventListener('suara:error', errors);
    const { shadow } = await embed('office="disdukcapil-sukamaju" lang="en"');
    await waitFor(() => expect(shadow.getByRole('link')).toHaveTextContent('Figures could not be loaded'));
    expect(errors).toHaveBeenCalledOnce();
    document.removeEventListener('suara:error', errors);
  });
});

describe('badgeView', () => {
  const t = scoreMessages;
  it('formats figures the Indonesian and the English way', () => {
    expect(badgeView(badge, 'id', t.id)).toEqual({ share: '87,1\u00a0%', responses: 'dari 1.234 penilaian', ikm: '82,50 (B) · n = 310', firstResponse: '36 jam' });
    expect(badgeView(badge, 'en', t.en)).toEqual({ share: '87.1%', responses: 'of 1,234 ratings', ikm: '82.50 (B) · n = 310', firstResponse: '36 h' });
  });

  it('never shows a grade from a small sample as a bare letter', () => {
    const few = { ...badge, ikm: { value: 90.1, mutu: 'A', responses: 18, requiredSample: null } };
    expect(badgeView(few, 'id', t.id).ikm).toBe('90,10 (A) · sampel kecil (n = 18)');
    const short = { ...badge, ikm: { value: 90.1, mutu: 'A', responses: 40, requiredSample: 96 } };
    expect(badgeView(short, 'id', t.id).ikm).toBe('90,10 (A) · sampel belum memenuhi (40 dari minimal 96)');
  });

  it('switches to days from two days on, marks censored medians, and copes with no data', () => {
    const slow = { ...badge, firstResponseHours: { value: 130, moreThan: true } };
    expect(badgeView(slow, 'id', t.id).firstResponse).toBe('> 5,4 hari');
    const empty: Badge = { ...badge, satisfaction: { responses: 0, satisfiedShare: null }, ikm: null, firstResponseHours: null };
    expect(badgeView(empty, 'id', t.id)).toEqual({ share: '–', responses: 'Belum ada penilaian', ikm: '', firstResponse: '–' });
  });
});
