export declare const PACKAGE_TYPES: Set<string>;
type Params = Record<string, string>;
export declare function checkJobParams(p: Params): void;
export {};
