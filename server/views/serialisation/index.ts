import { maskPersonalData } from '../../../shared/privacy/mask.ts';
import { copyOnWritePart } from '../../snapshot/copy-on-write.ts';
import { copiedPart, requiredPart } from '../../snapshot/parts.ts';
import type { SnapshotLines, SnapshotPart } from '../../snapshot/types.ts';
import type { AttachmentBook, AttachmentRecord } from '../attachments.ts';
import type { BurstWatch, OfficeBursts } from '../bursts.ts';
import type { ComplaintBook, ComplaintState } from '../complaints.ts';
import type { OfficeRatings, RatingTally } from '../ratings.ts';
import type { SurveyOffice, SurveyTally } from '../surveys.ts';
import { decodeOfficeBursts, encodeOfficeBursts } from './bursts.ts';
import { decodeComplaints, encodeComplaint } from './complaints.ts';
import { decodeOfficeRatings, encodeOfficeRatings } from './ratings.ts';
import { decodeSurveyOffice, encodeSurveyOffice } from './surveys.ts';

/** Everything createViews holds, as a snapshot gives it back. */
export type ViewsState = {
  version: number;
  officeVersions: [officeId: string, version: number][];
  ratings: OfficeRatings[];
  bursts: OfficeBursts[];
  surveys: SurveyOffice[];
  importKeys: string[];
  complaints: ComplaintState[];
  attachments: [trackingCode: string, records: AttachmentRecord[]][];
};

type CapturedViews = {
  version: number;
  officeVersions: ReadonlyMap<string, number>;
  ratings: RatingTally;
  bursts: BurstWatch;
  surveys: SurveyTally;
  complaints: ComplaintBook;
  attachments: AttachmentBook;
};

const IMPORT_KEYS_PER_LINE = 10_000;
const ATTACHED_COMPLAINTS_PER_LINE = 1_000;

/**
 * The views' parts of a snapshot, captured now: the counters and import keys are copied,
 * offices and complaints are encoded as the snapshot is written, copy on write.
 */
export function captureViews({ version, officeVersions, ratings, bursts, surveys, complaints, attachments }: CapturedViews): SnapshotPart[] {
  return [
    copiedPart('views', [{ version, officeVersions: [...officeVersions] }], 1, ([counters]) => JSON.stringify(counters)),
    copyOnWritePart('ratings', ratings.offices(), encodeOfficeRatings, (hook) => ratings.changes.watch(hook)),
    copyOnWritePart('bursts', bursts.offices(), encodeOfficeBursts, (hook) => bursts.changes.watch(hook)),
    copiedPart('survey-import-keys', surveys.importKeys(), IMPORT_KEYS_PER_LINE, (keys) => JSON.stringify(keys)),
    copyOnWritePart('surveys', surveys.offices(), encodeSurveyOffice, (hook) => surveys.changes.watch(hook)),
    copyOnWritePart('complaints', complaints.inOrder(), encodeComplaint, (hook) => complaints.changes.watch(hook)),
    // Few, and never changed in place (../attachments.ts): the list of them is copied, not encoded, at the capture.
    copiedPart('attachments', attachments.entries(), ATTACHED_COMPLAINTS_PER_LINE, (entries) => JSON.stringify(entries))
  ];
}

/** The views' state in a snapshot's lines; throws when a part is missing or damaged. */
export function decodeViews(parts: SnapshotLines): ViewsState {
  const counters = JSON.parse(requiredPart(parts, 'views')[0]!.toString()) as Pick<ViewsState, 'version' | 'officeVersions'>;
  return {
    version: counters.version,
    officeVersions: counters.officeVersions,
    ratings: requiredPart(parts, 'ratings').map((line) => decodeOfficeRatings(line, maskPersonalData)),
    bursts: requiredPart(parts, 'bursts').map(decodeOfficeBursts),
    importKeys: requiredPart(parts, 'survey-import-keys').flatMap((line) => JSON.parse(line.toString()) as string[]),
    surveys: requiredPart(parts, 'surveys').map(decodeSurveyOffice),
    complaints: decodeComplaints(requiredPart(parts, 'complaints')),
    attachments: requiredPart(parts, 'attachments').flatMap((line) => JSON.parse(line.toString()) as ViewsState['attachments'])
  };
}
