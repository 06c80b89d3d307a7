export declare const identityKey: (o: {
    region: string;
    namespace: string;
    name: string;
}) => string;
