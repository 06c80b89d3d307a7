// The version, from package.json, so that a release changes it in one place.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
