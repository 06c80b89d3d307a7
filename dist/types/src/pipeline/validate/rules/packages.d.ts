import { type Rule } from './context.js';
export declare const PACKAGES_RULES: readonly Rule[];
