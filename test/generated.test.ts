// The committed generated code must match the schema: a stale validator or
// stale types would let the schema and the code drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build script
import { generateTypes, generateValidator, generateVersion, paths } from '../scripts/generate.mjs';

import { TIME_ZONES } from '../src/generated/time-zones.js';

describe('generated code', () => {
  it('the time-zone fast path lists only zones this Node accepts', () => {
    const bad = [...TIME_ZONES].filter((tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return false;
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
    expect(TIME_ZONES.size).toBeGreaterThan(300);
  });

  it('the standalone validator is fresh (run npm run build)', () => {
    expect(readFileSync(paths.validator, 'utf8')).toBe(generateValidator());
  });
  it("the version is package.json's (run npm run build)", () => {
    expect(readFileSync(paths.version, 'utf8')).toBe(generateVersion());
  });
  it('the TypeScript types are fresh (run npm run build)', async () => {
    expect(readFileSync(paths.types, 'utf8')).toBe(await generateTypes());
  });
});
