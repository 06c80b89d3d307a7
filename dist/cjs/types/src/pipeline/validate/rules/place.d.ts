import { type Rule } from './context.js';
export declare const PLACE_RULES: readonly Rule[];
