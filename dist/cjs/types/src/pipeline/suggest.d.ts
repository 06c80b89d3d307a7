export declare function editDistance(a: string, b: string): number;
export declare function nearest(word: string, candidates: readonly string[]): string | undefined;
