import { fireEvent, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../index.ts';
import { normaliseCode } from './tracking.ts';

const fetchMock = vi.fn<typeof fetch>();

/** jsdom has no EventSource: a stand-in that the test drives. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  listeners = new Map<string, (event: MessageEvent<string>) => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}
const complaint = {
  trackingCode: 'SL-7K3M-Q9XA-2B',
  officeId: 'disdukcapil-sukamaju',
  category: 'pelayanan_lambat',
  visibility: 'public',
  status: 'in_progress',
  submittedAt: '2026-11-20T03:00:00.000Z',
  deadlines: { firstResponse: '2026-11-25T16:59:59.999Z', resolution: '2026-12-04T16:59:59.999Z' },
  timeline: [
    { type: 'complaint.submitted', at: '2026-11-20T03:00:00.000Z', status: 'submitted' },
    { type: 'complaint.replied', at: '2026-11-21T02:00:00.000Z', status: 'in_progress', message: 'Berkas sedang kami periksa.' }
  ]
};

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  document.body.innerHTML = '';
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

async function embed(attributes: string) {
  document.body.innerHTML = `<suara-track ${attributes}></suara-track>`;
  const host = document.querySelector('suara-track')!;
  await waitFor(() => expect(host.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 10_000 });
  return { host, shadow: within(host.shadowRoot as unknown as HTMLElement), root: host.shadowRoot! };
}

describe('<suara-track>', () => {
  it('looks up a code as people type it and shows the status and the public history', async () => {
    fetchMock.mockResolvedValue(Response.json(complaint));
    const tracked = vi.fn();
    document.addEventListener('suara:tracked', tracked);
    const { shadow, root } = await embed('lang="id"');
    await fireEvent.input(shadow.getByRole('textbox', { name: 'Kode pelacakan' }), { target: { value: 'sl 7k3m q9xa 2b' } });
    await fireEvent.submit(root.querySelector('form')!);

    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Status: Ditindaklanjuti'));
    const history = within(root.querySelector('ol') as unknown as HTMLElement).getAllByRole('listitem');
    expect(history.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Pengaduan diajukan', 'Tanggapan petugas']);
    expect(history[1]).toHaveTextContent('Berkas sedang kami periksa.');
    expect(fetchMock.mock.calls[0]![0]).toBe('http://localhost:3000/api/v1/complaints/SL-7K3M-Q9XA-2B');
    expect((tracked.mock.calls[0]![0] as CustomEvent).detail).toEqual({ trackingCode: 'SL-7K3M-Q9XA-2B', status: 'in_progress' });
    document.removeEventListener('suara:tracked', tracked);

    // Live: the server's event stream tells of a change, and the status follows.
    expect(FakeEventSource.last?.url).toBe('http://localhost:3000/api/v1/complaints/SL-7K3M-Q9XA-2B/events');
    FakeEventSource.last!.emit('complaint', {
      ...complaint,
      status: 'resolved',
      timeline: [...complaint.timeline, { type: 'complaint.resolved', at: '2026-11-24T02:00:00.000Z', status: 'resolved' }]
    });
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Status: Selesai'));
    expect(root.querySelectorAll('ol li')).toHaveLength(3);
  });

  it('looks up the code given as an attribute, and says when there is no such complaint', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ status: 404, title: 'Not Found' }), { status: 404 }));
    const { shadow } = await embed('code="SL-0000-0000-00" lang="en"');
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('There is no complaint with that code.'));
  });
});

describe('<suara-track> times', () => {
  it('writes times in the office’s zone with its everyday name, as the site does', async () => {
    fetchMock.mockResolvedValue(Response.json({ ...complaint, timeZone: 'Asia/Makassar' }));
    const { shadow, root } = await embed('code="SL-7K3M-Q9XA-2B" lang="id"');
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('Status: Ditindaklanjuti'));
    // 03:00 UTC is 11.00 in Makassar (UTC+8).
    expect(root.querySelector('ol li small')?.textContent).toBe(
      `${new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Makassar' }).format(new Date(complaint.submittedAt))} WITA`
    );
    expect(root.querySelector('ol li small')?.textContent).toContain('11.00 WITA');
  });

  it('answers an empty code in its own words (the form is novalidate)', async () => {
    const { shadow, root } = await embed('lang="en"');
    expect(root.querySelector('form')!.noValidate).toBe(true);
    await fireEvent.submit(root.querySelector('form')!);
    expect(shadow.getByRole('status')).toHaveTextContent('For example: SL-7K3M-Q9XA-2B');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('normaliseCode', () => {
  it('accepts any case, spaces, missing dashes and letters read as digits', () => {
    expect(normaliseCode('sl 7k3m q9xa 2b')).toBe('SL-7K3M-Q9XA-2B');
    expect(normaliseCode('7K3MQ9XA2B')).toBe('SL-7K3M-Q9XA-2B');
    expect(normaliseCode('SL-7K3M-Q9XA-2O')).toBe('SL-7K3M-Q9XA-20');
    expect(normaliseCode(' abc ')).toBe('ABC');
  });
});
