import type { SaeJob } from '../../generated/job.js';
/**
 * Export writes no secret in clear, wherever it stands: a known secret's
 * value (a secret env entry's, the OSS secret) inside any other string
 * becomes its `${env:NAME}` reference, and what looks like a credential
 * inside text — a URL's password (`://user:PASS@`), an `Authorization:` or
 * `Bearer` token, `password=…` / `token=…` — becomes a reference to a new
 * variable, named after where it stood, which the note lists.
 */
export declare function withoutSecretText(manifest: unknown, known: readonly {
    value: string;
    variable: string;
}[], variables: string[]): unknown;
/**
 * What SAE holds can be more than a manifest can say (ProgrammingLanguage
 * `other`, a JDK the schema does not list, ...). Such a value is left out
 * with a note, rather than written into a manifest that validate rejects;
 * what is still invalid after that (a required value) is reported.
 */
export declare function fitToSchema(manifest: SaeJob): {
    manifest: SaeJob;
    omitted: string[];
    invalid?: string[];
};
