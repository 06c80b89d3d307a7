// What names one SAE object (a job, a ConfigMap) across a run: its region,
// namespace and name. The key sets and maps of plan, prune, saved plans and
// name resolution use.
export const identityKey = (o: { region: string; namespace: string; name: string }) =>
  `${o.region}\0${o.namespace}\0${o.name}`;
