// Schedules and time zones.
import { quoteValue } from '../../diagnostics.js';
import { checkCron } from '../cron.js';
import { asObj, isTimeZone, str, T, type Rule } from './context.js';

export const SCHEDULE_RULES: readonly Rule[] = [
  {
    id: 'cron',
    saeCode: 'InvalidParameter.WithMessage',
    summary: '`trigger.schedule` has 5 valid fields; ranges per field; `?` only in day fields',
    check({ spec }, report) {
      const schedule = str(asObj(spec.trigger).schedule);
      const problem = schedule === undefined ? undefined : checkCron(schedule);
      if (problem)
        report({
          path: ['spec', 'trigger', 'schedule'],
          message: `cron expression ${quoteValue(schedule)}: ${problem}`,
        });
    },
  },
  {
    id: 'trigger-timezone',
    summary: '`trigger.timezone` only with `schedule`',
    check({ spec }, report) {
      const trigger = asObj(spec.trigger);
      if (trigger.http !== undefined && trigger.timezone !== undefined && trigger.schedule === undefined) {
        report({
          path: ['spec', 'trigger', 'timezone'],
          target: 'key',
          message: 'timezone applies to a schedule; an http trigger has none: remove it',
        });
      }
    },
  },
  {
    id: 'timezone',
    summary: '`template.timezone` is an IANA zone',
    check({ template }, report) {
      const tz = str(template.timezone);
      if (tz !== undefined && !isTimeZone(tz))
        report({
          path: [...T, 'timezone'],
          message: `${quoteValue(tz)} is not an IANA time zone; use a name such as Asia/Shanghai or UTC`,
        });
    },
  },
];
