// Types of the generated standalone validator (see scripts/generate.mjs).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validate: ValidateFunction;
export default validate;
