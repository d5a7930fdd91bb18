import { z } from 'zod';
import { LineText } from './text.ts';

/** An Open311 API key as the console lists it: never the key itself, which is shown once when issued. */
export const Open311KeyInfo = z
  .object({
    id: z.string(),
    label: z.string().describe('who the key is for, e.g. the city app'),
    createdAt: z.string().describe('ISO 8601 instant'),
    createdBy: z.string().describe('name of the staff account that issued it'),
    revokedAt: z.string().optional().describe('ISO 8601 instant; a revoked key files nothing')
  })
  .meta({ id: 'Open311KeyInfo' });
export type Open311KeyInfo = z.infer<typeof Open311KeyInfo>;

export const Open311KeyList = z.object({ keys: z.array(Open311KeyInfo) }).meta({ id: 'Open311KeyList' });
export type Open311KeyList = z.infer<typeof Open311KeyList>;

export const Open311KeyInput = z.object({ label: LineText().min(3).max(80) }).meta({ id: 'Open311KeyInput' });
export type Open311KeyInput = z.infer<typeof Open311KeyInput>;

export const Open311KeyIssued = Open311KeyInfo.extend({ apiKey: z.string().describe('shown only in this answer; only its hash is kept') }).meta({ id: 'Open311KeyIssued' });
export type Open311KeyIssued = z.infer<typeof Open311KeyIssued>;
