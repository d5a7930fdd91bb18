import { OPEN_DATASETS } from '$shared/open-data/dictionary.ts';
import { publicRecordWords } from '$shared/i18n/public-record.ts';
import type { PageServerLoad } from './$types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type SignedHead = { seq: number; hash: string; at: string; signature: string; keyId: string };
type ChainHeads = { publicKey: string; keyId: string; heads: SignedHead[]; migration?: { from: { seq: number; hash: string }; to: { seq: number; hash: string } } };

// The data dictionary and the public record's words in the visitor's language, read on the server so they stay out of the page's JavaScript.
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const en = locals.lang === 'en';
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const query = new URLSearchParams({ ...(DATE.test(from) && { from }), ...(DATE.test(to) && { to }) }).toString();
  const [head, history] = await Promise.all([
    fetch('/api/v1/chain/head').then((r) => (r.ok ? (r.json() as Promise<SignedHead>) : undefined)),
    fetch('/api/v1/chain/heads').then((r) => (r.ok ? (r.json() as Promise<ChainHeads>) : undefined))
  ]);
  return {
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    query: query ? `?${query}` : '',
    datasets: OPEN_DATASETS.map((dataset) => ({
      name: dataset.name,
      title: en ? dataset.title_en : dataset.title,
      description: en ? dataset.description_en : dataset.description,
      fields: dataset.fields.map((field) => ({ name: field.name, type: field.type, description: en ? field.description_en : field.description }))
    })),
    record: { words: publicRecordWords[en ? 'en' : 'id'], head, history: history && { ...history, heads: [...history.heads].reverse().slice(0, 30) } }
  };
};
