import type { CompiledConfigMap } from '../pipeline/compile/configmap.js';
import type { PlannedConfigMap } from '../pipeline/plan/configmap.js';
import type { ManifestSource } from '../pipeline/load/load.js';
import type { ApplyResult } from './apply.js';
import type { Session } from './session.js';
/**
 * Plan the ConfigMap manifests; with `prune`, also the set's ConfigMaps (by
 * their description's mark) that no manifest defines, in the namespaces
 * `namespaces` names (those the manifests use).
 */
export declare function planConfigMaps(session: Session, items: readonly {
    source: ManifestSource;
    configMap: CompiledConfigMap;
}[], o?: {
    set?: string;
    prune?: boolean;
    namespaces?: readonly {
        region: string;
        namespace: string;
    }[];
    named?: ReadonlySet<string>;
}): Promise<PlannedConfigMap[]>;
/** Create or update each changed ConfigMap; a failure is that ConfigMap's, not the others'. */
export declare function applyConfigMaps(session: Session, planned: readonly PlannedConfigMap[], o?: {
    set?: string;
    adopt?: boolean;
}): Promise<ApplyResult[]>;
