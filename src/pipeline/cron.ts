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
  if (text === '?') return field.question ? undefined : `"?" is allowed only in day-of-month or day-of-week, not in ${field.name}`;
  for (const part of text.split(',')) {
    if (part === '') return `${field.name} has an empty list item`;
    const [range, step, extra] = part.split('/');
    if (extra !== undefined) return `${field.name} has more than one "/" in "${part}"`;
    if (step !== undefined && !/^[1-9][0-9]*$/.test(step)) return `${field.name} step "${step}" must be a positive number`;
    if (range === '*') continue;
    const bounds = range!.split('-');
    if (bounds.length > 2) return `${field.name} range "${range}" has more than one "-"`;
    const values = bounds.map((b) => parseValue(b, field));
    const bad = values.find((v) => typeof v === 'string');
    if (bad !== undefined) return bad as string;
    if (values.length === 2 && (values[0] as number) > (values[1] as number)) return `${field.name} range "${range}" goes backwards`;
  }
  return undefined;
}

/** Why the expression is invalid, or undefined. */
export function checkCron(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return `has ${fields.length} field${fields.length === 1 ? '' : 's'}; write 5: minute hour day-of-month month day-of-week (e.g. "0 1 * * ?")`;
  }
  for (let i = 0; i < 5; i++) {
    const problem = checkField(fields[i]!, FIELDS[i]!);
    if (problem) return problem;
  }
  return undefined;
}
