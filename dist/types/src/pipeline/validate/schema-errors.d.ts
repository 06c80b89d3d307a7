import type { SchemaError } from '../../generated/validate-job.js';
import type { RuleFinding } from './rules.js';
type SchemaNode = {
    $ref?: string;
    description?: string;
    properties?: Record<string, SchemaNode>;
    items?: SchemaNode;
    oneOf?: SchemaNode[];
    required?: string[];
    enum?: unknown[];
    const?: unknown;
    type?: string | string[];
    'x-message'?: string;
    'x-sae-code'?: string;
    minimum?: number;
    maximum?: number;
};
/** The schema of the value at an instance path (properties and items only: all this schema uses). */
export declare function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined;
export declare function decodePointer(pointer: string, value: unknown): (string | number)[];
export declare function schemaFindings(errors: readonly SchemaError[], value: unknown): RuleFinding[];
export {};
