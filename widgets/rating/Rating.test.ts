// The real custom element, as a host page gets it: registered by ../index.ts, its component loaded on first use.
import { fireEvent, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../index.ts';
import { STORAGE_KEY } from '../shared/outbox.ts';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  localStorage.clear();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

/** Puts `<suara-rating>` in the page and waits until its shadow root has rendered. */
async function embed(attributes: string, lightDom = '') {
  document.body.innerHTML = `<suara-rating ${attributes}>${lightDom}</suara-rating>`;
  const host = document.querySelector('suara-rating')!;
  // The element's own file is imported on first use: the first time, the test run compiles it.
  await waitFor(() => expect(host.shadowRoot?.querySelector('fieldset')).toBeTruthy(), { timeout: 10_000 });
  return { host, shadow: within(host.shadowRoot as unknown as HTMLElement), root: host.shadowRoot! };
}

// jsdom has no keyboard activation for radios: a browser turns Space (or an arrow key) on the focused radio
// into exactly this click. The real key presses are in tests/e2e/widget-embed.test.ts.
function chooseWithKeyboard(radio: HTMLElement) {
  radio.focus();
  fireEvent.click(radio);
}

describe('<suara-rating>', () => {
  it('offers the four SKM faces as a labelled radio group and hides the light-DOM fallback', async () => {
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="id"', '<a href="https://s.example/nilai/x">Beri penilaian</a>');
    const group = shadow.getByRole('group', { name: 'Bagaimana pelayanan kami hari ini?' });
    const names = (within(group).getAllByRole('radio') as HTMLInputElement[]).map((radio) => radio.labels?.[0]?.textContent?.trim());
    expect(names).toEqual(['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik']);
    expect(root.querySelector('slot')).toBeNull(); // no slot: the fallback link stays in the light DOM, unrendered
    expect(shadow.getByRole('button', { name: 'Kirim penilaian', hidden: true })).not.toBeVisible();
  });

  it('sends the chosen face and comment with an idempotency key, thanks with focus and tells the host page', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: 'r_42' }, { status: 201 }));
    const { host, shadow, root } = await embed('office="disdukcapil-sukamaju" service="ktp-el" lang="id"');
    const submitted = vi.fn();
    document.addEventListener('suara:submitted', submitted);

    chooseWithKeyboard(shadow.getByRole('radio', { name: 'Baik' }));
    const comment = shadow.getByRole('textbox', { name: 'Komentar (opsional)' });
    expect(comment).toBeVisible();
    await fireEvent.input(comment, { target: { value: 'Antrean cepat' } });
    await fireEvent.click(shadow.getByRole('button', { name: 'Kirim penilaian' }));

    const thanks = await shadow.findByText('Terima kasih!');
    await waitFor(() => expect(root.activeElement).toBe(thanks.closest('[tabindex="-1"]')));
    expect(thanks.closest('[role="status"]')).toBeTruthy();
    expect(shadow.getByRole('link', { name: 'Isi survei lengkap, sekitar 2 menit' })).toHaveAttribute('href', 'http://localhost:3000/survei/disdukcapil-sukamaju');
    expect(submitted).toHaveBeenCalledOnce();
    const event = submitted.mock.calls[0]![0] as CustomEvent;
    expect(event.target).toBe(host);
    expect(event.detail).toEqual({ id: 'r_42', score: 3 });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://localhost:3000/api/v1/ratings'); // no currentScript in jsdom: the page's origin
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Idempotency-Key': expect.stringMatching(/^[\w-]{22}$/) } });
    expect(JSON.parse(String(init!.body))).toEqual({ officeId: 'disdukcapil-sukamaju', serviceId: 'ktp-el', score: 3, comment: 'Antrean cepat', channel: 'widget' });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull(); // nothing left in the host site's storage
    document.removeEventListener('suara:submitted', submitted);
  });

  it("shows the server's problem detail and lets the citizen try again", async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Kantor tidak ditemukan / not found' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }));
    const { shadow } = await embed('office="tidak-ada" lang="id"');
    const submitted = vi.fn();
    const errors = vi.fn();
    document.addEventListener('suara:submitted', submitted);
    document.addEventListener('suara:error', errors);

    chooseWithKeyboard(shadow.getByRole('radio', { name: 'Sangat Baik' }));
    await fireEvent.click(shadow.getByRole('button', { name: 'Kirim penilaian' }));

    const status = shadow.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Penilaian belum terkirim: Kantor tidak ditemukan / not found'));
    expect(shadow.getByRole('button', { name: 'Kirim penilaian' })).toBeVisible();
    expect(submitted).not.toHaveBeenCalled();
    expect((errors.mock.calls[0]![0] as CustomEvent).detail).toEqual({ status: 404, detail: problem.detail });
    document.removeEventListener('suara:submitted', submitted);
    document.removeEventListener('suara:error', errors);
  });

  it("speaks the page's language, and keeps a rating made without a connection on the device", async () => {
    document.documentElement.lang = 'en';
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const queued = vi.fn();
    document.addEventListener('suara:queued', queued);
    const { shadow } = await embed('office="disdukcapil-sukamaju"');

    chooseWithKeyboard(shadow.getByRole('radio', { name: 'Very good' }));
    await fireEvent.click(shadow.getByRole('button', { name: 'Send rating' }));

    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Saved on this device; sent by itself when the connection is back.'));
    const [parcel] = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(JSON.parse(parcel.body)).toMatchObject({ officeId: 'disdukcapil-sukamaju', score: 4 });
    expect((queued.mock.calls[0]![0] as CustomEvent).detail).toEqual({ key: parcel.key, score: 4 });
    document.removeEventListener('suara:queued', queued);
  });

  it('at the counter, tags the channel, leaves out the survey link and starts over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fetchMock.mockResolvedValue(Response.json({ id: 'r_7' }, { status: 201 }));
    const { shadow } = await embed('office="disdukcapil-sukamaju" mode="kiosk" reset="3" lang="id"');
    chooseWithKeyboard(shadow.getByRole('radio', { name: 'Baik' }));
    await fireEvent.click(shadow.getByRole('button', { name: 'Kirim penilaian' }));
    await shadow.findByText('Terima kasih!');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body)).channel).toBe('kiosk');
    expect(shadow.queryByRole('link')).toBeNull();
    await vi.advanceTimersByTimeAsync(3000);
    await waitFor(() => expect(shadow.getByRole('radio', { name: 'Baik' })).toBeVisible());
    expect(shadow.getByRole('radio', { name: 'Baik' })).not.toBeChecked();
    vi.useRealTimers();
  });

  it('shows nothing without an office to rate', async () => {
    const { root } = await embed('lang="id"');
    expect(root.querySelector('.card')).not.toBeVisible();
  });
});
