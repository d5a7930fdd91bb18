import { error, fail, redirect } from '@sveltejs/kit';
import type { StaffComplaint } from '$shared/schemas/index.ts';
import { tc } from '$shared/i18n/console.ts';
import { normaliseTrackingCode } from '$shared/codes/codes.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail, type ConsoleFailure } from '$lib/console/forms.ts';
import { blurFields, readBlurAreas } from './blur-areas.ts';
import type { Actions, PageServerLoad } from './$types';

const complaintPath = (code: string) => `/api/v1/console/complaints/${encodeURIComponent(normaliseTrackingCode(code))}`;

export const load: PageServerLoad = async (event) => {
  const complaint = await consoleGet<StaffComplaint>(event, complaintPath(event.params.code));
  const index = complaint.attachments?.findIndex((candidate) => candidate.file === event.params.file) ?? -1;
  const attachment = complaint.attachments?.[index];
  if (!attachment || attachment.mediaType === 'application/pdf') error(404, tc(event.locals.lang, 'files.pdfPrivate'));
  return { trackingCode: complaint.trackingCode, attachment, n: index + 1 };
};

export const actions: Actions = {
  publish: async (event) => {
    const data = await event.request.formData();
    const values = Object.fromEntries(blurFields.map((name) => [name, String(data.get(name) ?? '').trim()]));
    const { blur, incomplete } = readBlurAreas(values);
    if (incomplete.length > 0) {
      const errors = Object.fromEntries(incomplete.map((area) => [`blur.${area}`, tc(event.locals.lang, 'files.areaIncomplete')]));
      return fail(400, { errors, values } satisfies ConsoleFailure);
    }
    const result = await consoleSend<StaffComplaint>(event, `${complaintPath(event.params.code)}/attachments/${encodeURIComponent(event.params.file)}/publish`, { blur });
    if (!result.ok) return consoleFail(result, event.locals.lang, values);
    redirect(303, `/konsol/pengaduan/${normaliseTrackingCode(event.params.code)}`);
  },
  // Taking a photo back is confirmed by a ticked box, so it works without JavaScript and is never one slip of a click.
  unpublish: async (event) => {
    const data = await event.request.formData();
    if (data.get('confirm') !== 'yes') {
      return fail(400, { errors: { confirm: tc(event.locals.lang, 'files.unpublishNeedsConfirm') }, values: {} } satisfies ConsoleFailure);
    }
    const result = await consoleSend<StaffComplaint>(event, `${complaintPath(event.params.code)}/attachments/${encodeURIComponent(event.params.file)}/unpublish`, undefined);
    if (!result.ok) return consoleFail(result, event.locals.lang, {});
    redirect(303, `/konsol/pengaduan/${normaliseTrackingCode(event.params.code)}`);
  }
};
