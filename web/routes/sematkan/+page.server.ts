import { embedSnippet, themeCss, type EmbedElement, type EmbedTheme } from '$shared/embed/snippet.ts';
import { embedT } from '$shared/i18n/embed.ts';
import type { Office, OfficeWithServices } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';

const ELEMENTS: EmbedElement[] = ['rating', 'score', 'complaint', 'track'];
const THEMES: EmbedTheme[] = ['default', 'green', 'red', 'dark'];
const pick = <T extends string>(options: readonly T[], value: string | null, fallback: T): T => options.find((o) => o === value) ?? fallback;

/**
 * Choose office, service, element, language and theme (all in the query, so the page works without JavaScript:
 * a plain GET form), see the real widget and copy the snippet.
 */
export const load: PageServerLoad = async ({ fetch, url, locals }) => {
  const { offices } = await getJson<{ offices: Office[] }>(fetch, '/api/v1/offices');
  const wanted = offices.find((o) => o.id === url.searchParams.get('kantor')) ?? offices[0];
  const office = wanted ? await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${encodeURIComponent(wanted.id)}`) : undefined;
  const service = office?.services.find((s) => s.id === url.searchParams.get('layanan'));
  const element = pick(ELEMENTS, url.searchParams.get('elemen'), 'rating');
  const theme = pick(THEMES, url.searchParams.get('tema'), 'default');
  const langParam = url.searchParams.get('bahasa');
  const lang = langParam === 'id' || langParam === 'en' ? langParam : undefined;
  const label = embedT(lang ?? locals.lang, `embed.fallback.${element}`);
  return {
    offices: offices.map(({ id, name }) => ({ id, name })),
    office,
    service,
    element,
    theme,
    lang,
    origin: url.origin,
    snippet: office ? embedSnippet({ origin: url.origin, element, office: office.id, service: service?.id, lang, label }) : '',
    css: themeCss(element, theme),
    elements: ELEMENTS,
    themes: THEMES
  };
};
