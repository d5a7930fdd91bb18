import { fireEvent, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../index.ts';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  document.body.innerHTML = '';
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

async function embed(attributes: string) {
  document.body.innerHTML = `<suara-complaint ${attributes}><a href="https://s.example/pengaduan/baru">Ajukan pengaduan</a></suara-complaint>`;
  const host = document.querySelector('suara-complaint')!;
  await waitFor(() => expect(host.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 10_000 });
  return { host, shadow: within(host.shadowRoot as unknown as HTMLElement), root: host.shadowRoot! };
}

/** The photos and the opt-in arrive once the citizen focuses something in the form. */
async function openExtras(root: ShadowRoot) {
  await fireEvent.focusIn(root.querySelector('select')!);
  await waitFor(() => expect(root.querySelector('#notify')).toBeTruthy(), { timeout: 10_000 });
}

describe('<suara-complaint>', () => {
  it('files a complaint once and shows both codes, telling the host page only the tracking code', async () => {
    fetchMock.mockResolvedValue(Response.json({ trackingCode: 'SL-7K3M-Q9XA-2B', secret: '7K3MQ9XA2BCDEFGHJKMNPQRS' }, { status: 201 }));
    const submitted = vi.fn();
    document.addEventListener('suara:submitted', submitted);
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" service="ktp-el" lang="id"');

    await fireEvent.change(shadow.getByRole('combobox', { name: 'Kategori' }), { target: { value: 'pelayanan_lambat' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Uraian pengaduan' }), { target: { value: 'Antrean tidak bergerak dua jam.' } });
    await fireEvent.click(shadow.getByRole('radio', { name: 'Rahasia' }));
    expect(shadow.queryByRole('textbox', { name: /nama|telepon|email/i })).toBeNull(); // no personal data asked here
    await fireEvent.submit(root.querySelector('form')!);

    const code = await shadow.findByText('SL-7K3M-Q9XA-2B');
    expect(shadow.getByText('7K3M Q9XA 2BCD EFGH JKMN PQRS')).toBeVisible(); // in groups of four, as on the site
    await waitFor(() => expect(root.activeElement).toBe(code.closest('[tabindex="-1"]')));
    expect(shadow.getByRole('link', { name: 'Lacak pengaduan ini' })).toHaveAttribute('href', 'http://localhost:3000/lacak/SL-7K3M-Q9XA-2B');
    expect((submitted.mock.calls[0]![0] as CustomEvent).detail).toEqual({ trackingCode: 'SL-7K3M-Q9XA-2B' });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://localhost:3000/api/v1/complaints');
    expect(init).toMatchObject({ credentials: 'omit', headers: { 'Idempotency-Key': expect.stringMatching(/^[\w-]{22}$/) } });
    expect(JSON.parse(String(init!.body))).toEqual({
      officeId: 'disdukcapil-sukamaju',
      serviceId: 'ktp-el',
      category: 'pelayanan_lambat',
      description: 'Antrean tidak bergerak dua jam.',
      visibility: 'confidential'
    });
    expect(localStorage.length).toBe(0); // a complaint never waits on the device
    document.removeEventListener('suara:submitted', submitted);
  });

  it("shows a refusal in the server's words and keeps the form", async () => {
    const problem = { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'description: Too small' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(problem), { status: 422 }));
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="en"');
    await fireEvent.change(shadow.getByRole('combobox', { name: 'Category' }), { target: { value: 'lainnya' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'What happened' }), { target: { value: 'Something long enough.' } });
    await fireEvent.submit(root.querySelector('form')!);
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Your complaint was not sent: description: Too small'));
    expect(root.querySelector('form')).toBeVisible();
  });

  it('offers the site’s three choices, and answers a missing field in its own words, not the browser’s', async () => {
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="id"');
    expect(shadow.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['public', 'anonymous', 'confidential']);
    expect(shadow.getByRole('radio', { name: 'Anonim' })).toBeTruthy();
    expect(root.querySelector('form')!.noValidate).toBe(true);
    await fireEvent.submit(root.querySelector('form')!);
    expect(shadow.getByRole('status')).toHaveTextContent('Pilih kategori.');
    expect(shadow.getByRole('combobox', { name: 'Kategori' })).toHaveAttribute('aria-invalid', 'true');
    await fireEvent.change(shadow.getByRole('combobox', { name: 'Kategori' }), { target: { value: 'lainnya' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Uraian pengaduan' }), { target: { value: 'pendek' } });
    await fireEvent.submit(root.querySelector('form')!);
    expect(shadow.getByRole('status')).toHaveTextContent('Uraian 10–4.000 karakter.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks consent to be notified with its own checkbox, off by default, apart from the contact and the photos', async () => {
    fetchMock.mockResolvedValue(Response.json({ trackingCode: 'SL-7K3M-Q9XA-2B', secret: '7K3MQ9XA2BCDEFGHJKMNPQRS' }, { status: 201 }));
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="en"');
    expect(root.querySelector('#notify')).toBeNull(); // not even fetched before the citizen starts
    await openExtras(root);
    const optIn = shadow.getByRole('checkbox', { name: 'Notify me about this complaint' }) as HTMLInputElement;
    expect(optIn.checked).toBe(false);
    expect(optIn).toHaveAccessibleDescription(/when the complaint’s status changes/);
    // The only checkbox: the photo picker is the file input alone, and the contact its own optional field.
    expect(shadow.getAllByRole('checkbox')).toEqual([optIn]);
    expect(root.querySelector<HTMLInputElement>('input[type=file]')!.labels![0]).toHaveTextContent('Photos or PDF (optional)');
    const contact = shadow.getByRole('textbox', { name: 'Email or phone number (optional)' }) as HTMLInputElement;
    await fireEvent.change(shadow.getByRole('combobox', { name: 'Category' }), { target: { value: 'lainnya' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'What happened' }), { target: { value: 'Something long enough.' } });
    await fireEvent.click(optIn);
    await fireEvent.submit(root.querySelector('form')!);
    expect(shadow.getByRole('status')).toHaveTextContent('Enter an email or phone number.');
    expect(contact).toHaveAttribute('aria-invalid', 'true');
    expect(root.activeElement).toBe(contact);
    expect(fetchMock).not.toHaveBeenCalled();

    await fireEvent.input(contact, { target: { value: 'warga@example.id' } });
    await fireEvent.submit(root.querySelector('form')!);
    await shadow.findByText('SL-7K3M-Q9XA-2B');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toMatchObject({ notify: true, contact: { email: 'warga@example.id' }, locale: 'en' });
  });

  it('sends a contact given without the consent, and asks for no message', async () => {
    fetchMock.mockResolvedValue(Response.json({ trackingCode: 'SL-7K3M-Q9XA-2B', secret: '7K3MQ9XA2BCDEFGHJKMNPQRS' }, { status: 201 }));
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="id"');
    await openExtras(root);
    await fireEvent.change(shadow.getByRole('combobox', { name: 'Kategori' }), { target: { value: 'lainnya' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Uraian pengaduan' }), { target: { value: 'Cukup panjang untuk dikirim.' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Email atau nomor telepon (tidak wajib)' }), { target: { value: '081234567890' } });
    await fireEvent.submit(root.querySelector('form')!);
    await shadow.findByText('SL-7K3M-Q9XA-2B');
    const body = JSON.parse(String(fetchMock.mock.calls[0]![1]!.body));
    expect(body).toMatchObject({ contact: { phone: '081234567890' } });
    expect(body.notify).toBeUndefined();
  });

  it('sends chosen files as multipart, checks their number and size first, and shows a 413 in words', async () => {
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="id"');
    await openExtras(root);
    await fireEvent.change(shadow.getByRole('combobox', { name: 'Kategori' }), { target: { value: 'fasilitas' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Uraian pengaduan' }), { target: { value: 'Kursi ruang tunggu rusak.' } });
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toBe('image/jpeg,image/png,image/webp,application/pdf');
    expect(input.multiple).toBe(true);
    const photo = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
    const choose = (files: File[]) => fireEvent.change(input, { target: { files } });

    await choose([photo('a.jpg'), photo('b.jpg'), photo('c.jpg'), photo('d.jpg')]);
    await fireEvent.submit(root.querySelector('form')!);
    expect(shadow.getByRole('status')).toHaveTextContent('Paling banyak 3 berkas, masing-masing paling besar 5 MB.');
    await choose([photo('besar.jpg', 5 * 2 ** 20 + 1)]);
    await fireEvent.submit(root.querySelector('form')!);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();

    const problem = { type: 'about:blank', title: 'Content Too Large', status: 413, detail: 'berkas lebih dari 5 MB' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(problem), { status: 413 }));
    await choose([photo('loket.jpg')]);
    await fireEvent.submit(root.querySelector('form')!);
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Pengaduan belum terkirim: berkas lebih dari 5 MB'));
    const [, init] = fetchMock.mock.calls[0]!;
    const sent = init!.body as FormData;
    expect(init!.headers).not.toHaveProperty('Content-Type'); // fetch sets multipart with its boundary
    expect(JSON.parse(String(sent.get('complaint')))).toMatchObject({ category: 'fasilitas', description: 'Kursi ruang tunggu rusak.' });
    expect((sent.getAll('files') as File[]).map((file) => file.name)).toEqual(['loket.jpg']);
  });

  it('keeps a complaint with files in memory while offline, and sends it as multipart once online', async () => {
    fetchMock.mockResolvedValue(Response.json({ trackingCode: 'SL-7K3M-Q9XA-2B', secret: '7K3MQ9XA2BCDEFGHJKMNPQRS' }, { status: 201 }));
    const { shadow, root } = await embed('office="disdukcapil-sukamaju" lang="id"');
    await openExtras(root);
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await fireEvent.change(shadow.getByRole('combobox', { name: 'Kategori' }), { target: { value: 'fasilitas' } });
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Uraian pengaduan' }), { target: { value: 'Kursi ruang tunggu rusak.' } });
    await fireEvent.change(root.querySelector('input[type=file]')!, { target: { files: [new File(['x'], 'a.png', { type: 'image/png' })] } });
    await fireEvent.submit(root.querySelector('form')!);
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Belum ada koneksi'));
    expect(localStorage.length).toBe(0); // never on the device
    expect(fetchMock).not.toHaveBeenCalled();
    offline.mockRestore();
    window.dispatchEvent(new Event('online'));
    await shadow.findByText('SL-7K3M-Q9XA-2B');
    const sent = fetchMock.mock.calls[0]![1]!.body as FormData;
    expect((sent.getAll('files') as File[]).map((file) => file.name)).toEqual(['a.png']);
  });
});
