// Image-pull Secrets of a namespace (ListSecrets): read-only, from the options.

import { notEmpty } from '../errors.js';
import type { Params } from '../records.js';
import type { Store } from '../store.js';

export function listSecrets(s: Store, p: Params): Record<string, unknown> {
  if (!p.NamespaceId) throw notEmpty('NamespaceId');
  return {
    Secrets: (s.options.secrets ?? [])
      .filter((x) => x.NamespaceId === p.NamespaceId)
      .map((x) => ({
        SecretId: x.SecretId,
        SecretName: x.SecretName,
        SecretType: x.SecretType ?? 'kubernetes.io/dockerconfigjson',
        NamespaceId: x.NamespaceId,
        CreateTime: 0,
        UpdateTime: 0,
        RelateApps: [],
      })),
  };
}
