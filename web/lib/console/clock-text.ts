import type { DeadlineClock } from '$shared/schemas/index.ts';
import type { TranslateConsole } from './i18n.ts';

/** urgent: overdue; soon: due today or tomorrow; calm: more time. */
export type ClockTone = 'urgent' | 'soon' | 'calm';

/** The words and tone of a deadline clock: "3 hari kerja lagi", "jatuh tempo hari ini", "terlambat 2 hari kerja". */
export function clockText(clock: DeadlineClock, tc: TranslateConsole): { text: string; tone: ClockTone } {
  if (clock.overdue) {
    // Past a Friday deadline on Saturday no working day is lost yet, but the deadline has passed.
    const late = -clock.workingDaysLeft;
    const text = late === 0 ? tc('clock.pastDeadline') : late === 1 ? tc('clock.overdueOne') : tc('clock.overdue', { n: late });
    return { text, tone: 'urgent' };
  }
  if (clock.workingDaysLeft === 0) return { text: tc('clock.today'), tone: 'soon' };
  if (clock.workingDaysLeft === 1) return { text: tc('clock.leftOne'), tone: 'soon' };
  return { text: tc('clock.left', { n: clock.workingDaysLeft }), tone: 'calm' };
}
