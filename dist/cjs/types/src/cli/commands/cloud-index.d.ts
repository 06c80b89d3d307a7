import type { Io } from '../io.js';
import { type Command, type DescribeError } from '../guard.js';
export declare const CLOUD_COMMANDS: Readonly<Record<string, Command>>;
/**
 * Run a cloud command. An SAE or network failure outside a per-job report is
 * what SAE said, in one line; `host` describes the errors of the bundle that
 * called (its Io's, thrown through this bundle's code).
 */
export declare function runCloudCommand(name: string, argv: string[], io: Io, host: DescribeError): Promise<number>;
