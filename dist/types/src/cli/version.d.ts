export { VERSION } from '../generated/version.js';
