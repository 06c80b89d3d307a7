export * from './parse.js';
export * from './files.js';
