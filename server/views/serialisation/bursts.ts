import type { OfficeBursts } from '../bursts.ts';
import { int32s } from './ratings.ts';

// The hours as the bytes of their Int32Array in base64, as the rating counters (./ratings.ts).
type Encoded = Omit<OfficeBursts, 'hours'> & { hours: string };

/** One office's burst state as a snapshot line. */
export function encodeOfficeBursts(office: OfficeBursts): string {
  const { hours, ...rest } = office;
  const encoded: Encoded = { ...rest, hours: Buffer.from(hours.buffer, hours.byteOffset, hours.byteLength).toString('base64') };
  return JSON.stringify(encoded);
}

/** The office's burst state in a snapshot line. */
export function decodeOfficeBursts(line: Buffer): OfficeBursts {
  const { hours, ...rest } = JSON.parse(line.toString()) as Encoded;
  return { ...rest, hours: int32s(Buffer.from(hours, 'base64')) };
}
