#!/usr/bin/env node
import { processIO } from './cli/io.js';
import { main } from './cli/main.js';

const io = processIO();
void main(process.argv.slice(2), io).then((code) => {
  // Every byte written: exit at once rather than after Node takes down a heap of up to a hundred
  // megabytes (10-20 ms of a large check or plan here). Else the streams drain first.
  if (io.settled()) process.exit(code);
  process.exitCode = code;
});
