import { methodology } from '$shared/i18n/web-methodology.ts';
import type { PageServerLoad } from './$types';

// Read on the server so the long prose of both languages stays out of every page's JavaScript.
export const load: PageServerLoad = ({ locals }) => ({ sections: methodology[locals.lang] });
