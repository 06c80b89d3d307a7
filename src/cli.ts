#!/usr/bin/env node
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';

main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
