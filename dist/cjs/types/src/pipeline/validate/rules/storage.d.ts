import { type Rule } from './context.js';
export declare const STORAGE_RULES: readonly Rule[];
