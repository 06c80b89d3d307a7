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
export type IdentityKey = string & {
    readonly [brand]: 'identity';
};
/** A place as a key. */
export type PlaceKey = string & {
    readonly [brand]: 'place';
};
export declare const identityKey: (o: Identity) => IdentityKey;
export declare const placeKey: (o: Place) => PlaceKey;
export {};
