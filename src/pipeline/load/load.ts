// Stage 1: load. Files, directories and stdin become parsed YAML documents
// that keep the source range of every node: files.ts reads (the only IO of the
// pipeline), parse.ts parses (pure), simple-yaml.ts is the fast path.
export * from './parse.js';
export * from './files.js';
