export interface Style {
    red(s: string): string;
    yellow(s: string): string;
    green(s: string): string;
    bold(s: string): string;
    dim(s: string): string;
}
export declare function makeStyle(stream: {
    isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): Style;
