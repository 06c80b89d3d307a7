// Types of the generated standalone validator (see scripts/generate.mjs).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set on the errors of a propertyNames check: the key that failed. */
  propertyName?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validate: ValidateFunction;
export default validate;
