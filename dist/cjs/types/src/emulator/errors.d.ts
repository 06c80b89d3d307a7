/** An SAE error response: HTTP status, code and message, as SAE sends them. */
export declare class ApiError extends Error {
    readonly status: number;
    readonly code: string;
    constructor(status: number, code: string, message: string);
}
export declare const notEmpty: (name: string) => ApiError;
export declare const obviously: (name: string, why?: string) => ApiError;
