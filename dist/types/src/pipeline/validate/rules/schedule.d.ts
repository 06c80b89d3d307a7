import { type Rule } from './context.js';
export declare const SCHEDULE_RULES: readonly Rule[];
