/** schema/source/job.json, x-* annotations included, parsed on first use. */
export declare function jobSchemaSource(): unknown;
