// The site menu's entry to /sematkan. The menu is on every page, so its words stay out of embed.ts, whose
// page texts only /sematkan, the kiosk and the poster load.
import type { Lang } from './web.ts';

export const embedNav: Record<Lang, string> = { id: 'Sematkan widget', en: 'Embed widgets' };
