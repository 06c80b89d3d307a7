export interface Progress {
    event(job: string, message: string, kind?: 'step' | 'note'): void;
    done(): void;
}
export declare function plainProgress(write: (s: string) => void, now?: () => Date): Progress;
export declare function ttyProgress(write: (s: string) => void): Progress;
