import type { Io } from '../io.js';
import { type ParsedFlags } from '../args.js';
import type { Credential } from '../../emulator/signature.js';
import { type EmulatorOptions } from '../../emulator/server.js';
/** The emulator's flags. */
export declare const EMULATOR_FLAGS: {
    readonly port: {
        readonly type: 'string';
    };
    readonly 'access-key-id': {
        readonly type: 'string';
    };
    readonly 'access-key-secret': {
        readonly type: 'string';
    };
    readonly 'security-token': {
        readonly type: 'string';
    };
    readonly state: {
        readonly type: 'string';
    };
    readonly region: {
        readonly type: 'string';
    };
    readonly namespaces: {
        readonly type: 'string';
    };
    readonly 'change-order-time': {
        readonly type: 'string';
    };
    readonly 'change-order-outcome': {
        readonly type: 'string';
    };
    readonly 'run-time': {
        readonly type: 'string';
    };
    readonly 'fail-runs': {
        readonly type: 'string';
    };
    readonly 'refuse-runs': {
        readonly type: 'string';
    };
    readonly 'delete-time': {
        readonly type: 'string';
    };
    readonly 'suspend-polarity': {
        readonly type: 'string';
    };
    readonly 'error-code-in': {
        readonly type: 'string';
    };
    readonly 'fill-defaults': {
        readonly type: 'boolean';
    };
    readonly 'ignore-on-update': {
        readonly type: 'string';
    };
    readonly 'suspend-after-reads': {
        readonly type: 'string';
    };
    readonly 'auto-config-namespace': {
        readonly type: 'string';
    };
    readonly 'change-orders-oldest-first': {
        readonly type: 'boolean';
    };
    readonly 'max-query-bytes': {
        readonly type: 'string';
    };
    readonly 'allow-duplicate-names': {
        readonly type: 'boolean';
    };
    readonly 'throttle-rate': {
        readonly type: 'string';
    };
    readonly 'calls-per-minute': {
        readonly type: 'string';
    };
    readonly 'server-error-rate': {
        readonly type: 'string';
    };
    readonly 'reset-rate': {
        readonly type: 'string';
    };
    readonly 'lost-response-rate': {
        readonly type: 'string';
    };
    readonly latency: {
        readonly type: 'string';
    };
    readonly seed: {
        readonly type: 'string';
    };
    readonly verbose: {
        readonly type: 'boolean';
    };
};
/** The options the flags give: where to listen, the one access key, the account's seed, behaviours and faults. */
export declare function emulatorOptions(values: ParsedFlags<typeof EMULATOR_FLAGS>['values'], io: Io): {
    port: number;
    credential: Credential;
    seed: import("./emulator-seed.js").Seed | undefined;
    options: EmulatorOptions;
};
