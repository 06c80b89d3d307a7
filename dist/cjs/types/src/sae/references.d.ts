import { type IdentityKey } from '../pipeline/identity.js';
import type { CompiledManifest } from '../pipeline/compile/compile-files.js';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import type { Session } from './session.js';
import type { ExportNames } from '../pipeline/export/export.js';
/**
 * `pending`: ConfigMaps this run will create (region, namespace, name): a
 * reference to one stays a placeholder, resolved again once it exists.
 */
export declare function resolveNames(session: Session, manifests: readonly CompiledManifest[], pending?: ReadonlySet<IdentityKey>): Promise<Diagnostic[]>;
/**
 * Names by ID of a namespace's ConfigMaps and Secrets, for export — listed
 * once a namespace, and only when a job refers to one.
 */
export declare function exportNamer(session: Session): (region: string, namespace: string, params: Record<string, unknown>) => Promise<ExportNames>;
