import type { CompiledRequest } from '../pipeline/compile/compile.js';
import type { Style } from './style.js';
export declare function prettyJson(v: unknown, indent?: string): string;
export declare function formatRequestText(req: CompiledRequest, style: Style, indent?: string): string;
