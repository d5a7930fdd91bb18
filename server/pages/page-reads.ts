import type { PageRead } from '../../shared/api-bridge.ts';
import type { ServiceContext } from '../services/context.ts';
import { getOffice } from '../services/offices/list-offices.ts';
import { getLeagueTableSerialised } from '../services/stats/league-table.ts';
import { getOfficeStatsSerialised } from '../services/stats/office-stats.ts';
import { getOfficeIkm } from '../services/surveys/office-ikm.ts';
import { getRegionIkm } from '../services/surveys/region-ikm.ts';
import { siteInfo } from '../routes/site.ts';

const SITE_PATH = '/api/v1/site';
const LEAGUE_PATH = '/api/v1/stats';
const REGION_IKM_PATH = '/api/v1/ikm';
const OFFICES_PREFIX = '/api/v1/offices/';

/**
 * The public GETs a page makes on every render (the layout's site, the home page's league table and region IKM,
 * an office page's office, figures and IKM), answered in-process as the JSON text their routes answer. Through the
 * in-process API each one cost a WHATWG Request and Response, SvelteKit's fetch around them and Hono's middleware,
 * about a sixth of rendering an office page (docs/bench.md, "The office page rendered without the page cache").
 * Only the regular request is answered here: the current period (no query), a known office. Anything else (a
 * period, an unknown or encoded id, another path) is left to the route, which answers it as documented, with its
 * 404 and its guess throttle.
 */
export function pageReads(ctx: ServiceContext): PageRead {
  return function readForPage(path) {
    if (path === SITE_PATH) return JSON.stringify(siteInfo(ctx));
    if (path === LEAGUE_PATH) return getLeagueTableSerialised({ ctx, query: {} }).text;
    if (path === REGION_IKM_PATH) return JSON.stringify(getRegionIkm({ ctx, query: {} }));
    if (!path.startsWith(OFFICES_PREFIX) || path.includes('?')) return undefined;
    const [officeId, figure, ...more] = path.slice(OFFICES_PREFIX.length).split('/');
    if (more.length > 0 || !officeId || !ctx.catalog().office(officeId)) return undefined;
    if (figure === undefined) return JSON.stringify(getOffice({ ctx, officeId }));
    if (figure === 'stats') return getOfficeStatsSerialised({ ctx, officeId, query: {} }).text;
    if (figure === 'ikm') return JSON.stringify(getOfficeIkm({ ctx, officeId, query: {} }));
    return undefined;
  };
}
