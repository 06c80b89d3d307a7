export declare function checkCron(expression: string): string | undefined;
