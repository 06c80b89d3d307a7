import type { FieldPath } from '../diagnostics.js';
import type { Environment } from './document.js';
import { type Origin } from './merge.js';
/** Every `${var:NAME}` (not the `$${` escape) in a value's strings, into `into`. */
export declare function variablesIn(value: unknown, into: Set<string>): void;
/** `${var:NAME}` in every string: a whole-value reference keeps the variable's type (`replicas: ${var:REPLICAS}`). */
export declare function substituteVariables(value: unknown, env: Environment, path: FieldPath, origins: Map<string, Origin>, missing: (path: FieldPath, name: string) => void): unknown;
