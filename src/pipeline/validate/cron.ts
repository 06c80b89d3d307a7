// Cron expressions as SAE's time trigger takes them: 5 fields, minute hour
// day-of-month month day-of-week. Returns the problems found; empty is valid.

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  question: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59, question: false },
  { name: 'hour', min: 0, max: 23, question: false },
  { name: 'day-of-month', min: 1, max: 31, question: true },
  { name: 'month', min: 1, max: 12, names: MONTHS, question: false },
  { name: 'day-of-week', min: 0, max: 7, names: DAYS, question: true },
];

function parseValue(text: string, field: FieldSpec): number | string {
  if (/^[0-9]+$/.test(text)) {
    const n = Number(text);
    return n < field.min || n > field.max ? `${field.name} value ${n} is out of range ${field.min}-${field.max}` : n;
  }
  const idx = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (idx >= 0) return field.names === MONTHS ? idx + 1 : idx;
  return `${field.name} has "${text}", which is not a number${field.names ? ` or a name such as ${field.names[0]}` : ''}`;
}

function checkField(text: string, field: FieldSpec): string | undefined {
  if (text === '?')
    return field.question ? undefined : `"?" is allowed only in day-of-month or day-of-week, not in ${field.name}`;
  for (const part of text.split(',')) {
    if (part === '') return `${field.name} has an empty list item`;
    const [range, step, extra] = part.split('/');
    if (extra !== undefined) return `${field.name} has more than one "/" in "${part}"`;
    if (step !== undefined && !/^[1-9][0-9]*$/.test(step))
      return `${field.name} step "${step}" must be a positive number`;
    if (range === '*') continue;
    const bounds = range!.split('-');
    if (bounds.length > 2) return `${field.name} range "${range}" has more than one "-"`;
    const values = bounds.map((b) => parseValue(b, field));
    const bad = values.find((v) => typeof v === 'string');
    if (bad !== undefined) return bad as string;
    if (values.length === 2 && (values[0] as number) > (values[1] as number))
      return `${field.name} range "${range}" goes backwards`;
  }
  return undefined;
}

/** Why the expression is invalid, or undefined. */
/** Kubernetes' and Vixie cron's macros, as the five fields SAE takes. */
const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 ?',
  '@annually': '0 0 1 1 ?',
  '@monthly': '0 0 1 * ?',
  '@weekly': '0 0 ? * 0',
  '@daily': '0 0 * * ?',
  '@midnight': '0 0 * * ?',
  '@hourly': '0 * * * ?',
};

export function checkCron(expression: string): string | undefined {
  const macro = MACROS[expression.trim().toLowerCase()];
  if (macro) return `SAE's schedule takes five fields, not ${expression.trim()}: write "${macro}"`;
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return `has ${fields.length} field${fields.length === 1 ? '' : 's'}; write 5: minute hour day-of-month month day-of-week (e.g. "0 1 * * ?")`;
  }
  for (let i = 0; i < 5; i++) {
    const problem = checkField(fields[i]!, FIELDS[i]!);
    if (problem) return problem;
  }
  return neverFires(fields);
}

/** The values a (valid) field allows. */
function expand(text: string, field: FieldSpec): Set<number> {
  const out = new Set<number>();
  if (text === '?') {
    for (let v = field.min; v <= field.max; v++) out.add(v);
    return out;
  }
  for (const part of text.split(',')) {
    const [range, step] = part.split('/');
    const [lo, hi] =
      range === '*'
        ? [field.min, field.max]
        : (range!.split('-').map((b) => parseValue(b, field) as number) as [number, number?]);
    const end = hi ?? (step ? field.max : lo);
    for (let v = lo; v <= end; v += Number(step ?? 1)) out.add(v);
  }
  return out;
}

/** Days each month can have (February 29 in leap years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A schedule whose days of the month fall in no month it names never runs
 * (`0 0 31 2 *`, `0 0 30,31 2 *`): SAE would take it and the job would never
 * start. Only when the day of the week does not narrow it (`*` or `?`).
 */
function neverFires(fields: readonly string[]): string | undefined {
  if (fields[4] !== '*' && fields[4] !== '?') return undefined;
  const days = expand(fields[2]!, FIELDS[2]!);
  const months = expand(fields[3]!, FIELDS[3]!);
  for (const m of months) for (const d of days) if (d <= MONTH_DAYS[m - 1]!) return undefined;
  return `never fires: no month it names (${fields[3]}) has the day ${fields[2]}; pick a day every such month has`;
}
