// Colour only on a TTY and never when NO_COLOR is set to something (no-color.org:
// an empty NO_COLOR does not count); FORCE_COLOR (not 0 or false) turns it on
// without a TTY (CI logs that render colour), NO_COLOR still winning.
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function makeStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const forced =
    env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' ? !['0', 'false'].includes(env.FORCE_COLOR) : undefined;
  const on = !env.NO_COLOR && (forced ?? (Boolean(stream.isTTY) && env.TERM !== 'dumb'));
  return on
    ? { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) }
    : { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
}
