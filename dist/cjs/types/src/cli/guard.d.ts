import { type Io } from './io.js';
export type Command = (argv: string[], io: Io) => number | Promise<number>;
/** A message for an error a bundle knows, or undefined for a bug. */
export type DescribeError = (err: unknown) => string | undefined;
export declare function runGuarded(command: Command, argv: string[], io: Io, describe?: DescribeError): Promise<number>;
