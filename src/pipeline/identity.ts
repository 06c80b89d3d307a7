// What names one SAE object across a run — a job or a ConfigMap is (region,
// namespace, name) — and a place, a namespace of a region (where a run lists,
// waits and prunes). As Map and Set keys they are opaque branded strings,
// made only here: a key of one kind cannot stand for the other, nor a name
// for either.
declare const brand: unique symbol;

export interface Identity {
  readonly region: string;
  readonly namespace: string;
  readonly name: string;
}
export interface Place {
  readonly region: string;
  readonly namespace: string;
}

/** An identity as a key. */
export type IdentityKey = string & { readonly [brand]: 'identity' };
/** A place as a key. */
export type PlaceKey = string & { readonly [brand]: 'place' };

export const identityKey = (o: Identity): IdentityKey => `${o.region}\0${o.namespace}\0${o.name}` as IdentityKey;
export const placeKey = (o: Place): PlaceKey => `${o.region}\0${o.namespace}` as PlaceKey;
