export * from './common.ts';
export * from './office.ts';
export * from './rating.ts';
export * from './complaint.ts';
export * from './stats.ts';
export * from './console.ts';
export * from './survey.ts';
export * from './badge.ts';
