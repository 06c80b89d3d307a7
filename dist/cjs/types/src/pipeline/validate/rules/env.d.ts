import { type Rule } from './context.js';
export declare const ENV_RULES: readonly Rule[];
