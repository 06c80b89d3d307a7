export declare const TIME_ZONES: ReadonlySet<string>;
