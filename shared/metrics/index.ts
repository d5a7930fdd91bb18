// Metric formulas the dashboard publishes (docs/methodology.md), as pure functions shared by API, pages and widgets.
export { complaintFigures, type ComplaintTimes } from './complaint-figures.ts';
export { deadlineCompliance, type DeadlineCompliance, type DeadlineItem } from './deadline-compliance.ts';
export { IKM_CLASSES_2004, IKM_CLASSES_2017, ikm, krejcieMorgan, type IkmClasses, type IkmResult, type Kinerja, type Mutu } from './ikm.ts';
export { kaplanMeier, kmQuantile, type KmQuantile, type Observation } from './kaplan-meier.ts';
export { resolutionRate, type ComplaintOutcome, type ResolutionRate } from './resolution-rate.ts';
export { dateFromDayNumber, dayNumber, localDate, localDayNumber, localMonth, startOfLocalDay } from './time-zone.ts';
export { sampleFlag, SMALL_SAMPLE, type SampleFlag } from './sample-flag.ts';
export { assessHour, BURST_HISTORY_HOURS, BURST_MIN_RATINGS, burstThreshold, hourlyBaseline, isSkewed, type BurstAssessment, type HourlyBaseline } from './burst.ts';
export { satisfactionSummary, wilsonInterval, type SatisfactionSummary } from './wilson.ts';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';
