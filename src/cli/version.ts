// The version, from package.json (through src/generated/version.ts), so that a release changes it in one place.
export { VERSION } from '../generated/version.js';
