import type { Sink } from '../reporter.js';
export interface DeleteJobReport {
    name: string;
    namespace: string;
    region: string;
    file: string;
    appId?: string;
    outcome?: 'deleted' | 'missing' | 'failed' | 'refused';
    error?: string;
}
export interface DeleteReport {
    jobs: readonly DeleteJobReport[];
}
export declare const DELETE_REPORTERS: {
    text: (r: DeleteReport, sink: Sink) => void;
    json: (r: DeleteReport, sink: Sink) => void;
};
