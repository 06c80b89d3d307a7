import type { FieldPath } from '../diagnostics.js';
import type { ManifestSource } from './load.js';
export interface SourceRange {
    line: number;
    col: number;
    endLine: number;
    endCol: number;
}
export type Target = 'value' | 'key';
export declare function locate(source: ManifestSource, path: FieldPath, target?: Target): SourceRange;
/** The file and range a field was written at: in the document itself, or where an environment's patch set it. */
export declare function whereIs(source: ManifestSource, path: FieldPath, target?: Target): SourceRange & {
    file: string;
};
