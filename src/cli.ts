#!/usr/bin/env node
import { processIO } from './cli/io.js';
import { main } from './cli/main.js';

void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
