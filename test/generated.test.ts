// The committed generated code must match the schema: a stale validator or
// stale types would let the schema and the code drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build script
import { generateTypes, generateValidator, paths } from '../scripts/generate.mjs';

describe('generated code', () => {
  it('the standalone validator is fresh (run npm run build)', () => {
    expect(readFileSync(paths.validator, 'utf8')).toBe(generateValidator());
  });
  it('the TypeScript types are fresh (run npm run build)', async () => {
    expect(readFileSync(paths.types, 'utf8')).toBe(await generateTypes());
  });
});
