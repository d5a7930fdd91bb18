import type { SurveyComment, SurveyOffice, SurveyTotals, Tally } from '../surveys.ts';

// Maps become arrays of entries, nested as the tally nests them: set → service → day.
type Encoded = {
  officeId: string;
  sets: [set: string, services: [service: string, days: [day: number, totals: SurveyTotals][]][]][];
  tallies: [set: string, services: [service: string, tallies: Tally[]][]][];
  comments: [month: string, comments: SurveyComment[]][];
};

/** One office's surveys as a snapshot line. */
export function encodeSurveyOffice(office: SurveyOffice): string {
  const encoded: Encoded = {
    officeId: office.officeId,
    sets: [...office.sets].map(([set, services]) => [set, [...services].map(([service, days]) => [service, [...days]])]),
    tallies: [...office.tallies].map(([set, services]) => [set, [...services]]),
    comments: [...office.comments]
  };
  return JSON.stringify(encoded);
}

/** The office's surveys in a snapshot line. */
export function decodeSurveyOffice(line: Buffer): SurveyOffice {
  const encoded = JSON.parse(line.toString()) as Encoded;
  return {
    officeId: encoded.officeId,
    sets: new Map(encoded.sets.map(([set, services]) => [set, new Map(services.map(([service, days]) => [service, new Map(days)]))])),
    tallies: new Map(encoded.tallies.map(([set, services]) => [set, new Map(services)])),
    comments: new Map(encoded.comments)
  };
}
