/** Why the expression is invalid, or undefined. */
export declare function checkCron(expression: string): string | undefined;
