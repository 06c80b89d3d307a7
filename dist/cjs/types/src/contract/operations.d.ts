export type ParamType = 'string' | 'number' | 'boolean';
export interface ContractParam {
    type: ParamType;
    in: 'query' | 'body';
    required?: boolean | 'conditional';
}
export interface ContractOperation {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    path: string;
    /** How `in: body` parameters travel: a form (`formData`) or one JSON object (`json`). */
    reqBodyType: 'formData' | 'json';
    params: Record<string, ContractParam>;
    /** The response's shape: field → type name, nested object, or one-element array of the item shape. */
    response: Shape;
}
export type Shape = string | Shape[] | {
    [field: string]: Shape;
};
export declare const CONTRACT: {
    source: string;
    operations: Record<string, ContractOperation>;
};
/** The operations saejob sends or the emulator answers. */
export declare const OPERATION_NAMES: readonly ['CreateJob', 'UpdateJob', 'DeleteJob', 'DescribeJob', 'ListJobs', 'ExecJob', 'SuspendJob', 'DescribeJobStatus', 'DescribeJobHistory', 'DescribeChangeOrder', 'ListChangeOrders', 'ListNamespacedConfigMaps', 'CreateConfigMap', 'UpdateConfigMap', 'DeleteConfigMap', 'DescribeConfigMap', 'ListSecrets', 'TagResources', 'UntagResources'];
export type Operation = (typeof OPERATION_NAMES)[number];
export declare function operation(name: Operation): ContractOperation;
